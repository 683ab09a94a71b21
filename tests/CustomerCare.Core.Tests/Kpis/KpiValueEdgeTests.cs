// KPI values at their edges: texts for NaN, milliseconds, signs and scaled intervals; closed interval ends; pinned Wilson bounds.
using System.Globalization;
using CustomerCare.Core.Kpis;
using NodaTime;

namespace CustomerCare.Core.Tests.Kpis;

public sealed class KpiValueEdgeTests
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    [Fact]
    public void Numbers_say_n_a_for_nan_and_keep_four_significant_digits()
    {
        Assert.Equal("n/a", KpiText.Number(double.NaN, Invariant));
        Assert.Equal("n/a", KpiText.OneDecimal(double.NaN, Invariant));
        Assert.Equal("0.3333", KpiText.Number(1.0 / 3, Invariant));
        Assert.Equal("33.3", KpiText.OneDecimal(100.0 / 3, Invariant));
        Assert.Equal("1/3 (0.3333)", new KpiRate(1, 3).ToString(Invariant));
    }

    [Theory]
    [InlineData(0, "0 s")]
    [InlineData(1, "1E-06 ms")]
    [InlineData(850_000_000, "850 ms")]
    [InlineData(999_500_000, "999.5 ms")]
    [InlineData(1_000_000_000, "1 s")]
    [InlineData(2_500_000_000, "2.5 s")]
    [InlineData(270_000_000_000, "4 min 30 s")]
    [InlineData(4_560_000_000_000, "1 h 16 min")]
    [InlineData(144_000_000_000_000, "40 h")]
    [InlineData(-850_000_000, "-850 ms")]
    [InlineData(-270_000_000_000, "-4 min 30 s")]
    public void Durations_print_as_hours_minutes_seconds_or_milliseconds(long nanoseconds, string expected) =>
        Assert.Equal(expected, KpiText.Duration(Duration.FromNanoseconds(nanoseconds), Invariant));

    [Fact]
    public void Intervals_print_scaled_bounds_and_an_undefined_interval_keeps_its_level()
    {
        Assert.Equal("95 % CI 25.0 \u2013 50.0 %", KpiText.Interval(new KpiInterval(0.25, 0.5, 0.95), 100, "0.0", " %", Invariant));
        Assert.Equal("95 % CI undefined", new KpiRatio(0, 0).WilsonInterval().ToString(Invariant));
        Assert.Equal("90 % CI undefined", KpiText.Interval(new KpiInterval(double.NaN, double.NaN, 0.9), 100, "0.0", " %", Invariant));
        Assert.Equal("CI undefined", KpiText.Interval(default, 100, "0.0", " %", Invariant));
    }

    [Fact]
    public void Interval_checks_confidence_and_bounds_with_messages_and_contains_both_ends()
    {
        var confidence = Assert.Throws<ArgumentOutOfRangeException>(() => new KpiInterval(0, 1, 1.5));
        Assert.Equal("confidence", confidence.ParamName);
        Assert.StartsWith("confidence must lie strictly between 0 and 1 (for example 0.95); it was 1.5.", confidence.Message, StringComparison.Ordinal);
        var upper = Assert.Throws<ArgumentOutOfRangeException>(() => new KpiInterval(2, 1, 0.9));
        Assert.Equal("upper", upper.ParamName);
        Assert.StartsWith("upper must not be below lower (2); it was 1.", upper.Message, StringComparison.Ordinal);

        var interval = new KpiInterval(1, 2, 0.9);
        Assert.True(interval.Contains(1));
        Assert.True(interval.Contains(2));
        Assert.False(interval.Contains(Math.BitDecrement(1.0)));
        Assert.False(interval.Contains(Math.BitIncrement(2.0)));
    }

    [Fact]
    public void A_rate_over_nothing_is_undefined_even_with_events_and_its_sums_never_wrap()
    {
        var rate = new KpiRate(5, 0);
        Assert.True(double.IsNaN(rate.Value));
        Assert.False(rate.TryGetValue(out _));
        Assert.Equal("5/0 (undefined)", rate.ToString(Invariant));
        Assert.Throws<OverflowException>(() => new KpiRate(0, long.MaxValue) + new KpiRate(0, 1));
        Assert.Throws<OverflowException>(() => KpiRate.Add(new KpiRate(long.MaxValue, 1), new KpiRate(1, 1)));
    }

    [Fact]
    public void Wilson_bounds_at_0_and_100_percent_are_exactly_0_and_1()
    {
        // Unpinned, 0 of 9 at 95 % gives centre − half = 2.8e-17 and 4 of 4 gives centre + half = 1 − 1.1e-16.
        Assert.Equal(0.0, new KpiRatio(0, 9).WilsonInterval().Lower);
        Assert.Equal(1.0, new KpiRatio(4, 4).WilsonInterval().Upper);
        Assert.Equal(0.0, new KpiRatio(0, 13).WilsonInterval().Lower);
        Assert.Equal(1.0, new KpiRatio(13, 13).WilsonInterval().Upper);
    }

    [Fact]
    public void Wilson_rejects_a_negative_confidence_before_computing()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new KpiRatio(1, 3).WilsonInterval(-1));
        Assert.Equal("confidence", ex.ParamName);
        Assert.StartsWith("confidence must lie strictly between 0 and 1 (for example 0.95); it was -1.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Catalogue_rejects_the_ids_just_outside_its_range()
    {
        var count = KpiCatalog.All.Count;
        Assert.Same(KpiCatalog.All[^1], KpiCatalog.Get((KpiId)count));
        var past = Assert.Throws<ArgumentOutOfRangeException>(() => KpiCatalog.Get((KpiId)(count + 1)));
        Assert.Equal("id", past.ParamName);
        Assert.StartsWith($"id must be a defined KpiId; it was {count + 1}.", past.Message, StringComparison.Ordinal);
        var zero = Assert.Throws<ArgumentOutOfRangeException>(() => KpiCatalog.Get(0));
        Assert.StartsWith("id must be a defined KpiId; it was 0.", zero.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Descriptor_keeps_what_it_is_given()
    {
        var descriptor = new KpiDescriptor(KpiId.AbandonmentRate, "Abandonment", KpiUnit.Fraction, KpiDirection.LowerIsBetter, 0, 1, "abandoned / offered");
        Assert.Equal(KpiId.AbandonmentRate, descriptor.Id);
        Assert.Equal("Abandonment", descriptor.Name);
        Assert.Equal(KpiUnit.Fraction, descriptor.Unit);
        Assert.Equal(KpiDirection.LowerIsBetter, descriptor.Direction);
        Assert.Equal(0, descriptor.Minimum);
        Assert.Equal(1, descriptor.Maximum);
        Assert.Equal("abandoned / offered", descriptor.Formula);
        Assert.Equal("Abandonment", descriptor.ToString());
    }
}
