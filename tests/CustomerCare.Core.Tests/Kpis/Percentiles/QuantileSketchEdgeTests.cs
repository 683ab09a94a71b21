// The sketch at its edges: the tracked range's ends, the bucket limit, zeros at the rank, merges and clears field by field.
using CustomerCare.Core.Kpis.Percentiles;

namespace CustomerCare.Core.Tests.Kpis.Percentiles;

public sealed class QuantileSketchEdgeTests
{
    [Fact]
    public void The_ends_of_the_tracked_range_are_tracked()
    {
        var sketch = new QuantileSketch();
        sketch.Add([1e-3, 1e-3, 1e-3, 1e9]);
        Assert.Equal(4, sketch.Count);
        Assert.Equal(1e-3, sketch.Minimum);
        Assert.Equal(1e9, sketch.Maximum);

        // Rank 1 of 0..3 is 1e-3, read from its bucket (not from the zero count), at most 1 % above it.
        Assert.InRange(sketch.GetQuantile(0.5), 1e-3, 1e-3 * 1.01);
    }

    [Fact]
    public void Extremes_are_NaN_until_a_value_is_added()
    {
        var sketch = new QuantileSketch();
        Assert.True(double.IsNaN(sketch.Minimum));
        Assert.True(double.IsNaN(sketch.Maximum));
        sketch.Add([2.0, 1, 3]);
        Assert.Equal(1, sketch.Minimum);
        Assert.Equal(3, sketch.Maximum);
        Assert.Equal(2, sketch.Mean);
        sketch.Clear();
        Assert.True(double.IsNaN(sketch.Minimum));
        Assert.True(double.IsNaN(sketch.Mean));
    }

    [Fact]
    public void Zeros_up_to_the_rank_leave_the_quantile_to_the_buckets()
    {
        // 0, 0, 5, 6, 7: the median is the value of 0-based rank 2, the 5 after the two zeros.
        var sketch = new QuantileSketch();
        sketch.Add([0.0, 0, 5, 6, 7]);
        Assert.InRange(sketch.GetQuantile(0.5), 5 * 0.99, 5 * 1.01);
        Assert.Equal(0, sketch.GetQuantile(0.25)); // rank 1
    }

    [Fact]
    public void Merging_adds_the_zero_counts_and_the_sums()
    {
        // 0, 0, 5 and 0, 0, 0, 7 make 0, 0, 0, 0, 0, 5, 7: ranks 1 to 4 are zeros; the mean is 12 / 7.
        var left = new QuantileSketch();
        left.Add([0.0, 0, 5]);
        var right = new QuantileSketch();
        right.Add([0.0, 0, 0, 7]);
        left.Merge(right);
        Assert.Equal(7, left.Count);
        Assert.Equal(0, left.GetQuantile(0.7));                       // rank ⌊0.7 · 6⌋ = 4
        Assert.InRange(left.GetQuantile(0.85), 5 * 0.99, 5 * 1.01);   // rank 5
        Assert.Equal(12.0 / 7, left.Mean, 15);
    }

    [Fact]
    public void Clear_empties_the_buckets_too()
    {
        // Had the 0.5s stayed in their bucket, the median of 1, 2, 3 would be read there (and clamped to 1).
        var sketch = new QuantileSketch();
        sketch.Add([0.5, 0.5, 0.5]);
        sketch.Clear();
        sketch.Add([1.0, 2, 3]);
        Assert.InRange(sketch.GetQuantile(0.5), 2 * 0.99, 2 * 1.01);
    }

    [Fact]
    public void At_most_1_000_000_buckets_are_allowed()
    {
        // α = 1e-4 gives about 5,000 buckets per octave; from 1e-6 to these maxima the sketch needs exactly 1,000,000
        // and 1,000,001 buckets (the maxima lie half a bucket inside the last one, so rounding cannot move them).
        var largest = new QuantileSketch(1e-4, 1e-6, 1.6062e54);
        Assert.Equal(1_000_000, largest.BucketCount);
        largest.Add(1.6062e54);
        Assert.Equal(1.6062e54, largest.Maximum);
        var tooMany = Assert.Throws<ArgumentOutOfRangeException>(() => new QuantileSketch(1e-4, 1e-6, 1.6065e54));
        Assert.Equal("relativeAccuracy", tooMany.ParamName);
    }

    [Fact]
    public void Bad_settings_and_values_are_rejected_word_for_word()
    {
        var accuracy = Assert.Throws<ArgumentOutOfRangeException>(() => new QuantileSketch(1));
        Assert.Equal("relativeAccuracy", accuracy.ParamName);
        Assert.StartsWith("relativeAccuracy must lie strictly between 0 and 1 (0.01 for 1 %); it was 1.", accuracy.Message, StringComparison.Ordinal);
        var minimum = Assert.Throws<ArgumentOutOfRangeException>(() => new QuantileSketch(0.01, 0));
        Assert.StartsWith("minimumTrackedValue must be a finite number greater than 0; it was 0.", minimum.Message, StringComparison.Ordinal);
        var maximum = Assert.Throws<ArgumentOutOfRangeException>(() => new QuantileSketch(0.01, 1, 1));
        Assert.StartsWith("maximumTrackedValue must be finite and greater than minimumTrackedValue (1); it was 1.", maximum.Message, StringComparison.Ordinal);
        var value = Assert.Throws<ArgumentOutOfRangeException>(() => new QuantileSketch().Add(-1.0));
        Assert.StartsWith("value must be a finite number from 0 to MaximumTrackedValue (1000000000); it was -1.", value.Message, StringComparison.Ordinal);
    }
}
