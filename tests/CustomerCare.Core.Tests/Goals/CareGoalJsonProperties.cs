// CareGoalJson law: for generated goals, Read(Write(goal)) equals the goal and writing it again gives the same text.
using CustomerCare.Core.Goals;
using CustomerCare.Core.Kpis;
using CustomerCare.Core.Tests.TestInfrastructure;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CustomerCare.Core.Tests.Goals;

public sealed class CareGoalJsonProperties
{
    private static readonly GoalPeriod Baseline = GoalPeriod.FromInterval(new NodaTime.Interval(Instant.FromUtc(2020, 1, 1, 0, 0), Instant.FromUtc(2020, 4, 1, 0, 0)));

    /// <summary>Any double strictly inside (0, 1), not only short decimals, so the shortest round-trip number format is exercised.</summary>
    private static readonly Gen<double> Fraction = Gen.Choose(1, int.MaxValue - 1).Select(i => i / (double)int.MaxValue);

    private static readonly Gen<ProgressClamp> Clamp = Gen.Elements(ProgressClamp.Unclamped, ProgressClamp.ZeroToOne);

    private static readonly Gen<GoalTarget>[] Targets =
    [
        from t in Fraction from clamp in Clamp
        select new GoalTargetBuilder(KpiId.CustomerSatisfaction).AtLeast(t).Progress(ProgressFormula.RatioToTarget, clamp).Build(),
        from t in Fraction from s in Fraction where s != t from clamp in Clamp
        select new GoalTargetBuilder(KpiId.ChurnRate).AtMost(t).StartingFrom(s).Progress(ProgressFormula.DistanceCovered, clamp).Build(),
        from lower in Gen.Choose(0, 600_000) from width in Gen.Choose(1, 600_000)
        select new GoalTargetBuilder(KpiId.AverageHandleTime).Within(Duration.FromMilliseconds(lower), Duration.FromMilliseconds(lower + width)).Build(),
        from ns in Gen.Choose(0, int.MaxValue) from q in Fraction from business in Gen.Elements(true, false)
        select Quantile(new GoalTargetBuilder(KpiId.FirstResponseTime).AtMost(Duration.FromNanoseconds(ns * 1000L)).AtQuantile(q), business)
            .Progress(ProgressFormula.Binary, ProgressClamp.Unclamped).Build(),
        from baseline in Gen.Choose(-90, 80) from amount in Gen.Choose(1, 10) from relative in Gen.Elements(true, false) from clamp in Clamp
        where baseline != 0 || !relative
        select new GoalTargetBuilder(KpiId.NetPromoterScore)
            .ImproveOn(new GoalBaseline(baseline, Baseline), relative ? ImprovementKind.Relative : ImprovementKind.Absolute, relative ? amount / 100.0 : amount)
            .Progress(ProgressFormula.DistanceCovered, clamp).Build(),
        from baseline in Gen.Choose(420, 100_000) from cut in Gen.Choose(1, 59)
        select new GoalTargetBuilder(KpiId.AverageSpeedOfAnswer).ImproveOn(new GoalBaseline(Duration.FromSeconds(baseline / 7.0), Baseline), Duration.FromSeconds(cut))
            .Progress(ProgressFormula.RatioToTarget, ProgressClamp.ZeroToOne).Build(),
    ];

    private static readonly Gen<GoalPeriod> Period = Gen.OneOf(
        from start in NodaGen.LocalDate
        where start.Year >= 2021
        from days in Gen.Choose(0, 400)
        from zone in NodaGen.Zone
        select GoalPeriod.FromDates(new DateInterval(start, start.PlusDays(days)), zone),
        from start in NodaGen.Instant
        where start.InUtc().Year >= 2021
        from seconds in Gen.Choose(1, int.MaxValue)
        select GoalPeriod.FromInterval(new NodaTime.Interval(start, start + Duration.FromSeconds(seconds))));

    private static readonly Gen<CareGoal> Goal =
        from name in Gen.Elements("Keep VIPs", "Ünïcode \"quoted\" goal", "g")
        from objective in Gen.Elements(CareObjective.Retain, CareObjective.Resolve, CareObjective.Satisfy, CareObjective.Expand, CareObjective.Custom)
        from segments in Gen.SubListOf(new[] { "vip", "gold", "new", "at-risk" }).Where(s => s.Count > 0)
        from period in Period
        from picks in Gen.SubListOf(Enumerable.Range(0, Targets.Length).ToArray()).Where(p => p.Count > 0)
        from targets in Gen.CollectToArray(picks.Select(i => Targets[i]))
        select Build(name, objective, segments, period, targets);

    [CareProperty(200)]
    public Property Reading_what_was_written_gives_the_same_goal_and_the_same_text() =>
        Prop.ForAll(Goal.ToArbitrary(), goal =>
        {
            var written = CareGoalJson.Write(goal);
            var read = CareGoalJson.Read(written);
            return read.Equals(goal) && CareGoalJson.Write(read) == written;
        });

    private static GoalTargetBuilder Quantile(GoalTargetBuilder builder, bool business) => business ? builder.InBusinessTime() : builder;

    private static CareGoal Build(string name, CareObjective objective, IEnumerable<string> segments, GoalPeriod period, IEnumerable<GoalTarget> targets)
    {
        var builder = new CareGoalBuilder(name).ForSegments([.. segments]).During(period);
        builder = objective == CareObjective.Custom ? builder.ForCustom("Win back") : builder.For(objective);
        foreach (var target in targets)
        {
            builder.AddTarget(target);
        }

        return builder.Build();
    }
}
