// Hand-checked CES numbers in both scale directions, and scale validation.
using CustomerCare.Core.Kpis.Surveys;
using CustomerCare.Core.Tests.TestInfrastructure;

namespace CustomerCare.Core.Tests.Kpis.Surveys;

public sealed class CesTests
{
    [Fact]
    public void Seven_points_higher_is_easier_counts_five_to_seven_as_easy()
    {
        // easy (5–7): 7, 6, 5, 7 = 4 of 8 = 0.5; sum 35 / 8 = 4.375
        var result = Ces.Calculate([7, 6, 5, 4, 3, 2, 1, 7], new CesScale(7, CesDirection.HigherIsEasier));
        Assert.Equal(4, result.Easy);
        Assert.Equal(0.5, result.EasyShare.Value);
        Assert.Equal(4.375, result.MeanScore);
    }

    [Fact]
    public void Five_points_higher_is_harder_counts_one_and_two_as_easy()
    {
        // easy (1–2): 1, 2, 1 = 3 of 6 = 0.5; sum 16 / 6 = 2.667
        var result = Ces.Calculate([1, 2, 3, 4, 5, 1], new CesScale(5, CesDirection.HigherIsHarder));
        Assert.Equal(3, result.Easy);
        Assert.Equal(50, result.EasyShare.Percent);
        Assert.Equal(16.0 / 6, result.MeanScore, 12);
    }

    [Fact]
    public void An_explicit_band_size_is_honoured_and_single_adds_match_the_span()
    {
        var scale = new CesScale(7, CesDirection.HigherIsEasier, easyBandSize: 1);
        byte[] answers = [7, 6, 7, 1];
        var accumulator = new CesAccumulator(scale);
        foreach (var answer in answers)
        {
            accumulator.Add(answer);
        }

        Assert.Equal(2, Ces.Calculate(answers, scale).Easy);
        Assert.Equal(Ces.Calculate(answers, scale), accumulator.Result);
        var harder = new CesScale(5, CesDirection.HigherIsHarder);
        var hard = new CesAccumulator(harder);
        hard.Add((byte)2);
        hard.Add((byte)3);
        Assert.Equal(Ces.Calculate([2, 3], harder), hard.Result);
    }

    [Fact]
    public void Empty_input_is_undefined()
    {
        var result = Ces.Calculate(ReadOnlySpan<byte>.Empty, new CesScale(5, CesDirection.HigherIsEasier));
        Assert.True(double.IsNaN(result.MeanScore));
        Assert.True(double.IsNaN(result.EasyShare.Value));
    }

    [Theory]
    [InlineData(6, CesDirection.HigherIsEasier, 2, "points")]
    [InlineData(5, (CesDirection)9, 2, "direction")]
    [InlineData(5, CesDirection.HigherIsEasier, 0, "easyBandSize")]
    [InlineData(7, CesDirection.HigherIsHarder, 7, "easyBandSize")]
    public void Invalid_scales_are_rejected(int points, CesDirection direction, int band, string parameter)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new CesScale(points, direction, band));
        Assert.Equal(parameter, ex.ParamName);
        Assert.Contains("it was", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_answers_default_scales_and_mixed_merges_are_rejected()
    {
        var scale = new CesScale(5, CesDirection.HigherIsEasier);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Ces.Calculate([1, 2, 6], scale));
        Assert.Contains("answers[2]", ex.Message, StringComparison.Ordinal);
        var accumulator = new CesAccumulator(scale);
        Assert.Equal("answer", Assert.Throws<ArgumentOutOfRangeException>(() => accumulator.Add((byte)0)).ParamName);
        Assert.Equal("scale", Assert.Throws<ArgumentException>(() => Ces.Calculate([1], default)).ParamName);
        Assert.Throws<InvalidOperationException>(() => default(CesAccumulator).Add((byte)1));
        var other = new CesAccumulator(new CesScale(5, CesDirection.HigherIsHarder));
        Assert.Equal("other", Assert.Throws<ArgumentException>(() => accumulator.Merge(other)).ParamName);
        Assert.Equal("easy", Assert.Throws<ArgumentOutOfRangeException>(() => new CesResult(scale, 1, 2, 3)).ParamName);
    }

    [Fact]
    public void A_default_accumulator_or_scale_is_rejected_by_every_member_that_needs_a_scale()
    {
        var accumulator = new CesAccumulator(new CesScale(5, CesDirection.HigherIsEasier));
        Assert.Equal(0, default(CesAccumulator).Count);
        var add = Assert.Throws<InvalidOperationException>(() => default(CesAccumulator).Add([1, 2]));
        Assert.Equal("This CesAccumulator is default and has no scale; create it with new CesAccumulator(scale).", add.Message);
        Assert.Throws<InvalidOperationException>(() => default(CesAccumulator).Result);
        Assert.Throws<InvalidOperationException>(() => default(CesAccumulator).Merge(accumulator));
        var merge = Assert.Throws<ArgumentException>(() => accumulator.Merge(default(CesAccumulator)));
        Assert.Equal("other", merge.ParamName);
        Assert.StartsWith("other is default(CesAccumulator) and has no scale", merge.Message, StringComparison.Ordinal);
        Assert.Equal("scale", Assert.Throws<ArgumentException>(() => new CesResult(default, 0, 0, 0)).ParamName);
        Assert.True(double.IsNaN(default(CesResult).MeanScore));
        var sum = Assert.Throws<ArgumentOutOfRangeException>(() => new CesResult(new CesScale(5, CesDirection.HigherIsEasier), 2, 1, 11));
        Assert.Equal("scoreSum", sum.ParamName);
        Assert.StartsWith("scoreSum must lie between count and count × 5; it was 11.", sum.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculator_and_accumulator_do_not_allocate()
    {
        var scale = new CesScale(7, CesDirection.HigherIsEasier);
        var answers = new byte[4096];
        Array.Fill(answers, (byte)6);
        var accumulator = new CesAccumulator(scale);
        AllocationAssert.NoAllocations(() => Ces.Calculate(answers, scale));
        AllocationAssert.NoAllocations(() => accumulator.Add(answers));
    }
}
