// The result of a funnel goal against observed stage counts: per-stage conversions and the first stage that breaks the chain.
using System.Globalization;
using System.Text;

namespace CustomerCare.Core.Goals;

/// <summary>A <see cref="FunnelGoal"/> evaluated against observed counts. Immutable and thread-safe.</summary>
public sealed class FunnelEvaluation
{
    internal FunnelEvaluation(FunnelGoal funnel, FunnelStageResult[] stages)
    {
        Funnel = funnel;
        Stages = Array.AsReadOnly(stages);
        var first = stages[0].Observed;
        OverallConversion = first == 0 ? double.NaN : (double)stages[^1].Observed / first;
        FirstBrokenStage = Array.FindIndex(stages, s => !s.IsMet);
    }

    /// <summary>Gets the funnel.</summary>
    public FunnelGoal Funnel { get; }

    /// <summary>Gets the result of every stage, in order.</summary>
    public IReadOnlyList<FunnelStageResult> Stages { get; }

    /// <summary>Gets the last stage's count over the first stage's count; NaN when the first count is 0.</summary>
    public double OverallConversion { get; }

    /// <summary>Gets the index of the first stage that missed its target (where the chain breaks), or −1 when every stage met it.</summary>
    public int FirstBrokenStage { get; }

    /// <summary>Gets a value indicating whether every stage met its target.</summary>
    public bool IsMet => FirstBrokenStage < 0;

    /// <summary>Returns one line per stage and the verdict.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Funnel.Name}: overall conversion {OverallConversion:0.###}, ");
        text.Append(IsMet ? "every stage met" : $"breaks at '{Stages[FirstBrokenStage].Stage.Name}'");
        foreach (var stage in Stages)
        {
            text.AppendLine().Append("  ").Append(stage.ToString());
        }

        return text.ToString();
    }
}
