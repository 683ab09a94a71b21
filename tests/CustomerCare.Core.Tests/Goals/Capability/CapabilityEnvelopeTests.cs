// Hand-worked decisions of the desk's envelope, one per outcome and reason, the lookups behind them, and 0 B per decision.
using CustomerCare.Core.Goals.Capability;
using CustomerCare.Core.Tests.TestInfrastructure;
using CustomerCare.Core.Tickets;
using NodaTime;
using static CustomerCare.Core.Tests.Goals.Capability.CapabilityFixture;

namespace CustomerCare.Core.Tests.Goals.Capability;

public sealed class CapabilityEnvelopeTests
{
    private static readonly CapabilityEnvelope Envelope = CapabilityFixture.Envelope();

    private static CapabilityDecision Decide(string kind, string channel, Instant at, decimal? compensation = null, GoodwillLedger? ledger = null)
    {
        var request = compensation is { } amount
            ? new CareRequest(CategoryPath.Parse(kind), channel, at, Vnd(amount))
            : new CareRequest(CategoryPath.Parse(kind), channel, at);
        return Envelope.Decide(in request, ledger ?? Envelope.OpenLedger(at));
    }

    [Fact]
    public void A_request_in_scope_on_a_staffed_channel_without_compensation_is_allowed()
    {
        var decision = Decide("orders/late-delivery", "chat", MondayTen);
        Assert.Equal(new CapabilityDecision(CapabilityOutcome.Allowed, CapabilityReason.None, default), decision);
        Assert.True(decision.IsAllowed);
        Assert.Equal("Allowed", decision.ToString());
    }

    [Fact]
    public void A_channel_the_envelope_does_not_offer_is_declined() =>
        Assert.Equal(CapabilityReason.UnknownChannel, Decide("orders/late-delivery", "fax", MondayTen).Reason);

    [Theory]
    [InlineData("repairs/screen")]
    [InlineData("repairs")]
    [InlineData("gifts/wrapping")]
    public void A_kind_out_of_scope_or_not_covered_is_declined(string kind)
    {
        var decision = Decide(kind, "chat", MondayTen);
        Assert.Equal(CapabilityOutcome.Declined, decision.Outcome);
        Assert.Equal(CapabilityReason.OutOfScope, decision.Reason);
    }

    [Fact]
    public void A_channel_closed_at_the_instant_is_declined_while_the_hotline_is_open()
    {
        Assert.Equal(CapabilityReason.ChannelClosed, Decide("orders/late-delivery", "chat", SundayTen).Reason);
        Assert.Equal(CapabilityReason.ChannelClosed, Decide("orders/late-delivery", "email", Local(2026, 11, 30, 17, 0)).Reason);
        Assert.True(Decide("orders/late-delivery", "email", Local(2026, 11, 30, 16, 59)).IsAllowed);
        Assert.True(Decide("orders/late-delivery", "phone", SundayTen).IsAllowed);
    }

    [Fact]
    public void Compensation_above_the_ceiling_is_declined_with_the_ceiling_and_the_ceiling_itself_needs_approval()
    {
        var over = Decide("returns/refund", "chat", MondayTen, 2_000_001m);
        Assert.Equal(new CapabilityDecision(CapabilityOutcome.Declined, CapabilityReason.OverCeiling, Vnd(2_000_000)), over);
        Assert.Equal("Declined: OverCeiling (limit 2,000,000 VND)", over.ToString());
        Assert.Equal(CapabilityReason.AboveApprovalThreshold, Decide("returns/refund", "chat", MondayTen, 2_000_000m).Reason);
    }

    [Fact]
    public void Compensation_in_another_currency_is_declined()
    {
        var request = new CareRequest(CategoryPath.Parse("returns/refund"), "chat", MondayTen, new Money(10m, "USD"));
        Assert.Equal(CapabilityReason.OtherCurrency, Envelope.Decide(in request, Envelope.OpenLedger(MondayTen)).Reason);
    }

    [Fact]
    public void Compensation_above_what_is_left_of_the_goodwill_budget_is_declined_with_what_is_left()
    {
        Assert.True(Envelope.OpenLedger(MondayTen).TryGrant("T-1", Vnd(4_700_000), MondayTen, out var ledger));
        var decision = Decide("returns/refund", "chat", MondayTen, 400_000m, ledger);
        Assert.Equal(new CapabilityDecision(CapabilityOutcome.Declined, CapabilityReason.BudgetExhausted, Vnd(300_000)), decision);
        Assert.True(Decide("returns/refund", "chat", MondayTen, 300_000m, ledger).IsAllowed);
    }

    [Fact]
    public void A_kind_that_needs_approval_needs_it_even_without_compensation()
    {
        var decision = Decide("returns/warranty-exception", "email", MondayTen);
        Assert.Equal(new CapabilityDecision(CapabilityOutcome.NeedsApproval, CapabilityReason.KindNeedsApproval, default), decision);
        Assert.Equal("NeedsApproval: KindNeedsApproval", decision.ToString());
    }

    [Fact]
    public void Compensation_for_a_kind_without_ceiling_needs_approval() =>
        Assert.Equal(new CapabilityDecision(CapabilityOutcome.NeedsApproval, CapabilityReason.NoCeiling, default), Decide("orders/wrong-item", "chat", MondayTen, 100_000m));

    [Fact]
    public void Compensation_above_the_approval_threshold_needs_approval_and_at_the_threshold_is_allowed()
    {
        Assert.Equal(new CapabilityDecision(CapabilityOutcome.NeedsApproval, CapabilityReason.AboveApprovalThreshold, Vnd(500_000)), Decide("returns/refund", "chat", MondayTen, 800_000m));
        Assert.True(Decide("returns/refund", "chat", MondayTen, 500_000m).IsAllowed);
        Assert.True(Decide("orders/late-delivery", "chat", MondayTen, 200_000m).IsAllowed);
        Assert.True(Decide("orders/late-delivery", "chat", MondayTen, 0m).IsAllowed);
    }

    [Fact]
    public void Declines_come_before_approvals_in_the_documented_order()
    {
        // Out of scope beats closed; closed beats over ceiling; over ceiling beats the kind's approval.
        Assert.Equal(CapabilityReason.OutOfScope, Decide("repairs/screen", "chat", SundayTen).Reason);
        Assert.Equal(CapabilityReason.ChannelClosed, Decide("returns/refund", "chat", SundayTen, 9_000_000m).Reason);
        Assert.Equal(CapabilityReason.OverCeiling, Decide("returns/warranty-exception", "chat", MondayTen, 9_000_000m).Reason);
        Assert.Equal(CapabilityReason.KindNeedsApproval, Decide("returns/warranty-exception", "chat", MondayTen, 900_000m).Reason);
    }

    [Fact]
    public void The_most_specific_setting_wins_and_ceilings_inherit_down_the_tree()
    {
        Assert.Equal(RequestScope.NeedsApproval, Envelope.ScopeOf(CategoryPath.Parse("returns/warranty-exception")));
        Assert.Equal(RequestScope.InScope, Envelope.ScopeOf(CategoryPath.Parse("Returns/Refund/Partial")));
        Assert.Equal(RequestScope.OutOfScope, Envelope.ScopeOf(CategoryPath.Parse("marketing")));
        Assert.True(Envelope.TryGetCeiling(CategoryPath.Parse("returns/warranty-exception"), out var ceiling));
        Assert.Equal(Vnd(2_000_000), ceiling);
        Assert.True(Envelope.TryGetApprovalThreshold(CategoryPath.Parse("returns/refund"), out var threshold));
        Assert.Equal(Vnd(500_000), threshold);
        Assert.False(Envelope.TryGetApprovalThreshold(CategoryPath.Parse("orders/late-delivery"), out _));
        Assert.False(Envelope.TryGetCeiling(CategoryPath.Parse("orders/wrong-item"), out _));
    }

    [Fact]
    public void Equally_specific_patterns_are_resolved_by_the_one_added_first()
    {
        var envelope = new CapabilityEnvelopeBuilder(Saigon, "VND").AddCalendar("desk", Desk).AddChannel("chat", "desk")
            .Scope("*/refund", RequestScope.NeedsApproval)
            .Scope("returns/*", RequestScope.InScope)
            .Build();
        Assert.Equal(RequestScope.NeedsApproval, envelope.ScopeOf(CategoryPath.Parse("returns/refund")));
        Assert.Equal(RequestScope.InScope, envelope.ScopeOf(CategoryPath.Parse("returns/exchange")));
    }

    [Fact]
    public void Fastest_first_response_falls_back_from_the_priority_to_the_channel()
    {
        Assert.True(Envelope.TryGetFastestFirstResponse("Phone", "URGENT", out var phone));
        Assert.Equal(Duration.FromSeconds(30), phone);
        Assert.False(Envelope.TryGetFastestFirstResponse("phone", "low", out _));
        Assert.True(Envelope.TryGetFastestFirstResponse("chat", "low", out var chat));
        Assert.Equal(Duration.FromMinutes(2), chat);
        Assert.False(Envelope.TryGetFastestFirstResponse("fax", "low", out _));
    }

    [Fact]
    public void Capacity_counts_weights_against_the_agents_units()
    {
        var capacity = Envelope.Capacity;
        Assert.Equal(3, capacity.MaxConcurrent("chat"));
        Assert.Equal(1, capacity.MaxConcurrent("phone"));
        Assert.Equal(6, capacity.MaxConcurrent("email"));
        Assert.True(capacity.CanTake(4, "chat"));
        Assert.False(capacity.CanTake(5, "chat"));
        Assert.True(capacity.CanTake(0, "phone"));
        Assert.False(capacity.CanTake(1, "phone"));
        Assert.False(capacity.Counts(slaClockRunning: false));
        Assert.True(capacity.Counts(slaClockRunning: true));
        Assert.Equal("6 units per agent (SlaClockRunning): chat 2, email 1, phone 6", capacity.ToString());
    }

    [Fact]
    public void A_channel_without_weight_takes_the_whole_capacity_and_by_default_all_open_work_counts()
    {
        var envelope = new CapabilityEnvelopeBuilder(Saigon, "VND").AddCalendar("desk", Desk).Capacity(4, LoadCounting.AllOpenWork).AddChannel("voice", "desk").Build();
        Assert.Equal(4, envelope.Capacity.WeightOf("voice"));
        Assert.True(envelope.Capacity.Counts(slaClockRunning: false));
    }

    [Fact]
    public void Deciding_allocates_nothing()
    {
        var ledger = Envelope.OpenLedger(MondayTen);
        var requests = new[]
        {
            new CareRequest(CategoryPath.Parse("returns/refund"), "chat", MondayTen, Vnd(800_000)),
            new CareRequest(CategoryPath.Parse("repairs/screen"), "chat", MondayTen),
            new CareRequest(CategoryPath.Parse("orders/late-delivery"), "phone", SundayTen, Vnd(100_000)),
            new CareRequest(CategoryPath.Parse("returns/warranty-exception"), "email", MondayTen),
        };
        var sink = 0;
        AllocationAssert.NoAllocations(() =>
        {
            foreach (var request in requests)
            {
                sink += (int)Envelope.Decide(in request, ledger).Reason;
            }
        });
        Assert.True(sink > 0);
    }

    [Fact]
    public void Goodwill_periods_are_local_periods_of_the_zone()
    {
        Assert.Equal(new Interval(Local(2026, 11, 1, 0, 0), Local(2026, 12, 1, 0, 0)), Envelope.OpenLedger(MondayTen).Period);
        Assert.Equal(Vnd(5_000_000), Envelope.OpenLedger(MondayTen).Remaining);
        Interval PeriodOf(BudgetPeriod period) =>
            new CapabilityEnvelopeBuilder(Saigon, "VND").AddCalendar("desk", Desk).AddChannel("chat", "desk").GoodwillBudget(Vnd(1), period).Build().OpenLedger(MondayTen).Period;
        Assert.Equal(new Interval(Local(2026, 11, 30, 0, 0), Local(2026, 12, 1, 0, 0)), PeriodOf(BudgetPeriod.Day));
        Assert.Equal(new Interval(Local(2026, 11, 30, 0, 0), Local(2026, 12, 7, 0, 0)), PeriodOf(BudgetPeriod.Week));
        Assert.Equal(new Interval(Local(2026, 10, 1, 0, 0), Local(2027, 1, 1, 0, 0)), PeriodOf(BudgetPeriod.Quarter));
        Assert.Equal(new Interval(Local(2026, 1, 1, 0, 0), Local(2027, 1, 1, 0, 0)), PeriodOf(BudgetPeriod.Year));
    }

    [Fact]
    public void Decide_rejects_a_default_request_a_missing_ledger_and_a_ledger_of_another_period()
    {
        var defaultRequest = default(CareRequest);
        var ex = Assert.Throws<ArgumentException>(() => Envelope.Decide(in defaultRequest));
        Assert.Equal("request", ex.ParamName);
        Assert.Contains("default(CareRequest)", ex.Message, StringComparison.Ordinal);

        var asking = new CareRequest(CategoryPath.Parse("returns/refund"), "chat", MondayTen, Vnd(1));
        var missing = Assert.Throws<ArgumentException>(() => Envelope.Decide(in asking));
        Assert.Equal("ledger", missing.ParamName);
        Assert.Contains("OpenLedger(at)", missing.Message, StringComparison.Ordinal);

        var october = Envelope.OpenLedger(Local(2026, 10, 15, 10, 0));
        var other = Assert.Throws<ArgumentException>(() => Envelope.Decide(in asking, october));
        Assert.Equal("ledger", other.ParamName);
        Assert.Contains("pass the ledger of the request's period", other.Message, StringComparison.Ordinal);

        // Without compensation no ledger is needed.
        var plain = new CareRequest(CategoryPath.Parse("returns/refund"), "chat", MondayTen);
        Assert.True(Envelope.Decide(in plain).IsAllowed);
    }

    [Fact]
    public void OpenLedger_without_a_budget_is_an_invalid_operation()
    {
        var envelope = new CapabilityEnvelopeBuilder(Saigon, "VND").AddCalendar("desk", Desk).AddChannel("chat", "desk").Build();
        var ex = Assert.Throws<InvalidOperationException>(() => envelope.OpenLedger(MondayTen));
        Assert.Contains("GoodwillBudget(amount, period)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Requests_reject_bad_arguments()
    {
        var kind = Assert.Throws<ArgumentException>(() => new CareRequest(default, "chat", MondayTen));
        Assert.Equal("kind", kind.ParamName);
        var channel = Assert.Throws<ArgumentException>(() => new CareRequest(CategoryPath.Parse("a"), " ", MondayTen));
        Assert.Equal("channel", channel.ParamName);
        Assert.Contains("it was ' '", channel.Message, StringComparison.Ordinal);
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => new CareRequest(CategoryPath.Parse("a"), "chat", MondayTen, Vnd(-1)));
        Assert.Equal("compensation", negative.ParamName);
        Assert.Contains("must not be negative", negative.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Summaries_are_short_and_invariant()
    {
        Assert.Equal("CapabilityEnvelope Asia/Ho_Chi_Minh VND: 3 channels, 4 scope settings, 2 ceilings, goodwill 5,000,000 VND per Month", Envelope.ToString());
        Assert.Equal("returns/refund via chat at 2026-11-30T03:00:00Z asking 800,000 VND", new CareRequest(CategoryPath.Parse("returns/refund"), "chat", MondayTen, Vnd(800_000)).ToString());
    }
}
