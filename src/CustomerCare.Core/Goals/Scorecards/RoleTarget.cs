// One target threshold of a staff role: a scorecard KPI, which way is better, and the value to reach.
using System.Globalization;
using CustomerCare.Core.Kpis;

namespace CustomerCare.Core.Goals.Scorecards;

/// <summary>
/// A role's target for one KPI, in the KPI's unit (fractions 0..1 for rates and the QA score, points for NPS,
/// seconds for AHT). The direction comes from <see cref="KpiCatalog"/>: a higher-is-better target is met when the value
/// is at least <see cref="Threshold"/>, a lower-is-better one when it is at most the threshold.
/// Instances come from <see cref="StaffRosterBuilder"/>. Immutable and thread-safe.
/// </summary>
/// <param name="Kpi">The KPI.</param>
/// <param name="Direction">Which way is better (from the catalogue).</param>
/// <param name="Threshold">The value to reach, unrounded.</param>
public readonly record struct RoleTarget(KpiId Kpi, KpiDirection Direction, double Threshold)
{
    /// <summary>Returns whether <paramref name="value"/> meets the target; false for NaN (no data).</summary>
    /// <param name="value">The observed value in the KPI's unit.</param>
    /// <returns>True when the value is on the good side of the threshold or equal to it.</returns>
    public bool IsMetBy(double value) => Direction == KpiDirection.LowerIsBetter ? value <= Threshold : value >= Threshold;

    /// <summary>Returns the target as text, e.g. <c>Customer Satisfaction (CSAT) ≥ 0.85</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{KpiCatalog.Get(Kpi).Name} {(Direction == KpiDirection.LowerIsBetter ? "≤" : "≥")} {Threshold}");
}
