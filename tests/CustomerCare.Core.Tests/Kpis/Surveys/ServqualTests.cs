// Hand-checked SERVQUAL gaps per dimension, unweighted and weighted overall, the 22-item map, merging and rejections.
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
}
