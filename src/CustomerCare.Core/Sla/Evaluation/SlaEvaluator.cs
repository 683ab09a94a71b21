// The batch SLA engine: one ticket's timeline becomes a table of cumulative business time, from which every metric instance is read.
// Over 500 lines on purpose: the metric rules and the per-ticket tables they read (the Ticket ref struct) form one tuned
// hot loop (about 1 µs per ticket); splitting it waits for a quiet machine that can show the split costs no speed.
using System.Buffers;
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Calendars.Compilation;
using CustomerCare.Core.Internal;
using CustomerCare.Core.Sla.Policies;
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CustomerCare.Core.Sla.Evaluation;

/// <summary>
/// Evaluates one ticket against a built policy set. Pure and deterministic: the same (policies, timeline, now) give
/// the same results. Only events at or before <c>now</c> count: a ticket is judged by its events' timestamps, not by
/// the order they arrive in.
/// </summary>
/// <remarks>
/// <para>How it works. The events and <c>now</c> are the <em>points</em> 0..n of the ticket (point n is now). For the
/// calendar a metric runs on, <c>F(i)</c> is the calendar's cumulative business time at point i (for 24/7, the time
/// since opening), computed once per ticket. The ticket's state after each event is a bit set (its pause status and
/// whether it is resolved, see <see cref="PolicyPlan"/>); a metric pauses wherever the state meets its mask, so its own
/// business time <c>G</c> is a running sum of the unpaused steps of <c>F</c>. Every pause starts and ends at a point,
/// hence an instance from point s to point e used <c>G(e) − G(s)</c>, and its deadline is found by walking <c>G</c>
/// to the step where the budget runs out and inverting <c>F</c> once inside it (after e, nothing pauses). That is
/// exactly the calendar's <c>Add</c> and <c>Elapsed</c> with the pauses as exclusions, at the cost of one calendar
/// lookup per point and one inversion per deadline. Both go through the calendar's <see cref="BusinessTimeline"/>
/// contract (batch lookup with week anchors, anchored inversion), the same code that serves the calendar's own
/// arithmetic.</para>
/// <para>Arithmetic is in 64-bit nanoseconds: business-calendar instants since the Unix epoch, 24/7 instants since
/// the ticket opened. A ticket is evaluated at most a century after it opened and targets are at most
/// <see cref="SlaPolicyBuilder.MaxTarget"/>, so every business time and deadline stays in range; one that would
/// pass the end of a calendar's horizon is refused. Scratch tables live on the stack for ordinary
/// tickets (pooled for very long ones): a call allocates nothing beyond the results the caller asks for.</para>
/// </remarks>
internal static class SlaEvaluator
{
    private const int StackPoints = 33;

    /// <summary>The longest span of 64-bit nanoseconds (about 292 years).</summary>
    private static readonly Duration LongestSpan = Duration.FromNanoseconds(long.MaxValue);

    /// <summary>The status a ticket has when it is opened and after a reopen.</summary>
    internal const string OpenStatus = "open";

    /// <summary>How long after opening a ticket can be evaluated: the same century as the longest target, which keeps
    /// every business time and deadline of the ticket within 64-bit nanoseconds.</summary>
    private static readonly Duration MaxTicketSpan = SlaPolicyBuilder.MaxTarget;

    // The scratch tables are written before they are read (see Ticket), so zeroing them on every call is wasted work.
    // Stryker disable once Boolean : the segment read on request is discarded here, so reading it changes nothing
    public static int Evaluate(SlaPolicySet set, TicketAttributes attributes, ReadOnlySpan<TicketEvent> all, Instant now, Span<SlaMetricResult> destination, out int policyIndex, out string priority) =>
        Evaluate(set, attributes, all, now, destination, out policyIndex, out priority, out _, readSegment: false);

    // The evaluation, and the ticket's segment as of now when asked for (read from the same view of the ticket).
    [System.Runtime.CompilerServices.SkipLocalsInit]
    private static int Evaluate(SlaPolicySet set, TicketAttributes attributes, ReadOnlySpan<TicketEvent> all, Instant now, Span<SlaMetricResult> destination, out int policyIndex, out string priority, out string? segment, bool readSegment)
    {
        var n = CountUpTo(all, now);
        var events = all[..n];
        var view = new TicketView(attributes, events, set.Priorities);
        policyIndex = set.SelectIndex(in view);
        priority = view.Priority;
        segment = readSegment ? view.Get(TicketField.Segment, "segment") : null;
        var rank = view.PriorityRank;
        if (rank < 0)
        {
            throw new ArgumentException($"The ticket's priority '{priority}' is not on the policy set's scale ({set.Priorities}).", nameof(attributes));
        }

        var plan = set.PlanOf(policyIndex);
        var metrics = plan.Metrics;
        if (n == 0)
        {
            for (var m = 0; m < metrics.Length; m++)
            {
                PutNotApplicable(destination, m, metrics[m].Target.Metric);
            }

            return metrics.Length;
        }

        long[]? rented = null;
        WeekAnchor[]? rentedAnchors = null;
        var points = n + 1;
        Span<long> scratch = points <= StackPoints
            ? stackalloc long[4 * points]
            : (rented = ArrayPool<long>.Shared.Rent(4 * points));
        Span<WeekAnchor> anchors = points <= StackPoints
            ? stackalloc WeekAnchor[points]
            : (rentedAnchors = ArrayPool<WeekAnchor>.Shared.Rent(points));
        try
        {
            return EvaluateMetrics(plan, rank, events, now, scratch, anchors, destination);
        }
        finally
        {
            if (rented is not null)
            {
                // Stryker disable once Statement : returning the array only lets a later call reuse it instead of allocating
                ArrayPool<long>.Shared.Return(rented);
                // Stryker disable once Statement : returning the array only lets a later call reuse it instead of allocating
                ArrayPool<WeekAnchor>.Shared.Return(rentedAnchors!);
            }
        }
    }

    /// <summary>
    /// <c>Evaluate</c> into a pooled scratch buffer sized for the most results a ticket can have, returning a
    /// new array of exactly the results written: the only allocation is the results the caller keeps. Also reads the
    /// ticket's segment as of <paramref name="now"/> (for the evaluation object).
    /// </summary>
    public static SlaMetricResult[] EvaluateToArray(SlaPolicySet set, TicketAttributes attributes, ReadOnlySpan<TicketEvent> all, Instant now, out int policyIndex, out string priority, out string? segment)
    {
        var scratch = ArrayPool<SlaMetricResult>.Shared.Rent(set.MaxResultsFor(all.Length));
        var count = 0;
        try
        {
            count = Evaluate(set, attributes, all, now, scratch, out policyIndex, out priority, out segment, readSegment: true);
            return scratch.AsSpan(0, count).ToArray();
        }
        finally
        {
            // The results hold references to the policy set's metrics: clear them before the buffer goes back.
            // Stryker disable once Statement : clearing only lets the pooled buffer drop references; the results are copied already
            Array.Clear(scratch, 0, count);
            // Stryker disable once Statement : returning the buffer only lets a later call reuse it instead of allocating
            ArrayPool<SlaMetricResult>.Shared.Return(scratch);
        }
    }

    // Kept apart from the stackalloc above so that the runtime can tier and profile this loop (a method with a
    // stackalloc is compiled once, without profile data).
    private static int EvaluateMetrics(PolicyPlan plan, int rank, ReadOnlySpan<TicketEvent> events, Instant now, Span<long> scratch, Span<WeekAnchor> anchors, Span<SlaMetricResult> destination)
    {
        var points = events.Length + 1;
        var ticket = new Ticket(events, now, plan, scratch[..points], scratch.Slice(points, points), scratch.Slice(2 * points, points),
            System.Runtime.InteropServices.MemoryMarshal.Cast<long, ulong>(scratch.Slice(3 * points, points)), anchors[..points]);
        var metrics = plan.Metrics;
        var count = 0;
        for (var m = 0; m < metrics.Length; m++)
        {
            var metric = metrics[m];
            var before = count;
            ref readonly var budgets = ref metric.ByRank[rank];
            if (budgets.HasTarget)
            {
                ticket.Prepare(metric, budgets, destination, count);
                switch (metric.Kind)
                {
                    case SlaMetricKind.FirstResponse:
                        FirstResponse(ref ticket, plan.Policy.ResponsesOnResolve == ResponseResolveMode.Fulfil);
                        break;
                    case SlaMetricKind.NextResponse:
                        NextResponse(ref ticket, plan.Policy.ResponsesOnResolve == ResponseResolveMode.Fulfil);
                        break;
                    case SlaMetricKind.PeriodicUpdate:
                    case SlaMetricKind.PausablePeriodicUpdate:
                        PeriodicUpdate(ref ticket);
                        break;
                    case SlaMetricKind.Resolution:
                        Resolution(ref ticket, plan.Policy.Reopen);
                        break;
                    default:
                        Custom(ref ticket);
                        break;
                }

                count = ticket.Count;
            }

            if (count == before)
            {
                PutNotApplicable(destination, count++, metric.Target.Metric);
            }
        }

        return count;
    }

    // Events are sorted by time: the number of them at or before now.
    internal static int CountUpTo(ReadOnlySpan<TicketEvent> events, Instant now) => SortedSearch.PartitionPoint(events, new AtOrBefore(now));

    // A metric with no target for the ticket's priority (or no instance yet): not applicable, nothing measured.
    private static void PutNotApplicable(Span<SlaMetricResult> destination, int index, SlaMetric metric)
    {
        if ((uint)index >= (uint)destination.Length)
        {
            ThrowDestinationTooShort(destination.Length);
        }

        destination[index] = new SlaMetricResult(metric, 0, SlaStatus.NotApplicable, null, null, null, null, Duration.Zero, Duration.Zero, 0);
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowDestinationTooShort(int length) =>
        Preconditions.ThrowArgument("destination", $"destination holds {length} results but this ticket needs more; size it with SlaPolicySet.MaxResults.");

    // First response: from opening to the first public agent reply (internal notes never count). When a resolution fulfils
    // responses, the first resolve or close stops it too; otherwise resolved periods are excluded like pauses (pause) or
    // counted (run on), and a close without any reply leaves the metric not applicable (with the business time it used
    // until then).
    private static void FirstResponse(ref Ticket ticket, bool resolutionFulfils)
    {
        var stop = ticket.FirstReply;
        if (resolutionFulfils && ticket.FirstResolveOrClose != Ticket.None && (stop == Ticket.None || ticket.FirstResolveOrClose < stop))
        {
            stop = ticket.FirstResolveOrClose;
        }

        if (stop != Ticket.None)
        {
            ticket.Emit(0, 0, stop);
        }
        else if (ticket.FirstClose != Ticket.None)
        {
            ticket.EmitUnfinished(0, 0, ticket.FirstClose);
        }
        else
        {
            ticket.Emit(0, 0, Ticket.Running);
        }
    }

    // Next response: after the first public reply, the oldest unanswered customer message opens an instance; later
    // messages before the reply open none; the next public reply stops it. Resolution stops, pauses or does not touch
    // it as for the first response; a customer message that reopens a resolved ticket is a customer message like any.
    private static void NextResponse(ref Ticket ticket, bool resolutionFulfils)
    {
        var events = ticket.Events;
        var answered = false;
        var open = -1;
        var instance = 0;
        for (var i = 0; i < events.Length; i++)
        {
            switch (events[i].Kind)
            {
                case TicketEventKind.AgentPublicReply:
                    if (open >= 0)
                    {
                        ticket.Emit(instance++, open, i);
                        open = -1;
                    }

                    answered = true;
                    break;
                case TicketEventKind.CustomerReply when answered && open < 0:
                    open = i;
                    break;
                case TicketEventKind.Resolved or TicketEventKind.Closed when open >= 0:
                    if (resolutionFulfils)
                    {
                        ticket.Emit(instance++, open, i);
                        open = -1;
                    }
                    else if (events[i].Kind == TicketEventKind.Closed)
                    {
                        // Stryker disable once Update : a close is the last event, so no later instance reads the number
                        ticket.EmitUnfinished(instance++, open, i);
                        open = -1;
                    }

                    break;
                default:
                    break;
            }
        }

        if (open >= 0)
        {
            ticket.Emit(instance, open, Ticket.Running);
        }
    }

    // Periodic update: an instance from each public reply to the next one; none before the first reply; resolution stops it,
    // and a public reply on a resolved ticket starts none (updates are owed while the ticket is open; after a reopen
    // the next public reply starts the clock again). The pausable variant is paused by the policy's pause statuses;
    // the plain one has none (the builder refuses them).
    private static void PeriodicUpdate(ref Ticket ticket)
    {
        var events = ticket.Events;
        var open = -1;
        var resolved = false;
        var instance = 0;
        for (var i = 0; i < events.Length; i++)
        {
            var kind = events[i].Kind;
            if (kind == TicketEventKind.AgentPublicReply && !resolved)
            {
                if (open >= 0)
                {
                    ticket.Emit(instance++, open, i);
                }

                open = i;
            }
            else if (kind is TicketEventKind.Resolved or TicketEventKind.Closed)
            {
                resolved = true;
                if (open >= 0)
                {
                    ticket.Emit(instance++, open, i);
                    open = -1;
                }
            }
            else if (kind == TicketEventKind.Reopened || (kind == TicketEventKind.CustomerReply && resolved))
            {
                resolved = false; // a customer message reopens a resolved ticket (a rejecting policy never gets here)
            }
        }

        if (open >= 0)
        {
            ticket.Emit(instance, open, Ticket.Running);
        }
    }

    // Resolution after a reopen: continue (one clock from opening to the final resolution, resolved periods excluded) or new cycle (one
    // instance per open period, each judged on its own). A close of an unresolved ticket resolves it.
    private static void Resolution(ref Ticket ticket, ReopenMode mode)
    {
        var events = ticket.Events;
        if (mode == ReopenMode.Continue)
        {
            ticket.Emit(0, 0, ticket.FinalStop == Ticket.None ? Ticket.Running : ticket.FinalStop);
            return;
        }

        var open = 0;
        var instance = 0;
        for (var i = 1; i < events.Length; i++)
        {
            var kind = events[i].Kind;
            if (kind is TicketEventKind.Resolved or TicketEventKind.Closed && open >= 0)
            {
                ticket.Emit(instance++, open, i);
                open = -1;
            }
            else if (open < 0 && (kind == TicketEventKind.Reopened || kind == TicketEventKind.CustomerReply))
            {
                open = i; // a reopen, or a customer message that reopens the resolved ticket
            }
        }

        if (open >= 0)
        {
            ticket.Emit(instance, open, Ticket.Running);
        }
    }

    // JSM-style: a start event opens an instance when none runs, a stop event closes it; Closed ends a running one.
    private static void Custom(ref Ticket ticket)
    {
        var metric = ticket.Metric;
        var events = ticket.Events;
        var open = -1;
        var instance = 0;
        for (var i = 0; i < events.Length; i++)
        {
            ref readonly var e = ref events[i];
            // A customer message that reopens a resolved ticket is a reopen too, for the metric's matches.
            var reopens = ticket.ReopensImplicitly(i);
            if (open < 0)
            {
                if (metric.StartsOn(e) || (reopens && metric.StartsOn(TicketEvent.Reopened(e.At))))
                {
                    open = i;
                }
            }
            else if (metric.StopsOn(e) || e.Kind == TicketEventKind.Closed || (reopens && metric.StopsOn(TicketEvent.Reopened(e.At))))
            {
                ticket.Emit(instance++, open, i);
                open = -1;
            }
        }

        if (open >= 0)
        {
            ticket.Emit(instance, open, Ticket.Running);
        }
    }

    /// <summary>
    /// One ticket's points (its events, then now) with the tables the metrics read: the points on the current
    /// metric's time line, the calendar's cumulative business time <c>F</c> at them, the ticket's state after each
    /// event, and the current metric's own business time <c>G</c>.
    /// </summary>
    private ref struct Ticket
    {
        /// <summary>The stop index of an instance still running at now.</summary>
        public const int Running = -1;

        /// <summary>No such event.</summary>
        public const int None = -1;

        private readonly Instant _now;
        private readonly Span<long> _position;
        private readonly Span<long> _cumulative;
        private readonly Span<long> _ownTable;
        private readonly ulong _states;
        private Span<long> _own;
        private readonly Span<ulong> _state;
        private readonly Span<WeekAnchor> _anchors;
        private Span<SlaMetricResult> _destination;
        private string? _lineName;
        private BusinessCalendar? _calendar;
        private Instant _origin;
        private bool _hasLine;
        private SlaMetricTarget _target;
        private MetricBudgets _budgets;
        private bool _warn;
        private bool _pausedAtNow;
        private long _lastPosition;
        private readonly bool _anyImplicitReopen;

        public Ticket(ReadOnlySpan<TicketEvent> events, Instant now, PolicyPlan plan, Span<long> position, Span<long> cumulative, Span<long> own, Span<ulong> state, Span<WeekAnchor> anchors)
        {
            _anchors = anchors;
            Events = events;
            _now = now;
            _position = position;
            _cumulative = cumulative;
            _ownTable = own;
            _state = state;
            _target = null!;

            // The state after each event: the bit of the current status among the policy's pause statuses, and the
            // resolved bit. The status is "open" at opening and after a reopen unless the event states another;
            // closing a ticket resolves it, and a customer message on a resolved ticket reopens it (or is refused, as
            // the policy says). The same pass notes the few events that first response and a continuing resolution
            // stop at, so that those two metrics need no scan of their own.
            var status = plan.OpenBits;
            var resolved = 0UL;
            var states = 0UL;
            int firstReply = None, firstResolveOrClose = None, firstClose = None, finalStop = None, resolvedBy = None;
            for (var i = 0; i < events.Length; i++)
            {
                ref readonly var e = ref events[i];
                switch (e.Kind)
                {
                    case TicketEventKind.StatusChanged:
                        status = plan.StatusBits(e.Value);
                        break;
                    case TicketEventKind.Opened when e.Value is not null:
                        status = plan.StatusBits(e.Value);
                        break;
                    case TicketEventKind.CustomerReply when resolved != 0:
                        if (plan.Policy.CustomerReplyWhenResolved == ResolvedReplyMode.Reject)
                        {
                            ThrowResolvedReply(plan.Policy, events, i, resolvedBy);
                        }

                        resolved = 0;
                        status = plan.OpenBits;
                        finalStop = None;
                        _anyImplicitReopen = true;
                        break;
                    case TicketEventKind.AgentPublicReply:
                        firstReply = firstReply == None ? i : firstReply;
                        break;
                    case TicketEventKind.Resolved:
                        resolved = PolicyPlan.ResolvedBit;
                        status = e.Value is null ? status : plan.StatusBits(e.Value);
                        firstResolveOrClose = firstResolveOrClose == None ? i : firstResolveOrClose;
                        finalStop = i;
                        resolvedBy = i;
                        break;
                    case TicketEventKind.Closed:
                        // A close ends the ticket (nothing follows it); it stops the resolution clock unless a
                        // resolve already did.
                        resolved = PolicyPlan.ResolvedBit;
                        firstResolveOrClose = firstResolveOrClose == None ? i : firstResolveOrClose;
                        firstClose = i;
                        finalStop = finalStop == None ? i : finalStop;
                        break;
                    case TicketEventKind.Reopened:
                        resolved = 0;
                        status = e.Value is null ? plan.OpenBits : plan.StatusBits(e.Value);
                        finalStop = None;
                        break;
                    default:
                        break;
                }

                state[i] = status | resolved;
                states |= status | resolved;
            }

            _states = states;
            FirstReply = firstReply;
            FirstResolveOrClose = firstResolveOrClose;
            FirstClose = firstClose;
            FinalStop = finalStop;
        }

        /// <summary>The index of the first public agent reply, or <see cref="None"/>.</summary>
        public int FirstReply { get; }

        /// <summary>The index of the first resolve or close, or <see cref="None"/>.</summary>
        public int FirstResolveOrClose { get; }

        /// <summary>The index of the close (always the last event), or <see cref="None"/>.</summary>
        public int FirstClose { get; }

        /// <summary>Where a continuing resolution clock stopped: the last resolve not undone by a reopen (or the close of an unresolved ticket), or <see cref="None"/>.</summary>
        public int FinalStop { get; }

        public ReadOnlySpan<TicketEvent> Events { get; }

        public SlaMetric Metric => _target.Metric;

        public int Count { get; private set; }

        /// <summary>Whether event <paramref name="i"/> is a customer message that reopens the resolved ticket.</summary>
        public readonly bool ReopensImplicitly(int i) =>
            _anyImplicitReopen && i > 0 && Events[i].Kind == TicketEventKind.CustomerReply && (_state[i - 1] & PolicyPlan.ResolvedBit) != 0;

        /// <summary>Switches to a metric: fills F for its time line (unless the previous metric used the same) and G for its pauses.</summary>
        public void Prepare(MetricPlan metric, in MetricBudgets budgets, Span<SlaMetricResult> destination, int count)
        {
            _target = metric.Target;
            _budgets = budgets;
            _warn = metric.Warns;
            _destination = destination;
            Count = count;
            if (!_hasLine || !ReferenceEquals(_calendar, metric.Calendar))
            {
                FillLine(metric.CalendarName, metric.Calendar);
            }

            // G: the metric's business time, a running sum of F's steps over the unpaused stretches (stretch i, from
            // point i to point i + 1, has the state after event i). Only differences of G are ever read, so G may
            // start anywhere: a metric that this ticket never pauses reads F itself, and no table is filled.
            var mask = metric.PauseMask;
            var n = Events.Length;
            _pausedAtNow = (_state[n - 1] & mask) != 0;
            // Stryker disable once Bitwise : filling the table anyway gives G = F's unpaused steps, the same differences as F
            if ((_states & mask) == 0)
            {
                _own = _cumulative;
                // Stryker disable once Statement : filling the table anyway gives G = F's unpaused steps, the same differences as F
                return;
            }

            // Branch-free: whether a stretch is paused depends on the ticket's data, so a branch would mispredict often.
            var own = _ownTable[..(n + 1)];
            var cumulative = _cumulative[..(n + 1)];
            var state = _state[..n];
            var g = 0L;
            own[0] = 0;
            for (var i = 0; i < state.Length; i++)
            {
                var paused = state[i] & mask;
                var keep = (long)((paused | (0 - paused)) >> 63) - 1; // all ones when not paused, zero when paused
                g += (cumulative[i + 1] - cumulative[i]) & keep;
                own[i + 1] = g;
            }

            _own = own;
        }

        // One instance from point s to point stop (Running: to now): it uses business time outside the pauses; its
        // deadline adds the target to the start over the same pauses (none after the instance ends); it is met when
        // stopped at or before the deadline, breached when stopped after it or still running with now > deadline,
        // paused (no deadline) while paused now with budget left, and warning from the warning point up to and
        // including the deadline.
        public void Emit(int instance, int s, int stop)
        {
            var e = stop == Running ? Events.Length : stop;
            var elapsed = _own[e] - _own[s];
            var target = _budgets.TargetNanoseconds;
            var warnBudget = _budgets.WarningNanoseconds;
            long? deadline = null;
            long? warningAt = null;
            SlaStatus status;
            if (stop == Running && _pausedAtNow && elapsed < target)
            {
                status = SlaStatus.Paused;
                if (_warn && elapsed >= warnBudget)
                {
                    warningAt = Reach(s, e, warnBudget);
                }
            }
            else
            {
                var due = Reach(s, e, target);
                deadline = due;
                if (_warn && (stop == Running || elapsed >= warnBudget))
                {
                    warningAt = Reach(s, e, warnBudget);
                }

                var now = _position[Events.Length];
                status = stop != Running
                    ? (_position[stop] <= due ? SlaStatus.Met : SlaStatus.Breached)
                    : now > due ? SlaStatus.Breached
                    : warningAt is { } w && now >= w ? SlaStatus.Warning
                    : SlaStatus.Active;
            }

            Slot() = new SlaMetricResult(_target.Metric, instance, status, Events[s].At, stop == Running ? null : Events[stop].At,
                ToInstant(deadline, s), ToInstant(warningAt, s), _budgets.Target, Duration.FromNanoseconds(elapsed),
                _cumulative[e] - _cumulative[s] - elapsed);
        }

        // A response metric that can never finish: the ticket was closed while it waited and resolving does not fulfil
        // it. It keeps its start and the business time it used, without deadline or verdict.
        public void EmitUnfinished(int instance, int s, int closed)
        {
            var elapsed = _own[closed] - _own[s];
            Slot() = new SlaMetricResult(_target.Metric, instance, SlaStatus.NotApplicable, Events[s].At, Events[closed].At,
                null, null, _budgets.Target, Duration.FromNanoseconds(elapsed), _cumulative[closed] - _cumulative[s] - elapsed);
        }

        // The next result's place in the caller's buffer: a result is constructed straight into it.
        private ref SlaMetricResult Slot()
        {
            if ((uint)Count >= (uint)_destination.Length)
            {
                ThrowDestinationTooShort(_destination.Length);
            }

            return ref _destination[Count++];
        }

        /// <summary>
        /// The position at which the metric, started at point s and measured up to point e, has used
        /// <paramref name="budget"/>: the earliest such instant, or for a zero budget the first business moment at or
        /// after the start outside the pauses (the calendar's Add with the pauses as exclusions).
        /// </summary>
        private readonly long Reach(int s, int e, long budget)
        {
            // Business time is measured from the start (differences of G stay within the ticket's century, while G
            // itself may be the calendar's cumulative time, which can be near the end of the 64-bit range).
            var start = _own[s];
            var j = s + 1;
            if (budget > 0)
            {
                while (j <= e && _own[j] - start < budget)
                {
                    j++;
                }
            }
            else
            {
                while (j <= e && _own[j] - start <= budget)
                {
                    j++;
                }
            }

            // The budget runs out inside stretch j (unpaused, as G grows there) or after the instance's end, where
            // nothing pauses: either way F rises one for one with G from point `from` on.
            var from = j - 1; // j stops at e + 1 at most, so from is at most e
            var left = budget - (_own[from] - start);
            var f = _cumulative[from];
            if (_calendar is null)
            {
                return f + left; // time since opening: both terms are within a century
            }

            // Inside the week of point `from` this reads the deadline off its windows. Past the horizon (or past the
            // 64-bit range, which only an always-open calendar late in its 300 years reaches) there is no deadline.
            if (!_calendar.BusinessTimeline.TryAdvance(in _anchors[from], f, left, out var position))
            {
                ThrowBeyondHorizon(s, budget);
                return 0;
            }

            return position;
        }

        // A position back on the time line. Business calendars end in 2199, long before NodaTime's time line does; a 24/7
        // deadline of a ticket opened in the last century of year 9999 may fall after its end, which is refused.
        private readonly Instant? ToInstant(long? position, int s)
        {
            if (position is not { } p)
            {
                return null;
            }

            if (p > _lastPosition)
            {
                Preconditions.ThrowOutOfRange("ticket", Events[s].At,
                    $"has a {_target.Metric.Name} instance whose deadline or warning point falls after the end of representable time ({Instant.MaxValue}): no deadline past the year 9999 can be given; do not use a date near 9999-12-31 as a placeholder");
            }

            return _origin + Duration.FromNanoseconds(p);
        }

        private void FillLine(string name, BusinessCalendar? calendar)
        {
            var n = Events.Length;
            _lineName = name;
            _calendar = calendar;
            // Stryker disable once Boolean : without it every metric fills the same line again, with the same values
            _hasLine = true;

            // A century from opening keeps every difference of business time, plus a target of at most a century,
            // inside 64-bit nanoseconds.
            if (_now - Events[0].At > MaxTicketSpan)
            {
                Preconditions.ThrowOutOfRange("now", _now, $"must be at most 36,525 days (100 years) after the ticket opened ({Events[0].At}): SLA arithmetic covers a century from opening");
            }

            if (calendar is null)
            {
                // 24/7: business time is time since opening. The last position that is still an instant: NodaTime's
                // time line ends with the year 9999 (only reachable by a ticket opened in its last century).
                _origin = Events[0].At;
                var left = Instant.MaxValue - _origin;
                _lastPosition = left < LongestSpan ? left.ToInt64Nanoseconds() : long.MaxValue;

                for (var i = 0; i < n; i++)
                {
                    _position[i] = _cumulative[i] = (Events[i].At - _origin).ToInt64Nanoseconds();
                }

                _position[n] = _cumulative[n] = (_now - _origin).ToInt64Nanoseconds();
                return;
            }

            _origin = NodaConstants.UnixEpoch;
            _lastPosition = long.MaxValue; // a business calendar's horizon ends long before the time line

            // The points are sorted (events in order, now after them), so the first and the last bound them all.
            if (Events[0].At < calendar.MinInstant || _now >= calendar.MaxInstant)
            {
                var early = Events[0].At < calendar.MinInstant;
                Preconditions.ThrowOutOfRange(early ? "ticket" : "now", early ? Events[0].At : _now,
                    $"must keep {(early ? "the Opened event" : "now")} within the horizon of calendar '{name}', [{calendar.MinInstant}, {calendar.MaxInstant}) (local dates {BusinessCalendar.MinDate:uuuu-MM-dd} to {BusinessCalendar.MaxDate:uuuu-MM-dd})");
            }

            for (var i = 0; i < n; i++)
            {
                _position[i] = BusinessTimeline.ToPosition(Events[i].At);
            }

            _position[n] = BusinessTimeline.ToPosition(_now);
            calendar.BusinessTimeline.CumulativeSorted(_position[..(n + 1)], _cumulative, _anchors);
        }

        private readonly void ThrowBeyondHorizon(int s, long budget) =>
            Preconditions.ThrowOutOfRange("ticket", Events[s].At,
                $"has a {_target.Metric.Name} instance whose {Duration.FromNanoseconds(budget)} of business time on calendar '{_lineName}' cannot be used up before the calendar's horizon ends ({BusinessCalendar.MaxDate:uuuu-MM-dd}): the calendar may be closed for ever after the instance's start");
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowResolvedReply(SlaPolicy policy, ReadOnlySpan<TicketEvent> events, int index, int resolvedBy) =>
        Preconditions.ThrowArgument("ticket", $"events[{index}] ({events[index].Kind} at {events[index].At}) is impossible under policy '{policy.Name}': the ticket is resolved by events[{resolvedBy}] and the policy rejects customer messages on a resolved ticket (ResolvedReplyMode.Reject); add the Reopened event the help desk made on this message first, or use ResolvedReplyMode.Reopen.");

    private readonly struct AtOrBefore(Instant now) : ISortedCondition<TicketEvent>
    {
        public bool Holds(in TicketEvent value) => value.At <= now;
    }
}
