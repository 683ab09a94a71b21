// One KPI of a scorecard row: its value and, when the role sets one, the target it is compared with.
using System.Globalization;
using CustomerCare.Core.Kpis;

namespace CustomerCare.Core.Goals.Scorecards;

/// <summary>One KPI of a <see cref="ScorecardRow"/>: value vs target. Immutable and thread-safe.</summary>
/// <param name="Kpi">The KPI.</param>
/// <param name="Value">The value in the KPI's unit (fractions for rates and the QA score, points for NPS, seconds for AHT); NaN without data.</param>
/// <param name="Target">The role's target, or null.</param>
/// <param name="Status">The comparison.</param>
public readonly record struct ScorecardLine(KpiId Kpi, double Value, RoleTarget? Target, TargetStatus Status)
{
    /// <summary>Returns the line as text, e.g. <c>Customer Satisfaction (CSAT) 0.872 vs ≥ 0.85: met</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var value = double.IsNaN(Value) ? "no data" : Value.ToString("0.###", CultureInfo.InvariantCulture);
        var target = Target is { } t
            ? string.Create(CultureInfo.InvariantCulture, $" vs {(t.Direction == KpiDirection.LowerIsBetter ? "≤" : "≥")} {t.Threshold}: {Status.ToString().ToLowerInvariant()}")
            : string.Empty;
        return $"{KpiCatalog.Get(Kpi).Name} {value}{target}";
    }

    internal static ScorecardLine For(KpiId kpi, double value, ScorecardRole? role)
    {
        var target = role?.TargetFor(kpi);
        var status = target is not { } t ? TargetStatus.NoTarget
            : double.IsNaN(value) ? TargetStatus.NoData
            : t.IsMetBy(value) ? TargetStatus.Met : TargetStatus.Missed;
        return new ScorecardLine(kpi, value, target, status);
    }
}
