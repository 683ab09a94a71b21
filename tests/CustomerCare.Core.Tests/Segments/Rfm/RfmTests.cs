// RFM scores, hand-worked: value quantiles with ties and outliers, rank bins with key tie-breaks, the segment map.
using CustomerCare.Core.Segments;
using CustomerCare.Core.Segments.Rfm;

namespace CustomerCare.Core.Tests.Segments.Rfm;

public sealed class RfmTests
{
    private static RfmObservation[] Population(params (int Days, int Purchases, decimal Spend)[] values) =>
        [.. values.Select((v, i) => new RfmObservation($"c{i:D2}", v.Days, v.Purchases, v.Spend))];

    private static RfmThresholds Thresholds(RfmObservation[] population, int bins = 5)
    {
        var summary = new RfmSummary();
        summary.Add(population);
        Assert.True(summary.TryGetThresholds(bins, out var thresholds));
        return thresholds;
    }

    [Fact]
    public void Value_quantile_cut_points_are_the_lower_quantiles()
    {
        // Ten customers: days 1..10, purchases 1..10, spend 10..100. Cut k = value at rank ⌊k/5·9⌋ = 1, 3, 5, 7.
        var population = Population([.. Enumerable.Range(1, 10).Select(i => (i, i, i * 10m))]);
        var thresholds = Thresholds(population);

        Assert.Equal([2, 4, 6, 8], thresholds.RecencyDays);
        Assert.Equal([2, 4, 6, 8], thresholds.Purchases);
        Assert.Equal([20m, 40m, 60m, 80m], thresholds.Spend);
        Assert.Equal(new RfmScore(5, 1, 1), thresholds.Score(population[0]));
        Assert.Equal(new RfmScore(4, 2, 2), thresholds.Score(population[2])); // 3 days: below 4, 6, 8
        Assert.Equal(new RfmScore(4, 1, 1), thresholds.Score(population[1])); // on a cut point: the lower score
        Assert.Equal(new RfmScore(1, 5, 5), thresholds.Score(population[9]));
        Assert.Equal("R days [2, 4, 6, 8], F [2, 4, 6, 8], M [20, 40, 60, 80]", thresholds.ToString());
    }

    [Fact]
    public void Equal_values_get_equal_scores_even_when_every_value_is_equal()
    {
        var population = Population([.. Enumerable.Repeat((30, 2, 100m), 8)]);
        var thresholds = Thresholds(population);

        Assert.All(population, p => Assert.Equal(new RfmScore(1, 1, 1), thresholds.Score(p)));
    }

    [Fact]
    public void One_outlier_stands_alone_at_the_top()
    {
        var population = Population([.. Enumerable.Repeat((30, 1, 20m), 9), (1, 40, 1_000_000m)]);
        var thresholds = Thresholds(population);
        var scores = new RfmScore[population.Length];
        thresholds.Score(population, scores);

        Assert.Equal(new RfmScore(5, 5, 5), scores[9]);
        Assert.All(scores[..9], s => Assert.Equal(new RfmScore(1, 1, 1), s));
    }

    [Fact]
    public void Heavy_ties_split_by_key_in_rank_bins_never_by_input_order()
    {
        // Five customers with equal values: rank bins give 1..5 by key order, whatever the input order.
        var population = Population([.. Enumerable.Repeat((10, 3, 50m), 5)]);
        var scores = new RfmScore[5];
        RfmRanking.Calculate(population, scores);
        var reversed = population.Reverse().ToArray();
        var reversedScores = new RfmScore[5];
        RfmRanking.Calculate(reversed, reversedScores);

        Assert.Equal([1, 2, 3, 4, 5], scores.Select(s => s.Frequency));
        Assert.Equal([1, 2, 3, 4, 5], scores.Select(s => s.Recency));
        Assert.Equal(scores, reversedScores.Reverse());
    }

    [Fact]
    public void Rank_bins_hold_equal_counts_and_put_fewest_days_highest()
    {
        var population = Population([.. Enumerable.Range(1, 10).Select(i => (i, 11 - i, i * 1m))]);
        var scores = new RfmScore[10];
        RfmRanking.Calculate(population, scores);

        Assert.Equal([5, 5, 4, 4, 3, 3, 2, 2, 1, 1], scores.Select(s => s.Recency));
        Assert.Equal([5, 5, 4, 4, 3, 3, 2, 2, 1, 1], scores.Select(s => s.Frequency));
        Assert.Equal([1, 1, 2, 2, 3, 3, 4, 4, 5, 5], scores.Select(s => s.Monetary));
    }

    [Fact]
    public void The_standard_map_names_segments_first_box_first()
    {
        var map = RfmSegmentMap.Standard;

        Assert.Equal("Champions", map.Classify(new RfmScore(5, 5, 5)));
        Assert.Equal("Can't lose them", map.Classify(new RfmScore(1, 5, 5)));
        Assert.Equal("Loyal", map.Classify(new RfmScore(3, 4, 4)));
        Assert.Equal("New customers", map.Classify(new RfmScore(5, 1, 1)));
        Assert.Equal("Potential loyalist", map.Classify(new RfmScore(5, 2, 1)));
        Assert.Equal("Hibernating", map.Classify(new RfmScore(1, 1, 3)));
        Assert.Equal("Lost", map.Classify(new RfmScore(1, 3, 1)));
        Assert.Equal("RFM map, 5 bins: 10 boxes + Lost", map.ToString());
    }

    [Fact]
    public void The_map_is_a_rule_source_of_segment_catalogues()
    {
        var catalogue = new SegmentCatalogueBuilder(NodaTime.DateTimeZone.Utc)
            .UseRfm(RfmSegmentMap.Standard)
            .Add("best", SegmentRule.InRfmSegment(["Champions", "Loyal"]))
            .Add("slipping", SegmentRule.InRfmSegment(["At risk", "Can't lose them"]))
            .WithDefault("rest")
            .Build();

        Assert.Equal("best", catalogue.Classify(new CustomerProfile { Rfm = new(3, 3, 3) }, default).Name);
        Assert.Equal("slipping", catalogue.Classify(new CustomerProfile { Rfm = new(2, 5, 5) }, default).Name);
        Assert.Equal("rest", catalogue.Classify(new CustomerProfile { Rfm = new(5, 1, 1) }, default).Name);
        Assert.Equal("rest", catalogue.Classify(new CustomerProfile(), default).Name);
        Assert.Equal("profile", Assert.Throws<ArgumentOutOfRangeException>(() => catalogue.Compile(new CustomerProfile { Rfm = new(6, 1, 1) })).ParamName);
    }

    [Fact]
    public void Rejects_bad_maps_with_every_problem_listed()
    {
        var ex = Assert.Throws<SegmentDefinitionException>(() => new RfmSegmentMapBuilder(5)
            .Add(new RfmBox("All", 1, 5, 1, 5, 1, 5))
            .Add(new RfmBox("Late", 5, 5, 5, 5, 5, 5))
            .Add(new RfmBox("all", 1, 1, 1, 1, 1, 1))
            .Add(new RfmBox("Wide", 0, 6, 1, 5, 3, 2))
            .Build());

        Assert.Equal(
        [
            "catch_all: a catch-all segment is required; call WithCatchAll(\"Others\").",
            "boxes[1] 'Late': the box can never win: earlier boxes hold every one of its scores; narrow it, move it up or remove it.",
            "boxes[2] 'all': the name 'all' is used twice (names compare ignoring case).",
            "boxes[3] 'Wide': the recency range 0–6 must lie within 1–5 with its minimum at most its maximum.",
            "boxes[3] 'Wide': the monetary range 3–2 must lie within 1–5 with its minimum at most its maximum.",
        ], ex.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Rejects_bad_arguments()
    {
        Assert.False(new RfmSummary().TryGetThresholds(out _));
        Assert.Equal("bins", Assert.Throws<ArgumentOutOfRangeException>(() => new RfmSummary().TryGetThresholds(1, out _)).ParamName);
        Assert.Equal("observation.Purchases", Assert.Throws<ArgumentOutOfRangeException>(() => new RfmSummary().Add(new RfmObservation("a", 1, -1, 0m))).ParamName);
        Assert.Equal("purchases", Assert.Throws<ArgumentException>(() => new RfmThresholds([1, 2], [3, 2], [1m, 2m])).ParamName);
        Assert.Equal("spend", Assert.Throws<ArgumentException>(() => new RfmThresholds([1], [1, 2], [1m])).ParamName);
        var duplicate = Assert.Throws<ArgumentException>(() => RfmRanking.Calculate(Population((1, 1, 1m), (2, 2, 2m)).Select(o => o with { Key = "same" }).ToArray(), new RfmScore[2]));
        Assert.Equal("observations", duplicate.ParamName);
        Assert.Contains("'same' is repeated", duplicate.Message, StringComparison.Ordinal);
        Assert.Equal("recency", Assert.Throws<ArgumentOutOfRangeException>(() => new RfmScore(0, 1, 1)).ParamName);
        Assert.Equal("bins", Assert.Throws<ArgumentOutOfRangeException>(() => new RfmSegmentMapBuilder(1)).ParamName);
    }
}
