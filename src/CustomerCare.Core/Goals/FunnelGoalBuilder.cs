// Fluent, single-use builder of a FunnelGoal: bad stages throw at once; stages that do not chain become findings, not errors.
using System.Globalization;
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Goals;

/// <summary>
/// Builds an immutable <see cref="FunnelGoal"/>, the classic care funnel:
/// <code>
/// new FunnelGoalBuilder("Care funnel")
///     .Count("handled", 100)
///     .Count("satisfied", 60, of: 100)   // of 100 handled, at least 60 satisfied
///     .Rate("core", 0.5)                 // of those, at least half become core customers (30)
///     .Rate("referring", 1.0 / 3)        // of those, a third refer someone (10)
///     .Build();
/// </code>
/// Each stage is a count (optionally "x of y") or a step rate of the previous stage; the first stage must be a count.
/// Stages that are wrong on their own (a negative count, 70 of 60, a rate outside (0, 1]) throw at once; stages
/// that are fine alone but do not chain ("30 of 70" after "60 of 100", a stage above the previous one) are kept
/// and reported in <see cref="FunnelGoal.Findings"/>.
/// </summary>
/// <remarks>Not thread-safe; use one builder on one thread. <see cref="Build"/> may be called once.</remarks>
[MutableByDesign("A fluent builder; it produces an immutable FunnelGoal and refuses reuse after Build.")]
public sealed class FunnelGoalBuilder
{
    private readonly string _name;
    private readonly List<(string Name, FunnelTargetKind Kind, double Value, double Base)> _stages = [];
    private GoalPeriod? _period;
    private bool _built;

    /// <summary>Starts a funnel named <paramref name="name"/>.</summary>
    /// <param name="name">A non-blank name.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or blank.</exception>
    public FunnelGoalBuilder(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            Preconditions.ThrowArgument(nameof(name), $"name must be a non-blank name; it was '{name}'.");
        }

        _name = name;
    }

    /// <summary>Sets the period the funnel is counted over (optional).</summary>
    /// <param name="period">The period.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public FunnelGoalBuilder During(GoalPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        _period = period;
        return this;
    }

    /// <summary>Adds a stage whose target is an absolute count.</summary>
    /// <param name="stage">The stage's name; non-blank and unique in the funnel.</param>
    /// <param name="atLeast">The target count; zero or more.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="stage"/> is blank or already used.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="atLeast"/> is negative.</exception>
    public FunnelGoalBuilder Count(string stage, long atLeast)
    {
        Preconditions.NonNegative(atLeast);
        return Add(stage, FunnelTargetKind.Count, atLeast, double.NaN);
    }

    /// <summary>Adds a stage whose target is "<paramref name="atLeast"/> of <paramref name="of"/>": a count with its declared base.</summary>
    /// <param name="stage">The stage's name; non-blank and unique in the funnel.</param>
    /// <param name="atLeast">The target count; zero or more, at most <paramref name="of"/>.</param>
    /// <param name="of">The base the count is taken from; positive, and normally the previous stage's target.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="stage"/> is blank or already used.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="atLeast"/> is negative or above <paramref name="of"/>, or <paramref name="of"/> is not positive.</exception>
    public FunnelGoalBuilder Count(string stage, long atLeast, long of)
    {
        Preconditions.NonNegative(atLeast);
        if (of <= 0)
        {
            Preconditions.ThrowOutOfRange(nameof(of), of, "must be a positive base count");
        }

        if (atLeast > of)
        {
            Preconditions.ThrowOutOfRange(nameof(atLeast), atLeast, $"must not exceed its base of {of}");
        }

        return Add(stage, FunnelTargetKind.Count, atLeast, of);
    }

    /// <summary>Adds a stage whose target is a step rate of the previous stage ("of those, at least half").</summary>
    /// <param name="stage">The stage's name; non-blank and unique in the funnel.</param>
    /// <param name="atLeast">The step rate, a fraction in (0, 1].</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="stage"/> is blank or already used.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="atLeast"/> is not in (0, 1].</exception>
    public FunnelGoalBuilder Rate(string stage, double atLeast)
    {
        if (!(atLeast > 0 && atLeast <= 1))
        {
            Preconditions.ThrowOutOfRange(nameof(atLeast), atLeast, "must be a step rate in (0, 1] (0.5 = half of the previous stage)");
        }

        return Add(stage, FunnelTargetKind.StepRate, atLeast, double.NaN);
    }

    /// <summary>Builds the funnel and its findings.</summary>
    /// <returns>The immutable funnel.</returns>
    /// <exception cref="InvalidOperationException">The builder was already built, the funnel has fewer than two stages, or its first stage is a rate.</exception>
    public FunnelGoal Build()
    {
        if (_built)
        {
            Preconditions.ThrowInvalidOperation($"The builder of funnel '{_name}' was already built; start a new FunnelGoalBuilder.");
        }

        if (_stages.Count < 2)
        {
            Preconditions.ThrowInvalidOperation($"Funnel '{_name}' has {_stages.Count} stage{(_stages.Count == 1 ? string.Empty : "s")}; a funnel needs at least two: add stages with Count or Rate.");
        }

        if (_stages[0].Kind == FunnelTargetKind.StepRate)
        {
            Preconditions.ThrowInvalidOperation($"Funnel '{_name}' starts with the rate stage '{_stages[0].Name}', which has no previous stage to take a rate of: make the first stage a Count.");
        }

        var stages = new FunnelStage[_stages.Count];
        var findings = new List<FunnelFinding>();
        for (var i = 0; i < stages.Length; i++)
        {
            var (name, kind, value, declaredBase) = _stages[i];
            if (i == 0)
            {
                stages[i] = new FunnelStage(name, kind, value, double.NaN, declaredBase);
                continue;
            }

            var previous = stages[i - 1];
            var count = kind == FunnelTargetKind.StepRate ? value * previous.TargetCount : value;
            var rate = kind == FunnelTargetKind.StepRate ? value : (previous.TargetCount > 0 ? value / previous.TargetCount : double.NaN);
            stages[i] = new FunnelStage(name, kind, count, rate, declaredBase);
            if (!double.IsNaN(declaredBase) && !SameCount(declaredBase, previous.TargetCount))
            {
                findings.Add(new FunnelFinding(i, FunnelFindingKind.BaseMismatch, string.Create(
                    CultureInfo.InvariantCulture,
                    $"Stage '{name}' is {value:0.##} of {declaredBase:0.##}, but the previous stage '{previous.Name}' targets {previous.TargetCount:0.##}: take the stage's base from the previous target ({value:0.##} of {previous.TargetCount:0.##}) or change that target to {declaredBase:0.##}.")));
            }
            else if (count > previous.TargetCount && !SameCount(count, previous.TargetCount))
            {
                findings.Add(new FunnelFinding(i, FunnelFindingKind.Widening, string.Create(
                    CultureInfo.InvariantCulture,
                    $"Stage '{name}' targets {count:0.##}, more than the previous stage '{previous.Name}' ({previous.TargetCount:0.##}): a funnel only narrows, so lower this target or raise the previous one.")));
            }
        }

        _built = true;
        return new FunnelGoal(_name, _period, stages, [.. findings]);
    }

    /// <summary>Equal up to a relative 1e-9, so that an implied 0.6 × 100 matches a declared base of 60.</summary>
    private static bool SameCount(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b)));

    private FunnelGoalBuilder Add(string stage, FunnelTargetKind kind, double value, double declaredBase)
    {
        if (string.IsNullOrWhiteSpace(stage))
        {
            Preconditions.ThrowArgument(nameof(stage), $"stage must be a non-blank name; it was '{stage}'.");
        }

        if (_stages.Exists(s => string.Equals(s.Name, stage, StringComparison.Ordinal)))
        {
            Preconditions.ThrowArgument(nameof(stage), $"Funnel '{_name}' already has a stage '{stage}'; stage names are unique.");
        }

        _stages.Add((stage, kind, value, declaredBase));
        return this;
    }
}
