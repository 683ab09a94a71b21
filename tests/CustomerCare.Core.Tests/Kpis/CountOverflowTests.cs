// Counts never wrap: constructors reject totals above long.MaxValue, merges throw a documented OverflowException.
using CustomerCare.Core.Kpis;
using CustomerCare.Core.Kpis.ContactCentre;
using CustomerCare.Core.Kpis.Customers;
using CustomerCare.Core.Kpis.Resolution;
using CustomerCare.Core.Kpis.Service;
using CustomerCare.Core.Kpis.Surveys;
using NodaTime;

namespace CustomerCare.Core.Tests.Kpis;

public sealed class CountOverflowTests
{
    private const string TooMany = "makes the counts add up to more than 9223372036854775807, the largest count a result holds; it was";

    [Fact]
    public void Nps_counts_that_add_up_beyond_long_are_rejected_not_wrapped()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new NpsResult(long.MaxValue, long.MaxValue, 0));
        Assert.Equal("passives", ex.ParamName);
        Assert.StartsWith("passives " + TooMany + " 9223372036854775807.", ex.Message, StringComparison.Ordinal);
        Assert.Equal("detractors", Assert.Throws<ArgumentOutOfRangeException>(() => new NpsResult(long.MaxValue - 1, 1, 1)).ParamName);
        Assert.Equal(long.MaxValue, new NpsResult(long.MaxValue - 2, 1, 1).Count);
    }

    [Fact]
    public void Sla_compliance_total_never_wraps()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new SlaComplianceResult(long.MaxValue, 1, 0, 0));
        Assert.Equal("resolvedBreached", ex.ParamName);
        Assert.StartsWith("resolvedBreached " + TooMany + " 1.", ex.Message, StringComparison.Ordinal);
        Assert.Equal("openWithinTarget", Assert.Throws<ArgumentOutOfRangeException>(() => new SlaComplianceResult(long.MaxValue - 1, 0, 1, 1)).ParamName);
    }

    [Fact]
    public void Customer_base_and_ticket_flow_reject_sums_beyond_long_with_a_clear_message()
    {
        var customers = Assert.Throws<ArgumentOutOfRangeException>(() => new CustomerBase(long.MaxValue, 1, 1));
        Assert.Equal("acquired", customers.ParamName);
        var flow = Assert.Throws<ArgumentOutOfRangeException>(() => new TicketFlow(long.MaxValue, 1, 0));
        Assert.Equal("created", flow.ParamName);
        Assert.StartsWith("created " + TooMany + " 1.", flow.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merges_throw_a_documented_overflow_exception()
    {
        Assert.Throws<OverflowException>(() => new KpiRatio(1, long.MaxValue) + new KpiRatio(0, 1));
        Assert.Throws<OverflowException>(() => new KpiRate(long.MaxValue, 1) + new KpiRate(1, 1));
        Assert.Throws<OverflowException>(() => new CustomerBase(long.MaxValue - 1, 0, 0) + new CustomerBase(2, 0, 0));
        Assert.Throws<OverflowException>(() => new TicketFlow(long.MaxValue - 1, 0, 0) + new TicketFlow(2, 0, 0));

        var nps = default(NpsAccumulator);
        nps.Add(9);
        nps.Add(10);
        var huge = default(NpsAccumulator);
        huge.Merge(ToAccumulator(new NpsResult(long.MaxValue - 1, 0, 0)));
        Assert.Throws<OverflowException>(() => nps.Merge(huge));
        Assert.Equal(2, nps.Count);
    }

    [Fact]
    public void Handle_time_and_agent_time_beyond_the_duration_range_say_so_instead_of_leaking_noda_time()
    {
        var max = Duration.MaxValue;
        var contact = Assert.Throws<ArgumentOutOfRangeException>(() => new HandledContact(max, max, Duration.Zero));
        Assert.Equal("afterCallWork", contact.ParamName);
        Assert.Contains("longer than a NodaTime Duration holds", contact.Message, StringComparison.Ordinal);
        var agent = Assert.Throws<ArgumentOutOfRangeException>(() => new AgentTime(max, max, Duration.Zero));
        Assert.Equal("available", agent.ParamName);
        var half = Duration.FromDays(10_000_000);
        Assert.Throws<OverflowException>(() => new AgentTime(half, Duration.Zero, half) + new AgentTime(half, Duration.Zero, half));
        Assert.Equal(max, new HandledContact(max, Duration.Zero, Duration.Zero).HandleTime);
    }

    [Fact]
    public void Handle_time_and_staffed_time_exactly_at_the_duration_range_are_accepted_and_one_nanosecond_more_is_not()
    {
        var max = Duration.MaxValue;
        var ns = Duration.Epsilon;
        Assert.Equal(max, new HandledContact(max - (ns * 2), ns, ns).HandleTime);
        Assert.Equal(max, new AgentTime(max - ns, ns, Duration.Zero).Staffed);
        Assert.Throws<ArgumentOutOfRangeException>(() => new HandledContact(max - (ns * 2), ns, ns * 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => new HandledContact(ns, max, Duration.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AgentTime(max - ns, ns * 2, Duration.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AgentTime(ns, max, Duration.Zero));
    }

    [Fact]
    public void Resolution_merge_that_would_wrap_contacts_throws()
    {
        var a = default(ContactResolutionAccumulator);
        a.Add(new IssueContacts(int.MaxValue, true));
        var b = a;
        for (var i = 0; i < 32; i++)
        {
            b.Merge(b);
        }

        Assert.Throws<OverflowException>(() => b.Merge(b));
    }

    private static NpsAccumulator ToAccumulator(NpsResult result)
    {
        var accumulator = default(NpsAccumulator);
        for (var bit = 62; bit >= 0; bit--)
        {
            accumulator.Merge(accumulator);
            if (((result.Promoters >> bit) & 1) == 1)
            {
                accumulator.Add(9);
            }
        }

        return accumulator;
    }
}
