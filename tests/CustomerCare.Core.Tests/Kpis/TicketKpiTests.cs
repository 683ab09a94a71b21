// Hand-checked SLA compliance variants, backlog, churn and retention (with the issue's S=1000, N=250, E=1100), and rates.
using CustomerCare.Core.Kpis;
using CustomerCare.Core.Tests.TestInfrastructure;

namespace CustomerCare.Core.Tests.Kpis;

public sealed class TicketKpiTests
{
    private static readonly TicketSlaState[] Tickets =
    [
        .. Enumerable.Repeat(TicketSlaState.ResolvedWithinTarget, 6),
        TicketSlaState.ResolvedBreached, TicketSlaState.ResolvedBreached,
        TicketSlaState.OpenBreached, TicketSlaState.OpenWithinTarget,
    ];

    [Fact]
    public void Sla_compliance_in_its_three_variants()
    {
        // met 6, resolved breached 2, open breached 1, open within 1
        var result = SlaCompliance.Calculate(Tickets);
        Assert.Equal(0.75, result.Compliance(SlaComplianceVariant.MetOverResolved).Value);               // 6 / 8
        Assert.Equal(0.6, result.Compliance(SlaComplianceVariant.MetOverCreated).Value);                 // 6 / 10
        Assert.Equal(6.0 / 9, result.Compliance(SlaComplianceVariant.MetOverResolvedAndOpenBreached).Value); // 6 / 9
        Assert.Equal(10, result.Total);
        Assert.False(SlaCompliance.Calculate([]).Compliance(SlaComplianceVariant.MetOverCreated).IsDefined);
    }

    [Fact]
    public void Sla_accumulator_merges_and_rejects_undefined_states()
    {
        var first = default(SlaComplianceAccumulator);
        first.Add(Tickets.AsSpan(0, 4));
        var second = default(SlaComplianceAccumulator);
        foreach (var state in Tickets.AsSpan(4))
        {
            second.Add(state);
        }

        first.Merge(second);
        Assert.Equal(SlaCompliance.Calculate(Tickets), first.Result);
        var before = first.Result;
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => first.Add([TicketSlaState.OpenBreached, (TicketSlaState)9]));
        Assert.Contains("states[1]", ex.Message, StringComparison.Ordinal);
        Assert.Equal(before, first.Result); // nothing was added
        Assert.Equal("state", Assert.Throws<ArgumentOutOfRangeException>(() => first.Add((TicketSlaState)0)).ParamName);
        Assert.Equal("variant", Assert.Throws<ArgumentOutOfRangeException>(() => before.Compliance((SlaComplianceVariant)0)).ParamName);
        Assert.Equal("openBreached", Assert.Throws<ArgumentOutOfRangeException>(() => new SlaComplianceResult(1, 1, -1, 1)).ParamName);
        AllocationAssert.NoAllocations(() => SlaCompliance.Calculate(Tickets));
    }

    [Fact]
    public void Backlog_is_open_at_start_plus_created_minus_resolved()
    {
        var week1 = new TicketFlow(openAtStart: 120, created: 300, resolved: 350);
        Assert.Equal(70, week1.Backlog);   // 120 + 300 − 350
        Assert.Equal(-50, week1.NetChange);
        var week2 = week1.Next(created: 200, resolved: 250);
        Assert.Equal(20, week2.Backlog);   // 70 + 200 − 250
        Assert.Equal(90, (week1 + week2).Backlog);
    }

    [Fact]
    public void Backlog_rejects_impossible_flows()
    {
        var ex = Assert.Throws<ArgumentException>(() => new TicketFlow(10, 5, 16));
        Assert.Equal("resolved", ex.ParamName);
        Assert.Contains("exceeds", ex.Message, StringComparison.Ordinal);
        Assert.Equal("created", Assert.Throws<ArgumentOutOfRangeException>(() => new TicketFlow(1, -1, 0)).ParamName);
    }

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
