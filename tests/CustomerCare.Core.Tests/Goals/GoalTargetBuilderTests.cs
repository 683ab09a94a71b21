// GoalTargetBuilder: every rejected definition, with the exception type, parameter name and message.
using CustomerCare.Core.Goals;
using CustomerCare.Core.Kpis;
using NodaTime;
using static CustomerCare.Core.Tests.Goals.GoalFixtures;

namespace CustomerCare.Core.Tests.Goals;

public sealed class GoalTargetBuilderTests
{
    private static readonly GoalBaseline Baseline = new(0.8, December);

    [Fact]
    public void Rejects_an_undefined_kpi()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new GoalTargetBuilder((KpiId)0));
        Assert.Equal("id", ex.ParamName);
    }

    [Fact]
    public void Rejects_thresholds_outside_the_kpi_range()
    {
        Arg<ArgumentOutOfRangeException>(() => Csat().AtLeast(85), "threshold", "threshold must be a finite value in Customer Satisfaction (CSAT)'s range 0..1; it was 85.");
        Arg<ArgumentOutOfRangeException>(() => Csat().AtLeast(double.NaN), "threshold", "threshold must be a finite value in Customer Satisfaction (CSAT)'s range 0..1; it was NaN.");
        Arg<ArgumentOutOfRangeException>(() => new GoalTargetBuilder(KpiId.NetPromoterScore).AtLeast(130), "threshold", "threshold must be a finite value in Net Promoter Score's range -100..100; it was 130.");
        Arg<ArgumentOutOfRangeException>(() => new GoalTargetBuilder(KpiId.FirstResponseTime).AtMost(Duration.FromHours(-1)), "threshold", "threshold must be a finite value in First response time's range 0..∞ (seconds); it was -3600.");
        Arg<ArgumentOutOfRangeException>(() => Csat().StartingFrom(-0.1), "start", "start must be a finite value in Customer Satisfaction (CSAT)'s range 0..1; it was -0.1.");
    }

    [Fact]
    public void Rejects_a_direction_against_the_kpi_and_points_to_a_range()
    {
        Arg<ArgumentException>(() => Csat().AtMost(0.9), "threshold", "Customer Satisfaction (CSAT) is HigherIsBetter, so a LowerIsBetter target on it is almost surely a mistake; to cap it, use Within(lower, upper).");
        Arg<ArgumentException>(() => new GoalTargetBuilder(KpiId.ChurnRate).AtLeast(0.01), "threshold", "Churn rate is LowerIsBetter, so a HigherIsBetter target on it is almost surely a mistake; to cap it, use Within(lower, upper).");
        Arg<ArgumentException>(() => Csat().ImproveOn(Baseline, ImprovementKind.Absolute, 0.01, TargetDirection.LowerIsBetter), "direction", "Customer Satisfaction (CSAT) is HigherIsBetter, so a LowerIsBetter target on it is almost surely a mistake; to cap it, use Within(lower, upper).");
        _ = new GoalTargetBuilder(KpiId.Occupancy).AtMost(0.9); // Neither: any direction
    }

    [Fact]
    public void Rejects_numbers_for_duration_kpis_and_durations_for_numeric_ones()
    {
        Arg<ArgumentException>(() => new GoalTargetBuilder(KpiId.AverageHandleTime).AtMost(420), "threshold", "threshold is a number but Average Handle Time (AHT) is a duration; pass a NodaTime Duration.");
        Arg<ArgumentException>(() => Csat().AtLeast(Duration.FromHours(1)), "threshold", "threshold is a Duration but Customer Satisfaction (CSAT) is measured in Fraction; pass a number.");
        Arg<ArgumentException>(() => Csat().Within(Duration.Zero, Duration.FromHours(1)), "lower", "lower is a Duration but Customer Satisfaction (CSAT) is measured in Fraction; pass a number.");
        Arg<ArgumentException>(() => Csat().AtQuantile(0.9), "quantile", "quantile is a Duration but Customer Satisfaction (CSAT) is measured in Fraction; pass a number.");
        Arg<ArgumentException>(() => Csat().InBusinessTime(), "kpi", "kpi is a Duration but Customer Satisfaction (CSAT) is measured in Fraction; pass a number.");
        Arg<ArgumentException>(() => Csat().ImproveOn(Baseline, Duration.FromMinutes(1)), "amount", "amount is a Duration but Customer Satisfaction (CSAT) is measured in Fraction; pass a number.");
        Arg<ArgumentException>(() => new GoalTargetBuilder(KpiId.AverageHandleTime).StartingFrom(1.0), "start", "start is a number but Average Handle Time (AHT) is a duration; pass a NodaTime Duration.");
    }

    [Fact]
    public void Rejects_an_empty_or_inverted_band_a_bad_quantile_and_a_second_threshold()
    {
        Arg<ArgumentOutOfRangeException>(() => Csat().Within(0.9, 0.9), "upper", "upper must be above lower (0.9); it was 0.9.");
        Arg<ArgumentOutOfRangeException>(() => Csat().Within(0.9, 1.2), "upper", "upper must be a finite value in Customer Satisfaction (CSAT)'s range 0..1; it was 1.2.");
        Arg<ArgumentOutOfRangeException>(() => new GoalTargetBuilder(KpiId.FirstResponseTime).AtQuantile(1), "quantile", "quantile must lie strictly between 0 and 1; it was 1.");
        Arg<ArgumentException>(() => Csat().AtLeast(0.8).AtLeast(0.85), "threshold", "This Customer Satisfaction (CSAT) target already has a threshold; a target has exactly one (AtLeast, AtMost, Within or ImproveOn).");
        Arg<ArgumentException>(() => Csat().AtLeast(0.8).ImproveOn(Baseline, ImprovementKind.Absolute, 0.01), "threshold", "This Customer Satisfaction (CSAT) target already has a threshold; a target has exactly one (AtLeast, AtMost, Within or ImproveOn).");
    }

    [Fact]
    public void Rejects_bad_baseline_improvements()
    {
        Arg<ArgumentException>(() => Csat().ImproveOn(default, ImprovementKind.Relative, 0.05), "baseline", "baseline must be created with a value and a period; it was default.");
        Arg<ArgumentOutOfRangeException>(() => Csat().ImproveOn(Baseline, ImprovementKind.Relative, 0), "amount", "amount must be a finite number greater than 0; it was 0.");
        Arg<ArgumentOutOfRangeException>(() => Csat().ImproveOn(Baseline, (ImprovementKind)7, 0.1), "kind", "kind must be Relative or Absolute; it was 7.");
        Arg<ArgumentException>(() => new GoalTargetBuilder(KpiId.Occupancy).ImproveOn(Baseline, ImprovementKind.Absolute, 0.05), "direction", "direction must be HigherIsBetter or LowerIsBetter for a baseline target on Occupancy; it was not given.");
        Arg<ArgumentException>(() => new GoalTargetBuilder(KpiId.Occupancy).ImproveOn(Baseline, ImprovementKind.Absolute, 0.05, TargetDirection.WithinRange), "direction", "direction must be HigherIsBetter or LowerIsBetter for a baseline target on Occupancy; it was WithinRange.");
        Arg<ArgumentOutOfRangeException>(() => new GoalBaseline(double.NaN, December), "value", "value must be a finite number; it was NaN.");
        Arg<ArgumentOutOfRangeException>(() => new GoalBaseline(Duration.FromSeconds(-1), December), "value", "value must not be negative; it was -0:00:00:01.");
        Arg<ArgumentException>(() => GoalBaseline.Mean([], December), "values", "values must hold at least one sub-period value to average; it was empty.");
        Arg<ArgumentOutOfRangeException>(() => GoalBaseline.Mean([0.5, double.PositiveInfinity], December), "values", "values[1] must be a finite number; it was Infinity.");
        Assert.Throws<ArgumentNullException>(() => new GoalBaseline(0.5, null!));
    }

    [Fact]
    public void Build_rejects_incomplete_and_contradictory_definitions_saying_what_to_fix()
    {
        Invalid(Csat().Build, "The Customer Satisfaction (CSAT) target has no threshold: call AtLeast, AtMost, Within or ImproveOn.");
        Invalid(Csat().AtLeast(0.85).Build, "The Customer Satisfaction (CSAT) target names no progress formula: call Progress(DistanceCovered, RatioToTarget or Binary, and a clamp option).");
        Invalid(Csat().AtLeast(0.85).Progress(ProgressFormula.DistanceCovered, ProgressClamp.Unclamped).Build, "The Customer Satisfaction (CSAT) target measures progress as distance covered but has no start value: call StartingFrom or use a baseline.");
        Invalid(Csat().AtLeast(0.85).StartingFrom(0.85).Progress(ProgressFormula.DistanceCovered, ProgressClamp.Unclamped).Build, "The Customer Satisfaction (CSAT) target measures progress as distance covered from a start equal to its threshold 0.85, which is undefined: choose another start or formula.");
        Invalid(new GoalTargetBuilder(KpiId.NetPromoterScore).AtLeast(0).Progress(ProgressFormula.RatioToTarget, ProgressClamp.Unclamped).Build, "The Net Promoter Score target measures progress as a ratio to a threshold of 0; the ratio needs a positive threshold: use DistanceCovered or Binary.");
        Invalid(new GoalTargetBuilder(KpiId.TicketBacklog).AtMost(0).Progress(ProgressFormula.RatioToTarget, ProgressClamp.Unclamped).Build, "The Ticket backlog target measures progress as a ratio to a threshold of 0; the ratio needs a positive threshold: use DistanceCovered or Binary.");
        Invalid(Csat().Within(0.8, 0.9).Progress(ProgressFormula.RatioToTarget, ProgressClamp.Unclamped).Build, "The Customer Satisfaction (CSAT) target is a range, whose progress can only be Binary; it was RatioToTarget.");
        Invalid(Csat().ImproveOn(new GoalBaseline(0.98, December), ImprovementKind.Relative, 0.05).Progress(ProgressFormula.Binary, ProgressClamp.Unclamped).Build, "The Customer Satisfaction (CSAT) target computes a threshold of 1.029 from the baseline 0.98, outside Customer Satisfaction (CSAT)'s range 0..1: choose a smaller improvement.");
        Invalid(new GoalTargetBuilder(KpiId.NetPromoterScore).ImproveOn(new GoalBaseline(0, December), ImprovementKind.Relative, 0.1).Progress(ProgressFormula.Binary, ProgressClamp.Unclamped).Build, "The Net Promoter Score target improves by a share of a baseline of 0, which moves nothing: use ImprovementKind.Absolute.");
    }

    [Fact]
    public void Build_may_be_called_once_and_progress_enums_must_be_defined()
    {
        var builder = Csat().AtLeast(0.85).Progress(ProgressFormula.Binary, ProgressClamp.Unclamped);
        builder.Build();
        Invalid(builder.Build, "This Customer Satisfaction (CSAT) target builder was already built; start a new GoalTargetBuilder.");
        Arg<ArgumentOutOfRangeException>(() => Csat().Progress((ProgressFormula)0, ProgressClamp.Unclamped), "formula", "formula must be DistanceCovered, RatioToTarget or Binary; it was 0.");
        Arg<ArgumentOutOfRangeException>(() => Csat().Progress(ProgressFormula.Binary, (ProgressClamp)3), "clamp", "clamp must be Unclamped or ZeroToOne; it was 3.");
    }

    private static GoalTargetBuilder Csat() => new(KpiId.CustomerSatisfaction);


}
