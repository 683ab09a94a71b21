// The sketch's relative-error guarantee against exact percentiles, exact merges, fixed memory and rejections.
using CustomerCare.Core.Kpis.Percentiles;
using CustomerCare.Core.Tests.TestInfrastructure;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CustomerCare.Core.Tests.Kpis.Percentiles;

public sealed class QuantileSketchTests
{
    private static readonly double[] Quantiles = [0, 0.01, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999, 1];

    [CareProperty(60)]
    public Property Estimates_are_within_the_relative_error_of_the_exact_lower_quantile()
    {
        var gen = from length in Gen.Choose(1, 5000)
                  from seed in Gen.Choose(0, int.MaxValue)
                  from accuracyPercent in Gen.Elements(0.5, 1.0, 2.0, 5.0)
                  select (length, seed, Accuracy: accuracyPercent / 100);
        return Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var random = new Random(c.seed);
            // Log-uniform from 1 ms to about 3 days: the spread of real response times.
            var values = Enumerable.Range(0, c.length).Select(_ => Math.Exp((random.NextDouble() * 19) - 6.9)).ToArray();
            var sketch = new QuantileSketch(c.Accuracy);
            sketch.Add(values);
            Array.Sort(values);
            foreach (var q in Quantiles)
            {
                var exact = values[(int)Math.Floor(q * (values.Length - 1))];
                var estimate = sketch.GetQuantile(q);
                Assert.True(Math.Abs(estimate - exact) <= c.Accuracy * exact * (1 + 1e-9),
                    $"q = {q}: estimate {estimate}, exact {exact}, accuracy {c.Accuracy}");
            }
        });
    }

    [CareProperty(200)]
    public Property Merged_sketch_equals_the_sketch_of_the_concatenated_stream()
    {
        var gen = from a in Gen.ArrayOf(Gen.Choose(0, 100_000).Select(i => i / 100.0))
                  from b in Gen.ArrayOf(Gen.Choose(0, 100_000).Select(i => i / 100.0))
                  select (a, b);
        return Prop.ForAll(gen.ToArbitrary(), s =>
        {
            var left = new QuantileSketch();
            left.Add(s.a);
            var right = new QuantileSketch();
            right.Add(s.b);
            var whole = new QuantileSketch();
            whole.Add([.. s.a, .. s.b]);
            left.Merge(right);
            return left.Count == whole.Count && left.Minimum.Equals(whole.Minimum) && left.Maximum.Equals(whole.Maximum)
                && Quantiles.All(q => left.GetQuantile(q).Equals(whole.GetQuantile(q)));
        });
    }

    [Fact]
    public void Small_values_count_as_zero_and_durations_round_trip()
    {
        var sketch = new QuantileSketch();
        sketch.Add(0);
        sketch.Add(0.0001);
        sketch.Add(Duration.FromSeconds(30));
        Assert.Equal(0, sketch.GetQuantile(0.5));
        Assert.True(sketch.TryGetQuantile(1, out var max));
        Assert.Equal(Duration.FromSeconds(30), max); // clamped to the exact maximum
        Assert.Equal(3, sketch.Count);
        Assert.Equal(0, sketch.Minimum);
        Assert.Equal((30 + 0.0001) / 3, sketch.Mean, 12);
    }

    [Fact]
    public void Empty_sketch_is_undefined_and_clear_empties_it()
    {
        var sketch = new QuantileSketch();
        Assert.True(double.IsNaN(sketch.GetQuantile(0.5)));
        Assert.False(sketch.TryGetQuantile(0.5, out _));
        Assert.True(double.IsNaN(sketch.Mean));
        sketch.Add(5);
        sketch.Clear();
        Assert.Equal(0, sketch.Count);
        Assert.True(double.IsNaN(sketch.Maximum));
    }

    [Fact]
    public void Memory_is_fixed_and_add_does_not_allocate()
    {
        var sketch = new QuantileSketch();
        Assert.InRange(sketch.BucketCount, 1500, 2500); // about 40 octaves × 50 buckets
        var value = 0.5;
        AllocationAssert.NoAllocations(() =>
        {
            sketch.Add(value);
            value = (value * 1.37) % 1000;
        }, iterations: 10_000);
        AllocationAssert.NoAllocations(() => sketch.GetQuantile(0.99));
    }

    [Fact]
    public void Bad_settings_values_and_merges_are_rejected()
    {
        Assert.Equal("relativeAccuracy", Assert.Throws<ArgumentOutOfRangeException>(() => new QuantileSketch(0)).ParamName);
        Assert.Equal("minimumTrackedValue", Assert.Throws<ArgumentOutOfRangeException>(() => new QuantileSketch(0.01, 0)).ParamName);
        Assert.Equal("maximumTrackedValue", Assert.Throws<ArgumentOutOfRangeException>(() => new QuantileSketch(0.01, 1, 1)).ParamName);
        Assert.Equal("relativeAccuracy", Assert.Throws<ArgumentOutOfRangeException>(() => new QuantileSketch(1e-7, 1e-9, 1e12)).ParamName);
        var sketch = new QuantileSketch();
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => sketch.Add(-1.0));
        Assert.Equal("value", negative.ParamName);
        Assert.Contains("-1", negative.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => sketch.Add(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => sketch.Add(2e9));
        Assert.Equal(0, sketch.Count);
        Assert.Equal("other", Assert.Throws<ArgumentException>(() => sketch.Merge(new QuantileSketch(0.02))).ParamName);
        Assert.Throws<ArgumentNullException>(() => sketch.Merge(null!));
        Assert.Equal("quantile", Assert.Throws<ArgumentOutOfRangeException>(() => sketch.GetQuantile(-0.5)).ParamName);
    }
}
