// How a scorecard value compares with its role's target.
namespace CustomerCare.Core.Goals.Scorecards;

/// <summary>The comparison of a <see cref="ScorecardLine"/>'s value with its role's target.</summary>
public enum TargetStatus
{
    /// <summary>The role sets no target for this KPI.</summary>
    NoTarget = 1,

    /// <summary>There is a target but no data yet (the value is NaN); neither met nor missed.</summary>
    NoData,

    /// <summary>The value is on the good side of the threshold, or equal to it.</summary>
    Met,

    /// <summary>The value is on the wrong side of the threshold.</summary>
    Missed,
}
