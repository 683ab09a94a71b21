// Customer counts and care rates at their edges: each negative count named, the one-line text, segment sums that never wrap.
using System.Globalization;
using CustomerCare.Core.Kpis.Customers;

namespace CustomerCare.Core.Tests.Kpis.Customers;

public sealed class CustomerEdgeTests
{
    [Fact]
    public void Care_rates_name_the_negative_count()
    {
        AssertNegative("basis", () => CareRates.ComplaintRate(1, -1));
        AssertNegative("unitsReturned", () => CareRates.ProductReturnRate(-1, 1));
        AssertNegative("unitsSold", () => CareRates.ProductReturnRate(1, -1));
        AssertNegative("resolved", () => CareRates.ResolutionRate(-1, 1));
        AssertNegative("received", () => CareRates.ResolutionRate(1, -1));
    }

    [Fact]
    public void Customer_base_names_the_negative_count()
    {
        AssertNegative("atStart", () => new CustomerBase(-1, 0, 0));
        AssertNegative("acquired", () => new CustomerBase(5, -1, 3));
        AssertNegative("atEnd", () => new CustomerBase(5, 0, -1));
    }

    [Fact]
    public void Customer_base_prints_its_counts_and_rates()
    {
        Assert.Equal("customers 1000 \u2192 1100 (+250 new, 150 lost; retention 85.0 %, churn 15.0 %)", new CustomerBase(1000, 250, 1100).ToString(CultureInfo.InvariantCulture));
        Assert.Equal("customers 0 \u2192 10 (+10 new, 0 lost; retention n/a %, churn n/a %)", new CustomerBase(0, 10, 10).ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Segments_add_every_count_and_an_end_count_beyond_long_throws()
    {
        Assert.Equal(new CustomerBase(150, 30, 165), new CustomerBase(100, 20, 110) + new CustomerBase(50, 10, 55));

        // S + N is exactly long.MaxValue on the left; adding one retained customer overflows only the end count.
        var full = new CustomerBase(1L << 62, (1L << 62) - 1, long.MaxValue);
        Assert.Throws<OverflowException>(() => full + new CustomerBase(1, 0, 1));
    }

    private static void AssertNegative(string name, Func<object> create)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(create);
        Assert.Equal(name, ex.ParamName);
        Assert.StartsWith($"{name} must not be negative; it was -1.", ex.Message, StringComparison.Ordinal);
    }
}
