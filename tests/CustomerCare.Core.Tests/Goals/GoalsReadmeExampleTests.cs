// The README's goals example, run as a test so the documented code and numbers stay true.
using CustomerCare.Core.Goals;
using CustomerCare.Core.Kpis;
using NodaTime;

namespace CustomerCare.Core.Tests.Goals;

public sealed class GoalsReadmeExampleTests
{
    [Fact]
    public void The_readme_example_prints_what_it_says()
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
        var q1 = GoalPeriod.FromDates(new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 3, 31)), zone);
        var q4 = GoalPeriod.FromDates(new DateInterval(new LocalDate(2025, 10, 1), new LocalDate(2025, 12, 31)), zone);

        var goal = new CareGoalBuilder("Keep VIPs").For(CareObjective.Retain).ForSegments("vip").During(q1)
            .AddTarget(new GoalTargetBuilder(KpiId.CustomerSatisfaction)
                .ImproveOn(new GoalBaseline(0.80, q4), ImprovementKind.Relative, 0.05) // 5 % better than Q4: 0.84
                .Progress(ProgressFormula.DistanceCovered, ProgressClamp.ZeroToOne).Build())
            .AddTarget(new GoalTargetBuilder(KpiId.FirstResponseTime).AtMost(Duration.FromHours(2)).AtQuantile(0.9).InBusinessTime()
                .Progress(ProgressFormula.RatioToTarget, ProgressClamp.ZeroToOne).Build())
            .Build();

        var at = Instant.FromUtc(2026, 2, 15, 11, 0); // 1,092 of the quarter's 2,159 hours: 0.506
        var csat = goal.Evaluate(0, at, 0.825); // from the CSAT accumulator's TopBoxShare
        var response = goal.Evaluate(1, at, Duration.FromMinutes(150));

        Assert.Equal(0.84, csat.Target.Threshold, 12); // unrounded: 0.84000000000000008
        Assert.Equal(0.8494, csat.Projected, 4); // 0.80 + (0.825 − 0.80) / 0.506
        Assert.Equal(GoalStatus.OnTrack, csat.Status);
        Assert.Equal(0.625, csat.Progress, 12); // (0.825 − 0.80) / (0.84 − 0.80)
        Assert.Equal(GoalStatus.AtRisk, response.Status);
        Assert.Equal(0.8, response.Progress, 12); // 120 / 150
        Assert.Equal("First response time p90 ≤ 2:00:00 (business time): AtRisk (observed 2:30:00, projected 2:30:00, gap 0:30:00, progress 0.8, 50.6 % elapsed)", response.ToString());

        var funnel = new FunnelGoalBuilder("Care funnel").Count("handled", 100).Count("satisfied", 60, of: 100)
            .Count("core", 30, of: 70).Rate("referring", 1.0 / 3).Build();
        Assert.Equal("Stage 'core' is 30 of 70, but the previous stage 'satisfied' targets 60: take the stage's base from the previous target (30 of 60) or change that target to 70.", funnel.Findings[0].Message);
        var result = funnel.Evaluate([100, 62, 25, 9]);
        Assert.Equal("core", result.Stages[result.FirstBrokenStage].Stage.Name);
        Assert.Equal(0.09, result.OverallConversion, 12);
    }
}
