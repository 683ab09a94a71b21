// Progress toward a target by a named formula with an explicit clamp; undefined progress is NaN, never 0.
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Goals;

/// <summary>
/// Calculates progress toward a one-sided target by one of the <see cref="ProgressFormula"/>s. Worked examples
/// (higher-is-better CSAT, start 0.80, target 0.85; lower-is-better churn, start 0.05, target 0.03):
/// <list type="table">
/// <listheader><term>Formula</term><description>CSAT 0.83 · churn 0.04 · current == target · past the target</description></listheader>
/// <item><term><see cref="ProgressFormula.DistanceCovered"/></term><description>0.6 · 0.5 · 1 · above 1 (clamped: 1)</description></item>
/// <item><term><see cref="ProgressFormula.RatioToTarget"/></term><description>0.976… (0.83/0.85) · 0.75 (0.03/0.04) · 1 · above 1 (clamped: 1)</description></item>
/// <item><term><see cref="ProgressFormula.Binary"/></term><description>0 · 0 · 1 · 1</description></item>
/// </list>
/// Undefined cases give NaN and stay NaN when clamped: a NaN current value; start == target for distance covered;
/// target == 0 (higher-is-better) or current == 0 (lower-is-better) for the ratio. Pure, thread-safe, allocation-free.
/// </summary>
public static class GoalProgress
{
    /// <summary>Calculates progress toward a one-sided target.</summary>
    /// <param name="formula">The formula.</param>
    /// <param name="clamp">Whether to clamp the result to [0, 1].</param>
    /// <param name="direction"><see cref="TargetDirection.HigherIsBetter"/> or <see cref="TargetDirection.LowerIsBetter"/>.</param>
    /// <param name="current">The observed value; NaN gives NaN.</param>
    /// <param name="target">The threshold; finite.</param>
    /// <param name="start">The start value; finite for <see cref="ProgressFormula.DistanceCovered"/>, ignored by the others.</param>
    /// <returns>The progress, unrounded; 1 when <paramref name="current"/> equals <paramref name="target"/> (unless undefined).</returns>
    /// <exception cref="ArgumentOutOfRangeException">An enum is not defined, <paramref name="direction"/> is
    /// <see cref="TargetDirection.WithinRange"/>, <paramref name="target"/> is not finite, or the start of distance covered is not finite.</exception>
    public static double Calculate(ProgressFormula formula, ProgressClamp clamp, TargetDirection direction, double current, double target, double start = double.NaN)
    {
        if (direction is not (TargetDirection.HigherIsBetter or TargetDirection.LowerIsBetter))
        {
            Preconditions.ThrowOutOfRange(nameof(direction), direction, "must be HigherIsBetter or LowerIsBetter (a range target has binary progress only)");
        }

        if (clamp is not (ProgressClamp.Unclamped or ProgressClamp.ZeroToOne))
        {
            Preconditions.ThrowOutOfRange(nameof(clamp), clamp, "must be Unclamped or ZeroToOne");
        }

        Preconditions.Finite(target);
        var higher = direction == TargetDirection.HigherIsBetter;
        double raw;
        switch (formula)
        {
            case ProgressFormula.DistanceCovered:
                Preconditions.Finite(start);
                raw = target == start ? double.NaN : (current - start) / (target - start);
                break;
            case ProgressFormula.RatioToTarget:
                var divisor = higher ? target : current;
                raw = divisor == 0 ? double.NaN : (higher ? current : target) / divisor;
                break;
            case ProgressFormula.Binary:
                raw = double.IsNaN(current) ? double.NaN : (higher ? current >= target : current <= target) ? 1 : 0;
                break;
            default:
                Preconditions.ThrowOutOfRange(nameof(formula), formula, "must be DistanceCovered, RatioToTarget or Binary");
                return double.NaN;
        }

        return clamp == ProgressClamp.ZeroToOne && !double.IsNaN(raw) ? Math.Clamp(raw, 0, 1) : raw;
    }
}
