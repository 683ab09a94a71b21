// FunnelGoal: the classic care funnel worked by hand, implied counts and rates, findings for stages that do not chain, and rejected stages.
using CustomerCare.Core.Goals;

using static CustomerCare.Core.Tests.Goals.GoalFixtures;

namespace CustomerCare.Core.Tests.Goals;

public sealed class FunnelGoalTests
{
    internal static FunnelGoal Classic() => new FunnelGoalBuilder("Care funnel")
        .Count("handled", 100)
        .Count("satisfied", 60, of: 100)
        .Rate("core", 0.5)
        .Count("referring", 10)
        .Build();

    [Fact]
    public void Stages_expose_both_the_count_and_the_step_rate_unrounded()
    {
        var funnel = Classic();

        Assert.True(funnel.IsConsistent);
        Assert.Equal([100.0, 60.0, 30.0, 10.0], funnel.Stages.Select(s => s.TargetCount));
        Assert.True(double.IsNaN(funnel.Stages[0].StepRate));
        Assert.Equal(0.6, funnel.Stages[1].StepRate);
        Assert.Equal(0.5, funnel.Stages[2].StepRate);
        Assert.Equal(10.0 / 30, funnel.Stages[3].StepRate);
        Assert.Equal(100.0, funnel.Stages[1].DeclaredBase);
        Assert.Equal(FunnelTargetKind.StepRate, funnel.Stages[2].Kind);
        Assert.Equal("Care funnel: handled ≥ 100 → satisfied ≥ 60 of 100 → core ≥ 50 % of the previous stage → referring ≥ 10", funnel.ToString());
        var odd = new FunnelGoalBuilder("f").Count("a", 45).Rate("b", 0.3).Build();
        Assert.Equal(13.5, odd.Stages[1].TargetCount, 12);
    }

    [Fact]
    public void Evaluation_reports_conversions_drop_off_and_the_first_stage_that_breaks_the_chain()
    {
        var result = Classic().Evaluate([100, 55, 25, 10]);

        Assert.Equal(0.1, result.OverallConversion, 12);
        Assert.Equal(1, result.FirstBrokenStage);
        Assert.False(result.IsMet);
        var handled = result.Stages[0];
        Assert.True(handled.IsMet);
        Assert.True(double.IsNaN(handled.StepConversion));
        Assert.Equal(1.0, handled.OverallConversion);
        Assert.Equal(0, handled.DropOff);
        var satisfied = result.Stages[1];
        Assert.False(satisfied.IsMet); // 55 < 60
        Assert.Equal(0.55, satisfied.StepConversion, 12);
        Assert.Equal(45, satisfied.DropOff);
        Assert.Equal(0.45, satisfied.DropOffRate, 12);
        var core = result.Stages[2];
        Assert.False(core.IsMet); // 25 / 55 = 0.4545… < 0.5, judged on the step rate
        Assert.Equal(25.0 / 55, core.StepConversion, 12);
        Assert.Equal(0.25, core.OverallConversion, 12);
        var referring = result.Stages[3];
        Assert.True(referring.IsMet); // 10 ≥ 10
        Assert.Equal(0.4, referring.StepConversion, 12);
        Assert.Equal(15, referring.DropOff);
        Assert.StartsWith("Care funnel: overall conversion 0.1, breaks at 'satisfied'", result.ToString(), StringComparison.Ordinal);
        Assert.Equal("satisfied: 55 (step 0.55, overall 0.55, drop-off 45) missed (target satisfied ≥ 60 of 100)", satisfied.ToString());
    }

    [Fact]
    public void A_rate_stage_is_judged_on_its_step_conversion_and_an_empty_previous_stage_never_meets_it()
    {
        var funnel = new FunnelGoalBuilder("f").Count("handled", 10).Rate("satisfied", 0.5).Build();

        Assert.Equal(1, funnel.Evaluate([20, 9]).FirstBrokenStage); // 9 is above the implied 5, but 9 of 20 is under half
        Assert.True(funnel.Evaluate([20, 10]).IsMet);
        var empty = funnel.Evaluate([0, 0]);
        Assert.Equal(0, empty.FirstBrokenStage);
        Assert.True(double.IsNaN(empty.OverallConversion));
        Assert.True(double.IsNaN(empty.Stages[1].StepConversion));
        Assert.False(empty.Stages[1].IsMet);
        Assert.True(new FunnelGoalBuilder("f").Count("handled", 0).Count("satisfied", 0).Build().Evaluate([0, 0]).IsMet);
    }

    [Fact]
    public void A_base_that_is_not_the_previous_target_is_a_finding_not_an_exception()
    {
        var funnel = new FunnelGoalBuilder("f").Count("handled", 100).Count("satisfied", 60, of: 100).Count("core", 30, of: 70).Build();

        var finding = Assert.Single(funnel.Findings);
        Assert.False(funnel.IsConsistent);
        Assert.Equal(2, finding.Stage);
        Assert.Equal(FunnelFindingKind.BaseMismatch, finding.Kind);
        Assert.Equal("Stage 'core' is 30 of 70, but the previous stage 'satisfied' targets 60: take the stage's base from the previous target (30 of 60) or change that target to 70.", finding.Message);
        Assert.Equal(finding.Message, finding.ToString());
        Assert.Equal(0.5, funnel.Stages[2].StepRate); // implied from the previous target, not the declared base
        Assert.EndsWith("(1 finding)", funnel.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_stage_above_the_previous_one_is_a_widening_finding_and_an_implied_base_matches_within_rounding()
    {
        var widening = new FunnelGoalBuilder("f").Count("handled", 100).Count("satisfied", 120).Build();
        var finding = Assert.Single(widening.Findings);
        Assert.Equal(FunnelFindingKind.Widening, finding.Kind);
        Assert.Equal(1, finding.Stage);
        Assert.Equal("Stage 'satisfied' targets 120, more than the previous stage 'handled' (100): a funnel only narrows, so lower this target or raise the previous one.", finding.Message);

        var implied = new FunnelGoalBuilder("f").Count("handled", 100).Rate("satisfied", 0.6).Count("core", 30, of: 60).Build();
        Assert.Empty(implied.Findings);
        var thirds = new FunnelGoalBuilder("f").Count("handled", 90).Rate("satisfied", 1.0 / 3).Rate("core", 0.7).Count("referring", 5, of: 21).Build();
        Assert.Empty(thirds.Findings);
    }

    [Fact]
    public void Rejects_stages_that_are_wrong_on_their_own()
    {
        Arg<ArgumentOutOfRangeException>(() => new FunnelGoalBuilder("f").Count("a", -1), "atLeast", "atLeast must not be negative; it was -1.");
        Arg<ArgumentOutOfRangeException>(() => new FunnelGoalBuilder("f").Count("a", 70, of: 60), "atLeast", "atLeast must not exceed its base of 60; it was 70.");
        Arg<ArgumentOutOfRangeException>(() => new FunnelGoalBuilder("f").Count("a", 0, of: 0), "of", "of must be a positive base count; it was 0.");
        Arg<ArgumentOutOfRangeException>(() => new FunnelGoalBuilder("f").Rate("a", 1.2), "atLeast", "atLeast must be a step rate in (0, 1] (0.5 = half of the previous stage); it was 1.2.");
        Arg<ArgumentOutOfRangeException>(() => new FunnelGoalBuilder("f").Rate("a", 0), "atLeast", "atLeast must be a step rate in (0, 1] (0.5 = half of the previous stage); it was 0.");
        Arg<ArgumentException>(() => new FunnelGoalBuilder("f").Count(" ", 1), "stage", "stage must be a non-blank name; it was ' '.");
        Arg<ArgumentException>(() => new FunnelGoalBuilder("f").Count("a", 1).Rate("a", 0.5), "stage", "Funnel 'f' already has a stage 'a'; stage names are unique.");
        Arg<ArgumentException>(() => new FunnelGoalBuilder(""), "name", "name must be a non-blank name; it was ''.");
        Assert.Throws<ArgumentNullException>(() => new FunnelGoalBuilder("f").During(null!));
    }

    [Fact]
    public void Build_rejects_a_funnel_of_one_stage_one_starting_with_a_rate_and_a_second_build()
    {
        Invalid(new FunnelGoalBuilder("f").Count("a", 1).Build, "Funnel 'f' has 1 stage; a funnel needs at least two: add stages with Count or Rate.");
        Invalid(new FunnelGoalBuilder("f").Build, "Funnel 'f' has 0 stages; a funnel needs at least two: add stages with Count or Rate.");
        Invalid(new FunnelGoalBuilder("f").Rate("a", 0.5).Count("b", 1).Build, "Funnel 'f' starts with the rate stage 'a', which has no previous stage to take a rate of: make the first stage a Count.");
        var builder = new FunnelGoalBuilder("f").Count("a", 2).Count("b", 1);
        builder.Build();
        Invalid(builder.Build, "The builder of funnel 'f' was already built; start a new FunnelGoalBuilder.");
    }

    [Fact]
    public void Evaluate_rejects_the_wrong_number_of_counts_and_negative_counts()
    {
        var funnel = Classic();
        Arg<ArgumentException>(() => funnel.Evaluate([1, 2]), "observed", "observed must hold one count per stage (4); its length was 2.");
        Arg<ArgumentOutOfRangeException>(() => funnel.Evaluate([100, 50, -1, 0]), "observed", "observed[2] must not be negative; it was -1.");
    }


}
