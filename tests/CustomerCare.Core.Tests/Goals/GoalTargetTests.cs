// GoalTarget evaluation: status, gap, progress and the linear projection at hand-worked instants, on elapsed and on business time.
using CustomerCare.Core.Goals;
using CustomerCare.Core.Kpis;
using CustomerCare.Core.Tests.TestInfrastructure;
using NodaTime;
using static CustomerCare.Core.Tests.Goals.GoalFixtures;

namespace CustomerCare.Core.Tests.Goals;

public sealed class GoalTargetTests
{
    [Fact]
    public void Halfway_a_value_trending_to_the_target_is_on_track_and_one_trending_short_is_at_risk()
    {
        var target = CsatFrom80();

        var onTrack = target.Evaluate(TenDays, Day(5), 0.83); // 0.80 + (0.83 − 0.80) / 0.5 = 0.86
        Assert.Equal(GoalStatus.OnTrack, onTrack.Status);
        Assert.Equal(0.5, onTrack.ElapsedFraction, 12);
        Assert.Equal(0.86, onTrack.Projected, 12);
        Assert.Equal(0.02, onTrack.Gap, 12);
        Assert.Equal(0.83 / 0.85, onTrack.Progress, 12);
        Assert.False(onTrack.MeetsTargetNow);

        var atRisk = target.Evaluate(TenDays, Day(5), 0.82); // projected 0.84 < 0.85
        Assert.Equal(GoalStatus.AtRisk, atRisk.Status);
        Assert.Equal(0.84, atRisk.Projected, 12);
    }

    [Fact]
    public void A_value_above_the_target_but_falling_from_its_start_is_at_risk()
    {
        var target = new GoalTargetBuilder(KpiId.CustomerSatisfaction).AtLeast(0.85).StartingFrom(0.90)
            .Progress(ProgressFormula.Binary, ProgressClamp.Unclamped).Build();

        var evaluation = target.Evaluate(TenDays, Day(5), 0.87); // 0.90 − 0.03 / 0.5 = 0.84

        Assert.Equal(GoalStatus.AtRisk, evaluation.Status);
        Assert.True(evaluation.MeetsTargetNow);
        Assert.Equal(1.0, evaluation.Progress);
        Assert.Equal(-0.02, evaluation.Gap, 12);
    }

    [Fact]
    public void Without_a_start_value_the_kpi_is_a_level_and_the_projection_is_the_current_value()
    {
        var target = CsatLevel();

        Assert.Equal(GoalStatus.OnTrack, target.Evaluate(TenDays, Day(2), 0.86).Status);
        Assert.Equal(0.86, target.Evaluate(TenDays, Day(2), 0.86).Projected);
        Assert.Equal(GoalStatus.AtRisk, target.Evaluate(TenDays, Day(2), 0.84).Status);
        Assert.Equal(GoalStatus.OnTrack, target.Evaluate(TenDays, Day(0), 0.86).Status); // at the very start
    }

    [Fact]
    public void A_goal_is_met_or_missed_only_once_its_period_has_ended()
    {
        var target = CsatFrom80();

        Assert.Equal(GoalStatus.AtRisk, target.Evaluate(TenDays, Day(9.99), 0.70).Status);
        Assert.Equal(GoalStatus.Met, target.Evaluate(TenDays, Day(10), 0.85).Status); // exactly at the threshold
        Assert.Equal(GoalStatus.Missed, target.Evaluate(TenDays, Day(10), 0.8499).Status);
        var late = target.Evaluate(TenDays, Day(40), 0.9);
        Assert.Equal(GoalStatus.Met, late.Status);
        Assert.Equal(1.0, late.ElapsedFraction);
        Assert.Equal(0.9, late.Projected);
    }

    [Fact]
    public void Before_the_period_a_target_has_not_started()
    {
        var evaluation = CsatFrom80().Evaluate(TenDays, Day(-1), 0.9);

        Assert.Equal(GoalStatus.NotStarted, evaluation.Status);
        Assert.Equal(0.0, evaluation.ElapsedFraction);
        Assert.True(double.IsNaN(evaluation.Projected));
        Assert.Equal(-0.05, evaluation.Gap, 12);
    }

    [Fact]
    public void An_empty_sample_or_no_elapsed_time_for_a_trend_is_undetermined_not_a_fake_zero()
    {
        var target = CsatFrom80();

        var empty = target.Evaluate(TenDays, Day(5), double.NaN);
        Assert.Equal(GoalStatus.Undetermined, empty.Status);
        Assert.True(double.IsNaN(empty.Gap));
        Assert.True(double.IsNaN(empty.Progress));
        Assert.Equal(GoalStatus.Undetermined, target.Evaluate(TenDays, Day(10), double.NaN).Status);
        Assert.Equal(GoalStatus.Undetermined, target.Evaluate(TenDays, Day(0), 0.83).Status); // f = 0: the trend is unknown
    }

    [Fact]
    public void Lower_is_better_targets_project_downwards_and_clamp_their_progress()
    {
        var churn = Churn(); // ≤ 0.03 from 0.05, distance covered, clamped

        var halfway = churn.Evaluate(TenDays, Day(5), 0.04); // 0.05 + (0.04 − 0.05) / 0.5 = 0.03
        Assert.Equal(GoalStatus.OnTrack, halfway.Status);
        Assert.Equal(0.03, halfway.Projected, 12);
        Assert.Equal(0.5, halfway.Progress, 12);
        Assert.Equal(0.01, halfway.Gap, 12);

        Assert.Equal(GoalStatus.AtRisk, churn.Evaluate(TenDays, Day(5), 0.0401).Status);
        Assert.Equal(0.0, churn.Evaluate(TenDays, Day(5), 0.06).Progress); // worse than the start, clamped
        Assert.Equal(1.0, churn.Evaluate(TenDays, Day(10), 0.01).Progress);
    }

    [Fact]
    public void A_range_is_met_inside_its_closed_band_with_binary_progress_and_a_gap_to_the_nearer_bound()
    {
        var aht = Aht(); // 240..420 s

        var inside = aht.Evaluate(TenDays, Day(3), Duration.FromMinutes(5));
        Assert.Equal(GoalStatus.OnTrack, inside.Status);
        Assert.Equal(1.0, inside.Progress);
        Assert.Equal(-60.0, inside.Gap); // one minute from the 4-minute bound
        var tooLong = aht.Evaluate(TenDays, Day(10), Duration.FromMinutes(8));
        Assert.Equal(GoalStatus.Missed, tooLong.Status);
        Assert.Equal(60.0, tooLong.Gap);
        Assert.Equal(0.0, tooLong.Progress);
        Assert.Equal(GoalStatus.Met, aht.Evaluate(TenDays, Day(10), Duration.FromMinutes(7)).Status);
        Assert.Equal(GoalStatus.AtRisk, aht.Evaluate(TenDays, Day(3), Duration.FromSeconds(239)).Status);
        Assert.Equal(ProgressFormula.Binary, aht.Progress);
        Assert.True(double.IsNaN(aht.Threshold));
    }

    [Fact]
    public void The_elapsed_fraction_is_measured_on_the_business_calendar_when_one_is_given()
    {
        // Mon 2026-01-05 to Mon 2026-01-12: 40 business hours. Thu 17:00 is 32 of them (0.8) but 89 of 168 wall-clock hours.
        var week = GoalPeriod.FromInterval(new Interval(Instant.FromUtc(2026, 1, 5, 0, 0), Instant.FromUtc(2026, 1, 12, 0, 0)));
        var at = Instant.FromUtc(2026, 1, 8, 17, 0);
        var target = CsatFrom80();

        var business = target.Evaluate(week, at, 0.83, NineToFive);
        var wall = target.Evaluate(week, at, 0.83);

        Assert.Equal(0.8, business.ElapsedFraction, 12);
        Assert.Equal(0.8375, business.Projected, 12); // 0.80 + 0.03 / 0.8
        Assert.Equal(GoalStatus.AtRisk, business.Status);
        Assert.Equal(89.0 / 168, wall.ElapsedFraction, 12);
        Assert.Equal(0.80 + (0.03 * 168 / 89), wall.Projected, 12); // 0.8566…
        Assert.Equal(GoalStatus.OnTrack, wall.Status);
    }

    [Fact]
    public void A_period_without_business_time_has_an_undefined_elapsed_fraction()
    {
        var weekend = GoalPeriod.FromInterval(new Interval(Instant.FromUtc(2026, 1, 10, 0, 0), Instant.FromUtc(2026, 1, 12, 0, 0)));

        var evaluation = CsatFrom80().Evaluate(weekend, Instant.FromUtc(2026, 1, 11, 0, 0), 0.9, NineToFive);

        Assert.True(double.IsNaN(evaluation.ElapsedFraction));
        Assert.Equal(GoalStatus.Undetermined, evaluation.Status);
    }

    [Fact]
    public void Duration_targets_take_durations_and_report_in_seconds()
    {
        var firstResponse = new GoalTargetBuilder(KpiId.FirstResponseTime).AtMost(Duration.FromHours(2)).AtQuantile(0.9).InBusinessTime()
            .Progress(ProgressFormula.RatioToTarget, ProgressClamp.Unclamped).Build();

        var evaluation = firstResponse.Evaluate(TenDays, Day(5), Duration.FromHours(2.5));

        Assert.Equal(7200.0, firstResponse.Threshold);
        Assert.Equal(0.9, firstResponse.Quantile);
        Assert.True(firstResponse.InBusinessTime);
        Assert.Equal(1800.0, evaluation.Gap);
        Assert.Equal(0.8, evaluation.Progress, 12);
        Assert.Equal(GoalStatus.AtRisk, evaluation.Status);
        Assert.Equal("First response time p90 ≤ 2:00:00 (business time)", firstResponse.ToString());
        Assert.Equal("First response time p90 ≤ 2:00:00 (business time): AtRisk (observed 2:30:00, projected 2:30:00, gap 0:30:00, progress 0.8, 50 % elapsed)", evaluation.ToString());
    }

    [Fact]
    public void Relative_targets_compute_their_threshold_from_the_baseline_unrounded()
    {
        var relative = new GoalTargetBuilder(KpiId.CustomerSatisfaction).ImproveOn(new GoalBaseline(0.80, December), ImprovementKind.Relative, 0.05)
            .Progress(ProgressFormula.DistanceCovered, ProgressClamp.Unclamped).Build();
        var points = new GoalTargetBuilder(KpiId.NetPromoterScore).ImproveOn(new GoalBaseline(-20, December), ImprovementKind.Relative, 0.10)
            .Progress(ProgressFormula.DistanceCovered, ProgressClamp.Unclamped).Build();
        var churn = new GoalTargetBuilder(KpiId.ChurnRate).ImproveOn(new GoalBaseline(0.05, December), ImprovementKind.Absolute, 0.01)
            .Progress(ProgressFormula.DistanceCovered, ProgressClamp.Unclamped).Build();
        var faster = new GoalTargetBuilder(KpiId.FirstResponseTime).ImproveOn(new GoalBaseline(Duration.FromHours(3), December), Duration.FromMinutes(30))
            .Progress(ProgressFormula.RatioToTarget, ProgressClamp.Unclamped).Build();
        var thirds = new GoalTargetBuilder(KpiId.CustomerSatisfaction).ImproveOn(GoalBaseline.Mean([0.7, 0.8, 0.75], December), ImprovementKind.Relative, 0.1)
            .Progress(ProgressFormula.Binary, ProgressClamp.Unclamped).Build();

        Assert.Equal(0.80 + (0.80 * 0.05), relative.Threshold); // 0.84000000000000008, not rounded
        Assert.Equal(0.80, relative.Start);
        Assert.Equal(-18.0, points.Threshold, 12); // −20 + |−20| × 0.10
        Assert.Equal(0.05 - 0.01, churn.Threshold);
        Assert.Equal(TargetDirection.LowerIsBetter, churn.Direction);
        Assert.Equal(9000.0, faster.Threshold);
        Assert.Equal(0.825, thirds.Threshold, 12);
        Assert.Equal(0.5, relative.Evaluate(TenDays, Day(10), 0.82).Progress, 12);
        Assert.Equal("Customer Satisfaction (CSAT) ≥ 0.84 (5 % better than 0.8 over 2025-12-01..2025-12-31 UTC)", relative.ToString());
    }

    [Fact]
    public void Evaluation_is_allocation_free()
    {
        var target = CsatFrom80();
        var calendarTarget = Churn();
        var week = GoalPeriod.FromInterval(new Interval(Instant.FromUtc(2026, 1, 5, 0, 0), Instant.FromUtc(2026, 1, 12, 0, 0)));
        var at = Instant.FromUtc(2026, 1, 7, 17, 0);
        var sink = 0.0;

        AllocationAssert.NoAllocations(() =>
        {
            sink += target.Evaluate(TenDays, Day(5), 0.83).Projected;
            sink += calendarTarget.Evaluate(week, at, 0.04, NineToFive).Projected;
        });
        Assert.True(sink > 0);
    }

    [Fact]
    public void Rejects_observed_values_outside_the_kpi_range_and_durations_for_numeric_kpis()
    {
        var target = CsatFrom80();

        var outOfRange = Assert.Throws<ArgumentOutOfRangeException>(() => target.Evaluate(TenDays, Day(1), 1.5));
        Assert.Equal("observed", outOfRange.ParamName);
        Assert.StartsWith("observed must lie in Customer Satisfaction (CSAT)'s range 0..1 (or be NaN for an empty sample); it was 1.5.", outOfRange.Message, StringComparison.Ordinal);

        var duration = Assert.Throws<ArgumentException>(() => target.Evaluate(TenDays, Day(1), Duration.FromHours(1)));
        Assert.Equal("observed", duration.ParamName);
        Assert.StartsWith("observed is a Duration but Customer Satisfaction (CSAT) is measured in Fraction; pass a number.", duration.Message, StringComparison.Ordinal);

        Assert.Throws<ArgumentNullException>(() => target.Evaluate(null!, Day(1), 0.5));
    }
}
