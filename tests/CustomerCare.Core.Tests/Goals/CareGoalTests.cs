// CareGoal: the builder's checks, the overall status over several targets, and allocation-free evaluation into a span.
using CustomerCare.Core.Goals;
using CustomerCare.Core.Kpis;
using CustomerCare.Core.Tests.TestInfrastructure;
using NodaTime;
using static CustomerCare.Core.Tests.Goals.GoalFixtures;

namespace CustomerCare.Core.Tests.Goals;

public sealed class CareGoalTests
{
    [Fact]
    public void A_goal_keeps_its_definition_and_evaluates_each_target()
    {
        var goal = Vip();

        Assert.Equal("Keep VIPs", goal.Name);
        Assert.Equal(CareObjective.Retain, goal.Objective);
        Assert.Equal("Retain", goal.ObjectiveName);
        Assert.Equal(["vip", "gold"], goal.Segments);
        Assert.Same(TenDays, goal.Period);
        Assert.Equal(3, goal.Targets.Count);
        Assert.Equal(GoalStatus.OnTrack, goal.Evaluate(0, Day(5), 0.83).Status);
        Assert.Equal(GoalStatus.OnTrack, goal.Evaluate(2, Day(5), Duration.FromMinutes(5)).Status);
        Assert.Equal("Keep VIPs (Retain) for vip, gold, 2026-01-01T00:00:00Z..2026-01-11T00:00:00Z: 3 targets", goal.ToString());
    }

    [Fact]
    public void The_overall_status_is_the_worst_target_and_a_goal_is_met_only_when_every_target_is()
    {
        var goal = Vip();
        var results = new TargetEvaluation[3];

        Assert.Equal(GoalStatus.OnTrack, goal.Evaluate(Day(5), [0.83, 0.04, 300], results));
        Assert.Equal(GoalStatus.AtRisk, goal.Evaluate(Day(5), [0.83, 0.045, 300], results));
        Assert.Equal(GoalStatus.AtRisk, results[1].Status);
        Assert.Equal(GoalStatus.Undetermined, goal.Evaluate(Day(5), [double.NaN, 0.045, 300], results));
        Assert.Equal(GoalStatus.Met, goal.Evaluate(Day(10), [0.85, 0.03, 300], results));
        Assert.Equal(GoalStatus.Missed, goal.Evaluate(Day(10), [double.NaN, 0.03, 500], results));
        Assert.Equal(GoalStatus.NotStarted, goal.Evaluate(Day(-3), [0.85, 0.03, 300], results));
    }

    [Fact]
    public void A_custom_objective_carries_its_name()
    {
        var goal = new CareGoalBuilder("Win-back").ForCustom("Win back lapsed customers").ForSegments("lapsed").During(TenDays)
            .AddTarget(CsatLevel()).Build();

        Assert.Equal(CareObjective.Custom, goal.Objective);
        Assert.Equal("Win back lapsed customers", goal.ObjectiveName);
    }

    [Fact]
    public void Evaluating_every_target_into_a_span_is_allocation_free()
    {
        var goal = Vip();
        var observed = new[] { 0.83, 0.04, 300 };
        var results = new TargetEvaluation[3];
        var sink = 0;

        AllocationAssert.NoAllocations(() => sink += (int)goal.Evaluate(Day(5), observed, results, NineToFive));
        Assert.True(sink > 0);
    }

    [Fact]
    public void Rejects_bad_arguments_naming_the_parameter()
    {
        var goal = Vip();
        var index = Assert.Throws<ArgumentOutOfRangeException>(() => goal.Evaluate(3, Day(1), 0.5));
        Assert.Equal("target", index.ParamName);
        Assert.StartsWith("target must be an index of the goal's 3 targets; it was 3.", index.Message, StringComparison.Ordinal);
        Assert.Equal("target", Assert.Throws<ArgumentOutOfRangeException>(() => goal.Evaluate(-1, Day(1), Duration.Zero)).ParamName);

        var observed = Assert.Throws<ArgumentException>(() => goal.Evaluate(Day(1), [0.5], new TargetEvaluation[3]));
        Assert.Equal("observed", observed.ParamName);
        Assert.StartsWith("observed must hold exactly one value per target (3); its length was 1.", observed.Message, StringComparison.Ordinal);
        var destination = Assert.Throws<ArgumentException>(() => goal.Evaluate(Day(1), [0.5, 0.5, 0.5], new TargetEvaluation[2]));
        Assert.Equal("destination", destination.ParamName);
        Assert.StartsWith("destination must have room for one evaluation per target (3); its length was 2.", destination.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_builder_rejects_bad_arguments_at_once()
    {
        Arg<ArgumentException>(() => new CareGoalBuilder(" "), "name", "name must be a non-blank name; it was ' '.");
        Arg<ArgumentException>(() => new CareGoalBuilder("g").ForCustom(""), "objectiveName", "objectiveName must be a non-blank name; it was ''.");
        Arg<ArgumentException>(() => new CareGoalBuilder("g").ForSegments("vip", ""), "segments", "segments must be a non-blank name; it was ''.");
        Arg<ArgumentException>(() => new CareGoalBuilder("g").ForSegments("vip", "vip"), "segments", "segments lists 'vip' twice; goal 'g' names each segment once.");
        Arg<ArgumentException>(() => new CareGoalBuilder("g").AddTarget(CsatLevel()).AddTarget(CsatFrom80()), "target", "Goal 'g' already has a target on Customer Satisfaction (CSAT); a goal has one target per KPI.");
        var objective = Assert.Throws<ArgumentOutOfRangeException>(() => new CareGoalBuilder("g").For(CareObjective.Custom));
        Assert.Equal("objective", objective.ParamName);
        Assert.StartsWith("objective must be Retain, Resolve, Satisfy or Expand (name a custom objective with ForCustom); it was Custom.", objective.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => new CareGoalBuilder("g").During(null!));
        Assert.Throws<ArgumentNullException>(() => new CareGoalBuilder("g").AddTarget(null!));
    }

    [Fact]
    public void Build_rejects_incomplete_goals_and_baselines_that_overlap_the_period()
    {
        Invalid(new CareGoalBuilder("g").Build, "Goal 'g' has no objective: call For(Retain, Resolve, Satisfy or Expand) or ForCustom(name).");
        Invalid(new CareGoalBuilder("g").For(CareObjective.Resolve).Build, "Goal 'g' names no customer segment: call ForSegments.");
        Invalid(new CareGoalBuilder("g").For(CareObjective.Resolve).ForSegments("vip").Build, "Goal 'g' has no period: call During(GoalPeriod.FromDates(...) or GoalPeriod.FromInterval(...)).");
        Invalid(new CareGoalBuilder("g").For(CareObjective.Resolve).ForSegments("vip").During(TenDays).Build, "Goal 'g' has no target: call AddTarget.");
        var overlapping = new GoalTargetBuilder(KpiId.CustomerSatisfaction).ImproveOn(new GoalBaseline(0.8, TenDays), ImprovementKind.Absolute, 0.02)
            .Progress(ProgressFormula.Binary, ProgressClamp.Unclamped).Build();
        Invalid(
            new CareGoalBuilder("g").For(CareObjective.Satisfy).ForSegments("vip").During(TenDays).AddTarget(overlapping).Build,
            "Goal 'g' compares Customer Satisfaction (CSAT) with a baseline period (2026-01-01T00:00:00Z..2026-01-11T00:00:00Z) that ends after the goal's period starts (2026-01-01T00:00:00Z..2026-01-11T00:00:00Z): use an earlier baseline period.");
        var builder = new CareGoalBuilder("g").For(CareObjective.Resolve).ForSegments("vip").During(TenDays).AddTarget(CsatLevel());
        builder.Build();
        Invalid(builder.Build, "The builder of goal 'g' was already built; start a new CareGoalBuilder.");
    }

    internal static CareGoal Vip() => new CareGoalBuilder("Keep VIPs").For(CareObjective.Retain).ForSegments("vip", "gold").During(TenDays)
        .AddTarget(CsatFrom80()).AddTarget(Churn()).AddTarget(Aht()).Build();


}
