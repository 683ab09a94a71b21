// SLA policy values word for word: warnings, event matches and conditions — their texts, equality, hash codes, refusals and lookups of changed attributes.
using CustomerCare.Core.Sla.Policies;
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CustomerCare.Core.Tests.Sla.Policies;

public sealed class SlaPolicyValueTests
{
    private static readonly Instant T0 = Instant.FromUtc(2025, 1, 6, 9, 0);

    [Fact]
    public void Warnings_format_compare_and_refuse_a_share_outside_zero_and_one()
    {
        Assert.Equal("at 75 %", SlaWarning.AtShare(0.75).ToString());
        Assert.Equal("15 min before", SlaWarning.Before(Duration.FromMinutes(15)).ToString());
        Assert.Equal("none", SlaWarning.None.ToString());

        Assert.NotEqual(SlaWarning.Before(Duration.FromMinutes(15)), SlaWarning.Before(Duration.FromMinutes(30)));
        Assert.True(SlaWarning.AtShare(0.5) != SlaWarning.AtShare(0.75));
        Assert.False(SlaWarning.AtShare(0.5) != SlaWarning.AtShare(0.5));

        var zero = Assert.Throws<ArgumentOutOfRangeException>(() => SlaWarning.AtShare(0));
        Assert.Equal("share", zero.ParamName);
        Assert.Equal("share must be a fraction strictly between 0 and 1 (0.75 for 75 %); it was 0. (Parameter 'share')", zero.Message);
    }

    [Fact]
    public void Event_matches_refuse_an_undefined_kind_and_a_blank_value()
    {
        var kind = Assert.Throws<ArgumentOutOfRangeException>(() => SlaEventMatch.Of((TicketEventKind)99));
        Assert.Equal("kind", kind.ParamName);
        Assert.Equal("kind must be a defined TicketEventKind; it was 99. (Parameter 'kind')", kind.Message);

        var blank = Assert.Throws<ArgumentException>(() => SlaEventMatch.Of(TicketEventKind.StatusChanged, " "));
        Assert.Equal("value", blank.ParamName);
        Assert.Equal("value must be non-empty; it was ' '. (Parameter 'value')", blank.Message);
    }

    [Fact]
    public void Event_matches_format_compare_and_hash_by_kind_and_value_ignoring_case()
    {
        Assert.Equal("StatusChanged:pending", SlaEventMatch.StatusEntered("pending").ToString());
        Assert.Equal("Opened", SlaEventMatch.Of(TicketEventKind.Opened).ToString());

        Assert.True(SlaEventMatch.StatusEntered("pending") == SlaEventMatch.StatusEntered("PENDING"));
        Assert.False(SlaEventMatch.StatusEntered("pending") != SlaEventMatch.StatusEntered("PENDING"));
        Assert.True(SlaEventMatch.StatusEntered("pending") != SlaEventMatch.StatusEntered("solved"));
        Assert.True(SlaEventMatch.Of(TicketEventKind.Opened) != SlaEventMatch.Of(TicketEventKind.Closed));
        Assert.False(SlaEventMatch.Of(TicketEventKind.Opened).Equals((object)"Opened"));

        Assert.Equal(SlaEventMatch.StatusEntered("pending").GetHashCode(), SlaEventMatch.StatusEntered("PENDING").GetHashCode());
        Assert.NotEqual(SlaEventMatch.StatusEntered("pending").GetHashCode(), SlaEventMatch.StatusEntered("solved").GetHashCode());
        Assert.Equal(SlaEventMatch.Of(TicketEventKind.Opened).GetHashCode(), default(SlaEventMatch).GetHashCode());
    }

    [Fact]
    public void A_status_match_meets_a_stated_status_but_never_an_event_without_one_nor_another_kinds_value()
    {
        var pending = SlaEventMatch.StatusEntered("pending");

        Assert.True(pending.Matches(TicketEvent.Resolved(T0, "Pending")));
        Assert.False(pending.Matches(TicketEvent.Resolved(T0)));
        Assert.False(pending.Matches(TicketEvent.Opened(T0)));
        Assert.False(SlaEventMatch.Of(TicketEventKind.PriorityChanged, "high").Matches(TicketEvent.Opened(T0, "high")));
        Assert.True(SlaEventMatch.Of(TicketEventKind.PriorityChanged, "high").Matches(TicketEvent.PriorityChanged(T0, "HIGH")));
    }

    [Fact]
    public void Conditions_have_canonical_texts()
    {
        Assert.Equal("always", SlaCondition.Always.ToString());
        Assert.Equal("priority at least high", SlaCondition.PriorityAtLeast("High").ToString());
        Assert.Equal("not tag vip-trial", SlaCondition.Not(SlaCondition.HasTag("vip-trial")).ToString());
    }

    [Fact]
    public void A_condition_sees_the_latest_of_two_priority_changes()
    {
        var set = new SlaPolicySetBuilder()
            .Add(new SlaPolicyBuilder("Urgent").When(SlaCondition.Priority("urgent")).Target(SlaMetric.FirstResponse, "urgent", Duration.FromHours(1)).Build())
            .Fallback(new SlaPolicyBuilder("F").Target(SlaMetric.FirstResponse, "normal", Duration.FromHours(4)).Build())
            .Build();
        var ticket = new TicketTimeline(new TicketAttributes("normal"),
            [TicketEvent.Opened(T0), TicketEvent.PriorityChanged(T0 + Duration.FromMinutes(1), "high"), TicketEvent.PriorityChanged(T0 + Duration.FromMinutes(2), "urgent")]);

        var evaluation = set.Evaluate(ticket, T0 + Duration.FromMinutes(3));

        Assert.Equal(("Urgent", "urgent"), (evaluation.Policy.Name, evaluation.Priority));
    }

    [Fact]
    public void An_attribute_change_named_priority_or_segment_changes_that_field()
    {
        var set = new SlaPolicySetBuilder()
            .Add(new SlaPolicyBuilder("Vip").When(SlaCondition.Segment("vip")).Target(SlaMetric.FirstResponse, "normal", Duration.FromHours(1)).Build())
            .Fallback(new SlaPolicyBuilder("F").Target(SlaMetric.FirstResponse, "normal", Duration.FromHours(4)).Target(SlaMetric.FirstResponse, "high", Duration.FromHours(2)).Build())
            .Build();
        var later = T0 + Duration.FromMinutes(1);

        var segment = set.Evaluate(new TicketTimeline(new TicketAttributes("normal"), [TicketEvent.Opened(T0), TicketEvent.AttributeChanged(later, "segment", "vip")]), later);
        var priority = set.Evaluate(new TicketTimeline(new TicketAttributes("normal"), [TicketEvent.Opened(T0), TicketEvent.AttributeChanged(later, "Priority", "high")]), later);

        Assert.Equal(("Vip", "vip"), (segment.Policy.Name, segment.Segment));
        Assert.Equal(("F", "high", Duration.FromHours(2)), (priority.Policy.Name, priority.Priority, priority.Results[0].Target));
    }

    [Fact]
    public void A_custom_attribute_takes_its_own_latest_change_not_another_attributes()
    {
        var gold = SlaCondition.AttributeIn("tier", "gold");
        var opened = TicketEvent.Opened(T0);

        Assert.True(Matches(gold, opened, TicketEvent.AttributeChanged(T0, "Tier", "gold"), TicketEvent.AttributeChanged(T0, "region", "emea")));
        Assert.False(Matches(gold, opened, TicketEvent.AttributeChanged(T0, "tier", "gold"), TicketEvent.AttributeChanged(T0, "tier", "silver")));
        Assert.False(Matches(gold, opened, TicketEvent.AttributeChanged(T0, "region", "gold")));
    }

    private static bool Matches(SlaCondition condition, params TicketEvent[] events)
    {
        var set = new SlaPolicySetBuilder()
            .Add(new SlaPolicyBuilder("P").When(condition).Target(SlaMetric.FirstResponse, "normal", Duration.FromHours(1)).Build())
            .Fallback(new SlaPolicyBuilder("F").Target(SlaMetric.FirstResponse, "normal", Duration.FromHours(4)).Build())
            .Build();
        return set.Select(new TicketTimeline(new TicketAttributes("normal"), events), T0).Name == "P";
    }
}
