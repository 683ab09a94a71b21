// GoalTarget laws: the status is monotone in the observed value for a fixed direction, and the projection is exact for linear progress.
using CustomerCare.Core.Goals;
using CustomerCare.Core.Kpis;
using CustomerCare.Core.Tests.TestInfrastructure;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using static CustomerCare.Core.Tests.Goals.GoalFixtures;

namespace CustomerCare.Core.Tests.Goals;

public sealed class GoalTargetProperties
{
    /// <summary>A value in 0..1 on a grid of 1/1000, with the ends included.</summary>
    private static readonly Gen<double> Unit = Gen.Choose(0, 1000).Select(i => i / 1000.0);

    /// <summary>An instant from a day before the ten-day period to a day after it, at whole minutes.</summary>
    private static readonly Gen<Instant> Around = Gen.Choose(-1440, 11 * 1440).Select(m => Day(0) + Duration.FromMinutes(m));

    private static readonly Gen<(TargetDirection Direction, double Threshold, double Start, Instant At, double X, double Y)> MonotoneCase =
        from higher in Gen.Elements(true, false)
        from threshold in Gen.Choose(1, 999).Select(i => i / 1000.0)
        from start in Gen.Elements(double.NaN, 0.2, 0.5, 0.9)
        from at in Around
        from a in Unit
        from b in Unit
        select (higher ? TargetDirection.HigherIsBetter : TargetDirection.LowerIsBetter, threshold, start, at, Math.Min(a, b), Math.Max(a, b));

    [CareProperty(300)]
    public Property Status_is_monotone_in_the_observed_value_for_a_fixed_direction() =>
        Prop.ForAll(MonotoneCase.ToArbitrary(), c =>
        {
            var builder = new GoalTargetBuilder(KpiId.Occupancy); // direction Neither: both directions allowed
            builder = c.Direction == TargetDirection.HigherIsBetter ? builder.AtLeast(c.Threshold) : builder.AtMost(c.Threshold);
            if (!double.IsNaN(c.Start) && c.Start != c.Threshold)
            {
                builder.StartingFrom(c.Start);
            }

            var target = builder.Progress(ProgressFormula.Binary, ProgressClamp.Unclamped).Build();
            var low = Goodness(target.Evaluate(TenDays, c.At, c.X).Status);
            var high = Goodness(target.Evaluate(TenDays, c.At, c.Y).Status);
            return c.Direction == TargetDirection.HigherIsBetter ? low <= high : low >= high;
        });

    [CareProperty(300)]
    public Property Projection_is_exact_for_linear_progress() =>
        Prop.ForAll(
            Gen.Choose(-50, 50).ToArbitrary(),
            Gen.Choose(-50, 50).ToArbitrary(),
            Gen.Choose(1, (10 * 1440) - 1).ToArbitrary(),
            (start, end, minutes) =>
            {
                var target = new GoalTargetBuilder(KpiId.NetPromoterScore).AtLeast(30).StartingFrom(start)
                    .Progress(ProgressFormula.Binary, ProgressClamp.Unclamped).Build();
                var at = Day(0) + Duration.FromMinutes(minutes);
                var fraction = minutes / (10.0 * 1440);
                var observed = start + ((end - start) * fraction);

                var evaluation = target.Evaluate(TenDays, at, observed);

                return Math.Abs(evaluation.Projected - end) <= 1e-9 * (1 + Math.Abs(end))
                    && (evaluation.Status == (end >= 30 ? GoalStatus.OnTrack : GoalStatus.AtRisk) || Math.Abs(end - 30) < 1e-6);
            });

    private static int Goodness(GoalStatus status) => status switch
    {
        GoalStatus.Missed or GoalStatus.AtRisk => 0,
        GoalStatus.OnTrack or GoalStatus.Met => 1,
        _ => -1, // NotStarted and Undetermined do not depend on the value here; both sides agree
    };
}
