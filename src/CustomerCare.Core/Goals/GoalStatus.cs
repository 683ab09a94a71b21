// Where a goal target stands at an instant: before, during (on track or at risk) or after its period (met or missed).
namespace CustomerCare.Core.Goals;

/// <summary>The status of a goal target (or of a whole goal) at an instant; see <see cref="TargetEvaluation"/>.</summary>
public enum GoalStatus
{
    /// <summary>The instant lies before the goal's period.</summary>
    NotStarted = 1,

    /// <summary>Inside the period, and the projection to the period end meets the target.</summary>
    OnTrack,

    /// <summary>Inside the period, and the projection to the period end does not meet the target.</summary>
    AtRisk,

    /// <summary>The period has ended and the observed value meets the target.</summary>
    Met,

    /// <summary>The period has ended and the observed value does not meet the target. A goal is never missed before its period ends.</summary>
    Missed,

    /// <summary>
    /// No status can be given: the observed value is NaN (an empty sample), or inside the period the projection is
    /// undefined (no time, or no business time, has elapsed yet for a target that projects from a start value).
    /// </summary>
    Undetermined,
}
