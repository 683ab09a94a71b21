// Hand-worked goal and funnel findings of the consistency check: a goal above the staffed speed ceiling, funnels that do not chain.
using CustomerCare.Core.Goals;
using CustomerCare.Core.Goals.Capability;
using CustomerCare.Core.Kpis;
using NodaTime;
using static CustomerCare.Core.Tests.Goals.Capability.CapabilityFixture;

namespace CustomerCare.Core.Tests.Goals.Capability;

/// <summary>The fixture's envelope can staff a first response in 2m on chat, 1h on e-mail and 30s on phone (urgent only).</summary>
public sealed class CapabilityGoalCheckTests
{
    private static readonly CapabilityEnvelope Envelope = CapabilityFixture.Envelope();

    private static readonly Interval Week = new(Local(2026, 11, 30, 0, 0), Local(2026, 12, 7, 0, 0));

    private static readonly GoalPeriod Quarter = GoalPeriod.FromDates(new DateInterval(new LocalDate(2027, 1, 1), new LocalDate(2027, 3, 31)), Saigon);

    private static CareGoal Goal(string name, params GoalTarget[] targets)
    {
        var builder = new CareGoalBuilder(name).For(CareObjective.Resolve).ForSegments("vip").During(Quarter);
        foreach (var target in targets)
        {
            builder.AddTarget(target);
        }

        return builder.Build();
    }

    private static GoalTarget FirstResponseAtMost(Duration limit, double? quantile = null)
    {
        var builder = new GoalTargetBuilder(KpiId.FirstResponseTime).AtMost(limit);
        return (quantile is { } q ? builder.AtQuantile(q) : builder).Progress(ProgressFormula.Binary, ProgressClamp.Unclamped).Build();
    }

    private static GoalTarget Csat() => new GoalTargetBuilder(KpiId.CustomerSatisfaction).AtLeast(0.99).Progress(ProgressFormula.Binary, ProgressClamp.Unclamped).Build();

    [Fact]
    public void A_first_response_goal_faster_than_every_channel_can_staff_is_an_error()
    {
        var findings = CapabilityCheck.Evaluate(Envelope, Week, null, null, [Goal("Fast", FirstResponseAtMost(Duration.FromSeconds(20), 0.9))], null);

        var finding = Assert.Single(findings);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal("goal.faster_than_staffed", finding.Code);
        Assert.Equal("goal 'Fast' / First response time", finding.Subject);
        Assert.Equal(
            "Goal 'Fast' targets a p90 first response within 20s, but the fastest first response the business can staff on any channel is 30s (phone): no ticket can meet it. Relax the target to at least 30s or staff a faster response.",
            finding.Message);
    }

    [Fact]
    public void A_first_response_goal_some_channels_cannot_meet_is_a_warning_naming_them()
    {
        // 5 minutes: chat (2m) and phone (30s) can, e-mail (1h) cannot.
        var finding = Assert.Single(CapabilityCheck.Evaluate(Envelope, Week, null, null, [Goal("Desk", FirstResponseAtMost(Duration.FromMinutes(5)), Csat())], null));
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Equal(
            "Goal 'Desk' targets a first response within 5m, but some channels cannot respond that fast: email (1h). Their tickets work against the goal; relax the target to 1h or staff those channels faster.",
            finding.Message);

        // A band's upper bound counts: within 0–1m leaves only phone (30s).
        var band = new GoalTargetBuilder(KpiId.FirstResponseTime).Within(Duration.Zero, Duration.FromMinutes(1)).Build();
        var banded = Assert.Single(CapabilityCheck.Evaluate(Envelope, Week, null, null, [Goal("Band", band)], null));
        Assert.Equal(
            "Goal 'Band' targets a first response within 1m, but some channels cannot respond that fast: chat (2m), email (1h). Their tickets work against the goal; relax the target to 1h or staff those channels faster.",
            banded.Message);
    }

    [Fact]
    public void Goals_every_channel_can_meet_and_envelopes_without_speed_limits_have_no_findings()
    {
        // Exactly the slowest channel's fastest response fits.
        Assert.Empty(CapabilityCheck.Evaluate(Envelope, Week, null, null, [Goal("Hour", FirstResponseAtMost(Duration.FromHours(1)), Csat())], null));

        var noLimits = new CapabilityEnvelopeBuilder(Saigon, "VND").AddCalendar("desk", Desk).AddChannel("chat", "desk", 1)
            .Scope("orders/**", RequestScope.InScope).Build();
        Assert.Empty(CapabilityCheck.Evaluate(noLimits, Week, null, null, [Goal("Fast", FirstResponseAtMost(Duration.FromSeconds(1)))], null));
    }

    [Fact]
    public void Funnel_findings_are_reported_as_base_mismatch_warnings_and_widening_errors()
    {
        var funnel = new FunnelGoalBuilder("Care funnel").Count("handled", 100).Count("satisfied", 60, of: 100)
            .Count("core", 30, of: 70).Count("referring", 40).Build();
        var consistent = new FunnelGoalBuilder("Fine").Count("handled", 100).Rate("satisfied", 0.6).Build();

        var findings = CapabilityCheck.Evaluate(Envelope, Week, null, null, null, [consistent, funnel]);

        Assert.Equal(
        [
            "Error funnel.widening (funnel 'Care funnel' / stage 'referring'): Stage 'referring' targets 40, more than the previous stage 'core' (30): a funnel only narrows, so lower this target or raise the previous one.",
            "Warning funnel.base_mismatch (funnel 'Care funnel' / stage 'core'): Stage 'core' is 30 of 70, but the previous stage 'satisfied' targets 60: take the stage's base from the previous target (30 of 60) or change that target to 70.",
        ], findings.Select(f => f.ToString()));
    }

    [Fact]
    public void Goal_findings_sort_with_the_others_most_severe_first()
    {
        var funnel = new FunnelGoalBuilder("F").Count("a", 100).Count("b", 60, of: 70).Build();
        var findings = CapabilityCheck.Evaluate(Envelope, Week, null, null, [Goal("Desk", FirstResponseAtMost(Duration.FromMinutes(5))), Goal("Fast", FirstResponseAtMost(Duration.FromSeconds(20)))], [funnel]);

        Assert.Equal(
            [(FindingSeverity.Error, "goal.faster_than_staffed"), (FindingSeverity.Warning, "funnel.base_mismatch"), (FindingSeverity.Warning, "goal.faster_than_staffed")],
            findings.Select(f => (f.Severity, f.Code)));
    }

    [Fact]
    public void Null_goals_and_funnels_are_rejected_by_index()
    {
        var goal = Assert.Throws<ArgumentException>(() => CapabilityCheck.Evaluate(Envelope, Week, null, null, [Goal("Ok", Csat()), null!], null));
        Assert.Equal("goals", goal.ParamName);
        Assert.StartsWith("goals[1] is null.", goal.Message, StringComparison.Ordinal);

        var funnel = Assert.Throws<ArgumentException>(() => CapabilityCheck.Evaluate(Envelope, Week, null, null, null, [null!]));
        Assert.Equal("funnels", funnel.ParamName);
        Assert.StartsWith("funnels[0] is null.", funnel.Message, StringComparison.Ordinal);
    }
}
