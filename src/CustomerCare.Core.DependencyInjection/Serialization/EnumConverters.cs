// Snake-case string converters for every public enum of the core, so results read "breached", not 4 (AOT-safe: one generic converter per enum).
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CustomerCare.Core.DependencyInjection.Serialization;

/// <summary>The enum converters of <see cref="CustomerCareJson"/>: members in snake case (<c>WarningReached</c> → <c>"warning_reached"</c>).</summary>
internal static class EnumConverters
{
    /// <summary>Creates one converter per public enum of CustomerCare.Core.</summary>
    /// <returns>The converters.</returns>
    internal static JsonConverter[] Create() =>
    [
        Snake<global::CustomerCare.Core.Goals.Capability.BudgetPeriod>(),
        Snake<global::CustomerCare.Core.Goals.Capability.CapabilityOutcome>(),
        Snake<global::CustomerCare.Core.Goals.Capability.CapabilityReason>(),
        Snake<global::CustomerCare.Core.Goals.Capability.FindingSeverity>(),
        Snake<global::CustomerCare.Core.Goals.Capability.GoodwillEntryKind>(),
        Snake<global::CustomerCare.Core.Goals.Capability.LoadCounting>(),
        Snake<global::CustomerCare.Core.Goals.Capability.RequestScope>(),
        Snake<global::CustomerCare.Core.Goals.CareObjective>(),
        Snake<global::CustomerCare.Core.Goals.FunnelFindingKind>(),
        Snake<global::CustomerCare.Core.Goals.FunnelTargetKind>(),
        Snake<global::CustomerCare.Core.Goals.GoalStatus>(),
        Snake<global::CustomerCare.Core.Goals.ImprovementKind>(),
        Snake<global::CustomerCare.Core.Goals.ProgressClamp>(),
        Snake<global::CustomerCare.Core.Goals.ProgressFormula>(),
        Snake<global::CustomerCare.Core.Goals.Scorecards.RankingMethod>(),
        Snake<global::CustomerCare.Core.Goals.Scorecards.RubricScale>(),
        Snake<global::CustomerCare.Core.Goals.Scorecards.ScorecardLevel>(),
        Snake<global::CustomerCare.Core.Goals.Scorecards.TargetStatus>(),
        Snake<global::CustomerCare.Core.Goals.Scorecards.VolumePeriod>(),
        Snake<global::CustomerCare.Core.Goals.TargetDirection>(),
        Snake<global::CustomerCare.Core.Kpis.ContactCentre.AbandonmentVariant>(),
        Snake<global::CustomerCare.Core.Kpis.ContactCentre.CallOutcome>(),
        Snake<global::CustomerCare.Core.Kpis.ContactCentre.ServiceLevelVariant>(),
        Snake<global::CustomerCare.Core.Kpis.ContactCentre.UtilisationVariant>(),
        Snake<global::CustomerCare.Core.Kpis.KpiDirection>(),
        Snake<global::CustomerCare.Core.Kpis.KpiId>(),
        Snake<global::CustomerCare.Core.Kpis.KpiUnit>(),
        Snake<global::CustomerCare.Core.Kpis.Percentiles.PercentileMethod>(),
        Snake<global::CustomerCare.Core.Kpis.Resolution.FcrBasis>(),
        Snake<global::CustomerCare.Core.Kpis.Resolution.RepeatContactVariant>(),
        Snake<global::CustomerCare.Core.Kpis.Service.SlaComplianceVariant>(),
        Snake<global::CustomerCare.Core.Kpis.Service.TicketSlaState>(),
        Snake<global::CustomerCare.Core.Kpis.Surveys.CesDirection>(),
        Snake<global::CustomerCare.Core.Kpis.Surveys.NpsIntervalMethod>(),
        Snake<global::CustomerCare.Core.Kpis.Surveys.ServqualDimension>(),
        Snake<global::CustomerCare.Core.Responsibility.AssignmentStatus>(),
        Snake<global::CustomerCare.Core.Responsibility.AuthorityThreshold>(),
        Snake<global::CustomerCare.Core.Responsibility.EscalationOutcome>(),
        Snake<global::CustomerCare.Core.Responsibility.EscalationTriggerKind>(),
        Snake<global::CustomerCare.Core.Responsibility.RaciRole>(),
        Snake<global::CustomerCare.Core.Responsibility.ResponsibilityFindingKind>(),
        Snake<global::CustomerCare.Core.Responsibility.ScaleDirection>(),
        Snake<global::CustomerCare.Core.Responsibility.TierKind>(),
        Snake<global::CustomerCare.Core.Segments.AttributeKind>(),
        Snake<global::CustomerCare.Core.Segments.PaymentAbility>(),
        Snake<global::CustomerCare.Core.Segments.RecencyUnit>(),
        Snake<global::CustomerCare.Core.Segments.Rfm.RfmBinning>(),
        Snake<global::CustomerCare.Core.Segments.WhenMissing>(),
        Snake<global::CustomerCare.Core.Sla.Evaluation.SlaNotificationKind>(),
        Snake<global::CustomerCare.Core.Sla.Evaluation.SlaStatus>(),
        Snake<global::CustomerCare.Core.Sla.Policies.ReopenMode>(),
        Snake<global::CustomerCare.Core.Sla.Policies.ResolvedReplyMode>(),
        Snake<global::CustomerCare.Core.Sla.Policies.ResponseResolveMode>(),
        Snake<global::CustomerCare.Core.Sla.Policies.SlaMetricKind>(),
        Snake<global::CustomerCare.Core.Staffing.ServiceLevelDefinition>(),
        Snake<global::CustomerCare.Core.Tickets.TicketEventKind>(),
    ];

    private static JsonStringEnumConverter<T> Snake<T>()
        where T : struct, Enum => new(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false);
}
