// Which way is good for a KPI: goals use it to tell a target from a ceiling.
namespace CustomerCare.Core.Kpis;

/// <summary>Whether larger or smaller values of a KPI are better.</summary>
public enum KpiDirection
{
    /// <summary>Larger values are better (NPS, CSAT, FCR, service level…).</summary>
    HigherIsBetter = 1,

    /// <summary>Smaller values are better (handle and response times, abandonment, churn, backlog…).</summary>
    LowerIsBetter,

    /// <summary>
    /// Neither direction is better in itself: the target is a band (occupancy, where too high burns agents out) or
    /// the good end depends on how the survey is worded (CES, whose scale direction is chosen per survey).
    /// </summary>
    Neither,
}
