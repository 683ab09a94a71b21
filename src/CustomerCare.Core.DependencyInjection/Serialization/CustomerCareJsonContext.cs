// The source-generated System.Text.Json metadata of the core's results and models (trim- and AOT-safe); use it through CustomerCareJson.
using System.Text.Json.Serialization;
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Goals;
using CustomerCare.Core.Goals.Capability;
using CustomerCare.Core.Kpis;
using CustomerCare.Core.Kpis.ContactCentre;
using CustomerCare.Core.Kpis.Resolution;
using CustomerCare.Core.Kpis.Service;
using CustomerCare.Core.Kpis.Surveys;
using CustomerCare.Core.Responsibility;
using CustomerCare.Core.Sla.Evaluation;
using CustomerCare.Core.Staffing;
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CustomerCare.Core.DependencyInjection.Serialization;

/// <summary>
/// Source-generated serialization metadata for the results of CustomerCare.Core (SLA evaluations, escalation steps, goal and
/// KPI results, staffing results) and its models with a JSON format (calendars, goals, responsibility models, capability
/// envelopes). Property names are snake case and floating-point NaN/infinity are written as the strings <c>"NaN"</c>,
/// <c>"Infinity"</c>. Use it with the converters of <see cref="CustomerCareJson"/>:
/// <c>CustomerCareJson.Context.SlaEvaluation</c>, or <c>CustomerCareJson.Options</c> with
/// <see cref="System.Text.Json.JsonSerializer"/>; the bare <see cref="JsonSerializerContext"/> default lacks the NodaTime
/// and enum converters.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(SlaEvaluation))]
[JsonSerializable(typeof(SlaMetricResult))]
[JsonSerializable(typeof(SlaNotification))]
[JsonSerializable(typeof(IReadOnlyList<SlaNotification>))]
[JsonSerializable(typeof(SlaStatus))]
[JsonSerializable(typeof(EscalationStep))]
[JsonSerializable(typeof(Assignment))]
[JsonSerializable(typeof(TargetEvaluation))]
[JsonSerializable(typeof(TargetEvaluation[]))]
[JsonSerializable(typeof(GoalStatus))]
[JsonSerializable(typeof(CapabilityDecision))]
[JsonSerializable(typeof(NpsResult))]
[JsonSerializable(typeof(CsatResult))]
[JsonSerializable(typeof(CesResult))]
[JsonSerializable(typeof(ContactResolutionResult))]
[JsonSerializable(typeof(HandleTimeResult))]
[JsonSerializable(typeof(QueueResult))]
[JsonSerializable(typeof(SlaComplianceResult))]
[JsonSerializable(typeof(DurationSummary))]
[JsonSerializable(typeof(KpiRatio))]
[JsonSerializable(typeof(KpiInterval))]
[JsonSerializable(typeof(ErlangCResult))]
[JsonSerializable(typeof(ErlangAResult))]
[JsonSerializable(typeof(BusinessCalendar))]
[JsonSerializable(typeof(CareGoal))]
[JsonSerializable(typeof(ResponsibilityModel))]
[JsonSerializable(typeof(CapabilityEnvelope))]
[JsonSerializable(typeof(Money))]
[JsonSerializable(typeof(CategoryPath))]
[JsonSerializable(typeof(Instant))]
[JsonSerializable(typeof(Duration))]
public sealed partial class CustomerCareJsonContext : JsonSerializerContext;
