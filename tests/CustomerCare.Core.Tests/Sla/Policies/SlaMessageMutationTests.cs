// SLA policy rejections word for word: mutation testing found these messages unasserted or asserted by a fragment only.
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Sla.Policies;
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CustomerCare.Core.Tests.Sla.Policies;

public sealed class SlaMessageMutationTests
{
    [Fact]
    public void Priority_scales_need_distinct_non_blank_names()
    {
        var none = Assert.Throws<ArgumentException>(() => PriorityScale.Create());
        Assert.Equal("namesMostUrgentFirst", none.ParamName);
        Assert.StartsWith("A priority scale needs at least one priority name.", none.Message, StringComparison.Ordinal);
        var blank = Assert.Throws<ArgumentException>(() => PriorityScale.Create("p1", " "));
        Assert.StartsWith("namesMostUrgentFirst[1] is blank; priority names must be non-empty.", blank.Message, StringComparison.Ordinal);
        var twice = Assert.Throws<ArgumentException>(() => PriorityScale.Create("p1", "p2", "p1"));
        Assert.StartsWith("namesMostUrgentFirst[2] 'p1' appears twice; each priority must be listed once.", twice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Custom_metrics_need_a_start_and_a_stop_condition_and_their_own_name()
    {
        var start = Assert.Throws<ArgumentException>(() => SlaMetric.Custom("handover", [], [SlaEventMatch.Of(TicketEventKind.AgentPublicReply)]));
        Assert.Equal("startWhen", start.ParamName);
        Assert.StartsWith("Custom metric 'handover' needs at least one start condition.", start.Message, StringComparison.Ordinal);
        var stop = Assert.Throws<ArgumentException>(() => SlaMetric.Custom("handover", [SlaEventMatch.StatusEntered("escalated")], []));
        Assert.Equal("stopWhen", stop.ParamName);
        Assert.StartsWith("Custom metric 'handover' needs at least one stop condition.", stop.Message, StringComparison.Ordinal);
        var builtIn = Assert.Throws<ArgumentException>(() => SlaMetric.Custom("First_Response", [SlaEventMatch.StatusEntered("x")], [SlaEventMatch.StatusEntered("y")]));
        Assert.StartsWith("name 'First_Response' is the name of a built-in metric; give the custom metric another name.", builtIn.Message, StringComparison.Ordinal);
        var value = Assert.Throws<ArgumentException>(() => SlaEventMatch.Of(TicketEventKind.Resolved, "x"));
        Assert.Equal("kind", value.ParamName);
        Assert.StartsWith("Resolved events carry no value; match them with Of(Resolved) alone.", value.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Builders_build_once_and_calendar_names_are_unique()
    {
        var policy = new SlaPolicyBuilder("F").Target(SlaMetric.FirstResponse, "normal", Duration.FromHours(1));
        _ = policy.Build();
        Assert.Equal("The builder of policy 'F' was already built; start a new SlaPolicyBuilder.", Assert.Throws<InvalidOperationException>(policy.Build).Message);
        var pause = Assert.Throws<ArgumentException>(() => new SlaPolicyBuilder("G").PauseOn(SlaMetric.PeriodicUpdate, "pending"));
        Assert.StartsWith("periodic_update never pauses; use SlaMetric.PausablePeriodicUpdate for an update clock that pauses.", pause.Message, StringComparison.Ordinal);

        var set = new SlaPolicySetBuilder().Fallback(new SlaPolicyBuilder("F").Target(SlaMetric.FirstResponse, "normal", Duration.FromHours(1)).Build());
        var desk = BusinessCalendar.AlwaysOpen(DateTimeZone.Utc);
        set.AddCalendar("desk", desk);
        var again = Assert.Throws<ArgumentException>(() => set.AddCalendar("desk", desk));
        Assert.Equal("name", again.ParamName);
        Assert.StartsWith("A calendar named 'desk' is already registered ('24/7' is reserved for calendar time).", again.Message, StringComparison.Ordinal);
        _ = set.Build();
        Assert.Equal("This SlaPolicySetBuilder was already built; start a new one.", Assert.Throws<InvalidOperationException>(set.Build).Message);
    }
}
