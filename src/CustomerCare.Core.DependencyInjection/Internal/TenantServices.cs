// The implementations of ISlaService, IEscalationService and IGoalService over a tenant's model monitor, the clock and the metrics.
using System.Collections.Concurrent;
using CustomerCare.Core.DependencyInjection.Diagnostics;
using CustomerCare.Core.Goals;
using CustomerCare.Core.Responsibility;
using CustomerCare.Core.Sla.Evaluation;
using CustomerCare.Core.Sla.Policies;
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CustomerCare.Core.DependencyInjection.Internal;

/// <summary>One object serves the three interfaces of a tenant; each call reads the current model once.</summary>
internal sealed class TenantServices(CustomerCareModelMonitor monitor, IClock clock, CustomerCareMetrics metrics)
    : ISlaService, IEscalationService, IGoalService
{
    private readonly ConcurrentDictionary<string, GoalStatus> _goalStatus = new(StringComparer.OrdinalIgnoreCase);

    public SlaEvaluation Evaluate(TicketTimeline ticket) => Evaluate(ticket, clock.GetCurrentInstant());

    public SlaEvaluation Evaluate(TicketTimeline ticket, Instant now)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var model = monitor.Current;
        var evaluation = Sla(model).Evaluate(ticket, now);
        metrics.RecordEvaluation(model.Tenant, evaluation);
        return evaluation;
    }

    public IReadOnlyList<SlaNotification> Transitions(TicketTimeline ticket, Instant since)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return Sla(monitor.Current).Transitions(ticket, since, clock.GetCurrentInstant());
    }

    public Assignment Resolve(in ResponsibilityIssue issue) => Responsibility(monitor.Current).Resolve(issue);

    public EscalationStep Escalate(Assignment current, EscalationTrigger trigger)
    {
        var model = monitor.Current;
        var step = Responsibility(model).Escalate(current, trigger);
        metrics.RecordEscalation(model.Tenant, step);
        return step;
    }

    public GoalStatus Evaluate(string goal, ReadOnlySpan<double> observed, Span<TargetEvaluation> destination, string? calendar = null)
    {
        ArgumentNullException.ThrowIfNull(goal);
        var model = monitor.Current;
        var found = model.FindGoal(goal) ?? throw new ArgumentException(
            $"No goal is named '{goal}'; configured goals are {Names(model.Goals.Select(g => g.Name))}.", nameof(goal));
        Calendars.BusinessCalendar? businessCalendar = null;
        if (calendar is not null && !model.Calendars.TryGetValue(calendar, out businessCalendar))
        {
            throw new ArgumentException($"No calendar is named '{calendar}'; configured calendars are {Names(model.Calendars.Keys)}.", nameof(calendar));
        }

        var status = found.Evaluate(clock.GetCurrentInstant(), observed, destination, businessCalendar);
        GoalStatus? previous = null;
        _goalStatus.AddOrUpdate(found.Name, status, (_, old) =>
        {
            previous = old;
            return status;
        });
        metrics.RecordGoalStatus(model.Tenant, found.Name, previous, status);
        return status;
    }

    private static SlaPolicySet Sla(CustomerCareModel model) => model.SlaPolicies ?? throw Missing(model, CustomerCareOptions.SlaPoliciesSection, "SLA policy set");

    private static ResponsibilityModel Responsibility(CustomerCareModel model) =>
        model.Responsibility ?? throw Missing(model, CustomerCareOptions.ResponsibilitySection, "responsibility model");

    internal static InvalidOperationException Missing(CustomerCareModel model, string section, string what) => new(
        $"The {(model.Tenant.Length == 0 ? "default tenant" : $"tenant '{model.Tenant}'")} has no {what}: add a '{section}' section to its configuration (or the matching call to its CustomerCareBuilder).");

    private static string Names(IEnumerable<string> names) => names.Any() ? string.Join(", ", names.Select(n => $"'{n}'")) : "none";
}
