// Hand-checked SLA compliance variants and ticket backlog.
using CustomerCare.Core.Kpis.Service;
using CustomerCare.Core.Tests.TestInfrastructure;

namespace CustomerCare.Core.Tests.Kpis.Service;

public sealed class ServiceKpiTests
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
}
