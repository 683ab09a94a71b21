// The instruments of the "CustomerCare" Meter and the code that records to them, free when nobody listens.
using System.Diagnostics;
using System.Diagnostics.Metrics;
using CustomerCare.Core.Goals;
using CustomerCare.Core.Responsibility;
using CustomerCare.Core.Sla.Evaluation;
using CustomerCare.Core.Sla.Policies;

namespace CustomerCare.Core.DependencyInjection.Diagnostics;

/// <summary>
/// Records what the DI-layer services do. Every method first checks the instruments' <c>Enabled</c> flags, so with no
/// <see cref="MeterListener"/> (or exporter) attached a call costs a few loads and allocates nothing; tags are passed as
/// <see cref="TagList"/> (a struct) and enum values as cached strings.
/// </summary>
internal sealed class CustomerCareMetrics : IDisposable
{
    private readonly Meter _meter;
    private readonly bool _ownsMeter;
    private readonly Counter<long> _evaluations;
    private readonly Counter<long> _warnings;
    private readonly Counter<long> _breaches;
    private readonly Histogram<double> _firstResponse;
    private readonly Histogram<double> _resolution;
    private readonly Counter<long> _escalations;
    private readonly Counter<long> _goalChanges;

    /// <summary>Creates the instruments on a meter of <paramref name="factory"/>, or on an own meter without one.</summary>
    internal CustomerCareMetrics(IMeterFactory? factory)
    {
        var version = typeof(CustomerCareMetrics).Assembly.GetName().Version?.ToString(3);
        _ownsMeter = factory is null;
        _meter = factory?.Create(CustomerCareMeter.Name, version) ?? new Meter(CustomerCareMeter.Name, version);
        _evaluations = _meter.CreateCounter<long>(CustomerCareMeter.SlaEvaluations, "{evaluation}", "SLA evaluations of tickets.");
        _warnings = _meter.CreateCounter<long>(CustomerCareMeter.SlaWarnings, "{instance}", "SLA metric instances found in warning by an evaluation.");
        _breaches = _meter.CreateCounter<long>(CustomerCareMeter.SlaBreaches, "{instance}", "SLA metric instances found breached by an evaluation.");
        _firstResponse = _meter.CreateHistogram<double>(CustomerCareMeter.FirstResponseTime, "s", "Business time of stopped first-response instances seen by an evaluation.");
        _resolution = _meter.CreateHistogram<double>(CustomerCareMeter.ResolutionTime, "s", "Business time of stopped resolution instances seen by an evaluation.");
        _escalations = _meter.CreateCounter<long>(CustomerCareMeter.Escalations, "{step}", "Escalation steps by the tier escalated to.");
        _goalChanges = _meter.CreateCounter<long>(CustomerCareMeter.GoalStatusChanges, "{change}", "Changes of a goal's overall status between evaluations.");
    }

    /// <summary>Gets the meter (for tests that filter by instance).</summary>
    internal Meter Meter => _meter;

    public void Dispose()
    {
        if (_ownsMeter)
        {
            _meter.Dispose();
        }
    }

    internal void RecordEvaluation(string tenant, SlaEvaluation evaluation)
    {
        if (!(_evaluations.Enabled || _warnings.Enabled || _breaches.Enabled || _firstResponse.Enabled || _resolution.Enabled))
        {
            return;
        }

        var policy = evaluation.Policy.Name;
        var priority = evaluation.Priority;
        _evaluations.Add(1, new TagList { { CustomerCareMeter.PolicyTag, policy }, { CustomerCareMeter.PriorityTag, priority }, { CustomerCareMeter.TenantTag, tenant } });
        var results = evaluation.Results;
        for (var i = 0; i < results.Count; i++)
        {
            var result = results[i];
            switch (result.Status)
            {
                case SlaStatus.Warning:
                    _warnings.Add(1, MetricTags(result.Metric, priority, policy, tenant));
                    break;
                case SlaStatus.Breached:
                    _breaches.Add(1, MetricTags(result.Metric, priority, policy, tenant));
                    break;
            }

            if (result.Stop is not null && result.Status is SlaStatus.Met or SlaStatus.Breached)
            {
                var histogram = result.Metric.Kind switch
                {
                    SlaMetricKind.FirstResponse => _firstResponse,
                    SlaMetricKind.Resolution => _resolution,
                    _ => null,
                };
                histogram?.Record(result.Elapsed.TotalSeconds, new TagList
                {
                    { CustomerCareMeter.PolicyTag, policy },
                    { CustomerCareMeter.PriorityTag, priority },
                    { CustomerCareMeter.StatusTag, result.Status == SlaStatus.Met ? "met" : "breached" },
                    { CustomerCareMeter.TenantTag, tenant },
                });
            }
        }
    }

    internal void RecordEscalation(string tenant, EscalationStep step)
    {
        if (!_escalations.Enabled)
        {
            return;
        }

        _escalations.Add(1, new TagList
        {
            { CustomerCareMeter.TierTag, step.Next.Tier?.Name },
            { CustomerCareMeter.FromTierTag, step.From.Name },
            { CustomerCareMeter.OutcomeTag, Snake(step.Outcome) },
            { CustomerCareMeter.TriggerTag, Snake(step.Trigger.Kind) },
            { CustomerCareMeter.TenantTag, tenant },
        });
    }

    internal void RecordGoalStatus(string tenant, string goal, GoalStatus? from, GoalStatus to)
    {
        if (!_goalChanges.Enabled || from == to)
        {
            return;
        }

        _goalChanges.Add(1, new TagList
        {
            { CustomerCareMeter.GoalTag, goal },
            { CustomerCareMeter.FromStatusTag, from is { } f ? Snake(f) : "none" },
            { CustomerCareMeter.ToStatusTag, Snake(to) },
            { CustomerCareMeter.TenantTag, tenant },
        });
    }

    private static TagList MetricTags(SlaMetric metric, string priority, string policy, string tenant) => new()
    {
        { CustomerCareMeter.MetricTag, metric.Name },
        { CustomerCareMeter.PriorityTag, priority },
        { CustomerCareMeter.PolicyTag, policy },
        { CustomerCareMeter.TenantTag, tenant },
    };

    internal static string Snake(GoalStatus status) => status switch
    {
        GoalStatus.NotStarted => "not_started",
        GoalStatus.OnTrack => "on_track",
        GoalStatus.AtRisk => "at_risk",
        GoalStatus.Met => "met",
        GoalStatus.Missed => "missed",
        GoalStatus.Undetermined => "undetermined",
        _ => "unknown",
    };

    private static string Snake(EscalationOutcome outcome) => outcome switch
    {
        EscalationOutcome.NotNeeded => "not_needed",
        EscalationOutcome.Escalated => "escalated",
        EscalationOutcome.AtTop => "at_top",
        EscalationOutcome.Declined => "declined",
        _ => "unknown",
    };

    private static string Snake(EscalationTriggerKind kind) => kind switch
    {
        EscalationTriggerKind.Severity => "severity",
        EscalationTriggerKind.SlaWarning => "sla_warning",
        EscalationTriggerKind.SlaBreach => "sla_breach",
        EscalationTriggerKind.Segment => "segment",
        EscalationTriggerKind.RepeatContacts => "repeat_contacts",
        EscalationTriggerKind.Authority => "authority",
        _ => "unknown",
    };
}
