// A funnel goal: ordered stages with count or step-rate targets, findings for stages that do not chain, and evaluation against counts.
using System.Globalization;
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Goals;

/// <summary>
/// A funnel goal: ordered <see cref="Stages"/> (handled → satisfied → core → referring), each with a target count or a
/// step rate of the previous stage. Built with <see cref="FunnelGoalBuilder"/>; inconsistent definitions are kept and
/// listed in <see cref="Findings"/> (results, not exceptions) so that a consistency check can report them.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by definition.</remarks>
public sealed class FunnelGoal : IEquatable<FunnelGoal>
{
    private readonly FunnelStage[] _stages;

    internal FunnelGoal(string name, GoalPeriod? period, FunnelStage[] stages, FunnelFinding[] findings)
    {
        Name = name;
        Period = period;
        _stages = stages;
        Stages = Array.AsReadOnly(stages);
        Findings = Array.AsReadOnly(findings);
    }

    /// <summary>Gets the funnel's name.</summary>
    public string Name { get; }

    /// <summary>Gets the period the funnel is counted over, or <see langword="null"/> when none was given.</summary>
    public GoalPeriod? Period { get; }

    /// <summary>Gets the stages, first to last.</summary>
    public IReadOnlyList<FunnelStage> Stages { get; }

    /// <summary>Gets the inconsistencies of the definition, in stage order; empty when the stages chain.</summary>
    public IReadOnlyList<FunnelFinding> Findings { get; }

    /// <summary>Gets a value indicating whether the definition has no findings.</summary>
    public bool IsConsistent => Findings.Count == 0;

    /// <summary>Evaluates the funnel against the counts observed at each stage.</summary>
    /// <param name="observed">One count per stage, in stage order; zero or more.</param>
    /// <returns>The evaluation: step and overall conversion, drop-off and the first stage that breaks the chain.</returns>
    /// <exception cref="ArgumentException"><paramref name="observed"/> does not hold one count per stage.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public FunnelEvaluation Evaluate(ReadOnlySpan<long> observed)
    {
        if (observed.Length != _stages.Length)
        {
            Preconditions.ThrowArgument(nameof(observed), $"observed must hold one count per stage ({_stages.Length}); its length was {observed.Length}.");
        }

        var results = new FunnelStageResult[_stages.Length];
        for (var i = 0; i < _stages.Length; i++)
        {
            if (observed[i] < 0)
            {
                Preconditions.ThrowAt(nameof(observed), i, observed[i], "must not be negative");
            }

            var stage = _stages[i];
            var count = observed[i];
            var overall = observed[0] == 0 ? double.NaN : (double)count / observed[0];
            if (i == 0)
            {
                results[i] = new FunnelStageResult(stage, count, double.NaN, overall, 0, double.NaN, count >= stage.TargetCount);
                continue;
            }

            var previous = observed[i - 1];
            var step = previous == 0 ? double.NaN : (double)count / previous;
            var met = stage.Kind == FunnelTargetKind.StepRate ? step >= stage.StepRate : count >= stage.TargetCount;
            results[i] = new FunnelStageResult(stage, count, step, overall, previous - count, 1 - step, met);
        }

        return new FunnelEvaluation(this, results);
    }

    /// <inheritdoc/>
    public bool Equals(FunnelGoal? other) =>
        other is not null && Name == other.Name && Equals(Period, other.Period) && _stages.SequenceEqual(other._stages);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FunnelGoal);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, _stages.Length);

    /// <summary>Returns the funnel in short form: <c>Care funnel: handled ≥ 100 → satisfied ≥ 60 of 100 → …</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Name}: {string.Join(" → ", _stages.Select(s => s.ToString()))}{(IsConsistent ? string.Empty : $" ({Findings.Count} finding{(Findings.Count == 1 ? string.Empty : "s")})")}");
}
