// Fair rankings: Wilson bounds, empirical-Bayes shrinkage and raw values on hand-worked samples, tie-breaks and rejected input.
using CustomerCare.Core.Goals.Scorecards;
using CustomerCare.Core.Kpis;

namespace CustomerCare.Core.Tests.Goals.Scorecards;

public sealed class FairRankingTests
{
    private static readonly ProportionSample[] Surveys =
    [
        new("cy", 400, 500), // 80 %, Wilson 95 % [0.762711, 0.832715]
        new("ana", 5, 5),    // 100 %, Wilson lower bound n/(n + z²) = 5/(5 + 3.841459) = 0.565518
        new("bo", 45, 50),   // 90 %, Wilson [0.786398, 0.956524]
    ];

    // A: 4 reviews, mean 0.9, variance 0.01; B: 4, 0.7, 0.01; C: 2, 0.5, 0.02.
    private static readonly MeanSample[] Reviews = [new("A", 4, 0.9, 0.01), new("B", 4, 0.7, 0.01), new("C", 2, 0.5, 0.02)];

    [Fact]
    public void Raw_ranks_the_lucky_small_sample_first()
    {
        var ranking = FairRanking.Calculate(Surveys, RankingMethod.Raw);

        Assert.Equal(["ana", "bo", "cy"], ranking.Entries.Select(e => e.Id));
        Assert.Equal(1.0, ranking.Entries[0].Estimate);
        Assert.Equal(0.5655175352168251, ranking.Entries[0].Interval.Lower, 1e-8);
        Assert.Null(ranking.Prior);
    }

    [Fact]
    public void Wilson_lower_bound_puts_five_out_of_five_below_forty_five_of_fifty_and_four_hundred_of_five_hundred()
    {
        var ranking = FairRanking.Calculate(Surveys, RankingMethod.WilsonLowerBound);

        Assert.Equal(["bo", "cy", "ana"], ranking.Entries.Select(e => e.Id));
        Assert.Equal([1, 2, 3], ranking.Entries.Select(e => e.Rank));
        Assert.Equal(0.7863976856252035, ranking.Entries[0].Estimate, 1e-8);
        Assert.Equal(0.9565242350681096, ranking.Entries[0].Interval.Upper, 1e-8);
        Assert.Equal(0.9, ranking.Entries[0].Observed, 1e-8);
        Assert.Equal(0.7627108946948261, ranking.Entries[1].Estimate, 1e-8);
        Assert.Equal(5.0 / (5 + (1.959963984540054 * 1.959963984540054)), ranking.Entries[2].Estimate, 1e-8);
        Assert.Equal(new KpiRatio(45, 50).WilsonInterval(), ranking.Entries[0].Interval);
        Assert.Equal("1. bo 0.786 [0.786, 0.957] (observed 0.9, n = 50)", ranking.Entries[0].ToString());
        Assert.Equal("Wilson lower bound, 95 %, 3 ids; best bo 0.786", ranking.ToString());
    }

    [Fact]
    public void Lower_is_better_ranks_by_the_wilson_upper_bound_ascending()
    {
        // Callback rates: 0 of 3 looks perfect but its upper bound is 0.5615; 10 of 200 has upper bound 0.0899.
        var ranking = FairRanking.Calculate([new ProportionSample("few", 0, 3), new ProportionSample("many", 10, 200)], RankingMethod.WilsonLowerBound, KpiDirection.LowerIsBetter);

        Assert.Equal(["many", "few"], ranking.Entries.Select(e => e.Id));
        Assert.Equal(new KpiRatio(10, 200).WilsonInterval().Upper, ranking.Entries[0].Estimate);
        Assert.StartsWith("Wilson upper bound", ranking.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Empirical_bayes_shrinks_toward_the_group_mean_by_hand()
    {
        // μ̂ = (4·0.9 + 4·0.7 + 2·0.5)/10 = 0.74. σ̂² = (3·0.01 + 3·0.01 + 1·0.02)/(10 − 3) = 4/350.
        // MSB = (4·0.16² + 4·0.04² + 2·0.24²)/2 = 0.112; n₀ = (10 − 36/10)/2 = 3.2; τ̂² = (0.112 − 4/350)/3.2 = 11/350.
        // B_A = B_B = (4/350)/(4/350 + 4·11/350) = 1/12; B_C = 4/(4 + 22) = 2/13.
        var ranking = FairRanking.Calculate(Reviews, RankingMethod.EmpiricalBayes);
        var prior = ranking.Prior!.Value;

        Assert.Equal(0.74, prior.Mean, 12);
        Assert.Equal(4.0 / 350, prior.WithinVariance, 12);
        Assert.Equal(11.0 / 350, prior.BetweenVariance, 12);
        Assert.Equal(["A", "B", "C"], ranking.Entries.Select(e => e.Id));
        Assert.Equal(0.74 + (11.0 / 12 * 0.16), ranking.Entries[0].Estimate, 12);      // 0.886667
        Assert.Equal(0.74 - (11.0 / 12 * 0.04), ranking.Entries[1].Estimate, 12);      // 0.703333
        Assert.Equal(0.74 - (11.0 / 13 * 0.24), ranking.Entries[2].Estimate, 12);      // 0.536923
        // Posterior half-width for A: z·√((1 − 1/12)·(4/350)/4) = 1.96·√(11/4200).
        Assert.Equal(1.959963984540054 * Math.Sqrt(11.0 / 4200), ranking.Entries[0].Estimate - ranking.Entries[0].Interval.Lower, 1e-8);
        Assert.Equal("μ̂ 0.74, τ̂² 0.03143, σ̂² 0.01143", prior.ToString());
    }

    [Fact]
    public void Empirical_bayes_moves_the_small_sample_past_a_larger_one()
    {
        // Raw: "small" 1.0 on 2 reviews beats "large" 0.85 on 40; shrunk (μ̂ 0.780, τ̂² 0.0100, σ̂² 0.0592) it scores 0.836 < 0.841.
        MeanSample[] samples = [new("small", 2, 1.0, 0), new("large", 40, 0.85, 0.06), new("mid", 40, 0.7, 0.06)];

        Assert.Equal("small", FairRanking.Calculate(samples, RankingMethod.Raw).Entries[0].Id);
        var shrunk = FairRanking.Calculate(samples, RankingMethod.EmpiricalBayes);
        Assert.Equal(["large", "small", "mid"], shrunk.Entries.Select(e => e.Id));
        Assert.True(shrunk.Find("small")!.Value.Estimate < 1.0);
        Assert.Null(shrunk.Find("nobody"));
    }

    [Fact]
    public void No_between_variance_shrinks_everyone_to_the_mean_and_ties_break_by_sample_size_then_id()
    {
        // Means 0.5 and 0.6 with large within variance: MSB < MSW, so τ̂² clamps to 0 and every estimate is μ̂.
        MeanSample[] samples = [new("z", 10, 0.5, 1), new("b", 10, 0.6, 1), new("a", 20, 0.55, 1)];
        var ranking = FairRanking.Calculate(samples, RankingMethod.EmpiricalBayes);

        Assert.Equal(0, ranking.Prior!.Value.BetweenVariance);
        Assert.All(ranking.Entries, e => Assert.Equal(0.55, e.Estimate, 12));
        Assert.Equal(["a", "b", "z"], ranking.Entries.Select(e => e.Id));
    }

    [Fact]
    public void Ids_without_observations_come_last_unranked_and_an_unestimable_prior_ranks_raw_means()
    {
        var ranking = FairRanking.Calculate([new ProportionSample("none", 0, 0), new ProportionSample("x", 1, 2)], RankingMethod.WilsonLowerBound);
        Assert.Equal(["x", "none"], ranking.Entries.Select(e => e.Id));
        Assert.Equal(0, ranking.Entries[1].Rank);
        Assert.Equal("-. none unranked (no observations)", ranking.Entries[1].ToString());

        // One observation each: no within-agent variance can be estimated.
        var single = FairRanking.Calculate([new MeanSample("p", 1, 0.4, 0), new MeanSample("q", 1, 0.8, 0)], RankingMethod.EmpiricalBayes);
        Assert.False(single.Prior!.Value.IsDefined);
        Assert.Equal(["q", "p"], single.Entries.Select(e => e.Id));
        Assert.All(single.Entries, e => Assert.False(e.Interval.IsDefined));
        Assert.Equal(0, single.Entries.Count(e => e.Rank == 0));
    }

    [Fact]
    public void Raw_means_get_a_normal_interval()
    {
        var ranking = FairRanking.Calculate([new MeanSample("a", 25, 0.8, 0.04), new MeanSample("b", 1, 0.9, 0)], RankingMethod.Raw);

        Assert.Equal(["b", "a"], ranking.Entries.Select(e => e.Id));
        Assert.Equal(0.8 - (1.959963984540054 * 0.04), ranking.Entries[1].Interval.Lower, 1e-8); // s/√n = 0.2/5
        Assert.False(ranking.Entries[0].Interval.IsDefined);
    }

    [Fact]
    public void Proportions_ranked_by_empirical_bayes_are_means_of_zeros_and_ones()
    {
        var viaProportions = FairRanking.Calculate(Surveys, RankingMethod.EmpiricalBayes);
        var viaMeans = FairRanking.Calculate(
            [new MeanSample("cy", 500, 0.8, 500 * 0.8 * 0.2 / 499), new MeanSample("ana", 5, 1, 0), new MeanSample("bo", 50, 0.9, 50 * 0.9 * 0.1 / 49)],
            RankingMethod.EmpiricalBayes);

        Assert.Equal(viaMeans.Entries.Select(e => (e.Id, e.Estimate)), viaProportions.Entries.Select(e => (e.Id, e.Estimate)));
    }

    [Fact]
    public void Rejects_bad_samples_methods_directions_and_confidences()
    {
        var wilson = Assert.Throws<ArgumentException>(() => FairRanking.Calculate(Reviews, RankingMethod.WilsonLowerBound));
        Assert.Equal("method", wilson.ParamName);
        Assert.StartsWith("method WilsonLowerBound ranks proportions", wilson.Message, StringComparison.Ordinal);

        var duplicate = Assert.Throws<ArgumentException>(() => FairRanking.Calculate([new ProportionSample("a", 1, 2), new ProportionSample("a", 1, 3)], RankingMethod.Raw));
        Assert.Equal("samples", duplicate.ParamName);
        Assert.StartsWith("samples[1] repeats the id 'a'", duplicate.Message, StringComparison.Ordinal);

        var empty = Assert.Throws<ArgumentException>(() => FairRanking.Calculate([default(MeanSample)], RankingMethod.Raw));
        Assert.StartsWith("samples[0] is default and has no id", empty.Message, StringComparison.Ordinal);

        var method = Assert.Throws<ArgumentOutOfRangeException>(() => FairRanking.Calculate(Surveys, (RankingMethod)7));
        Assert.Equal("method", method.ParamName);
        var direction = Assert.Throws<ArgumentOutOfRangeException>(() => FairRanking.Calculate(Surveys, RankingMethod.Raw, KpiDirection.Neither));
        Assert.Equal("direction", direction.ParamName);
        Assert.StartsWith("direction must be HigherIsBetter or LowerIsBetter", direction.Message, StringComparison.Ordinal);
        Assert.Equal("confidence", Assert.Throws<ArgumentOutOfRangeException>(() => FairRanking.Calculate(Surveys, RankingMethod.Raw, confidence: 1)).ParamName);
    }

    [Fact]
    public void Samples_reject_blank_ids_and_impossible_counts()
    {
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new ProportionSample(" ", 1, 2)).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => new ProportionSample(null!, 1, 2)).ParamName);
        var over = Assert.Throws<ArgumentOutOfRangeException>(() => new ProportionSample("a", 3, 2));
        Assert.Equal("successes", over.ParamName);
        Assert.StartsWith("successes must not exceed trials (2); it was 3.", over.Message, StringComparison.Ordinal);
        Assert.Equal("trials", Assert.Throws<ArgumentOutOfRangeException>(() => new ProportionSample("a", 0, -1)).ParamName);
        Assert.Equal("numerator", Assert.Throws<ArgumentOutOfRangeException>(() => new ProportionSample("a", new KpiRatio(5, 4))).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => new MeanSample("a", -1, 0, 0)).ParamName);
        Assert.Equal("mean", Assert.Throws<ArgumentOutOfRangeException>(() => new MeanSample("a", 1, double.NaN, 0)).ParamName);
        Assert.Equal("variance", Assert.Throws<ArgumentOutOfRangeException>(() => new MeanSample("a", 1, 0, -0.1)).ParamName);
        Assert.Equal("ana: 41/50", new ProportionSample("ana", 41, 50).ToString());
        Assert.Equal("ana: mean 0.84 over 12 (variance 0.01)", new MeanSample("ana", 12, 0.84, 0.01).ToString());
        Assert.Equal(new ProportionSample("a", 1, 2), new ProportionSample("a", new KpiRatio(1, 2)));
    }
}
