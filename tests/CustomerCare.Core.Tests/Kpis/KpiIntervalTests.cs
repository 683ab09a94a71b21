// Intervals say their centre and margin of error, a default interval is undefined, and they print as one line.
using System.Globalization;
using CustomerCare.Core.Kpis;
using CustomerCare.Core.Kpis.Surveys;

namespace CustomerCare.Core.Tests.Kpis;

public sealed class KpiIntervalTests
{
    [Fact]
    public void Default_interval_is_undefined_and_contains_nothing()
    {
        var interval = default(KpiInterval);
        Assert.False(interval.IsDefined);
        Assert.False(interval.Contains(0));
        Assert.True(double.IsNaN(interval.Width));
        Assert.Equal("CI undefined", interval.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Three_argument_interval_is_centred_on_its_midpoint()
    {
        var interval = new KpiInterval(1, 2, 0.9);
        Assert.Equal(1.5, interval.Centre);
        Assert.Equal(0.5, interval.HalfWidth);
        Assert.Equal("90 % CI 1 – 2", interval.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("90 % CI 1,5 – 2", new KpiInterval(1.5, 2, 0.9).ToString(CultureInfo.GetCultureInfo("de-DE")));
    }

    [Fact]
    public void Wilson_exposes_its_own_centre_and_half_width()
    {
        // x = 8, n = 10, z = 1.959964: centre = (0.8 + z²/20)/(1 + z²/10) = 0.716740, half = 0.226578.
        var interval = new KpiRatio(8, 10).WilsonInterval();
        Assert.Equal(0.71674, interval.Centre, 5);
        Assert.Equal(0.22658, interval.HalfWidth, 5);
        Assert.Equal(interval.Centre - interval.HalfWidth, interval.Lower, 15);
    }

    [Fact]
    public void Adjusted_wald_exposes_the_adjusted_centre_and_the_unclamped_margin()
    {
        // 3 promoters of 3: n′ = 6, p′ = 3.75/6 = 0.625, d′ = 0.75/6 = 0.125 → centre 50, SE′ = 100·√((0.75 − 0.25)/6) = 28.8675.
        var interval = new NpsResult(3, 0, 0).ConfidenceInterval(NpsIntervalMethod.AdjustedWald);
        Assert.Equal(50, interval.Centre, 12);
        Assert.Equal(1.959963984540054 * 28.867513459481287, interval.HalfWidth, 9);
        Assert.Equal(100, interval.Upper);
        var wald = new NpsResult(3, 0, 0).ConfidenceInterval(NpsIntervalMethod.Wald);
        Assert.Equal(100, wald.Centre);
        Assert.Equal(0, wald.HalfWidth);
    }

    [Fact]
    public void Negative_half_width_is_rejected()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new KpiInterval(0, 1, 0.95, 0.5, -1));
        Assert.Equal("halfWidth", ex.ParamName);
        Assert.StartsWith("halfWidth must not be negative; it was -1.", ex.Message, StringComparison.Ordinal);
    }
}
