// What-if replay: a changed matrix over a history of tickets, and whose assignments and escalations would change.
using CustomerCare.Core.Responsibility;
using CustomerCare.Core.Tickets;
using static CustomerCare.Core.Tests.Responsibility.PhoneDesk;

namespace CustomerCare.Core.Tests.Responsibility;

public sealed class ResponsibilityWhatIfTests
{
    private static readonly TicketTimeline[] History =
    [
        Ticket("hardware/display/touch", "S3", null, TicketEvent.AgentPublicReply(T(9, 10)), TicketEvent.Resolved(T(10))),
        Ticket("billing", "S4", null, TicketEvent.AgentPublicReply(T(9, 10)), TicketEvent.Resolved(T(10))),
        Ticket("hardware/battery/overheating", "S1"),
    ];

    [Fact]
    public void Moving_hardware_severity_3_to_team_leaders_changes_only_the_touch_ticket()
    {
        var changed = new ResponsibilityModelBuilder()
            .AddTier("agent", "team leader", Eur(50), "returns/**", "compensation/**")
            .AddTier("team leader", "deputy head", Eur(200), "returns/**", "compensation/**")
            .AddTier("deputy head", "head", Eur(1000), "returns/**", "compensation/**")
            .AddTier("head", null, Eur(5000), "returns/**", "compensation/**")
            .AddRole("returns", "team leader", Eur(500), "returns/**")
            .AddRole("customer data", "deputy head")
            .AddRole("problem management", "head")
            .AddParty("product team");
        foreach (var rule in PhoneDesk.Model().Rules)
        {
            changed.Add(rule.Order == 10
                ? new AssignmentRule(10, rule.Category, rule.Severities, [new RaciEntry("team leader", RaciRole.Responsible | RaciRole.Accountable)])
                : rule);
        }

        var report = ResponsibilityWhatIf.Compare(PhoneDesk.Model(), changed.Build(), History, Policies(), T(14));
        var change = Assert.Single(report.Changes);
        Assert.Equal(0, change.TicketIndex);
        Assert.True(change.AssignmentChanged);
        Assert.False(change.EscalationsChanged);
        Assert.Equal("ticket 0: owner agent → team leader; 0 → 0 escalation steps; final agent → team leader", change.ToString());
        Assert.Equal("1 of 3 tickets change: 1 assignments, 0 escalation paths", report.ToString());
    }

    [Fact]
    public void Switching_off_sla_escalation_changes_the_escalations_of_the_ticket_left_open()
    {
        var quiet = Builder().EscalateOnSla(onWarning: false, onBreach: true).Build();
        var report = ResponsibilityWhatIf.Compare(PhoneDesk.Model(), quiet, History, Policies(), T(14));
        var change = Assert.Single(report.Changes);
        Assert.Equal(2, change.TicketIndex);
        Assert.False(change.AssignmentChanged);
        Assert.True(change.EscalationsChanged);
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        var model = PhoneDesk.Model();
        Assert.Equal("baseline", Assert.Throws<ArgumentNullException>(() => ResponsibilityWhatIf.Compare(null!, model, History, Policies(), T(9))).ParamName);
        Assert.Equal("history", Assert.Throws<ArgumentNullException>(() => ResponsibilityWhatIf.Compare(model, model, null!, Policies(), T(9))).ParamName);
    }
}
