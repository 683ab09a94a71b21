// The named formulas for "how far along is this target": progress is never implied, because tools disagree on it.
namespace CustomerCare.Core.Goals;

/// <summary>
/// How <see cref="GoalProgress.Calculate"/> turns an observed value into progress toward a target. Every formula
/// gives 1 when the observed value equals the target, and NaN (never 0) when it is undefined.
/// </summary>
public enum ProgressFormula
{
    /// <summary>
    /// Distance covered from a start value: <c>(current − start) / (target − start)</c>. The same formula serves both
    /// directions: for a lower-is-better target the target lies below the start, so moving down counts as progress
    /// (start 0.05 churn, target 0.03, current 0.04 → 0.5). 0 at the start, 1 at the target, above 1 past it, below
    /// 0 when the value moved the wrong way. Undefined (NaN) when start == target.
    /// </summary>
    DistanceCovered = 1,

    /// <summary>
    /// Ratio to the target: <c>current / target</c> for higher-is-better, <c>target / current</c> for lower-is-better,
    /// so that a better value always gives a larger ratio (AHT target 6 min, current 8 min → 0.75). 1 at the target.
    /// Undefined (NaN) when the divisor is 0: a target of 0 for higher-is-better, a current value of 0 for
    /// lower-is-better. Meaningful for non-negative KPIs only; a negative current value (an NPS below 0) gives a
    /// negative ratio.
    /// </summary>
    RatioToTarget,

    /// <summary>Binary: 1 when the target is met, 0 when it is not. The only formula for a <see cref="TargetDirection.WithinRange"/> target.</summary>
    Binary,
}
