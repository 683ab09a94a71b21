// Shared checks of the scorecard types: which KPIs a scorecard reports.
using CustomerCare.Core.Internal;
using CustomerCare.Core.Kpis;

namespace CustomerCare.Core.Goals.Scorecards.Evaluation;

/// <summary>Checks shared by scorecard rows and books.</summary>
internal static class Scorecard
{
    /// <summary>Throws for a KPI a scorecard does not report; declared to return a value so it fits in a switch arm.</summary>
    public static double UnsupportedKpi(KpiId kpi, string paramName = "kpi")
    {
        Preconditions.ThrowOutOfRange(paramName, kpi, $"must be a KPI a scorecard reports ({string.Join(", ", StaffRoster.ScorecardKpis)})");
        return double.NaN;
    }
}
