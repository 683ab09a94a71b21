// How a baseline-relative target states its improvement: as a share of the baseline or in the KPI's own units.
namespace CustomerCare.Core.Goals;

/// <summary>How a <see cref="GoalTarget"/> relative to a <see cref="GoalBaseline"/> improves on it.</summary>
public enum ImprovementKind
{
    /// <summary>
    /// By a share of the baseline: the threshold is <c>baseline + |baseline| × amount</c> for higher-is-better and
    /// <c>baseline − |baseline| × amount</c> for lower-is-better (amount 0.10 = "10 % better"). The absolute value keeps
    /// "better" in the good direction for a negative baseline (an NPS of −20 improved by 10 % is −18).
    /// </summary>
    Relative = 1,

    /// <summary>
    /// By a number of the KPI's units: <c>baseline + amount</c> for higher-is-better, <c>baseline − amount</c> for
    /// lower-is-better (amount 5 on an NPS = "5 points better"; on a fraction KPI, 0.02 = "2 percentage points").
    /// </summary>
    Absolute,
}
