// One stage of a funnel goal: its name and its target as a count (optionally "x of y") or a step rate of the previous stage.
using System.Globalization;

namespace CustomerCare.Core.Goals;

/// <summary>
/// A stage of a <see cref="FunnelGoal"/>. Whatever way the target was stated, both forms are exposed unrounded: a
/// count stage's step rate is its count over the previous stage's target count, and a rate stage's target count is
/// its rate times the previous stage's target count (13.5 is kept as 13.5).
/// </summary>
/// <remarks>Immutable and thread-safe; created by <see cref="FunnelGoalBuilder"/>.</remarks>
public sealed class FunnelStage : IEquatable<FunnelStage>
{
    internal FunnelStage(string name, FunnelTargetKind kind, double targetCount, double stepRate, double declaredBase)
    {
        Name = name;
        Kind = kind;
        TargetCount = targetCount;
        StepRate = stepRate;
        DeclaredBase = declaredBase;
    }

    /// <summary>Gets the stage's name ("handled", "satisfied", "core", "referring").</summary>
    public string Name { get; }

    /// <summary>Gets how the target was stated.</summary>
    public FunnelTargetKind Kind { get; }

    /// <summary>Gets the target count: as given for a count stage, implied (rate × previous target count) for a rate stage.</summary>
    public double TargetCount { get; }

    /// <summary>Gets the step rate: as given for a rate stage, implied (target count / previous target count) for a count stage; NaN for the first stage.</summary>
    public double StepRate { get; }

    /// <summary>Gets the base a count stage declared ("60 of 100" → 100), or NaN when none was declared.</summary>
    public double DeclaredBase { get; }

    /// <inheritdoc/>
    public bool Equals(FunnelStage? other) =>
        other is not null && Name == other.Name && Kind == other.Kind && TargetCount.Equals(other.TargetCount)
        && StepRate.Equals(other.StepRate) && DeclaredBase.Equals(other.DeclaredBase);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FunnelStage);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Kind, TargetCount);

    /// <summary>Returns the stage in short form: <c>satisfied ≥ 60 of 100</c>, <c>core ≥ 50 % of the previous stage</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind == FunnelTargetKind.StepRate
        ? string.Create(CultureInfo.InvariantCulture, $"{Name} ≥ {StepRate * 100:0.##} % of the previous stage")
        : double.IsNaN(DeclaredBase)
            ? string.Create(CultureInfo.InvariantCulture, $"{Name} ≥ {TargetCount:0.##}")
            : string.Create(CultureInfo.InvariantCulture, $"{Name} ≥ {TargetCount:0.##} of {DeclaredBase:0.##}");
}
