// RFM laws: scores do not depend on input order, and partitions scored with merged thresholds equal one pass.
using CustomerCare.Core.Segments.Rfm;
using CustomerCare.Core.Tests.TestInfrastructure;
using FsCheck;
using FsCheck.Fluent;

namespace CustomerCare.Core.Tests.Segments.Rfm;

public sealed class RfmProperties
{
    // Few distinct values, so ties are heavy.
    private static readonly Gen<RfmObservation[]> Populations =
        from size in Gen.Choose(1, 60)
        from values in Gen.ArrayOf(
            from days in Gen.Choose(0, 12)
            from purchases in Gen.Choose(0, 6)
            from cents in Gen.Choose(0, 20)
            select (days, purchases, cents / 4m), size)
        select values.Select((v, i) => new RfmObservation($"k{i}", v.days, v.purchases, v.Item3)).ToArray();

    private static readonly Gen<(RfmObservation[] Population, int[] Permutation, int Cut, int Bins)> Cases =
        from population in Populations
        from keys in Gen.ArrayOf(Gen.Choose(0, 1_000_000), population.Length)
        from cut in Gen.Choose(0, population.Length)
        from bins in Gen.Choose(2, 7)
        select (population, Enumerable.Range(0, population.Length).OrderBy(i => keys[i]).ThenBy(i => i).ToArray(), cut, bins);

    [CareProperty]
    public Property Scores_are_invariant_under_permutation_of_the_input() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var shuffled = c.Permutation.Select(i => c.Population[i]).ToArray();
            var quantile = Score(c.Population, c.Bins);
            var quantileShuffled = Score(shuffled, c.Bins);
            var rank = new RfmScore[c.Population.Length];
            var rankShuffled = new RfmScore[c.Population.Length];
            RfmRanking.Calculate(c.Population, rank, c.Bins);
            RfmRanking.Calculate(shuffled, rankShuffled, c.Bins);
            for (var j = 0; j < shuffled.Length; j++)
            {
                var original = c.Permutation[j];
                if (quantile[original] != quantileShuffled[j] || rank[original] != rankShuffled[j])
                {
                    return false;
                }
            }

            return true;
        });

    [CareProperty]
    public Property Partitions_scored_with_merged_thresholds_equal_one_pass() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var left = new RfmSummary();
            left.Add(c.Population.AsSpan(0, c.Cut));
            var right = new RfmSummary();
            right.Add(c.Population.AsSpan(c.Cut));
            left.Merge(right);
            Assert.True(left.TryGetThresholds(c.Bins, out var merged));
            var parts = new RfmScore[c.Population.Length];
            merged.Score(c.Population.AsSpan(0, c.Cut), parts.AsSpan(0, c.Cut));
            merged.Score(c.Population.AsSpan(c.Cut), parts.AsSpan(c.Cut));
            return parts.SequenceEqual(Score(c.Population, c.Bins)) && merged.ToString() == Thresholds(c.Population, c.Bins).ToString();
        });

    [CareProperty]
    public Property Equal_values_get_equal_value_quantile_scores() =>
        Prop.ForAll(Populations.ToArbitrary(), population =>
        {
            var scores = Score(population, 5);
            return population.Zip(scores).GroupBy(x => (x.First.DaysSinceLastPurchase, x.First.Purchases, x.First.Spend)).All(g => g.Select(x => x.Second).Distinct().Count() == 1);
        });

    private static RfmThresholds Thresholds(RfmObservation[] population, int bins)
    {
        var summary = new RfmSummary();
        summary.Add(population);
        Assert.True(summary.TryGetThresholds(bins, out var thresholds));
        return thresholds;
    }

    private static RfmScore[] Score(RfmObservation[] population, int bins)
    {
        var scores = new RfmScore[population.Length];
        Thresholds(population, bins).Score(population, scores);
        return scores;
    }
}
