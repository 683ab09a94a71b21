// An independent model of the SLA evaluator, written from SLA-RULES.md and the public docs, on the public calendar API only.
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Sla.Evaluation;
using CustomerCare.Core.Sla.Policies;
using CustomerCare.Core.Tickets;
using NodaTime;
using Interval = NodaTime.Interval;

namespace CustomerCare.Core.Tests.Sla;

/// <summary>What the oracle expects for one metric instance, field by field as <see cref="SlaMetricResult"/> exposes it.</summary>
internal readonly record struct OracleRow(
    string Metric, int Instance, SlaStatus Status, Instant? Start, Instant? Stop, Instant? Deadline, Instant? WarningAt, Duration Target, Duration Elapsed, Duration Paused)
{
    public static OracleRow Of(SlaMetricResult r) =>
        new(r.Metric.Name, r.Instance, r.Status, r.Start, r.Stop, r.Deadline, r.WarningAt, r.Target, r.Elapsed, r.Paused);

    public override string ToString() =>
        $"{Metric}#{Instance} {Status} start {Show(Start)} stop {Show(Stop)} deadline {Show(Deadline)} warning {Show(WarningAt)} elapsed {Elapsed} of {Target} paused {Paused}";

    private static string Show(Instant? i) => i?.ToString() ?? "-";
}

/// <summary>
/// A policy set under test plus what the oracle must know that the set does not expose: the business calendar behind
/// each calendar name (absent for <see cref="SlaPolicySet.CalendarTime"/>) and, per policy, a plain predicate that
/// says when its condition matches (priority and segment as of now).
/// </summary>
internal sealed record OracleWorld(
    SlaPolicySet Set,
    IReadOnlyDictionary<string, BusinessCalendar> Calendars,
    Func<string, string?, bool>[] Matches,
    string Description,
    Instant Around)
{
    public override string ToString() => Description;
}

/// <summary>
/// Recomputes an evaluation from the rules, deliberately not the way the evaluator does it: instances are found by
/// separate small scans per metric; pauses are a piecewise-constant "paused after event i" predicate over the gaps
/// between consecutive events (so that equal instants collapse naturally); business time is asked of the public
/// <see cref="BusinessCalendar"/> with an <see cref="ExclusionSet"/>, or computed with plain instant arithmetic for 24/7.
/// </summary>
internal static class SlaOracle
{
    private const string OpenStatus = "open";

    /// <summary>The policy, priority and rows the evaluator must give; <c>Rows</c> is null when the policy must refuse the
    /// timeline (a customer message on a resolved ticket under <see cref="ResolvedReplyMode.Reject"/>).</summary>
    public static (string Policy, string Priority, List<OracleRow>? Rows) Expect(OracleWorld world, TicketTimeline ticket, Instant now)
    {
        var events = ticket.Events.ToArray().Where(e => e.At <= now).ToArray();
        var priority = Latest(events, TicketEventKind.PriorityChanged) ?? ticket.Attributes.Priority;
        var segment = Latest(events, TicketEventKind.SegmentChanged) ?? ticket.Attributes.Segment;
        var policies = world.Set.Policies;
        var chosen = policies[^1];
        for (var i = 0; i < policies.Count - 1; i++)
        {
            if (world.Matches[i](priority, segment))
            {
                chosen = policies[i];
                break;
            }
        }

        // Rule 12: a customer message while resolved reopens the ticket, unless the policy refuses it.
        var resolvedNow = false;
        foreach (var e in events)
        {
            if (e.Kind == TicketEventKind.CustomerReply && resolvedNow && chosen.CustomerReplyWhenResolved == ResolvedReplyMode.Reject)
            {
                return (chosen.Name, priority, null);
            }

            resolvedNow = e.Kind is TicketEventKind.Resolved or TicketEventKind.Closed
                || (resolvedNow && e.Kind is not (TicketEventKind.Reopened or TicketEventKind.CustomerReply));
        }

        var rows = new List<OracleRow>();
        foreach (var mt in chosen.Metrics)
        {
            var name = mt.Metric.Name;
            var before = rows.Count;
            if (events.Length > 0 && mt.TryGetTarget(priority, out var target))
            {
                world.Calendars.TryGetValue(mt.Calendar, out var calendar);
                var clock = new Clock(calendar);
                var excludeResolved = mt.Metric.Kind switch
                {
                    SlaMetricKind.Resolution => chosen.Reopen == ReopenMode.Continue,
                    SlaMetricKind.FirstResponse or SlaMetricKind.NextResponse => chosen.ResponsesOnResolve == ResponseResolveMode.Pause,
                    _ => false,
                };
                var (pauses, pausedNow) = Pauses(events, now, status => mt.PauseStatuses.Any(s => string.Equals(s, status, StringComparison.OrdinalIgnoreCase)), excludeResolved);
                var warned = mt.Warning.IsSet;
                var warnBudget = mt.Warning.BudgetFor(target);
                var instance = 0;
                foreach (var (start, stop, unfinished) in Instances(mt.Metric, chosen, events))
                {
                    rows.Add(unfinished
                        ? Unfinished(name, instance, start, stop!.Value, target, clock, pauses)
                        : Row(name, instance, start, stop, now, target, warned, warnBudget, clock, pauses, pausedNow));
                    instance++;
                }
            }

            if (rows.Count == before)
            {
                rows.Add(new OracleRow(name, 0, SlaStatus.NotApplicable, null, null, null, null, Duration.Zero, Duration.Zero, Duration.Zero));
            }
        }

        return (chosen.Name, priority, rows);
    }

    private static string? Latest(TicketEvent[] events, TicketEventKind kind) =>
        events.LastOrDefault(e => e.Kind == kind).Value;

    // Rules 4, 5 and 9 for one instance, stated as the public docs state them.
    private static OracleRow Row(string name, int instance, Instant start, Instant? stop, Instant now, Duration target, bool warned, Duration warnBudget, Clock clock, List<Interval> pauses, bool pausedNow)
    {
        var end = stop ?? now;
        var own = Clip(pauses, start, end);
        var elapsed = clock.Elapsed(start, end, own);
        var paused = clock.Elapsed(start, end, []) - elapsed; // rule 11: business time in the pauses
        var running = stop is null;

        // Rule 4: paused now with budget left → no deadline, only remaining time; the warning point only once passed.
        if (running && pausedNow && elapsed < target)
        {
            Instant? w = warned && elapsed >= warnBudget ? clock.Add(start, warnBudget, own) : null;
            return new OracleRow(name, instance, SlaStatus.Paused, start, null, null, w, target, elapsed, paused);
        }

        var deadline = clock.Add(start, target, own);

        // The warning point of a running instance is always shown; a stopped one shows it only if it was reached.
        Instant? warningAt = warned && (running || elapsed >= warnBudget) ? clock.Add(start, warnBudget, own) : null;
        SlaStatus status;
        if (!running)
        {
            status = stop!.Value <= deadline ? SlaStatus.Met : SlaStatus.Breached; // rule 5: met at or before the deadline
        }
        else if (now > deadline)
        {
            status = SlaStatus.Breached; // rule 5: a running metric is breached only when now > deadline
        }
        else if (warningAt is { } w && w <= now)
        {
            status = SlaStatus.Warning; // rule 9: from the warning point up to and including the deadline
        }
        else
        {
            status = SlaStatus.Active;
        }

        return new OracleRow(name, instance, status, start, stop, deadline, warningAt, target, elapsed, paused);
    }

    // A response awaited when the ticket was closed, with resolving not fulfilling it: no verdict, the time it used.
    private static OracleRow Unfinished(string name, int instance, Instant start, Instant closed, Duration target, Clock clock, List<Interval> pauses)
    {
        var elapsed = clock.Elapsed(start, closed, Clip(pauses, start, closed));
        return new(name, instance, SlaStatus.NotApplicable, start, closed, null, null, target, elapsed, clock.Elapsed(start, closed, []) - elapsed);
    }

    /// <summary>The metric's instances as (start, stop or null while running, unfinished).</summary>
    private static List<(Instant Start, Instant? Stop, bool Unfinished)> Instances(SlaMetric metric, SlaPolicy policy, TicketEvent[] events)
    {
        var fulfils = policy.ResponsesOnResolve == ResponseResolveMode.Fulfil;
        var found = new List<(Instant, Instant?, bool)>();
        var opened = events[0].At;
        switch (metric.Kind)
        {
            case SlaMetricKind.FirstResponse:
                {
                    // Rule 1: the first public reply stops it; with the default option a resolve or close does too;
                    // without it, a close before any reply leaves it unfinished.
                    var end = events.Skip(1).Cast<TicketEvent?>().FirstOrDefault(e =>
                        e!.Value.Kind == TicketEventKind.AgentPublicReply
                        || e.Value.Kind == TicketEventKind.Closed
                        || (fulfils && e.Value.Kind == TicketEventKind.Resolved));
                    found.Add(end is { } e
                        ? (opened, e.At, !fulfils && e.Kind == TicketEventKind.Closed)
                        : (opened, null, false));
                    break;
                }

            case SlaMetricKind.NextResponse:
                {
                    // Rule 2: only after the first public reply; the oldest unanswered customer message opens the wait.
                    var replied = false;
                    Instant? waiting = null;
                    foreach (var e in events)
                    {
                        if (e.Kind == TicketEventKind.AgentPublicReply)
                        {
                            if (waiting is { } w)
                            {
                                found.Add((w, e.At, false));
                            }

                            waiting = null;
                            replied = true;
                        }
                        else if (e.Kind == TicketEventKind.CustomerReply && replied)
                        {
                            waiting ??= e.At;
                        }
                        else if (waiting is { } w && (e.Kind == TicketEventKind.Closed || (fulfils && e.Kind == TicketEventKind.Resolved)))
                        {
                            found.Add((w, e.At, !fulfils));
                            waiting = null;
                        }
                    }

                    if (waiting is { } open)
                    {
                        found.Add((open, null, false));
                    }

                    break;
                }

            case SlaMetricKind.PeriodicUpdate:
            case SlaMetricKind.PausablePeriodicUpdate:
                {
                    // Rule 3: from public reply to public reply while the ticket is open; a resolve or close ends
                    // the gap, and a public reply on a resolved ticket starts none until a reopen.
                    Instant? since = null;
                    var resolvedNow = false;
                    foreach (var e in events)
                    {
                        if (e.Kind is TicketEventKind.Resolved or TicketEventKind.Closed)
                        {
                            resolvedNow = true;
                        }
                        else if (e.Kind == TicketEventKind.Reopened || (e.Kind == TicketEventKind.CustomerReply && resolvedNow))
                        {
                            resolvedNow = false; // rule 12: a customer message reopens
                            continue;
                        }
                        else if (e.Kind != TicketEventKind.AgentPublicReply || resolvedNow)
                        {
                            continue;
                        }

                        if (since is { } s)
                        {
                            found.Add((s, e.At, false));
                        }

                        since = e.Kind == TicketEventKind.AgentPublicReply ? e.At : null;
                    }

                    if (since is { } open)
                    {
                        found.Add((open, null, false));
                    }

                    break;
                }

            case SlaMetricKind.Resolution when policy.Reopen == ReopenMode.Continue:
                {
                    // Rule 7, continue: one clock; it is stopped by the last resolution not followed by a reopen
                    // (a close after a resolve keeps the resolve as the stop).
                    Instant? stop = null;
                    foreach (var e in events)
                    {
                        stop = e.Kind switch
                        {
                            TicketEventKind.Resolved => e.At,
                            TicketEventKind.Closed => stop ?? e.At,
                            TicketEventKind.Reopened or TicketEventKind.CustomerReply => null, // a customer message reopens
                            _ => stop,
                        };
                    }

                    found.Add((opened, stop, false));
                    break;
                }

            case SlaMetricKind.Resolution:
                {
                    // Rule 7, new cycle: one instance per open period.
                    Instant? cycle = opened;
                    foreach (var e in events.Skip(1))
                    {
                        if (e.Kind is TicketEventKind.Resolved or TicketEventKind.Closed && cycle is { } c)
                        {
                            found.Add((c, e.At, false));
                            cycle = null;
                        }
                        else if (cycle is null && e.Kind is TicketEventKind.Reopened or TicketEventKind.CustomerReply)
                        {
                            cycle = e.At; // a reopen, or a customer message reopening the resolved ticket
                        }
                    }

                    if (cycle is { } open)
                    {
                        found.Add((open, null, false));
                    }

                    break;
                }

            default:
                {
                    // Custom (JSM cycles): a start event opens an instance when none runs; a stop event or a close ends it.
                    Instant? since = null;
                    var resolved = false;
                    foreach (var e in events)
                    {
                        // A customer message on a resolved ticket is a reopen for the metric's matches too.
                        var reopen = resolved && e.Kind == TicketEventKind.CustomerReply ? TicketEvent.Reopened(e.At) : (TicketEvent?)null;
                        resolved = e.Kind is TicketEventKind.Resolved || (resolved && e.Kind is not (TicketEventKind.Reopened or TicketEventKind.CustomerReply));
                        if (since is null)
                        {
                            since = AnyMatches(metric.StartWhen, e) || (reopen is { } r && AnyMatches(metric.StartWhen, r)) ? e.At : null;
                        }
                        else if (AnyMatches(metric.StopWhen, e) || e.Kind == TicketEventKind.Closed || (reopen is { } r && AnyMatches(metric.StopWhen, r)))
                        {
                            found.Add((since.Value, e.At, false));
                            since = null;
                        }
                    }

                    if (since is { } open)
                    {
                        found.Add((open, null, false));
                    }

                    break;
                }
        }

        return found;
    }

    // A status match also matches an opened, resolved or reopened event that states the status.
    private static bool AnyMatches(IReadOnlyList<SlaEventMatch> matches, TicketEvent e) =>
        matches.Any(m => (m.Kind == e.Kind && (m.Value is null || string.Equals(m.Value, e.Value, StringComparison.OrdinalIgnoreCase)))
            || (m.Kind == TicketEventKind.StatusChanged && m.Value is not null && e.Kind is TicketEventKind.Opened or TicketEventKind.Resolved or TicketEventKind.Reopened
                && string.Equals(m.Value, e.Value, StringComparison.OrdinalIgnoreCase)));

    /// <summary>
    /// Rule 4 as a predicate on the gaps between events: after event i the metric is paused on [t_i, t_{i+1}) (the
    /// last gap ends at now) when the status pauses it or, if asked, the ticket is resolved or closed. The status is
    /// "open" at opening and after a reopen. Returns merged, non-empty intervals and whether the metric is paused now.
    /// </summary>
    internal static (List<Interval> Pauses, bool PausedNow) Pauses(TicketEvent[] events, Instant now, Func<string, bool> pausesIn, bool excludeResolved)
    {
        var status = OpenStatus;
        var resolved = false;
        var paused = false;
        var list = new List<Interval>();
        for (var i = 0; i < events.Length; i++)
        {
            var e = events[i];
            switch (e.Kind)
            {
                case TicketEventKind.StatusChanged:
                    status = e.Value!;
                    break;
                case TicketEventKind.Opened:
                    status = e.Value ?? OpenStatus;
                    break;
                case TicketEventKind.Resolved:
                    (status, resolved) = (e.Value ?? status, true);
                    break;
                case TicketEventKind.Closed:
                    resolved = true;
                    break;
                case TicketEventKind.Reopened:
                    (status, resolved) = (e.Value ?? OpenStatus, false);
                    break;
                case TicketEventKind.CustomerReply when resolved:
                    (status, resolved) = (OpenStatus, false); // rule 12: the message reopens the ticket
                    break;
                default:
                    break;
            }

            paused = pausesIn(status) || (excludeResolved && resolved);
            var until = i + 1 < events.Length ? events[i + 1].At : now;
            if (paused && until > e.At)
            {
                if (list.Count > 0 && list[^1].End == e.At)
                {
                    list[^1] = new Interval(list[^1].Start, until);
                }
                else
                {
                    list.Add(new Interval(e.At, until));
                }
            }
        }

        return (list, paused);
    }

    private static List<Interval> Clip(List<Interval> pauses, Instant from, Instant to) =>
        [.. pauses
            .Where(p => p.End > from && p.Start < to)
            .Select(p => new Interval(Instant.Max(p.Start, from), Instant.Min(p.End, to)))
            .Where(p => p.End > p.Start)];

    /// <summary>Business time on a calendar (public API with an exclusion set) or, for 24/7, plain instant arithmetic.</summary>
    private readonly struct Clock(BusinessCalendar? calendar)
    {
        public Duration Elapsed(Instant from, Instant to, List<Interval> pauses)
        {
            if (calendar is not null)
            {
                return calendar.Elapsed(from, to, ExclusionSet.FromSorted([.. pauses]));
            }

            if (to <= from)
            {
                return Duration.Zero;
            }

            var paused = Duration.Zero;
            foreach (var p in pauses)
            {
                paused += p.End - p.Start; // already clipped to [from, to)
            }

            return to - from - paused;
        }

        // The earliest instant at which the budget is used up outside the pauses; a zero budget gives the first
        // instant at or after from that is not paused.
        public Instant Add(Instant from, Duration budget, List<Interval> pauses)
        {
            if (calendar is not null)
            {
                return calendar.Add(from, budget, ExclusionSet.FromSorted([.. pauses]));
            }

            var t = from;
            var left = budget;
            foreach (var p in pauses)
            {
                if (p.End <= t)
                {
                    continue;
                }

                if (p.Start > t)
                {
                    var gap = p.Start - t;
                    if (left <= gap)
                    {
                        return t + left;
                    }

                    left -= gap;
                }

                t = p.End;
            }

            return t + left;
        }
    }
}
