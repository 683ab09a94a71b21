// Hand-checked CSAT and CSI numbers, scale validation, and merging rules.
using CustomerCare.Core.Kpis.Surveys;
using CustomerCare.Core.Tests.TestInfrastructure;

namespace CustomerCare.Core.Tests.Kpis.Surveys;

public sealed class CsatTests
{
    private static readonly byte[] Answers = [5, 4, 4, 3, 1, 5, 2, 4];

    [Fact]
    public void Top_box_share_and_mean_on_the_five_point_scale()
    {
        // satisfied (≥ 4): 5, 4, 4, 5, 4 = 5 of 8 = 0.625; sum 28 / 8 = 3.5
        var result = Csat.Calculate(Answers, CsatScale.FivePoint);
        Assert.Equal(8, result.Count);
        Assert.Equal(5, result.Satisfied);
        Assert.Equal(0.625, result.TopBoxShare.Value);
        Assert.Equal(62.5, result.TopBoxShare.Percent);
        Assert.Equal(3.5, result.MeanScore);
    }

    [Fact]
    public void A_default_accumulator_or_scale_is_rejected_by_every_member_that_needs_a_scale()
    {
        var accumulator = new CsatAccumulator(CsatScale.FivePoint);
        Assert.Equal(0, default(CsatAccumulator).Count);
        Assert.Throws<InvalidOperationException>(() => default(CsatAccumulator).Add([1, 2]));
        Assert.Throws<InvalidOperationException>(() => default(CsatAccumulator).Result);
        Assert.Throws<InvalidOperationException>(() => default(CsatAccumulator).Merge(accumulator));
        var merge = Assert.Throws<ArgumentException>(() => accumulator.Merge(default(CsatAccumulator)));
        Assert.Equal("other", merge.ParamName);
        Assert.StartsWith("other is default(CsatAccumulator) and has no scale", merge.Message, StringComparison.Ordinal);
        Assert.Equal("scale", Assert.Throws<ArgumentException>(() => new CsatResult(default, 0, 0, 0)).ParamName);
        Assert.True(double.IsNaN(default(CsatResult).TopBoxShare.Value));
        var sum = Assert.Throws<ArgumentOutOfRangeException>(() => new CsatResult(CsatScale.FivePoint, 2, 1, 1));
        Assert.Equal("scoreSum", sum.ParamName);
        Assert.StartsWith("scoreSum must lie between count × 1 and count × 5; it was 1.", sum.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_custom_scale_moves_the_threshold()
    {
        // 0–10 scale, satisfied at 9: 10 and 9 of 4 = 0.5; mean 27 / 4 = 6.75
        var result = Csat.Calculate([10, 9, 8, 0], new CsatScale(0, 10, 9));
        Assert.Equal(0.5, result.TopBoxShare.Value);
        Assert.Equal(6.75, result.MeanScore);
    }

    [Fact]
    public void Wilson_interval_of_the_share()
    {
        // 5 of 8, z = 1.959964 → [0.3057, 0.8632]
        var interval = Csat.Calculate(Answers, CsatScale.FivePoint).WilsonInterval();
        Assert.Equal(0.30574, interval.Lower, 4);
        Assert.Equal(0.86317, interval.Upper, 4);
    }

    [Fact]
    public void Empty_input_is_undefined()
    {
        var result = Csat.Calculate(ReadOnlySpan<byte>.Empty, CsatScale.FivePoint);
        Assert.True(double.IsNaN(result.TopBoxShare.Value));
        Assert.True(double.IsNaN(result.MeanScore));
        Assert.False(result.WilsonInterval().IsDefined);
    }

    [Fact]
    public void Answers_outside_the_scale_are_rejected_with_index_and_value()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Csat.Calculate([5, 0, 4], CsatScale.FivePoint));
        Assert.Equal("answers", ex.ParamName);
        Assert.Contains("answers[1]", ex.Message, StringComparison.Ordinal);
        Assert.Contains("from 1 to 5", ex.Message, StringComparison.Ordinal);
        var accumulator = new CsatAccumulator(CsatScale.FivePoint);
        var single = Assert.Throws<ArgumentOutOfRangeException>(() => accumulator.Add((byte)6));
        Assert.Equal("answer", single.ParamName);
        Assert.Contains("6", single.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, 5, 4, "minimum")]
    [InlineData(3, 3, 3, "maximum")]
    [InlineData(1, 101, 4, "maximum")]
    [InlineData(1, 5, 1, "satisfiedThreshold")]
    [InlineData(1, 5, 6, "satisfiedThreshold")]
    public void Invalid_scales_are_rejected(int minimum, int maximum, int threshold, string parameter)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new CsatScale(minimum, maximum, threshold));
        Assert.Equal(parameter, ex.ParamName);
        Assert.Contains("it was", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_scale_accumulator_and_impossible_counts_are_rejected()
    {
        Assert.Equal("scale", Assert.Throws<ArgumentException>(() => Csat.Calculate([1], default)).ParamName);
        var ex = Assert.Throws<InvalidOperationException>(() => default(CsatAccumulator).Add((byte)3));
        Assert.Contains("new CsatAccumulator(scale)", ex.Message, StringComparison.Ordinal);
        Assert.Equal("satisfied", Assert.Throws<ArgumentOutOfRangeException>(() => new CsatResult(CsatScale.FivePoint, 2, 3, 8)).ParamName);
        Assert.Equal("scoreSum", Assert.Throws<ArgumentOutOfRangeException>(() => new CsatResult(CsatScale.FivePoint, 2, 1, 11)).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => new CsatResult(CsatScale.FivePoint, -2, 0, 0)).ParamName);
    }

    [Fact]
    public void Accumulators_on_different_scales_do_not_merge()
    {
        var five = new CsatAccumulator(CsatScale.FivePoint);
        var ten = new CsatAccumulator(new CsatScale(0, 10, 9));
        var ex = Assert.Throws<ArgumentException>(() => five.Merge(ten));
        Assert.Equal("other", ex.ParamName);
        Assert.Contains("same scale", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Accumulator_single_adds_equal_the_span_calculator_and_do_not_allocate()
    {
        var accumulator = new CsatAccumulator(CsatScale.FivePoint);
        foreach (var answer in Answers)
        {
            accumulator.Add(answer);
        }

        Assert.Equal(Csat.Calculate(Answers, CsatScale.FivePoint), accumulator.Result);
        var many = new byte[4096];
        Array.Fill(many, (byte)3);
        AllocationAssert.NoAllocations(() => Csat.Calculate(many, CsatScale.FivePoint));
        AllocationAssert.NoAllocations(() => accumulator.Add(many));
    }

    [Fact]
    public void Csi_rescales_item_means_and_weights_them()
    {
        // (4.2−1)/4 = 0.8, (3.6−1)/4 = 0.65, (4.8−1)/4 = 0.95; 0.5·0.8 + 0.3·0.65 + 0.2·0.95 = 0.785 → 78.5
        Assert.Equal(78.5, CustomerSatisfactionIndex.CalculateRescaled([4.2, 3.6, 4.8], [0.5, 0.3, 0.2], 1, 5), 10);
        // Weights need not sum to 1: doubling them changes nothing.
        Assert.Equal(78.5, CustomerSatisfactionIndex.CalculateRescaled([4.2, 3.6, 4.8], [1, 0.6, 0.4], 1, 5), 10);
        Assert.True(double.IsNaN(CustomerSatisfactionIndex.CalculateRescaled([], [], 1, 5)));
    }

    [Fact]
    public void Csi_rejects_bad_input()
    {
        Assert.Equal("weights", Assert.Throws<ArgumentException>(() => CustomerSatisfactionIndex.CalculateRescaled([1, 2], [1], 1, 5)).ParamName);
        Assert.Equal("weights", Assert.Throws<ArgumentException>(() => CustomerSatisfactionIndex.CalculateRescaled([1, 2], [0, 0], 1, 5)).ParamName);
        var mean = Assert.Throws<ArgumentOutOfRangeException>(() => CustomerSatisfactionIndex.CalculateRescaled([1, 6], [1, 1], 1, 5));
        Assert.Contains("itemMeans[1]", mean.Message, StringComparison.Ordinal);
        var weight = Assert.Throws<ArgumentOutOfRangeException>(() => CustomerSatisfactionIndex.CalculateRescaled([1, 2], [1, -1], 1, 5));
        Assert.Contains("weights[1]", weight.Message, StringComparison.Ordinal);
        Assert.Equal("scaleMaximum", Assert.Throws<ArgumentOutOfRangeException>(() => CustomerSatisfactionIndex.CalculateRescaled([1], [1], 5, 5)).ParamName);
        Assert.Equal("scaleMinimum", Assert.Throws<ArgumentOutOfRangeException>(() => CustomerSatisfactionIndex.CalculateRescaled([1], [1], double.NaN, 5)).ParamName);
    }
}
