// Proportions reject a numerator above the denominator; true rates that may exceed 1 are KpiRate.
using System.Globalization;
using CustomerCare.Core.Kpis;
using CustomerCare.Core.Kpis.Customers;

namespace CustomerCare.Core.Tests.Kpis;

public sealed class KpiRateTests
{
    [Fact]
    public void A_rate_may_exceed_one_and_reads_like_a_ratio()
    {
        var rate = new KpiRate(5, 2);
        Assert.Equal(2.5, rate.Value);
        Assert.Equal(250, rate.Percent);
        Assert.Equal(2500, rate.PerThousand);
        Assert.True(rate.TryGetValue(out var value) && value == 2.5);
        Assert.Equal(new KpiRate(6, 3), new KpiRate(5, 2) + new KpiRate(1, 1));
        Assert.False(default(KpiRate).IsDefined);
        Assert.Equal("5/2 (2.5)", rate.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("0/0 (undefined)", default(KpiRate).ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Complaint_and_return_rates_are_rates()
    {
        Assert.Equal(1.25, CareRates.ComplaintRate(5, 4).Value);
        Assert.Equal(1.5, CareRates.ProductReturnRate(3, 2).Value);
    }

    [Fact]
    public void Negative_rate_counts_are_rejected()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new KpiRate(-1, 2));
        Assert.Equal("numerator", ex.ParamName);
        Assert.StartsWith("numerator must not be negative; it was -1.", ex.Message, StringComparison.Ordinal);
        Assert.Equal("denominator", Assert.Throws<ArgumentOutOfRangeException>(() => new KpiRate(1, -2)).ParamName);
    }

    [Fact]
    public void A_proportion_prints_counts_and_percent()
    {
        Assert.Equal("19/110 (17.3 %)", new KpiRatio(19, 110).ToString(CultureInfo.InvariantCulture));
        Assert.Equal("0/0 (undefined)", default(KpiRatio).ToString(CultureInfo.InvariantCulture));
        Assert.Equal("1/3 (33,3 %)", new KpiRatio(1, 3).ToString(CultureInfo.GetCultureInfo("de-DE")));
    }

    [Fact]
    public void Parameterless_to_string_is_invariant_whatever_the_current_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal("1/3 (33.3 %)", $"{new KpiRatio(1, 3)}");
            Assert.Equal("90 % CI 1.5 – 2", $"{new KpiInterval(1.5, 2, 0.9)}");
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Resolution_rate_rejects_more_resolved_than_received()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => CareRates.ResolutionRate(6, 5));
        Assert.Equal("numerator", ex.ParamName);
    }
}
