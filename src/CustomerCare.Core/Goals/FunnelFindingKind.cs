// The kinds of inconsistency a funnel definition can have; they are reported as findings, not thrown.
namespace CustomerCare.Core.Goals;

/// <summary>What is inconsistent about a funnel definition (see <see cref="FunnelGoal.Findings"/>).</summary>
public enum FunnelFindingKind
{
    /// <summary>A stage declares a base ("30 of 70") that is not the previous stage's target (60): the stages do not chain.</summary>
    BaseMismatch = 1,

    /// <summary>A stage's target count is above the previous stage's target: a funnel can only narrow.</summary>
    Widening,
}
