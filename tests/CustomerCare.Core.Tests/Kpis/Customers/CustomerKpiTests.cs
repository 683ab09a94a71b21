// Hand-checked churn and retention (S=1000, N=250, E=1100), customer segments and the count-based care rates.
using CustomerCare.Core.Kpis;
using CustomerCare.Core.Kpis.Customers;

namespace CustomerCare.Core.Tests.Kpis.Customers;

public sealed class CustomerKpiTests
{
    [Fact]
    public void Retention_of_the_issue_example_is_85_percent_and_churn_15()
    {
        // CRR = (E − N) / S = (1100 − 250) / 1000 = 0.85; lost = 1000 + 250 − 1100 = 150 → churn 0.15.
        // The net-change mistake would say (1100 − 1000) / 1000 = +10 % "growth" and hide the 150 lost customers.
        Assert.Equal(0.85, CareRates.RetentionRate(1000, 250, 1100).Value);
        Assert.Equal(0.15, CareRates.ChurnRate(1000, 250, 1100).Value);
        var customers = new CustomerBase(1000, 250, 1100);
        Assert.Equal(150, customers.Lost);
        Assert.Equal(1, customers.RetentionRate.Value + customers.ChurnRate.Value, 15);
    }

    [Fact]
    public void Segments_add_and_inconsistent_counts_are_rejected()
    {
        var total = new CustomerBase(1000, 250, 1100) + new CustomerBase(500, 0, 400);
        Assert.Equal(new KpiRatio(1250, 1500), total.RetentionRate);
        var ex = Assert.Throws<ArgumentException>(() => new CustomerBase(100, 50, 40));
        Assert.Equal("atEnd", ex.ParamName);
        Assert.Contains("between acquired", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new CustomerBase(100, 50, 151));
        Assert.False(new CustomerBase(0, 10, 10).ChurnRate.IsDefined);
    }

    [Fact]
    public void Complaint_and_return_rates()
    {
        var complaints = CareRates.ComplaintRate(12, 4000);
        Assert.Equal(0.003, complaints.Value, 15);
        Assert.Equal(3, complaints.PerThousand, 12);
        Assert.Equal(0.3, complaints.Percent, 12);
        Assert.Equal(0.025, CareRates.ProductReturnRate(25, 1000).Value);
        Assert.Equal("complaints", Assert.Throws<ArgumentOutOfRangeException>(() => CareRates.ComplaintRate(-1, 10)).ParamName);
    }
}
