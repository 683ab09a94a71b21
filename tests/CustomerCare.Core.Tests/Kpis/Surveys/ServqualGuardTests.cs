// SERVQUAL and CSI guards: null maps, each gap and weight by name, weights that sum to more than any one of them, exact messages.
using CustomerCare.Core.Kpis.Surveys;

namespace CustomerCare.Core.Tests.Kpis.Surveys;

public sealed class ServqualGuardTests
{
    private static readonly ServqualItemMap FiveItems = new(
    [
        ServqualDimension.Tangibles, ServqualDimension.Reliability, ServqualDimension.Responsiveness,
        ServqualDimension.Assurance, ServqualDimension.Empathy,
    ]);

    [Fact]
    public void A_null_map_or_accumulator_is_an_argument_null_error_naming_it()
    {
        double[] scores = [1, 2, 3, 4, 5];
        Assert.Equal("map", Assert.Throws<ArgumentNullException>(() => Servqual.Calculate(scores, scores, null!)).ParamName);
        Assert.Equal("map", Assert.Throws<ArgumentNullException>(() => new ServqualAccumulator(null!)).ParamName);
        Assert.Equal("other", Assert.Throws<ArgumentNullException>(() => new ServqualAccumulator(FiveItems).Merge(null!)).ParamName);
    }

    [Fact]
    public void The_accumulator_checks_expectations_too_and_adds_nothing_when_they_are_bad()
    {
        var accumulator = new ServqualAccumulator(FiveItems);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => accumulator.Add([1, 2, 3, 4, 5], [1, double.NaN, 3, 4, 5]));
        Assert.Equal("expectations", ex.ParamName);
        Assert.StartsWith("expectations[1] must be a finite number; it was NaN.", ex.Message, StringComparison.Ordinal);
        var length = Assert.Throws<ArgumentException>(() => accumulator.Add([1, 2, 3, 4, 5], [1, 2]));
        Assert.Equal("expectations", length.ParamName);
        Assert.Equal(0, accumulator.Respondents);
    }

    [Fact]
    public void Accumulated_means_are_the_item_means_of_the_gaps()
    {
        // Two respondents, item gaps (−1, 0, 2, −3, 1) and (−3, 2, 0, −1, 1): means −2, 1, 1, −2, 1 (one item per dimension).
        var accumulator = new ServqualAccumulator(FiveItems);
        accumulator.Add([4, 5, 7, 3, 6], [5, 5, 5, 6, 5]);
        accumulator.Add([2, 7, 5, 5, 6], [5, 5, 5, 6, 5]);
        var result = accumulator.Result;
        Assert.Equal((-2.0, 1.0, 1.0, -2.0, 1.0), (result.Tangibles, result.Reliability, result.Responsiveness, result.Assurance, result.Empathy));
        Assert.Equal(-0.2, result.UnweightedOverall, 15);
    }

    [Theory]
    [InlineData(double.NaN, 0, 0, 0, 0, "tangibles")]
    [InlineData(0, double.NaN, 0, 0, 0, "reliability")]
    [InlineData(0, 0, double.PositiveInfinity, 0, 0, "responsiveness")]
    [InlineData(0, 0, 0, double.NegativeInfinity, 0, "assurance")]
    [InlineData(0, 0, 0, 0, double.NaN, "empathy")]
    public void Each_dimension_gap_from_elsewhere_must_be_finite(double t, double rel, double resp, double a, double e, string name)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ServqualResult.FromDimensionGaps(t, rel, resp, a, e));
        Assert.Equal(name, ex.ParamName);
        Assert.StartsWith($"{name} must be a finite number; it was ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Undefined_dimensions_are_rejected_with_the_rule()
    {
        var map = Assert.Throws<ArgumentOutOfRangeException>(() => new ServqualItemMap([ServqualDimension.Tangibles, (ServqualDimension)9]));
        Assert.Equal("dimensions", map.ParamName);
        Assert.StartsWith("dimensions[1] must be a defined ServqualDimension; it was 9.", map.Message, StringComparison.Ordinal);
        var gap = Assert.Throws<ArgumentOutOfRangeException>(() => ServqualResult.FromDimensionGaps(1, 2, 3, 4, 5).Gap((ServqualDimension)9));
        Assert.Equal("dimension", gap.ParamName);
        Assert.StartsWith("dimension must be a defined ServqualDimension; it was 9.", gap.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 1, 0, 0, 0, -1.5)]
    [InlineData(1, 0, 1, 0, 0, -0.5)]
    [InlineData(1, 0, 0, 1, 0, 0.5)]
    [InlineData(1, 0, 0, 0, 1, 1.5)]
    public void Two_equal_weights_are_a_valid_set_and_average_their_gaps(double t, double rel, double resp, double a, double e, double expected)
    {
        // Gaps −2, −1, 1, 3, 5: each pair's mean, e.g. (−2 + −1) / 2 = −1.5. No weight set with a positive sum is "all zero".
        var weights = new ServqualWeights(t, rel, resp, a, e);
        Assert.Equal(expected, ServqualResult.FromDimensionGaps(-2, -1, 1, 3, 5).WeightedOverall(weights), 15);
    }

    [Fact]
    public void Csi_messages_name_the_scale_bound_and_the_weight()
    {
        var minimum = Assert.Throws<ArgumentOutOfRangeException>(() => CustomerSatisfactionIndex.CalculateRescaled([1], [1], double.NaN, 5));
        Assert.StartsWith("scaleMinimum must be a finite number; it was NaN.", minimum.Message, StringComparison.Ordinal);
        var maximum = Assert.Throws<ArgumentOutOfRangeException>(() => CustomerSatisfactionIndex.CalculateRescaled([1], [1], 5, 5));
        Assert.StartsWith("scaleMaximum must be finite and above scaleMinimum (5); it was 5.", maximum.Message, StringComparison.Ordinal);
        var weight = Assert.Throws<ArgumentOutOfRangeException>(() => CustomerSatisfactionIndex.CalculateTenPoint([8, 9], [1, -1]));
        Assert.Equal("weights", weight.ParamName);
        Assert.StartsWith("weights[1] must be a finite number greater than or equal to 0; it was -1.", weight.Message, StringComparison.Ordinal);
        var mean = Assert.Throws<ArgumentOutOfRangeException>(() => CustomerSatisfactionIndex.CalculateTenPoint([8, 11], [1, 1]));
        Assert.StartsWith("itemMeans[1] must lie on the scale 1..10; it was 11.", mean.Message, StringComparison.Ordinal);
    }
}
