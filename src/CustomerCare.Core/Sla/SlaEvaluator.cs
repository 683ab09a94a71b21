// The batch SLA engine: walks one ticket's timeline once per metric and turns it into metric instances, following SLA-RULES.md rule by rule.
using System.Buffers;
using NodaTime;

namespace CustomerCare.Core.Sla;

/// <summary>
/// Evaluates one ticket against a built policy set. Pure and deterministic: the same (policies, timeline, now) give
/// the same results. Only events at or before <c>now</c> count (rule 6: judged by timestamps). Scratch space for
/// pause intervals lives on the stack for ordinary tickets (pooled for very long ones), so a call allocates nothing
/// beyond the results the caller asks for.
/// </summary>
internal static class SlaEvaluator
{
    private const int StackIntervals = 32;

    /// <summary>The status a ticket has when it is opened and after a reopen.</summary>
    internal const string OpenStatus = "open";

    public static int Evaluate(SlaPolicySet set, TicketAttributes attributes, ReadOnlySpan<TicketEvent> all, Instant now, Span<SlaMetricResult> destination, out int policyIndex, out string priority)
    {
        var n = CountUpTo(all, now);
        var events = all[..n];
        var view = new TicketView(attributes, events, set.Priorities);
        policyIndex = set.SelectIndex(view);
        priority = view.Priority;
        var rank = set.Priorities.RankOf(priority);
        if (rank < 0)
        {
            throw new ArgumentException($"The ticket's priority '{priority}' is not on the policy set's scale ({set.Priorities}).", nameof(attributes));
        }

        var policy = set.Policies[policyIndex];
        var calendars = set.CalendarsOf(policyIndex);
        var budgetsByMetric = set.BudgetsOf(policyIndex);
        Interval[]? rented = null;
        var size = n + 2;
        Span<Interval> buffers = size <= StackIntervals
            ? stackalloc Interval[2 * StackIntervals]
            : (rented = ArrayPool<Interval>.Shared.Rent(2 * size));
        try
        {
            var count = 0;
            var metrics = policy.Metrics;
            for (var m = 0; m < metrics.Count; m++)
            {
                var mt = metrics[m];
                var before = count;
                var budgets = budgetsByMetric[m][rank];
                if (n > 0 && budgets.HasTarget)
                {
                    var half = buffers.Length / 2;
                    var ctx = new Context(mt, budgets.Target, budgets.Warning, calendars[m], events, now, buffers[..half], buffers[half..], destination, count);
                    switch (mt.Metric.Kind)
                    {
                        case SlaMetricKind.FirstResponse:
                            FirstResponse(ref ctx, policy.ResolutionFulfilsResponses);
                            break;
                        case SlaMetricKind.NextResponse:
                            NextResponse(ref ctx, policy.ResolutionFulfilsResponses);
                            break;
                        case SlaMetricKind.PeriodicUpdate:
                        case SlaMetricKind.PausablePeriodicUpdate:
                            PeriodicUpdate(ref ctx);
                            break;
                        case SlaMetricKind.Resolution:
                            Resolution(ref ctx, policy.Reopen);
                            break;
                        default:
                            Custom(ref ctx);
                            break;
                    }

                    count = ctx.Count;
                }

                if (count == before)
                {
                    Put(destination, count++, new SlaMetricResult(mt.Metric, 0, SlaStatus.NotApplicable, null, null, null, null, Duration.Zero, Duration.Zero));
                }
            }

            return count;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<Interval>.Shared.Return(rented);
            }
        }
    }

    internal static int CountUpTo(ReadOnlySpan<TicketEvent> events, Instant now)
    {
        // Events are sorted by time: binary search for the first one after now.
        int lo = 0, hi = events.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (events[mid].At <= now)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static void Put(Span<SlaMetricResult> destination, int index, in SlaMetricResult result)
    {
        if ((uint)index >= (uint)destination.Length)
        {
            throw new ArgumentException($"destination holds {destination.Length} results but this ticket needs more; size it with SlaPolicySet.MaxResults.", nameof(destination));
        }

        destination[index] = result;
    }

    // Rule 1: from opening to the first public agent reply (internal notes never count). When a resolution fulfils
    // responses, the first resolve or close stops it too; otherwise resolved periods are excluded like pauses and a
    // close without any reply leaves the metric not applicable (with the business time it used until then).
    private static void FirstResponse(ref Context ctx, bool resolutionFulfils)
    {
        ctx.BuildPauses(excludeResolved: !resolutionFulfils);
        var events = ctx.Events;
        for (var i = 0; i < events.Length; i++)
        {
            var kind = events[i].Kind;
            if (kind == TicketEventKind.AgentPublicReply
                || (resolutionFulfils && kind is TicketEventKind.Resolved or TicketEventKind.Closed))
            {
                ctx.Emit(0, events[0].At, events[i].At);
                return;
            }

            if (kind == TicketEventKind.Closed)
            {
                ctx.EmitUnfinished(0, events[0].At, events[i].At);
                return;
            }
        }

        ctx.Emit(0, events[0].At, null);
    }

    // Rule 2: after the first public reply, the oldest unanswered customer message opens an instance; later messages
    // before the reply open none; the next public reply stops it. Resolution stops or pauses it as for rule 1.
    private static void NextResponse(ref Context ctx, bool resolutionFulfils)
    {
        ctx.BuildPauses(excludeResolved: !resolutionFulfils);
        var events = ctx.Events;
        var answered = false;
        Instant? open = null;
        var instance = 0;
        for (var i = 0; i < events.Length; i++)
        {
            ref readonly var e = ref events[i];
            switch (e.Kind)
            {
                case TicketEventKind.AgentPublicReply:
                    if (open is { } start)
                    {
                        ctx.Emit(instance++, start, e.At);
                        open = null;
                    }

                    answered = true;
                    break;
                case TicketEventKind.CustomerReply when answered && open is null:
                    open = e.At;
                    break;
                case TicketEventKind.Resolved or TicketEventKind.Closed when open is { } waiting:
                    if (resolutionFulfils)
                    {
                        ctx.Emit(instance++, waiting, e.At);
                        open = null;
                    }
                    else if (e.Kind == TicketEventKind.Closed)
                    {
                        ctx.EmitUnfinished(instance++, waiting, e.At);
                        open = null;
                    }

                    break;
                default:
                    break;
            }
        }

        if (open is { } running)
        {
            ctx.Emit(instance, running, null);
        }
    }

    // Rule 3: an instance from each public reply to the next one; none before the first reply; resolution stops it.
    // The pausable variant is paused by the policy's pause statuses; the plain one has none (the builder refuses them).
    private static void PeriodicUpdate(ref Context ctx)
    {
        ctx.BuildPauses(excludeResolved: false);
        var events = ctx.Events;
        Instant? open = null;
        var instance = 0;
        for (var i = 0; i < events.Length; i++)
        {
            ref readonly var e = ref events[i];
            if (e.Kind == TicketEventKind.AgentPublicReply)
            {
                if (open is { } start)
                {
                    ctx.Emit(instance++, start, e.At);
                }

                open = e.At;
            }
            else if (e.Kind is TicketEventKind.Resolved or TicketEventKind.Closed && open is { } start)
            {
                ctx.Emit(instance++, start, e.At);
                open = null;
            }
        }

        if (open is { } running)
        {
            ctx.Emit(instance, running, null);
        }
    }

    // Rule 7: continue (one clock from opening to the final resolution, resolved periods excluded) or new cycle (one
    // instance per open period, each judged on its own). A close of an unresolved ticket resolves it.
    private static void Resolution(ref Context ctx, ReopenMode mode)
    {
        var events = ctx.Events;
        if (mode == ReopenMode.Continue)
        {
            ctx.BuildPauses(excludeResolved: true);
            Instant? stop = null;
            for (var i = 0; i < events.Length; i++)
            {
                var kind = events[i].Kind;
                if (kind == TicketEventKind.Resolved || (kind == TicketEventKind.Closed && stop is null))
                {
                    stop = events[i].At;
                }
                else if (kind == TicketEventKind.Reopened)
                {
                    stop = null;
                }
            }

            ctx.Emit(0, events[0].At, stop);
            return;
        }

        ctx.BuildPauses(excludeResolved: false);
        Instant? open = events[0].At;
        var instance = 0;
        for (var i = 1; i < events.Length; i++)
        {
            ref readonly var e = ref events[i];
            if (e.Kind is TicketEventKind.Resolved or TicketEventKind.Closed && open is { } start)
            {
                ctx.Emit(instance++, start, e.At);
                open = null;
            }
            else if (e.Kind == TicketEventKind.Reopened)
            {
                open = e.At;
            }
        }

        if (open is { } running)
        {
            ctx.Emit(instance, running, null);
        }
    }

    // JSM-style: a start event opens an instance when none runs, a stop event closes it; Closed ends a running one.
    private static void Custom(ref Context ctx)
    {
        ctx.BuildPauses(excludeResolved: false);
        var metric = ctx.Target.Metric;
        var events = ctx.Events;
        Instant? open = null;
        var instance = 0;
        for (var i = 0; i < events.Length; i++)
        {
            ref readonly var e = ref events[i];
            if (open is null)
            {
                if (metric.StartsOn(e))
                {
                    open = e.At;
                }
            }
            else if (metric.StopsOn(e) || e.Kind == TicketEventKind.Closed)
            {
                ctx.Emit(instance++, open.Value, e.At);
                open = null;
            }
        }

        if (open is { } running)
        {
            ctx.Emit(instance, running, null);
        }
    }

    /// <summary>Everything one metric's evaluation needs, with the pause intervals it has built.</summary>
    private ref struct Context
    {
        private readonly Span<Interval> _pauses;
        private readonly Span<Interval> _clip;
        private readonly Span<SlaMetricResult> _destination;
        private readonly BusinessTime _calendar;
        private readonly Duration _target;
        private readonly Duration _warnBudget;
        private readonly bool _warn;
        private int _pauseCount;
        private bool _pausedAtNow;

        public Context(SlaMetricTarget target, Duration budget, Duration warnBudget, BusinessTime calendar, ReadOnlySpan<TicketEvent> events, Instant now,
            Span<Interval> pauses, Span<Interval> clip, Span<SlaMetricResult> destination, int count)
        {
            Target = target;
            _target = budget;
            _calendar = calendar;
            Events = events;
            Now = now;
            _pauses = pauses;
            _clip = clip;
            _destination = destination;
            Count = count;
            _warn = target.Warning.IsSet;
            _warnBudget = warnBudget;
        }

        public SlaMetricTarget Target { get; }

        public ReadOnlySpan<TicketEvent> Events { get; }

        public Instant Now { get; }

        public int Count { get; private set; }

        // Rule 4: the intervals during which the metric is paused, in time order: the ticket's status is one of the
        // metric's pause statuses, or (when asked) the ticket is resolved or closed. The status is "open" at opening
        // and after a reopen. A pause still running at now ends at now and is remembered in _pausedAtNow.
        public void BuildPauses(bool excludeResolved)
        {
            var checkStatus = Target.HasPauseStatuses;
            if (!checkStatus && !excludeResolved)
            {
                _pauseCount = 0;
                _pausedAtNow = false;
                return;
            }

            var status = OpenStatus;
            var resolved = false;
            var paused = false;
            var since = default(Instant);
            var k = 0;
            foreach (ref readonly var e in Events)
            {
                switch (e.Kind)
                {
                    case TicketEventKind.StatusChanged:
                        status = e.Value!;
                        break;
                    case TicketEventKind.Resolved:
                    case TicketEventKind.Closed:
                        resolved = true;
                        break;
                    case TicketEventKind.Reopened:
                        resolved = false;
                        status = OpenStatus;
                        break;
                    default:
                        continue;
                }

                var p = (checkStatus && Target.PausesIn(status)) || (excludeResolved && resolved);
                if (p && !paused)
                {
                    since = e.At;
                }
                else if (!p && paused && e.At > since)
                {
                    _pauses[k++] = new Interval(since, e.At);
                }

                paused = p;
            }

            if (paused && Now > since)
            {
                _pauses[k++] = new Interval(since, Now);
            }

            _pauseCount = k;
            _pausedAtNow = paused;
        }

        // Rules 4, 5 and 9 for one instance: business time from start to stop (or now) with the pauses excluded; the
        // deadline adds the target to the start over the same pauses; met when stopped at or before the deadline,
        // breached when stopped after it or still running with now > deadline; paused (no deadline) while paused now
        // with budget left; warning from the warning point up to and including the deadline.
        public void Emit(int instance, Instant start, Instant? stop)
        {
            var end = stop ?? Now;
            var pauses = Clip(start, end);
            var elapsed = _calendar.Elapsed(start, end, pauses);
            Instant? deadline = null;
            Instant? warningAt = null;
            SlaStatus status;
            if (stop is null && _pausedAtNow && elapsed < _target)
            {
                status = SlaStatus.Paused;
                if (_warn && elapsed >= _warnBudget)
                {
                    warningAt = _calendar.Add(start, _warnBudget, pauses);
                }
            }
            else
            {
                var due = _calendar.Add(start, _target, pauses);
                deadline = due;
                if (_warn && (stop is null || elapsed >= _warnBudget))
                {
                    warningAt = _calendar.Add(start, _warnBudget, pauses);
                }

                status = stop is { } stopped
                    ? (stopped <= due ? SlaStatus.Met : SlaStatus.Breached)
                    : Now > due ? SlaStatus.Breached
                    : warningAt is { } w && Now >= w ? SlaStatus.Warning
                    : SlaStatus.Active;
            }

            Put(_destination, Count++, new SlaMetricResult(Target.Metric, instance, status, start, stop, deadline, warningAt, _target, elapsed));
        }

        // A response metric that can never finish: the ticket was closed while it waited and resolving does not fulfil
        // it. It keeps its start and the business time it used, without deadline or verdict.
        public void EmitUnfinished(int instance, Instant start, Instant closed)
        {
            var elapsed = _calendar.Elapsed(start, closed, Clip(start, closed));
            Put(_destination, Count++, new SlaMetricResult(Target.Metric, instance, SlaStatus.NotApplicable, start, closed, null, null, _target, elapsed));
        }

        private readonly ReadOnlySpan<Interval> Clip(Instant start, Instant end)
        {
            var k = 0;
            for (var i = 0; i < _pauseCount; i++)
            {
                var p = _pauses[i];
                if (p.End <= start)
                {
                    continue;
                }

                if (p.Start >= end)
                {
                    break;
                }

                _clip[k++] = new Interval(p.Start > start ? p.Start : start, p.End < end ? p.End : end);
            }

            return _clip[..k];
        }
    }
}
