// Laws of fair ranking: the Wilson bound never ranks a smaller sample with the same rate above a larger one; order never depends on input order.
using CustomerCare.Core.Goals.Scorecards;
using CustomerCare.Core.Kpis;
using CustomerCare.Core.Tests.TestInfrastructure;
using FsCheck;
using FsCheck.Fluent;

namespace CustomerCare.Core.Tests.Goals.Scorecards;

public sealed class FairRankingProperties
{
    // A rate a/b and two sample sizes b·m₁ < b·m₂ with the same rate; the smaller sample gets the id that sorts first.
    private static readonly Gen<(int A, int B, int Small, int Large, bool Lower)> SameRate =
        from b in Gen.Choose(1, 60)
        from a in Gen.Choose(0, b)
        from small in Gen.Choose(1, 40)
        from extra in Gen.Choose(1, 400)
        from lower in Gen.Elements(true, false)
        select (a, b, small, small + extra, lower);

    private static readonly Gen<ProportionSample[]> Teams =
        from n in Gen.Choose(0, 12)
        from counts in Gen.ArrayOf(Gen.Choose(0, 50).SelectMany(t => Gen.Choose(0, t).Select(x => (x, t))), n)
        select counts.Select((c, i) => new ProportionSample("agent" + i, c.x, c.t)).ToArray();

    [CareProperty(300)]
    public Property Wilson_never_ranks_a_smaller_sample_with_the_same_rate_above_a_larger_one() =>
        Prop.ForAll(SameRate.ToArbitrary(), s =>
        {
            ProportionSample[] samples = [new("a-small", (long)s.A * s.Small, (long)s.B * s.Small), new("b-large", (long)s.A * s.Large, (long)s.B * s.Large)];
            var direction = s.Lower ? KpiDirection.LowerIsBetter : KpiDirection.HigherIsBetter;
            var ranking = FairRanking.Calculate(samples, RankingMethod.WilsonLowerBound, direction);
            return ranking.Entries[0].Id == "b-large";
        });

    [CareProperty]
    public Property Every_method_is_independent_of_input_order() =>
        Prop.ForAll(Teams.SelectMany(t => Gen.Shuffle(t).Select(shuffled => (t, shuffled))).ToArbitrary(), s =>
            Enum.GetValues<RankingMethod>().All(method =>
                FairRanking.Calculate(s.t, method).Entries.SequenceEqual(FairRanking.Calculate(s.shuffled, method).Entries)));

    [CareProperty]
    public Property Shrunk_estimates_lie_between_the_raw_mean_and_the_group_mean() =>
        Prop.ForAll(Teams.ToArbitrary(), team =>
        {
            var ranking = FairRanking.Calculate(team, RankingMethod.EmpiricalBayes);
            var mu = ranking.Prior!.Value.Mean;
            return !ranking.Prior.Value.IsDefined || ranking.Entries.Where(e => e.Rank > 0).All(e =>
                e.Estimate >= Math.Min(e.Observed, mu) - 1e-12 && e.Estimate <= Math.Max(e.Observed, mu) + 1e-12);
        });
}
