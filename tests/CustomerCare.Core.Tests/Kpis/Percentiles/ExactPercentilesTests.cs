// Hand-checked nearest-rank and R-7 percentiles (Excel PERCENTILE.INC), durations, and rejections.
using CustomerCare.Core.Kpis.Percentiles;
using CustomerCare.Core.Tests.TestInfrastructure;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CustomerCare.Core.Tests.Kpis.Percentiles;

public sealed class ExactPercentilesTests
{
    private static readonly double[] Sample = [35, 20, 50, 15, 40]; // sorted: 15, 20, 35, 40, 50

    [Theory]
    [InlineData(0.0, 15)]   // k = 1
    [InlineData(0.05, 15)]  // ⌈0.25⌉ = 1
    [InlineData(0.3, 20)]   // ⌈1.5⌉ = 2
    [InlineData(0.4, 20)]   // ⌈2⌉ = 2
    [InlineData(0.5, 35)]   // ⌈2.5⌉ = 3
    [InlineData(1.0, 50)]   // k = 5
    public void Nearest_rank(double quantile, double expected)
    {
        var scratch = new double[Sample.Length];
        Assert.Equal(expected, ExactPercentiles.Calculate(Sample, quantile, PercentileMethod.NearestRank, scratch));
    }

    [Theory]
    [InlineData(0.0, 15)]
    [InlineData(0.4, 29)]    // h = 4 · 0.4 = 1.6 → 20 + 0.6 · (35 − 20) = 29
    [InlineData(0.5, 35)]    // h = 2
    [InlineData(0.9, 46)]    // h = 3.6 → 40 + 0.6 · 10 = 46
    [InlineData(1.0, 50)]
    public void Linear_interpolation_matches_excel_percentile_inc(double quantile, double expected)
    {
        var scratch = new double[Sample.Length];
        Assert.Equal(expected, ExactPercentiles.Calculate(Sample, quantile, PercentileMethod.LinearInterpolation, scratch), 12);
        // PERCENTILE.INC({1,2,3,4}, 0.25) = 1.75
        Assert.Equal(1.75, ExactPercentiles.FromSorted([1, 2, 3, 4], 0.25, PercentileMethod.LinearInterpolation), 12);
    }

    [Fact]
    public void Whole_percent_quantiles_pick_the_rank_integer_arithmetic_gives()
    {
        // ⌈p·n/100⌉ in integers; in doubles 0.7 · 10 = 7.000000000000001 would round up to rank 8.
        for (var n = 1; n <= 200; n++)
        {
            var sorted = Enumerable.Range(1, n).Select(i => (double)i).ToArray();
            for (var p = 0; p <= 100; p++)
            {
                var rank = Math.Max(1, ((p * n) + 99) / 100);
                Assert.Equal(rank, ExactPercentiles.FromSorted(sorted, p / 100.0, PercentileMethod.NearestRank));
                // R-7 on 1..n is 1 + (n − 1)·q exactly.
                Assert.Equal(1 + ((n - 1) * p / 100.0), ExactPercentiles.FromSorted(sorted, p / 100.0, PercentileMethod.LinearInterpolation), 9);
            }
        }
    }

    [Fact]
    public void Several_quantiles_sort_once_and_leave_the_input_alone()
    {
        var values = (double[])Sample.Clone();
        var destination = new double[3];
        ExactPercentiles.Calculate(values, [0.3, 0.5, 1.0], PercentileMethod.NearestRank, new double[8], destination);
        Assert.Equal([20, 35, 50], destination);
        Assert.Equal(Sample, values);
    }

    [Fact]
    public void Durations_interpolate_to_the_nanosecond()
    {
        Duration[] waits = [Duration.FromSeconds(10), Duration.FromSeconds(40), Duration.FromSeconds(20)];
        var scratch = new Duration[3];
        Assert.True(ExactPercentiles.TryCalculate(waits, 0.9, PercentileMethod.NearestRank, scratch, out var p90));
        Assert.Equal(Duration.FromSeconds(40), p90);
        // h = 2 · 0.25 = 0.5 → 10 s + 0.5 · 10 s = 15 s
        Assert.True(ExactPercentiles.TryCalculate(waits, 0.25, PercentileMethod.LinearInterpolation, scratch, out var p25));
        Assert.Equal(Duration.FromSeconds(15), p25);
        Assert.False(ExactPercentiles.TryCalculate([], 0.5, PercentileMethod.NearestRank, scratch, out _));
    }

    [Fact]
    public void Empty_is_undefined()
    {
        Assert.True(double.IsNaN(ExactPercentiles.Calculate([], 0.5, PercentileMethod.LinearInterpolation, [])));
    }

    [Fact]
    public void Bad_input_is_rejected()
    {
        var quantile = Assert.Throws<ArgumentOutOfRangeException>(() => ExactPercentiles.Calculate(Sample, 1.5, PercentileMethod.NearestRank, new double[5]));
        Assert.Equal("quantile", quantile.ParamName);
        Assert.Contains("1.5", quantile.Message, StringComparison.Ordinal);
        var scratch = Assert.Throws<ArgumentException>(() => ExactPercentiles.Calculate(Sample, 0.5, PercentileMethod.NearestRank, new double[4]));
        Assert.Equal("scratch", scratch.ParamName);
        var nan = Assert.Throws<ArgumentOutOfRangeException>(() => ExactPercentiles.Calculate([1, double.NaN], 0.5, PercentileMethod.NearestRank, new double[2]));
        Assert.Contains("values[1]", nan.Message, StringComparison.Ordinal);
        Assert.Equal("method", Assert.Throws<ArgumentOutOfRangeException>(() => ExactPercentiles.FromSorted([1], 0.5, 0)).ParamName);
        var list = Assert.Throws<ArgumentOutOfRangeException>(() => ExactPercentiles.Calculate(Sample, [0.5, -0.1], PercentileMethod.NearestRank, new double[5], new double[2]));
        Assert.Contains("quantiles[1]", list.Message, StringComparison.Ordinal);
        Assert.Equal("destination", Assert.Throws<ArgumentException>(() => ExactPercentiles.Calculate(Sample, [0.5, 0.6], PercentileMethod.NearestRank, new double[5], new double[1])).ParamName);
    }

    [CareProperty(200)]
    public Property Results_are_permutation_invariant_monotone_in_q_and_within_the_sample()
    {
        var gen = from values in Gen.ArrayOf(Gen.Choose(0, 1000).Select(i => (double)i)).Where(a => a.Length > 0)
                  from shuffled in Gen.Shuffle(values)
                  from q1 in Gen.Choose(0, 100)
                  from q2 in Gen.Choose(0, 100)
                  select (values, shuffled, Low: Math.Min(q1, q2) / 100.0, High: Math.Max(q1, q2) / 100.0);
        return Prop.ForAll(gen.ToArbitrary(), s =>
        {
            var scratch = new double[s.values.Length];
            foreach (var method in new[] { PercentileMethod.NearestRank, PercentileMethod.LinearInterpolation })
            {
                var low = ExactPercentiles.Calculate(s.values, s.Low, method, scratch);
                var high = ExactPercentiles.Calculate(s.shuffled, s.High, method, scratch);
                if (!(low <= high && low >= s.values.Min() && high <= s.values.Max()
                    && low == ExactPercentiles.Calculate(s.shuffled, s.Low, method, scratch)))
                {
                    return false;
                }
            }

            return true;
        });
    }

    [Fact]
    public void Computing_on_a_scratch_span_does_not_allocate()
    {
        var values = Enumerable.Range(0, 1000).Select(i => (double)((i * 7919) % 1000)).ToArray();
        var scratch = new double[values.Length];
        var waits = values.Select(v => Duration.FromMilliseconds((long)v)).ToArray();
        var durationScratch = new Duration[waits.Length];
        AllocationAssert.NoAllocations(() => ExactPercentiles.Calculate(values, 0.9, PercentileMethod.LinearInterpolation, scratch));
        AllocationAssert.NoAllocations(() => ExactPercentiles.TryCalculate(waits, 0.9, PercentileMethod.NearestRank, durationScratch, out _));
    }
}
