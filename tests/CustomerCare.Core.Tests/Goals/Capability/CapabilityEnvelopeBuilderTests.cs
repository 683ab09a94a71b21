// Every definition the envelope builder rejects: the exception type, the parameter and what the message says to fix.
using CustomerCare.Core.Goals.Capability;
using NodaTime;
using static CustomerCare.Core.Tests.Goals.Capability.CapabilityFixture;

namespace CustomerCare.Core.Tests.Goals.Capability;

public sealed class CapabilityEnvelopeBuilderTests
{
    private static CapabilityEnvelopeBuilder Minimal() => new CapabilityEnvelopeBuilder(Saigon, "VND").AddCalendar("desk", Desk).AddChannel("chat", "desk");

    private static void Rejects<TException>(Action act, string param, string message)
        where TException : ArgumentException
    {
        var ex = Assert.Throws<TException>(act);
        Assert.Equal(param, ex.ParamName);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_constructor_rejects_a_bad_currency()
    {
        Rejects<ArgumentException>(() => _ = new CapabilityEnvelopeBuilder(Saigon, "vnd"), "currency", "it was 'vnd'");
        Assert.Throws<ArgumentNullException>(() => new CapabilityEnvelopeBuilder(null!, "VND"));
    }

    [Fact]
    public void Calendars_and_channels_reject_blank_and_repeated_names_and_weights_below_one()
    {
        Rejects<ArgumentException>(() => Minimal().AddCalendar(" ", Desk), "name", "calendar name");
        Rejects<ArgumentException>(() => Minimal().AddCalendar("DESK", Desk), "name", "already registered");
        Rejects<ArgumentException>(() => Minimal().AddChannel("", "desk"), "name", "channel name");
        Rejects<ArgumentException>(() => Minimal().AddChannel("phone", " "), "calendar", "registered calendar");
        Rejects<ArgumentException>(() => Minimal().AddChannel("Chat", "desk"), "name", "already a channel");
        Rejects<ArgumentOutOfRangeException>(() => Minimal().AddChannel("phone", "desk", 0), "weight", "it was 0");
    }

    [Fact]
    public void Scope_and_ceilings_reject_bad_patterns_repeats_and_amounts()
    {
        Rejects<ArgumentException>(() => Minimal().Scope("hard*", RequestScope.InScope), "pattern", "not a category pattern");
        Rejects<ArgumentException>(() => Minimal().Scope("a/**", RequestScope.InScope).Scope("A/**", RequestScope.OutOfScope), "pattern", "already has a scope");
        Rejects<ArgumentOutOfRangeException>(() => Minimal().Scope("a", (RequestScope)7), "scope", "defined RequestScope");
        Rejects<ArgumentException>(() => Minimal().Ceiling("a", default), "ceiling", "default(Money)");
        Rejects<ArgumentException>(() => Minimal().Ceiling("a", new Money(1, "USD")), "ceiling", "envelope's currency is VND");
        Rejects<ArgumentOutOfRangeException>(() => Minimal().Ceiling("a", Vnd(-1)), "ceiling", "must be zero or more");
        Rejects<ArgumentOutOfRangeException>(() => Minimal().Ceiling("a", Vnd(100), Vnd(101)), "approvalAbove", "must not be above the ceiling 100 VND");
        Rejects<ArgumentException>(() => Minimal().Ceiling("a", Vnd(1)).Ceiling("a", Vnd(2)), "pattern", "already has a ceiling");
    }

    [Fact]
    public void Budget_capacity_and_fastest_response_reject_bad_values()
    {
        Rejects<ArgumentOutOfRangeException>(() => Minimal().GoodwillBudget(Vnd(-5), BudgetPeriod.Month), "amount", "must be zero or more");
        Rejects<ArgumentOutOfRangeException>(() => Minimal().GoodwillBudget(Vnd(5), (BudgetPeriod)9), "period", "defined BudgetPeriod");
        Rejects<ArgumentOutOfRangeException>(() => Minimal().Capacity(0, LoadCounting.AllOpenWork), "unitsPerAgent", "at least 1");
        Rejects<ArgumentOutOfRangeException>(() => Minimal().Capacity(1, (LoadCounting)5), "counting", "defined LoadCounting");
        Rejects<ArgumentOutOfRangeException>(() => Minimal().FastestFirstResponse("chat", Duration.Zero), "fastest", "positive duration");
        Rejects<ArgumentOutOfRangeException>(() => Minimal().FastestFirstResponse("chat", Duration.FromMilliseconds(1500)), "fastest", "whole seconds");
        Rejects<ArgumentException>(() => Minimal().FastestFirstResponse("chat", Duration.FromMinutes(1), "urgent", " "), "priorities", "priorities[1] is blank");
        Rejects<ArgumentException>(() => Minimal().FastestFirstResponse("chat", Duration.FromMinutes(1)).FastestFirstResponse("CHAT", Duration.FromMinutes(2)), "priorities", "every priority");
    }

    [Fact]
    public void Build_lists_every_cross_reference_problem_together()
    {
        var builder = new CapabilityEnvelopeBuilder(Saigon, "VND").AddCalendar("desk", Desk).Capacity(4, LoadCounting.AllOpenWork)
            .AddChannel("phone", "hotline")
            .AddChannel("chat", "desk", 5)
            .FastestFirstResponse("fax", Duration.FromMinutes(1));
        var ex = Assert.Throws<InvalidOperationException>(builder.Build);
        Assert.Contains("Channel 'phone' is staffed on calendar 'hotline', which is not registered", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Channel 'chat' weighs 5 units but an agent carries 4", ex.Message, StringComparison.Ordinal);
        Assert.Contains("channel 'fax', which is not a channel of the envelope", ex.Message, StringComparison.Ordinal);
        Assert.Contains("No channel", Assert.Throws<InvalidOperationException>(new CapabilityEnvelopeBuilder(Saigon, "VND").Build).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_may_be_called_once()
    {
        var builder = Minimal();
        builder.Build();
        Assert.Contains("already built", Assert.Throws<InvalidOperationException>(builder.Build).Message, StringComparison.Ordinal);
    }
}
