// FsCheck generators for the SLA oracle: random policy sets on 24/7 and business calendars, random valid timelines, random now.
using System.Globalization;
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Sla.Policies;
using CustomerCare.Core.Tests.Calendars;
using CustomerCare.Core.Tickets;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CustomerCare.Core.Tests.Sla;

/// <summary>One oracle case: a world (policy set and calendars), a ticket and the evaluation instant.</summary>
internal sealed record OracleCase(OracleWorld World, TicketTimeline Ticket, Instant Now)
{
    public override string ToString() =>
        $"world: {World}\nticket ({Ticket.Attributes.Priority}, segment {Ticket.Attributes.Segment ?? "-"}):\n  "
        + string.Join("\n  ", Ticket.Events.ToArray().Select(e => e.ToString()))
        + $"\nnow: {Now}";
}

internal static class SlaOracleGen
{
    private static readonly string[] Priorities = [PriorityScale.Urgent, PriorityScale.High, PriorityScale.Normal, PriorityScale.Low];

    // Statuses a ticket moves through; "Pending" checks that pause rules compare case-insensitively.
    private static readonly string[] Statuses = ["open", "pending", "on-hold", "waiting", "in-progress", "Pending"];

    // Pause statuses a metric may have. "open" is left out on purpose: the evaluator does not pause a metric that
    // pauses on "open" from the opening (only after a status change or a reopen), while the oracle follows the rule
    // that the status is "open" from the opening; the difference is reported, not baked into the oracle.
    private static readonly string[] PauseStatuses = ["pending", "on-hold", "waiting"];

    /// <summary>Custom JSM-style metrics, defined once so that every policy shares the same instances.</summary>
    internal static readonly SlaMetric Triage = SlaMetric.Custom(
        "triage", [SlaEventMatch.Of(TicketEventKind.Opened)], [SlaEventMatch.StatusEntered("in-progress"), SlaEventMatch.Of(TicketEventKind.AgentInternalNote)]);

    internal static readonly SlaMetric AgentWork = SlaMetric.Custom(
        "agent_work",
        [SlaEventMatch.StatusEntered("in-progress"), SlaEventMatch.Of(TicketEventKind.Reopened)],
        [SlaEventMatch.Of(TicketEventKind.Resolved), SlaEventMatch.StatusEntered("pending")]);

    private static readonly SlaMetric[] Catalog =
        [SlaMetric.FirstResponse, SlaMetric.NextResponse, SlaMetric.PeriodicUpdate, SlaMetric.PausablePeriodicUpdate, SlaMetric.Resolution, Triage, AgentWork];

    // The conditions policies before the fallback may have, in the order they are tried, with the oracle's reading.
    private static readonly (SlaCondition Condition, Func<string, string?, bool> Matches)[] Conditions =
    [
        (SlaCondition.Segment("vip"), (_, segment) => string.Equals(segment, "vip", StringComparison.OrdinalIgnoreCase)),
        (SlaCondition.Priority(PriorityScale.Urgent, PriorityScale.High), (priority, _) => priority is PriorityScale.Urgent or PriorityScale.High),
        (SlaCondition.Segment("smb"), (_, segment) => string.Equals(segment, "smb", StringComparison.OrdinalIgnoreCase)),
    ];

    /// <summary>A target in whole seconds (0 = no target for that priority): tiny, minutes to hours, up to days.</summary>
    private static readonly Gen<int> TargetSeconds = Gen.Frequency(
        (2, Gen.Constant(0)),
        (2, Gen.Choose(1, 600)),
        (5, Gen.Choose(601, 4 * 3600)),
        (2, Gen.Choose(4 * 3600, 30 * 3600)),
        (2, Gen.Choose(1, 16).Select(h => h * 3600)));

    private sealed record MetricPlan(bool Include, int[] Targets, int WarningKind, int Lead, int ShareTenThousandths, int PauseMask, int CalendarChoice);

    private static readonly Gen<MetricPlan> Metric =
        from include in Gen.Choose(0, 9)
        from targets in Gen.ArrayOf(TargetSeconds, Priorities.Length)
        from warningKind in Gen.Choose(0, 8)
        from lead in Gen.Choose(1, 10 * 3600)
        from share in Gen.Choose(1, 9999)
        from pauseMask in Gen.Choose(0, 7)
        from calendarChoice in Gen.Choose(-4, 2)
        select new MetricPlan(include < 7, targets, warningKind, lead, share, pauseMask, calendarChoice);

    private sealed record PolicyPlan(int CalendarChoice, bool NewCycle, ResponseResolveMode OnResolve, bool RejectsReply, MetricPlan[] Metrics);

    private static readonly Gen<PolicyPlan> Policy =
        from calendar in Gen.Choose(0, 5)
        from newCycle in Gen.Choose(0, 1)
        from onResolve in Gen.Elements(ResponseResolveMode.Fulfil, ResponseResolveMode.Pause, ResponseResolveMode.RunOn)
        from rejects in Gen.Choose(0, 4)
        from metrics in Gen.ArrayOf(Metric, Catalog.Length)
        select new PolicyPlan(calendar, newCycle == 1, onResolve, rejects == 0, metrics);

    /// <summary>Office hours with a lunch break on the anchor of a random calendar (so holidays and a DST change stay near).</summary>
    private static readonly Gen<CalendarSpec> Office =
        from spec in CalendarGen.Spec
        from saturday in Gen.Choose(0, 1)
        from nightShift in Gen.Choose(0, 3)
        select spec with
        {
            Windows =
            [
                .. Enumerable.Range(1, 5).SelectMany(d => new[] { (d, 9 * 60, 12 * 60), (d, 13 * 60, (17 * 60) + 30) }),
                .. saturday == 1 ? new[] { (6, 10 * 60, 14 * 60) } : [],
                .. nightShift == 0 ? new[] { (7, 22 * 60, 6 * 60) } : [],
            ],
        };

    /// <summary>Zero to two business calendars ("a", "b") besides 24/7, and two to four policies.</summary>
    public static Gen<OracleWorld> World { get; } =
        from count in Gen.Frequency((1, Gen.Constant(0)), (2, Gen.Constant(1)), (2, Gen.Constant(2)))
        from first in Gen.OneOf(CalendarGen.Spec, Office)
        from second in Office
        from conditionCount in Gen.Choose(0, Conditions.Length)
        from plans in Gen.ArrayOf(Policy, conditionCount + 1)
        from day in Gen.Choose(0, 364)
        select Build(count == 0 ? [] : count == 1 ? [first] : [first, second with { Anchor = first.Anchor }], plans, day);

    /// <summary>A world, a valid ticket near its calendars' interesting dates, and a now before, inside or after it.</summary>
    public static Gen<OracleCase> Case { get; } =
        from world in World
        from ticket in Timeline(world.Around)
        from now in NowFor(ticket)
        select new OracleCase(world, ticket, now);

    private static OracleWorld Build(CalendarSpec[] specs, PolicyPlan[] plans, int day)
    {
        var names = new List<string> { SlaPolicySet.CalendarTime };
        var calendars = new Dictionary<string, BusinessCalendar>(StringComparer.OrdinalIgnoreCase);
        var builder = new SlaPolicySetBuilder();
        for (var i = 0; i < specs.Length; i++)
        {
            var name = i == 0 ? "a" : "b";
            calendars[name] = specs[i].Build();
            builder.AddCalendar(name, calendars[name]);
            names.Add(name);
        }

        var text = new List<string>();
        for (var p = 0; p < plans.Length; p++)
        {
            var plan = plans[p];
            var fallback = p == plans.Length - 1;
            var policy = new SlaPolicyBuilder(fallback ? "fallback" : $"p{p}")
                .OnCalendar(Pick(names, plan.CalendarChoice))
                .Reopen(plan.NewCycle ? ReopenMode.NewCycle : ReopenMode.Continue)
                .ResponsesOnResolve(plan.OnResolve)
                .CustomerReplyWhenResolved(plan.RejectsReply ? ResolvedReplyMode.Reject : ResolvedReplyMode.Reopen);
            if (!fallback)
            {
                policy.When(Conditions[p].Condition);
            }

            var lines = new List<string>();
            var any = false;
            for (var m = 0; m < Catalog.Length; m++)
            {
                var mp = plan.Metrics[m];
                var metric = Catalog[m];
                if (!mp.Include || mp.Targets.All(t => t == 0))
                {
                    continue;
                }

                any = true;
                for (var r = 0; r < Priorities.Length; r++)
                {
                    if (mp.Targets[r] > 0)
                    {
                        policy.Target(metric, Priorities[r], Duration.FromSeconds(mp.Targets[r]));
                    }
                }

                var warning = mp.WarningKind switch
                {
                    0 or 1 or 2 => SlaWarning.None,
                    3 => SlaWarning.Before(Duration.FromSeconds(mp.Lead)),
                    4 => SlaWarning.Before(Duration.FromHours(40)), // at least as long as most targets: a zero budget
                    5 => SlaWarning.AtShare(mp.ShareTenThousandths / 10_000.0),
                    6 => SlaWarning.AtShare(mp.ShareTenThousandths / 10_000_000.0), // a tiny share: often a zero budget
                    _ => SlaWarning.AtShare(0.75),
                };
                if (warning.IsSet)
                {
                    policy.Warn(metric, warning);
                }

                var pauses = metric.Kind == SlaMetricKind.PeriodicUpdate
                    ? []
                    : PauseStatuses.Where((_, i) => (mp.PauseMask & (1 << i)) != 0).ToArray();
                if (pauses.Length > 0)
                {
                    policy.PauseOn(metric, pauses);
                }

                if (mp.CalendarChoice >= 0)
                {
                    policy.OnCalendar(metric, Pick(names, mp.CalendarChoice));
                }

                lines.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{metric.Name} targets [{string.Join(", ", mp.Targets)}] s, warn {warning}, pause [{string.Join(", ", pauses)}], calendar {(mp.CalendarChoice >= 0 ? Pick(names, mp.CalendarChoice) : "policy's")}"));
            }

            if (!any)
            {
                policy.Target(SlaMetric.Resolution, PriorityScale.Normal, Duration.FromHours(3));
                lines.Add("resolution normal 3 h");
            }

            var built = policy.Build();
            if (fallback)
            {
                builder.Fallback(built);
            }
            else
            {
                builder.Add(built);
            }

            text.Add($"policy {built.Name} when {built.Condition} on {built.Calendar}, reopen {built.Reopen}, responses on resolve {built.ResponsesOnResolve}, customer reply when resolved {built.CustomerReplyWhenResolved}:\n    {string.Join("\n    ", lines)}");
        }

        var around = specs.Length > 0
            ? specs[0].Anchor.AtStartOfDayInZone(specs[0].Zone).ToInstant()
            : Instant.FromUtc(2025, 1, 1, 0, 0) + Duration.FromDays(day);
        var description = string.Join("\n", specs.Select((s, i) => $"calendar {(i == 0 ? "a" : "b")}: {s}").Concat(text));
        return new OracleWorld(builder.Build(), calendars, [.. Conditions.Take(plans.Length - 1).Select(c => c.Matches)], description, around);
    }

    // 0 picks 24/7; anything else one of the business calendars, when there are any.
    private static string Pick(List<string> names, int choice) =>
        choice == 0 || names.Count == 1 ? names[0] : names[1 + ((choice - 1) % (names.Count - 1))];

    /// <summary>Gaps between events: equal instants, seconds, hours, nights, long weekends.</summary>
    private static readonly Gen<int> Gap = Gen.Frequency(
        (3, Gen.Constant(0)),
        (2, Gen.Choose(1, 40).Select(q => q * 900)), // on the quarter-hour grid of the windows: budgets used up at window ends
        (2, Gen.Choose(1, 300)),
        (4, Gen.Choose(301, 5 * 3600)),
        (2, Gen.Choose(5 * 3600, 40 * 3600)),
        (1, Gen.Choose(40 * 3600, 4 * 86400)));

    private static Gen<TicketTimeline> Timeline(Instant around) =>
        from startSecond in Gen.Frequency((3, Gen.Choose(-86400, 3 * 86400)), (1, Gen.Choose(-96, 4 * 96).Select(q => q * 900)))
        from steps in Gen.Choose(0, 16).SelectMany(n => Gen.ArrayOf(Gen.Zip(Gap, Gen.Choose(0, 9999)), n))
        from priority in Gen.Elements(Priorities)
        from segment in Gen.Elements(null, "vip", "smb")
        from opening in Gen.Frequency((6, Gen.Constant<string?>(null)), (1, Gen.Elements<string?>(Statuses)))
        select Build(around + Duration.FromSeconds(startSecond), steps, priority, segment, opening);

    private static TicketTimeline Build(Instant start, (int Gap, int Choice)[] steps, string priority, string? segment, string? opening) =>
        SlaGen.Build(start, steps, new TicketAttributes(priority, segment), Advance, WhileOpen, WhileResolved, opening);

    // Now and then a millisecond part, so that nothing relies on whole seconds.
    private static Duration Advance(int gap, int choice) =>
        Duration.FromSeconds(gap) + (gap > 0 && choice % 7 == 0 ? Duration.FromMilliseconds(choice % 1000) : Duration.Zero);

    private static TicketEvent WhileResolved(Instant t, int choice) => (choice % 100) switch
    {
        < 35 => TicketEvent.Reopened(t),
        < 42 => TicketEvent.Reopened(t, Statuses[choice / 100 % Statuses.Length]),
        < 52 => TicketEvent.CustomerReply(t), // reopens, or is refused by a strict policy
        < 65 => TicketEvent.AgentPublicReply(t),
        < 80 => TicketEvent.StatusChanged(t, Statuses[choice / 100 % Statuses.Length]),
        < 90 => TicketEvent.AgentInternalNote(t),
        _ => TicketEvent.Closed(t),
    };

    private static TicketEvent WhileOpen(Instant t, int choice) => (choice % 100) switch
    {
        < 20 => TicketEvent.AgentPublicReply(t),
        < 38 => TicketEvent.CustomerReply(t),
        < 66 => TicketEvent.StatusChanged(t, Statuses[choice / 100 % Statuses.Length]),
        < 71 => TicketEvent.AgentInternalNote(t),
        < 76 => TicketEvent.PriorityChanged(t, Priorities[choice / 100 % Priorities.Length]),
        < 80 => TicketEvent.SegmentChanged(t, choice / 100 % 2 == 0 ? "vip" : "smb"),
        < 82 => TicketEvent.AttributeChanged(t, "channel", "chat"),
        < 92 => TicketEvent.Resolved(t),
        < 97 => TicketEvent.Resolved(t, Statuses[choice / 100 % Statuses.Length]),
        _ => TicketEvent.Closed(t),
    };

    private static Gen<Instant> NowFor(TicketTimeline ticket)
    {
        var times = ticket.Events.ToArray().Select(e => e.At).ToArray();
        var first = times[0];
        var last = times[^1];
        var span = (int)Math.Min((last - first).TotalSeconds, int.MaxValue);
        return Gen.Frequency(
            (1, Gen.Choose(1, 2 * 86400).Select(s => first - Duration.FromSeconds(s))),
            (3, Gen.Elements(times)),
            (1, Gen.Zip(Gen.Elements(times), Gen.Choose(-1, 1)).Select(p => p.Item1 + Duration.FromSeconds(p.Item2))),
            (2, Gen.Zip(Gen.Elements(times), Gen.Choose(1, 3600)).Select(p => p.Item1 + Duration.FromSeconds(p.Item2))),
            (3, Gen.Choose(0, span).Select(s => first + Duration.FromSeconds(s))),
            (3, Gen.Choose(0, 5 * 86400).Select(s => last + Duration.FromSeconds(s))));
    }
}
