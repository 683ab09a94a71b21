// Exact quantiles at their edges: ties of type 3, snapping to whole ranks, stack or heap scratch, rejection order and text.
using CustomerCare.Core.Kpis.Percentiles;
using CustomerCare.Core.Tests.TestInfrastructure;
using NodaTime;

namespace CustomerCare.Core.Tests.Kpis.Percentiles;

public sealed class ExactPercentilesEdgeTests
{
    private static readonly double[] Sample = [12, 1, 20, 4, 9, 3, 15, 7]; // sorted: 1, 3, 4, 7, 9, 12, 15, 20

    private static readonly PercentileMethod[] Continuous =
    [
        PercentileMethod.LinearInterpolation, PercentileMethod.HyndmanFan2, PercentileMethod.HyndmanFan4, PercentileMethod.HyndmanFan5,
        PercentileMethod.HyndmanFan6, PercentileMethod.HyndmanFan8, PercentileMethod.HyndmanFan9,
    ];

    [Theory]
    [InlineData(0.1875, 3)]  // np − ½ = 1, odd: the even neighbour x₂
    [InlineData(0.3125, 3)]  // np − ½ = 2, even: x₂ itself
    [InlineData(0.5625, 7)]  // np − ½ = 4, even: x₄
    [InlineData(0.6875, 12)] // np − ½ = 5, odd: x₆
    public void Type_3_takes_the_even_order_statistic_on_a_tie(double quantile, double expected)
    {
        // R: quantile(c(1, 3, 4, 7, 9, 12, 15, 20), p, type = 3).
        Assert.Equal(expected, ExactPercentiles.Calculate(Sample, quantile, PercentileMethod.HyndmanFan3));
    }

    [Fact]
    public void A_constant_sample_gives_its_value_exactly_at_every_quantile()
    {
        // 0.1·(1 − g) + 0.1·g is not 0.1 in binary floating point (0.09999999999999999 at g = 0.3); x + g·0 is.
        double[] constant = [0.1, 0.1];
        foreach (var method in Continuous)
        {
            foreach (var quantile in new[] { 0.1, 0.3, 0.45, 0.7, 0.9 })
            {
                Assert.Equal(0.1, ExactPercentiles.Calculate(constant, quantile, method));
            }
        }
    }

    [Fact]
    public void A_position_within_a_relative_1e_9_of_a_whole_rank_counts_as_that_rank()
    {
        // p·n = 300.0000001 for n = 1000 is within 1e-9 · 300 of rank 300: nearest rank x₃₀₀, not x₃₀₁.
        var ranks = Enumerable.Range(1, 1000).Select(i => (double)i).ToArray();
        Assert.Equal(300, ExactPercentiles.Calculate(ranks, 0.3000000001, PercentileMethod.NearestRank));
        Assert.Equal(301, ExactPercentiles.Calculate(ranks, 0.30001, PercentileMethod.NearestRank));

        // Below 1 the tolerance is absolute: h = 1e-9 (n = 2) is still 0 and gives x₁; twice that interpolates.
        double[] wide = [0, 1e9];
        Assert.Equal(0, ExactPercentiles.Calculate(wide, 1e-9, PercentileMethod.LinearInterpolation));
        Assert.Equal(2, ExactPercentiles.Calculate(wide, 2e-9, PercentileMethod.LinearInterpolation), 6);
    }

    [Fact]
    public void Without_scratch_up_to_128_values_are_sorted_on_the_stack_and_longer_samples_on_the_heap()
    {
        var fits = Enumerable.Range(0, 128).Select(i => (double)((i * 37) % 128)).ToArray();
        var tooLong = Enumerable.Range(0, 129).Select(i => (double)((i * 37) % 129)).ToArray();
        var waits = fits.Select(v => Duration.FromSeconds(v)).ToArray();
        var longWaits = tooLong.Select(v => Duration.FromSeconds(v)).ToArray();
        Assert.Equal(63, ExactPercentiles.Calculate(fits, 0.5, PercentileMethod.NearestRank)); // x₆₄ of 0..127
        AllocationAssert.NoAllocations(() => ExactPercentiles.Calculate(fits, 0.5, PercentileMethod.HyndmanFan1));
        AllocationAssert.NoAllocations(() => ExactPercentiles.TryCalculate(waits, 0.5, PercentileMethod.HyndmanFan1, out _));
        Assert.True(AllocationAssert.BytesAllocated(() => ExactPercentiles.Calculate(tooLong, 0.5, PercentileMethod.HyndmanFan1), 1) >= 129 * sizeof(double));
        Assert.True(AllocationAssert.BytesAllocated(() => ExactPercentiles.TryCalculate(longWaits, 0.5, PercentileMethod.HyndmanFan1, out _), 1) >= 129 * 12);
        Assert.True(ExactPercentiles.TryCalculate(longWaits, 0.5, PercentileMethod.HyndmanFan1, out var median));
        Assert.Equal(Duration.FromSeconds(64), median);
    }

    [Fact]
    public void The_quantile_and_the_method_are_checked_before_the_values_and_the_scratch()
    {
        double[] withNaN = [1, double.NaN, 3];
        Assert.Equal("quantile", Assert.Throws<ArgumentOutOfRangeException>(() => ExactPercentiles.Calculate(withNaN, 1.5, PercentileMethod.NearestRank, new double[3])).ParamName);
        Assert.Equal("method", Assert.Throws<ArgumentOutOfRangeException>(() => ExactPercentiles.Calculate(withNaN, 0.5, (PercentileMethod)0, new double[3])).ParamName);
        Duration[] waits = [Duration.FromSeconds(3), Duration.FromSeconds(1), Duration.FromSeconds(2)];
        Assert.Equal("quantile", Assert.Throws<ArgumentOutOfRangeException>(() => ExactPercentiles.TryCalculate(waits, 1.5, PercentileMethod.NearestRank, new Duration[2], out _)).ParamName);
        Assert.Equal("method", Assert.Throws<ArgumentOutOfRangeException>(() => ExactPercentiles.TryCalculate(waits, 0.5, (PercentileMethod)0, new Duration[2], out _)).ParamName);
        var scratch = Assert.Throws<ArgumentException>(() => ExactPercentiles.TryCalculate(waits, 0.5, PercentileMethod.NearestRank, new Duration[2], out _));
        Assert.Equal("scratch", scratch.ParamName);
        Assert.StartsWith("scratch has 2 elements but the sample has 3; pass a scratch span at least as long as the values.", scratch.Message, StringComparison.Ordinal);

        // Asking for no quantile still checks the method.
        var method = Assert.Throws<ArgumentOutOfRangeException>(() => ExactPercentiles.Calculate(Sample, [], (PercentileMethod)0, new double[8], []));
        Assert.Equal("method", method.ParamName);
    }

    [Fact]
    public void Sorted_input_is_checked_for_quantile_and_method_too()
    {
        Assert.Equal("quantile", Assert.Throws<ArgumentOutOfRangeException>(() => ExactPercentiles.FromSorted([1.0, 2], 1.5, PercentileMethod.NearestRank)).ParamName);
        Duration[] sorted = [Duration.FromSeconds(1), Duration.FromSeconds(2)];
        var quantile = Assert.Throws<ArgumentOutOfRangeException>(() => ExactPercentiles.TryFromSorted(sorted, 1.5, PercentileMethod.NearestRank, out _));
        Assert.Equal("quantile", quantile.ParamName);
        Assert.StartsWith("quantile must lie between 0 and 1 inclusive (0.95 is the 95th percentile); it was 1.5.", quantile.Message, StringComparison.Ordinal);
        var method = Assert.Throws<ArgumentOutOfRangeException>(() => ExactPercentiles.TryFromSorted(sorted, 0.5, (PercentileMethod)0, out _));
        Assert.Equal("method", method.ParamName);
    }

    [Fact]
    public void Durations_given_as_sorted_are_interpolated_between_the_neighbours_as_given()
    {
        // The order is not checked: as for numbers (2 + 0.3 · (1 − 2) = 1.7), the result is lower + g · (upper − lower).
        Assert.True(ExactPercentiles.TryFromSorted([Duration.FromSeconds(2), Duration.FromSeconds(1)], 0.3, PercentileMethod.LinearInterpolation, out var p30));
        Assert.Equal(Duration.FromMilliseconds(1700), p30);
        Assert.Equal(1.7, ExactPercentiles.FromSorted([2.0, 1], 0.3, PercentileMethod.LinearInterpolation), 15);
    }

    [Fact]
    public void Several_quantiles_accept_0_and_reject_the_rest_word_for_word()
    {
        var destination = new double[2];
        ExactPercentiles.Calculate(Sample, [0, 1], PercentileMethod.NearestRank, new double[8], destination);
        Assert.Equal([1, 20], destination);
        var quantile = Assert.Throws<ArgumentOutOfRangeException>(() => ExactPercentiles.Calculate(Sample, [0.5, -0.1], PercentileMethod.NearestRank, new double[8], new double[2]));
        Assert.StartsWith("quantiles[1] must lie between 0 and 1 inclusive (0.95 is the 95th percentile); it was -0.1.", quantile.Message, StringComparison.Ordinal);
        var tooShort = Assert.Throws<ArgumentException>(() => ExactPercentiles.Calculate(Sample, [0.5, 0.6], PercentileMethod.NearestRank, new double[8], new double[1]));
        Assert.StartsWith("destination has 1 elements but 2 quantiles were asked for.", tooShort.Message, StringComparison.Ordinal);
        var nan = Assert.Throws<ArgumentOutOfRangeException>(() => ExactPercentiles.Calculate([1, double.NaN], 0.5, PercentileMethod.NearestRank));
        Assert.StartsWith("values[1] must be a number; it was NaN.", nan.Message, StringComparison.Ordinal);
    }
}
