// Composable policy conditions: attribute sets, tags, priority thresholds on the scale, and/or/not, canonical text.
using CustomerCare.Core.Sla.Policies;
using CustomerCare.Core.Tickets;

namespace CustomerCare.Core.Tests.Sla.Policies;

public sealed class SlaConditionTests
{
    private static readonly TicketAttributes Ticket = new("high", "VIP", "chat", "billing", ["Gold"], new Dictionary<string, string> { ["region"] = "south" });

    [Fact]
    public void Attribute_conditions_compare_case_insensitively()
    {
        Assert.True(SlaCondition.Segment("vip").Matches(Ticket));
        Assert.True(SlaCondition.Channel("email", "CHAT").Matches(Ticket));
        Assert.True(SlaCondition.Category("billing").Matches(Ticket));
        Assert.True(SlaCondition.AttributeIn("Region", "south").Matches(Ticket));
        Assert.False(SlaCondition.AttributeIn("region", "north").Matches(Ticket));
        Assert.False(SlaCondition.AttributeIn("missing", "x").Matches(Ticket));
        Assert.True(SlaCondition.HasTag("gold").Matches(Ticket));
        Assert.True(SlaCondition.Priority("urgent", "high").Matches(Ticket));
    }

    [Fact]
    public void Priority_thresholds_follow_the_scale()
    {
        Assert.True(SlaCondition.PriorityAtLeast("high").Matches(Ticket));
        Assert.True(SlaCondition.PriorityAtLeast("normal").Matches(Ticket));
        Assert.False(SlaCondition.PriorityAtLeast("urgent").Matches(Ticket));
        var custom = PriorityScale.Create("p1", "p2", "p3");
        Assert.True(SlaCondition.PriorityAtLeast("p2").Matches(new TicketAttributes("p1"), custom));
        Assert.False(SlaCondition.PriorityAtLeast("p2").Matches(new TicketAttributes("p3"), custom));
        Assert.False(SlaCondition.PriorityAtLeast("p2").Matches(new TicketAttributes("unknown"), custom));
    }

    [Fact]
    public void Conditions_compose_with_operators()
    {
        var vipNotChat = SlaCondition.Segment("vip") & !SlaCondition.Channel("chat");
        var vipOrGold = SlaCondition.Segment("smb") | SlaCondition.HasTag("gold");

        Assert.False(vipNotChat.Matches(Ticket));
        Assert.True(vipOrGold.Matches(Ticket));
        Assert.True(SlaCondition.Always.Matches(Ticket));
        Assert.Equal("(segment in [vip] and not channel in [chat])", vipNotChat.ToString());
        Assert.Equal(SlaCondition.Channel("Chat", "email"), SlaCondition.Channel("email", "chat"));
        Assert.NotEqual(SlaCondition.Channel("chat"), SlaCondition.Segment("chat"));
    }

    [Fact]
    public void Bad_conditions_are_rejected()
    {
        Assert.Equal("attribute", Assert.Throws<ArgumentException>(() => SlaCondition.AttributeIn(" ", "x")).ParamName);
        Assert.Contains("values[1] is blank", Assert.Throws<ArgumentException>(() => SlaCondition.Channel("chat", "")).Message, StringComparison.Ordinal);
        Assert.Contains("at least one condition", Assert.Throws<ArgumentException>(() => SlaCondition.And()).Message, StringComparison.Ordinal);
        Assert.Contains("conditions[1] is null", Assert.Throws<ArgumentException>(() => SlaCondition.Or(SlaCondition.Always, null!)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => SlaCondition.Not(null!));
    }

    [Fact]
    public void A_double_negation_is_the_condition_itself()
    {
        var vip = SlaCondition.Segment("vip");

        Assert.Same(vip, SlaCondition.Not(SlaCondition.Not(vip)));
        Assert.Equal("not segment in [vip]", (!!!vip).ToString());
    }

    [Fact]
    public void Twenty_thousand_nested_negations_fold_to_at_most_one()
    {
        // Each pair cancels, so the chain never grows: an even count gives the condition back, an odd one its negation.
        var condition = SlaCondition.Segment("vip");
        for (var i = 0; i < 20_000; i++)
        {
            condition = SlaCondition.Not(condition);
        }

        Assert.Equal(SlaCondition.Segment("vip"), condition);
        Assert.True(condition.Matches(Ticket));
    }

    [Fact]
    public void Nesting_deeper_than_the_maximum_is_refused_with_what_to_do()
    {
        var condition = SlaCondition.Segment("vip");
        for (var depth = 2; depth <= SlaCondition.MaxDepth; depth++)
        {
            condition = depth % 2 == 0 ? SlaCondition.And(condition, SlaCondition.HasTag("gold")) : SlaCondition.Not(condition);
        }

        var not = Assert.Throws<ArgumentException>("condition", () => SlaCondition.Not(condition));
        var and = Assert.Throws<ArgumentException>("conditions", () => SlaCondition.And(SlaCondition.Always, condition));
        Assert.Throws<ArgumentException>("conditions", () => SlaCondition.Or(condition));

        Assert.Equal("The condition would nest 65 levels deep; at most 64 are allowed: combine many conditions in one And or Or instead of nesting them. (Parameter 'condition')", not.Message);
        Assert.StartsWith("The condition would nest 65 levels deep", and.Message, StringComparison.Ordinal);
        Assert.Equal(64, SlaCondition.MaxDepth);
    }
}
