// All nine Hyndman–Fan quantile types against exact rational references; range-safe interpolation; no-scratch overloads.
using CustomerCare.Core.Kpis.Percentiles;
using NodaTime;

namespace CustomerCare.Core.Tests.Kpis.Percentiles;

public sealed class HyndmanFanTests
{
    private static readonly double[] Sample = [12, 1, 20, 4, 9, 3, 15, 7];
    private static readonly double[] Quantiles = [0, 0.1, 0.25, 0.5, 0.75, 0.9, 1];

    // Expected values of R's quantile(x, p, type = t) for x = 1, 3, 4, 7, 9, 12, 15, 20, worked with exact fractions
    // from the definitions (m per type, j = ⌊np + m⌋, g = np + m − j).
    public static TheoryData<PercentileMethod, double[]> Types => new()
    {
        { PercentileMethod.HyndmanFan1, [1, 1, 3, 7, 12, 20, 20] },
        { PercentileMethod.HyndmanFan2, [1, 1, 3.5, 8, 13.5, 20, 20] },
        { PercentileMethod.HyndmanFan3, [1, 1, 3, 7, 12, 15, 20] },
        { PercentileMethod.HyndmanFan4, [1, 1, 3, 7, 12, 16, 20] },
        { PercentileMethod.HyndmanFan5, [1, 1.6, 3.5, 8, 13.5, 18.5, 20] },
        { PercentileMethod.HyndmanFan6, [1, 1, 3.25, 8, 14.25, 20, 20] },
        { PercentileMethod.HyndmanFan7, [1, 2.4, 3.75, 8, 12.75, 16.5, 20] },
        { PercentileMethod.HyndmanFan8, [1, 4.0 / 3, 41.0 / 12, 8, 13.75, 19 + (1.0 / 6), 20] },
        { PercentileMethod.HyndmanFan9, [1, 1.4, 3.4375, 8, 13.6875, 19, 20] },
    };

    [Theory]
    [MemberData(nameof(Types))]
    public void Every_type_matches_its_definition(PercentileMethod method, double[] expected)
    {
        var scratch = new double[Sample.Length];
        for (var i = 0; i < Quantiles.Length; i++)
        {
            Assert.Equal(expected[i], ExactPercentiles.Calculate(Sample, Quantiles[i], method, scratch), 12);
            Assert.Equal(expected[i], ExactPercentiles.Calculate(Sample, Quantiles[i], method), 12);
        }
    }

    [Fact]
    public void Named_methods_equal_their_types()
    {
        foreach (var q in Quantiles)
        {
            Assert.Equal(ExactPercentiles.Calculate(Sample, q, PercentileMethod.HyndmanFan1), ExactPercentiles.Calculate(Sample, q, PercentileMethod.NearestRank));
            Assert.Equal(ExactPercentiles.Calculate(Sample, q, PercentileMethod.HyndmanFan7), ExactPercentiles.Calculate(Sample, q, PercentileMethod.LinearInterpolation));
        }
    }

    [Fact]
    public void Interpolating_across_the_whole_double_range_stays_finite()
    {
        // Regression: x₁ + g·(x₂ − x₁) overflowed to ∞ because x₂ − x₁ does.
        double[] extremes = [-double.MaxValue, double.MaxValue];
        Assert.Equal(0, ExactPercentiles.Calculate(extremes, 0.5, PercentileMethod.LinearInterpolation));
        Assert.Equal(-double.MaxValue / 2, ExactPercentiles.Calculate(extremes, 0.25, PercentileMethod.LinearInterpolation), 1e292);
        Assert.Equal(0, ExactPercentiles.Calculate(extremes, 0.5, PercentileMethod.HyndmanFan2));
    }

    [Fact]
    public void Durations_interpolate_exactly_across_the_whole_duration_range()
    {
        // Regression: the gap in nanoseconds exceeded long and the result was silently clamped.
        Duration[] extremes = [Duration.MinValue, Duration.MaxValue];
        Assert.True(ExactPercentiles.TryCalculate(extremes, 0.5, PercentileMethod.LinearInterpolation, out var median));
        Assert.InRange(median.TotalNanoseconds, -1, 1);
        Assert.True(ExactPercentiles.TryCalculate(extremes, 1, PercentileMethod.LinearInterpolation, out var top));
        Assert.Equal(Duration.MaxValue, top);
        Duration[] seconds = [Duration.FromSeconds(1), Duration.FromSeconds(2)];
        Assert.True(ExactPercentiles.TryCalculate(seconds, 0.3, PercentileMethod.LinearInterpolation, out var p30));
        Assert.Equal(Duration.FromMilliseconds(1300), p30);
        Assert.False(ExactPercentiles.TryCalculate([], 0.3, PercentileMethod.HyndmanFan9, out _));
    }

    [Fact]
    public void A_percentile_given_as_0_to_100_is_rejected_with_a_hint()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ExactPercentiles.Calculate(Sample, 95, PercentileMethod.HyndmanFan6));
        Assert.Equal("quantile", ex.ParamName);
        Assert.StartsWith("quantile must lie between 0 and 1 inclusive (0.95 is the 95th percentile); it was 95.", ex.Message, StringComparison.Ordinal);
        var method = Assert.Throws<ArgumentOutOfRangeException>(() => ExactPercentiles.Calculate(Sample, 0.5, (PercentileMethod)20));
        Assert.Equal("method", method.ParamName);
        Assert.StartsWith("method must be a defined PercentileMethod (NearestRank, LinearInterpolation or HyndmanFan1 to HyndmanFan9); it was 20.", method.Message, StringComparison.Ordinal);
    }
}
