// Whether progress is reported as computed or clamped to 0..1, chosen explicitly with every progress formula.
namespace CustomerCare.Core.Goals;

/// <summary>Whether <see cref="GoalProgress.Calculate"/> clamps its result.</summary>
public enum ProgressClamp
{
    /// <summary>Report the formula's value as computed: below 0 when the value moved the wrong way, above 1 past the target.</summary>
    Unclamped = 1,

    /// <summary>Clamp to [0, 1]: 0 for anything at or behind the start, 1 for anything at or past the target. NaN stays NaN.</summary>
    ZeroToOne,
}
