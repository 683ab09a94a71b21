// The DI-layer services: "now" from the registered clock, clear errors for missing parts and names, goals and escalations through the model.
using CustomerCare.Core.DependencyInjection;
using CustomerCare.Core.Goals;
using CustomerCare.Core.Responsibility;
using CustomerCare.Core.Tickets;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace CustomerCare.Core.Tests.DependencyInjection;

public sealed class ServiceTests
{
    private static ServiceProvider Provider(FakeClock clock) => new ServiceCollection()
        .AddSingleton<IClock>(clock)
        .AddCustomerCare(CareSettings.Load().GetSection("CustomerCare"))
        .BuildServiceProvider();

    [Fact]
    public void Goals_are_evaluated_at_the_clocks_now_by_name()
    {
        var clock = new FakeClock(Instant.FromUtc(2025, 12, 1, 0, 0));
        using var provider = Provider(clock);
        var goals = provider.GetRequiredService<IGoalService>();
        var destination = new TargetEvaluation[2];

        Assert.Equal(GoalStatus.NotStarted, goals.Evaluate("keep vips", [0.9, 3600], destination));
        clock.Reset(Instant.FromUtc(2026, 4, 2, 0, 0));
        Assert.Equal(GoalStatus.Met, goals.Evaluate("Keep VIPs", [0.9, 3600], destination, "hcm"));

        var unknown = Assert.Throws<ArgumentException>(() => goals.Evaluate("Grow", [0.9, 3600], destination));
        Assert.Equal("goal", unknown.ParamName);
        Assert.StartsWith("No goal is named 'Grow'; configured goals are 'Keep VIPs'.", unknown.Message, StringComparison.Ordinal);
        var calendar = Assert.Throws<ArgumentException>(() => goals.Evaluate("Keep VIPs", [0.9, 3600], destination, "mars"));
        Assert.Equal("calendar", calendar.ParamName);
    }

    [Fact]
    public void Escalation_goes_through_the_configured_model()
    {
        using var provider = Provider(new FakeClock(Instant.FromUtc(2026, 3, 2, 2, 0)));
        var escalations = provider.GetRequiredService<IEscalationService>();
        var model = provider.GetRequiredService<ResponsibilityModel>();

        var assignment = escalations.Resolve(new ResponsibilityIssue(model.CategoryKey("returns/refund"), 1));
        Assert.Equal("agent", assignment.Tier!.Name);
        var step = escalations.Escalate(assignment, EscalationTrigger.RepeatContacts(3));
        Assert.Equal(EscalationOutcome.Escalated, step.Outcome);
        Assert.Equal("lead", step.To.Name);
    }

    [Fact]
    public void Transitions_run_up_to_the_clocks_now()
    {
        var opened = Instant.FromUtc(2026, 3, 2, 2, 0);                // Monday 09:00 in Ho Chi Minh City
        var clock = new FakeClock(opened + Duration.FromDays(2));
        using var provider = Provider(clock);
        var ticket = new TicketTimeline(new TicketAttributes("normal"), [TicketEvent.Opened(opened)]);

        var transitions = provider.GetRequiredService<ISlaService>().Transitions(ticket, opened);

        Assert.Contains(transitions, t => t.Kind == CustomerCare.Core.Sla.Evaluation.SlaNotificationKind.Breached);
        Assert.All(transitions, t => Assert.True(t.At <= clock.GetCurrentInstant()));
    }

    [Fact]
    public void Services_without_their_part_say_which_section_is_missing()
    {
        using var provider = new ServiceCollection().AddCustomerCare(_ => { }).BuildServiceProvider();
        var ticket = new TicketTimeline(new TicketAttributes("normal"), [TicketEvent.Opened(Instant.FromUtc(2026, 1, 1, 0, 0))]);

        var sla = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<ISlaService>().Evaluate(ticket));
        Assert.Contains("'SlaPolicies'", sla.Message, StringComparison.Ordinal);
        var responsibility = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IEscalationService>().Resolve(default));
        Assert.Contains("'Responsibility'", responsibility.Message, StringComparison.Ordinal);
        Assert.Equal("ticket", Assert.Throws<ArgumentNullException>(() => provider.GetRequiredService<ISlaService>().Evaluate(null!)).ParamName);
    }
}
