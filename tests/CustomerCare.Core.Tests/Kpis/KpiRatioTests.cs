// Rates keep their counts: exact merges, NaN over an empty base, Wilson intervals, and rejected negative counts.
using CustomerCare.Core.Kpis;

namespace CustomerCare.Core.Tests.Kpis;

public sealed class KpiRatioTests
{
    [Fact]
    public void Value_percent_and_per_thousand_are_unrounded()
    {
        var ratio = new KpiRatio(1, 3);
        Assert.Equal(1.0 / 3, ratio.Value);
        Assert.Equal(100.0 / 3, ratio.Percent, 12);
        Assert.Equal(1000.0 / 3, ratio.PerThousand, 12);
        Assert.True(ratio.TryGetValue(out var value) && value == 1.0 / 3);
    }

    [Fact]
    public void An_empty_base_is_undefined_not_zero()
    {
        var ratio = new KpiRatio(0, 0);
        Assert.False(ratio.IsDefined);
        Assert.True(double.IsNaN(ratio.Value));
        Assert.False(ratio.TryGetValue(out _));
        Assert.False(ratio.WilsonInterval().IsDefined);
    }

    [Fact]
    public void Adding_rates_adds_counts_never_averages_the_fractions()
    {
        // Day 1: 9 of 10 = 90 %; day 2: 10 of 100 = 10 %. Average of the two = 50 %, but the true rate is 19/110.
        var total = new KpiRatio(9, 10) + new KpiRatio(10, 100);
        Assert.Equal(new KpiRatio(19, 110), total);
        Assert.Equal(19.0 / 110, total.Value);
    }

    [Fact]
    public void Wilson_interval_matches_the_hand_computation()
    {
        // x = 8, n = 10, z = 1.959964: centre = (0.8 + z²/20)/(1 + z²/10) = 0.71671, half = 0.22681 → [0.4902, 0.9433]
        var interval = new KpiRatio(8, 10).WilsonInterval(0.95);
        Assert.Equal(0.4901625, interval.Lower, 5);
        Assert.Equal(0.9433178, interval.Upper, 5);
        var all = new KpiRatio(10, 10).WilsonInterval();
        Assert.Equal(1, all.Upper, 12);
        Assert.True(all.Lower < 1);
    }

    [Fact]
    public void Negative_counts_and_improper_proportions_are_rejected()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new KpiRatio(-1, 3));
        Assert.Equal("numerator", ex.ParamName);
        Assert.Contains("-1", ex.Message, StringComparison.Ordinal);
        Assert.Equal("denominator", Assert.Throws<ArgumentOutOfRangeException>(() => new KpiRatio(1, -3)).ParamName);
        var improper = Assert.Throws<ArgumentOutOfRangeException>(() => new KpiRatio(4, 3));
        Assert.Equal("numerator", improper.ParamName);
        Assert.StartsWith("numerator must not exceed the denominator (3) of a proportion; use KpiRate for a rate that may exceed 1; it was 4.", improper.Message, StringComparison.Ordinal);
        var confidence = Assert.Throws<ArgumentOutOfRangeException>(() => new KpiRatio(1, 3).WilsonInterval(0));
        Assert.Equal("confidence", confidence.ParamName);
    }

    [Fact]
    public void Interval_rejects_inverted_bounds()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new KpiInterval(2, 1, 0.9));
        Assert.Equal("upper", ex.ParamName);
        Assert.True(new KpiInterval(1, 2, 0.9).Contains(1.5));
        Assert.Equal(1, new KpiInterval(1, 2, 0.9).Width);
    }
}
