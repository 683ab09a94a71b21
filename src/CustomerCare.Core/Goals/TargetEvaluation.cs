// The allocation-free result of evaluating one goal target at an instant: status, gap, progress and projection.
using System.Globalization;

namespace CustomerCare.Core.Goals;

/// <summary>
/// How a <see cref="GoalTarget"/> stands at an instant (see <see cref="GoalTarget"/> for the rules). Values are in
/// the KPI's unit (seconds for durations) and unrounded.
/// </summary>
/// <remarks><c>default(TargetEvaluation)</c> is not an evaluation: its <see cref="Target"/> is null and its <see cref="Status"/> 0.</remarks>
public readonly record struct TargetEvaluation
{
    internal TargetEvaluation(GoalTarget target, GoalStatus status, double observed, double gap, double progress, double elapsedFraction, double projected, bool meetsTargetNow)
    {
        Target = target;
        Status = status;
        Observed = observed;
        Gap = gap;
        Progress = progress;
        ElapsedFraction = elapsedFraction;
        Projected = projected;
        MeetsTargetNow = meetsTargetNow;
    }

    /// <summary>Gets the evaluated target.</summary>
    public GoalTarget Target { get; }

    /// <summary>Gets the status.</summary>
    public GoalStatus Status { get; }

    /// <summary>Gets the observed value (NaN for an empty sample).</summary>
    public double Observed { get; }

    /// <summary>Gets the gap to the target (see <see cref="GoalTarget.Gap"/>): positive = short by that much, 0 or negative = met.</summary>
    public double Gap { get; }

    /// <summary>Gets the progress by the target's named formula and clamp (NaN when undefined).</summary>
    public double Progress { get; }

    /// <summary>Gets the elapsed fraction of the period: 0 before it, 1 after it, on the business calendar when one was given (NaN when it has no business time in the period).</summary>
    public double ElapsedFraction { get; }

    /// <summary>Gets the value projected to the period's end; NaN before the period or when undefined, the observed value once the period has ended.</summary>
    public double Projected { get; }

    /// <summary>Gets a value indicating whether the observed value meets the target now (final only once the period has ended).</summary>
    public bool MeetsTargetNow { get; }

    /// <summary>Returns a short summary, e.g. <c>Customer Satisfaction (CSAT) ≥ 0.85: OnTrack (observed 0.83, projected 0.86, gap 0.02, progress 0.6, 50 % elapsed)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        if (Target is null)
        {
            return "(no evaluation)";
        }

        var unit = Target.Descriptor.Unit;
        return string.Create(CultureInfo.InvariantCulture,
            $"{Target}: {Status} (observed {GoalFormat.Value(unit, Observed)}, projected {GoalFormat.Value(unit, Projected)}, gap {GoalFormat.Value(unit, Gap)}, progress {Progress:0.###}, {ElapsedFraction * 100:0.#} % elapsed)");
    }
}
