// The names of the "CustomerCare" Meter, its instruments and their tags, for hosts that export them (OpenTelemetry AddMeter("CustomerCare")).
namespace CustomerCare.Core.DependencyInjection.Diagnostics;

/// <summary>
/// The <see cref="System.Diagnostics.Metrics.Meter"/> the services of this package record to, and its instruments.
/// Export it with OpenTelemetry (<c>.WithMetrics(m =&gt; m.AddMeter(CustomerCareMeter.Name))</c>) or read it with a
/// <see cref="System.Diagnostics.Metrics.MeterListener"/>. With no listener attached nothing is recorded and nothing is
/// allocated. When the container has an <c>IMeterFactory</c> (every generic host does) the meter is created by it.
/// </summary>
public static class CustomerCareMeter
{
    /// <summary>The meter's name: <c>CustomerCare</c>.</summary>
    public const string Name = "CustomerCare";

    /// <summary>Counter of SLA evaluations made by <see cref="ISlaService"/>; tags <see cref="PolicyTag"/>, <see cref="PriorityTag"/>, <see cref="TenantTag"/>.</summary>
    public const string SlaEvaluations = "customercare.sla.evaluations";

    /// <summary>Counter of metric instances an evaluation found in warning (at or past the warning point, not yet breached); tags
    /// <see cref="MetricTag"/>, <see cref="PriorityTag"/>, <see cref="PolicyTag"/>, <see cref="TenantTag"/>.</summary>
    public const string SlaWarnings = "customercare.sla.warnings";

    /// <summary>Counter of metric instances an evaluation found breached; tags as <see cref="SlaWarnings"/>.</summary>
    public const string SlaBreaches = "customercare.sla.breaches";

    /// <summary>Histogram (seconds of business time) of stopped first-response instances an evaluation saw; tags
    /// <see cref="PolicyTag"/>, <see cref="PriorityTag"/>, <see cref="StatusTag"/> (<c>met</c> or <c>breached</c>), <see cref="TenantTag"/>.</summary>
    public const string FirstResponseTime = "customercare.sla.first_response.business_time";

    /// <summary>Histogram (seconds of business time) of stopped resolution instances an evaluation saw; tags as <see cref="FirstResponseTime"/>.</summary>
    public const string ResolutionTime = "customercare.sla.resolution.business_time";

    /// <summary>Counter of escalation steps taken through <see cref="IEscalationService"/>; tags <see cref="TierTag"/> (the tier
    /// escalated to), <see cref="FromTierTag"/>, <see cref="OutcomeTag"/>, <see cref="TriggerTag"/>, <see cref="TenantTag"/>.</summary>
    public const string Escalations = "customercare.escalations";

    /// <summary>Counter of changes of a goal's overall status between two evaluations through <see cref="IGoalService"/> (the first
    /// evaluation counts as a change from <c>none</c>); tags <see cref="GoalTag"/>, <see cref="FromStatusTag"/>, <see cref="ToStatusTag"/>, <see cref="TenantTag"/>.</summary>
    public const string GoalStatusChanges = "customercare.goals.status_changes";

    /// <summary>Tag: the tenant's name (empty for the default registration).</summary>
    public const string TenantTag = "customercare.tenant";

    /// <summary>Tag: the SLA policy's name.</summary>
    public const string PolicyTag = "customercare.sla.policy";

    /// <summary>Tag: the ticket's priority at the evaluation instant.</summary>
    public const string PriorityTag = "customercare.sla.priority";

    /// <summary>Tag: the SLA metric's name (<c>first_response</c>, <c>resolution</c>, a custom name…).</summary>
    public const string MetricTag = "customercare.sla.metric";

    /// <summary>Tag: an SLA status in snake case (<c>met</c>, <c>breached</c>).</summary>
    public const string StatusTag = "customercare.sla.status";

    /// <summary>Tag: the tier an escalation went to.</summary>
    public const string TierTag = "customercare.tier";

    /// <summary>Tag: the tier an escalation left.</summary>
    public const string FromTierTag = "customercare.from_tier";

    /// <summary>Tag: the escalation outcome in snake case.</summary>
    public const string OutcomeTag = "customercare.escalation.outcome";

    /// <summary>Tag: the escalation trigger kind in snake case.</summary>
    public const string TriggerTag = "customercare.escalation.trigger";

    /// <summary>Tag: the goal's name.</summary>
    public const string GoalTag = "customercare.goal";

    /// <summary>Tag: the goal status before the change, in snake case (<c>none</c> at the first evaluation).</summary>
    public const string FromStatusTag = "customercare.goal.from";

    /// <summary>Tag: the goal status after the change, in snake case.</summary>
    public const string ToStatusTag = "customercare.goal.to";
}
