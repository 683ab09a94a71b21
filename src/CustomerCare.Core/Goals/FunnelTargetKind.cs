// How a funnel stage states its target: an absolute count, or a step rate of the previous stage.
namespace CustomerCare.Core.Goals;

/// <summary>How a <see cref="FunnelStage"/> states its target.</summary>
public enum FunnelTargetKind
{
    /// <summary>An absolute count (≥ 60 satisfied), optionally with a declared base ("60 of 100"). Judged on the stage's count.</summary>
    Count = 1,

    /// <summary>A step rate relative to the previous stage (≥ 50 % of those satisfied become core). Judged on the step conversion.</summary>
    StepRate,
}
