// Service KPIs at their edges: zero response time, undefined states named, negative counts named, texts, merges that never wrap.
using System.Globalization;
using CustomerCare.Core.Kpis.Service;
using NodaTime;

namespace CustomerCare.Core.Tests.Kpis.Service;

public sealed class ServiceEdgeTests
{
    [Fact]
    public void A_response_at_the_creation_instant_takes_no_time()
    {
        var created = Instant.FromUtc(2026, 3, 2, 9, 0);
        Assert.Equal(Duration.Zero, ResponseTimes.Between(created, created));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ResponseTimes.Between(created, created - Duration.Epsilon));
        Assert.Equal("responded", ex.ParamName);
    }

    [Fact]
    public void Undefined_states_and_variants_are_named_with_their_value()
    {
        var accumulator = default(SlaComplianceAccumulator);
        var single = Assert.Throws<ArgumentOutOfRangeException>(() => accumulator.Add((TicketSlaState)0));
        Assert.StartsWith("state must be a defined TicketSlaState; it was 0.", single.Message, StringComparison.Ordinal);
        var many = Assert.Throws<ArgumentOutOfRangeException>(() => accumulator.Add([TicketSlaState.OpenBreached, (TicketSlaState)9]));
        Assert.Equal("states", many.ParamName);
        Assert.StartsWith("states[1] must be a defined TicketSlaState; it was 9.", many.Message, StringComparison.Ordinal);
        var variant = Assert.Throws<ArgumentOutOfRangeException>(() => new SlaComplianceResult(1, 0, 0, 0).Compliance((SlaComplianceVariant)7));
        Assert.StartsWith("variant must be a defined SlaComplianceVariant; it was 7.", variant.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_counts_are_named()
    {
        AssertNegative("resolvedWithinTarget", () => new SlaComplianceResult(-1, 0, 0, 0));
        AssertNegative("resolvedBreached", () => new SlaComplianceResult(0, -1, 0, 0));
        AssertNegative("openBreached", () => new SlaComplianceResult(0, 0, -1, 0));
        AssertNegative("openWithinTarget", () => new SlaComplianceResult(0, 0, 0, -1));
        AssertNegative("openAtStart", () => new TicketFlow(-1, 5, 0));
        AssertNegative("created", () => new TicketFlow(5, -1, 0));
        AssertNegative("resolved", () => new TicketFlow(0, 0, -1));
    }

    [Fact]
    public void Results_print_as_one_line()
    {
        var invariant = CultureInfo.InvariantCulture;
        Assert.Equal("SLA met 6 of 8 resolved (75.0 %); 1 open breached, 1 open within target", new SlaComplianceResult(6, 2, 1, 1).ToString(invariant));
        Assert.Equal("SLA met 0 of 0 resolved (undefined); 3 open breached, 0 open within target", new SlaComplianceResult(0, 0, 3, 0).ToString(invariant));
        Assert.Equal("open 120 + created 300 \u2212 resolved 350 = backlog 70", new TicketFlow(120, 300, 350).ToString(invariant));
    }

    [Fact]
    public void Ticket_flows_whose_created_or_resolved_sum_exceeds_long_throw()
    {
        Assert.Throws<OverflowException>(() => new TicketFlow(0, long.MaxValue, 0) + new TicketFlow(0, 1, 0));
        Assert.Throws<OverflowException>(() => new TicketFlow(0, long.MaxValue, long.MaxValue) + new TicketFlow(1, 0, 1));
    }

    [Fact]
    public void Sla_merges_beyond_long_max_value_tickets_throw_and_merge_nothing()
    {
        TicketSlaState[] states = [TicketSlaState.ResolvedWithinTarget, TicketSlaState.ResolvedBreached, TicketSlaState.OpenBreached, TicketSlaState.OpenWithinTarget];
        var halves = states.Select(Half).ToArray();

        // 2⁶² + 2⁶² tickets in one state overflow that count.
        foreach (var half in halves)
        {
            AssertMergeOverflows(half, half);
        }

        // 2⁶² met + 2⁶² in another state overflow only the total.
        for (var i = 1; i < halves.Length; i++)
        {
            AssertMergeOverflows(halves[0], halves[i]);
        }
    }

    private static SlaComplianceAccumulator Half(TicketSlaState state)
    {
        var accumulator = default(SlaComplianceAccumulator);
        accumulator.Add(state);
        for (var i = 0; i < 62; i++)
        {
            var copy = accumulator;
            accumulator.Merge(copy);
        }

        return accumulator;
    }

    private static void AssertMergeOverflows(SlaComplianceAccumulator target, SlaComplianceAccumulator other)
    {
        var before = target.Result;
        Assert.Equal(1L << 62, before.Total);
        Assert.Throws<OverflowException>(() => target.Merge(other));
        Assert.Equal(before, target.Result);
    }

    private static void AssertNegative(string name, Func<object> create)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(create);
        Assert.Equal(name, ex.ParamName);
        Assert.StartsWith($"{name} must not be negative; it was -1.", ex.Message, StringComparison.Ordinal);
    }
}
