// Which side of a threshold meets a goal target: at least, at most, or inside a band.
namespace CustomerCare.Core.Goals;

/// <summary>How a <see cref="GoalTarget"/> compares the observed value with its threshold.</summary>
public enum TargetDirection
{
    /// <summary>Higher is better: the target is met when the value is at least the threshold (CSAT ≥ 0.85).</summary>
    HigherIsBetter = 1,

    /// <summary>Lower is better: the target is met when the value is at most the threshold (churn ≤ 0.03).</summary>
    LowerIsBetter,

    /// <summary>Keep within a range: the target is met when the value lies in the closed band [lower, upper] (AHT within 4–7 min).</summary>
    WithinRange,
}
