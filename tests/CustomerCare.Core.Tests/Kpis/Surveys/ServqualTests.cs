// Hand-checked SERVQUAL gaps per dimension, unweighted and weighted overall, the 22-item map, merging and rejections.
using System.Globalization;
using CustomerCare.Core.Kpis.Surveys;

namespace CustomerCare.Core.Tests.Kpis.Surveys;

public sealed class ServqualTests
{
    private static readonly ServqualItemMap SixItems = new(
    [
        ServqualDimension.Tangibles, ServqualDimension.Tangibles, ServqualDimension.Reliability,
        ServqualDimension.Responsiveness, ServqualDimension.Assurance, ServqualDimension.Empathy,
    ]);

    private static readonly double[] Perceptions = [5, 6, 6, 5, 7, 6];
    private static readonly double[] Expectations = [6, 6, 7, 6, 6, 7];

    [Fact]
    public void Gaps_per_dimension_and_overall()
    {
        // item gaps −1, 0, −1, −1, +1, −1 → tangibles −0.5, reliability −1, responsiveness −1, assurance +1, empathy −1
        var result = Servqual.Calculate(Perceptions, Expectations, SixItems);
        Assert.Equal(-0.5, result.Tangibles);
        Assert.Equal(-1, result.Gap(ServqualDimension.Reliability));
        Assert.Equal(1, result.Assurance);
        Assert.Equal(-0.5, result.UnweightedOverall, 15);                                    // −2.5 / 5
        Assert.Equal(-0.55, result.WeightedOverall(new ServqualWeights(10, 30, 20, 20, 20)), 15); // −55 / 100
    }

    [Fact]
    public void Accumulator_averages_respondents_and_merges()
    {
        var first = new ServqualAccumulator(SixItems);
        first.Add(Perceptions, Expectations);
        var second = new ServqualAccumulator(SixItems);
        second.Add(Expectations, Perceptions); // the opposite gaps
        first.Merge(second);
        Assert.Equal(2, first.Respondents);
        Assert.Equal(0, first.Result.UnweightedOverall, 15);
        Assert.True(double.IsNaN(new ServqualAccumulator(SixItems).Result.Empathy));
    }

    [Fact]
    public void Standard_map_has_22_items_in_the_classic_blocks()
    {
        var map = ServqualItemMap.Standard22;
        Assert.Equal(22, map.ItemCount);
        Assert.Equal(ServqualDimension.Tangibles, map.DimensionOf(3));
        Assert.Equal(ServqualDimension.Reliability, map.DimensionOf(4));
        Assert.Equal(ServqualDimension.Responsiveness, map.DimensionOf(12));
        Assert.Equal(ServqualDimension.Assurance, map.DimensionOf(13));
        Assert.Equal(ServqualDimension.Empathy, map.DimensionOf(21));
        var result = Servqual.Calculate(Enumerable.Repeat(5.0, 22).ToArray(), Enumerable.Repeat(6.0, 22).ToArray(), map);
        Assert.Equal(-1, result.UnweightedOverall, 15);
    }

    [Fact]
    public void Bad_input_is_rejected()
    {
        var missing = Assert.Throws<ArgumentException>(() => new ServqualItemMap([ServqualDimension.Tangibles]));
        Assert.Contains("Reliability", missing.Message, StringComparison.Ordinal);
        var undefined = Assert.Throws<ArgumentOutOfRangeException>(() => new ServqualItemMap([ServqualDimension.Tangibles, (ServqualDimension)8]));
        Assert.Contains("dimensions[1]", undefined.Message, StringComparison.Ordinal);
        Assert.Equal("perceptions", Assert.Throws<ArgumentException>(() => Servqual.Calculate([1], Expectations, SixItems)).ParamName);
        var nan = Assert.Throws<ArgumentOutOfRangeException>(() => Servqual.Calculate(Perceptions, [6, 6, 7, double.NaN, 6, 7], SixItems));
        Assert.Contains("expectations[3]", nan.Message, StringComparison.Ordinal);
        Assert.Equal("item", Assert.Throws<ArgumentOutOfRangeException>(() => SixItems.DimensionOf(6)).ParamName);
        Assert.Equal("empathy", Assert.Throws<ArgumentException>(() => new ServqualWeights(0, 0, 0, 0, 0)).ParamName);
        Assert.Equal("reliability", Assert.Throws<ArgumentOutOfRangeException>(() => new ServqualWeights(1, -1, 0, 0, 0)).ParamName);
        var accumulator = new ServqualAccumulator(SixItems);
        Assert.Equal("other", Assert.Throws<ArgumentException>(() => accumulator.Merge(new ServqualAccumulator(ServqualItemMap.Standard22))).ParamName);
        Assert.Equal("dimension", Assert.Throws<ArgumentOutOfRangeException>(() => default(ServqualResult).Gap(0)).ParamName);
    }

    [Fact]
    public void Accumulated_gaps_are_item_means_over_respondents_then_dimension_means()
    {
        // respondent 1 gaps −1, 0, −1, −1, +1, −1; respondent 2 gaps +1, 0, 0, +1, −1, 0
        // item means 0, 0, −0.5, 0, 0, −0.5 → T (0 + 0)/2 = 0, Rel −0.5, Resp 0, A 0, E −0.5; overall −1/5 = −0.2
        var accumulator = new ServqualAccumulator(SixItems);
        accumulator.Add(Perceptions, Expectations);
        accumulator.Add([7, 6, 6, 7, 5, 6], [6, 6, 6, 6, 6, 6]);
        var result = accumulator.Result;
        Assert.Equal(2, accumulator.Respondents);
        Assert.Equal(0, result.Tangibles);
        Assert.Equal(-0.5, result.Reliability);
        Assert.Equal(0, result.Responsiveness);
        Assert.Equal(0, result.Assurance);
        Assert.Equal(-0.5, result.Empathy);
        Assert.Equal(-0.2, result.UnweightedOverall, 12);

        // Three respondents: a third one with every gap +3 moves each item mean by +1.
        accumulator.Add([9, 9, 9, 9, 9, 9], [6, 6, 6, 6, 6, 6]);
        var three = accumulator.Result;
        Assert.Equal(3, accumulator.Respondents);
        Assert.Equal(1, three.Tangibles, 12);          // (−1 + 1 + 3 + 0 + 0 + 3) / 3 / 2
        Assert.Equal(2.0 / 3, three.Reliability, 12);  // (−1 + 0 + 3) / 3
        Assert.Equal(1, three.Responsiveness, 12);     // (−1 + 1 + 3) / 3
        Assert.Equal(1, three.Assurance, 12);          // (+1 − 1 + 3) / 3
        Assert.Equal(2.0 / 3, three.Empathy, 12);      // (−1 + 0 + 3) / 3
    }

    [Fact]
    public void Merging_adds_the_other_accumulators_sums_and_respondents()
    {
        var first = new ServqualAccumulator(SixItems);
        first.Add(Perceptions, Expectations);
        var second = new ServqualAccumulator(SixItems);
        second.Add([9, 9, 9, 9, 9, 9], [6, 6, 6, 6, 6, 6]);
        second.Add([9, 9, 9, 9, 9, 9], [6, 6, 6, 6, 6, 6]);
        first.Merge(second);

        // item sums −1 + 6, 0 + 6, −1 + 6, −1 + 6, +1 + 6, −1 + 6 over 3 respondents
        Assert.Equal(3, first.Respondents);
        Assert.Equal(2, second.Respondents);
        Assert.Equal(5.5 / 3, first.Result.Tangibles, 12);
        Assert.Equal(5.0 / 3, first.Result.Reliability, 12);
        Assert.Equal(7.0 / 3, first.Result.Assurance, 12);
        Assert.Equal(3, second.Result.Empathy, 12);
    }

    [Fact]
    public void Weighted_overall_uses_each_weight_on_its_own_dimension()
    {
        var gaps = ServqualResult.FromDimensionGaps(-2, -1, 0.5, 1, 3);
        Assert.Equal(0.3, gaps.UnweightedOverall, 12);                                          // 1.5 / 5
        Assert.Equal(-2, gaps.WeightedOverall(new ServqualWeights(1, 0, 0, 0, 0)));
        Assert.Equal(-1, gaps.WeightedOverall(new ServqualWeights(0, 2, 0, 0, 0)));
        Assert.Equal(0.5, gaps.WeightedOverall(new ServqualWeights(0, 0, 3, 0, 0)));
        Assert.Equal(1, gaps.WeightedOverall(new ServqualWeights(0, 0, 0, 4, 0)));
        Assert.Equal(3, gaps.WeightedOverall(new ServqualWeights(0, 0, 0, 0, 5)));
        // (1·−2 + 2·−1 + 3·0.5 + 4·1 + 5·3) / 15 = 16.5 / 15
        Assert.Equal(1.1, gaps.WeightedOverall(new ServqualWeights(1, 2, 3, 4, 5)), 12);
        var weights = new ServqualWeights(1, 2, 3, 4, 5);
        Assert.Equal((1, 2, 3, 4, 5), (weights.Tangibles, weights.Reliability, weights.Responsiveness, weights.Assurance, weights.Empathy));
        Assert.Equal(-2, gaps.Gap(ServqualDimension.Tangibles));
        Assert.Equal(0.5, gaps.Gap(ServqualDimension.Responsiveness));
        Assert.Equal(3, gaps.Gap(ServqualDimension.Empathy));
        Assert.Equal("SERVQUAL gap 0.3 (T -2, Rel -1, Resp 0.5, A 1, E 3)", gaps.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(-1, 1, 1, 1, 1, "tangibles")]
    [InlineData(1, double.NaN, 1, 1, 1, "reliability")]
    [InlineData(1, 1, double.PositiveInfinity, 1, 1, "responsiveness")]
    [InlineData(1, 1, 1, -0.5, 1, "assurance")]
    [InlineData(1, 1, 1, 1, -1e-300, "empathy")]
    public void Each_weight_is_checked_and_named(double t, double rel, double resp, double a, double e, string name)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new ServqualWeights(t, rel, resp, a, e));
        Assert.Equal(name, ex.ParamName);
        Assert.StartsWith($"{name} must be a finite number greater than or equal to 0; it was ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Weight_and_input_messages_say_what_to_fix()
    {
        var zero = Assert.Throws<ArgumentException>(() => new ServqualWeights(0, 0, 0, 0, 0));
        Assert.StartsWith("all five weights are 0; at least one dimension must carry weight.", zero.Message, StringComparison.Ordinal);
        var none = Assert.Throws<ArgumentException>(() => ServqualResult.FromDimensionGaps(1, 1, 1, 1, 1).WeightedOverall(default));
        Assert.Equal("weights", none.ParamName);
        Assert.StartsWith("weights is default(ServqualWeights) and carries no weight; create it with new ServqualWeights(...).", none.Message, StringComparison.Ordinal);
        var count = Assert.Throws<ArgumentException>(() => Servqual.Calculate(Perceptions, [1, 2], SixItems));
        Assert.Equal("expectations", count.ParamName);
        Assert.StartsWith("expectations has 2 items but the map has 6; give one score per questionnaire item.", count.Message, StringComparison.Ordinal);
        var infinite = Assert.Throws<ArgumentOutOfRangeException>(() => new ServqualAccumulator(SixItems).Add([5, 6, 6, 5, double.PositiveInfinity, 6], Expectations));
        Assert.Equal("perceptions", infinite.ParamName);
        Assert.StartsWith("perceptions[4] must be a finite number; it was ", infinite.Message, StringComparison.Ordinal);
        var other = Assert.Throws<ArgumentException>(() => new ServqualAccumulator(SixItems).Merge(new ServqualAccumulator(ServqualItemMap.Standard22)));
        Assert.StartsWith("other uses a different item map; only questionnaires with the same map can be merged.", other.Message, StringComparison.Ordinal);
        var missing = Assert.Throws<ArgumentException>(() => new ServqualItemMap([ServqualDimension.Tangibles, ServqualDimension.Reliability, ServqualDimension.Responsiveness, ServqualDimension.Assurance]));
        Assert.StartsWith("dimensions assigns no item to Empathy; every dimension needs at least one item.", missing.Message, StringComparison.Ordinal);
        var item = Assert.Throws<ArgumentOutOfRangeException>(() => SixItems.DimensionOf(-1));
        Assert.StartsWith("item must be from 0 to 5; it was -1.", item.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ServqualItemMap([(ServqualDimension)0, ServqualDimension.Tangibles]));
        Assert.Equal(ServqualDimension.Empathy, SixItems.DimensionOf(5));
    }
}
