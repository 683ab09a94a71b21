// How one funnel stage did: its count, step and overall conversion, drop-off, and whether it met its target.
using System.Globalization;

namespace CustomerCare.Core.Goals;

/// <summary>One stage of a <see cref="FunnelEvaluation"/>. Rates are fractions, unrounded; NaN when their base is 0.</summary>
/// <param name="Stage">The stage's definition.</param>
/// <param name="Observed">The count observed at the stage.</param>
/// <param name="StepConversion">Observed / the previous stage's observed count; NaN for the first stage. Above 1 only when the counts are not nested.</param>
/// <param name="OverallConversion">Observed / the first stage's observed count (1 for the first stage when it is not 0).</param>
/// <param name="DropOff">The previous stage's count minus this one (0 for the first stage).</param>
/// <param name="DropOffRate">1 − <paramref name="StepConversion"/>; NaN for the first stage.</param>
/// <param name="IsMet">Whether the stage met its target: a count stage when <paramref name="Observed"/> ≥ its target count, a
/// rate stage when <paramref name="StepConversion"/> ≥ its step rate (never when the step conversion is NaN).</param>
public readonly record struct FunnelStageResult(FunnelStage Stage, long Observed, double StepConversion, double OverallConversion, long DropOff, double DropOffRate, bool IsMet)
{
    /// <summary>Returns a short summary, e.g. <c>core: 25 (step 0.455, overall 0.25, drop-off 30) missed (target ≥ 50 % of the previous stage)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Stage?.Name}: {Observed} (step {StepConversion:0.###}, overall {OverallConversion:0.###}, drop-off {DropOff}) {(IsMet ? "met" : "missed")} (target {Stage})");
}
