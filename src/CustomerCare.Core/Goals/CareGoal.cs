// A care goal: an objective for named customer segments over a period, with KPI targets evaluated without allocating.
using System.Globalization;
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Internal;
using NodaTime;

namespace CustomerCare.Core.Goals;

/// <summary>
/// A care goal: what the desk wants for which customers by when — an <see cref="Objective"/>, the target
/// <see cref="Segments"/> (by name), a <see cref="Period"/> and one or more <see cref="Targets"/>. Built with
/// <see cref="CareGoalBuilder"/>, read and written with <see cref="CareGoalJson"/>.
/// </summary>
/// <remarks>
/// Evaluate each target against the KPI's value so far (for example an accumulator's current result) with
/// <see cref="Evaluate(int, Instant, double, BusinessCalendar?)"/>, or all of them at once with
/// <see cref="Evaluate(Instant, ReadOnlySpan{double}, Span{TargetEvaluation}, BusinessCalendar?)"/>; neither allocates.
/// Immutable and thread-safe; equality is by definition.
/// </remarks>
public sealed class CareGoal : IEquatable<CareGoal>
{
    private readonly GoalTarget[] _targets;
    private readonly string[] _segments;

    internal CareGoal(string name, CareObjective objective, string objectiveName, string[] segments, GoalPeriod period, GoalTarget[] targets)
    {
        Name = name;
        Objective = objective;
        ObjectiveName = objectiveName;
        _segments = segments;
        Period = period;
        _targets = targets;
        Segments = Array.AsReadOnly(segments);
        Targets = Array.AsReadOnly(targets);
    }

    /// <summary>Gets the goal's name.</summary>
    public string Name { get; }

    /// <summary>Gets the objective.</summary>
    public CareObjective Objective { get; }

    /// <summary>Gets the objective's name: the custom name for <see cref="CareObjective.Custom"/>, else the objective's enum name.</summary>
    public string ObjectiveName { get; }

    /// <summary>Gets the names of the customer segments the goal is for, in the order given.</summary>
    public IReadOnlyList<string> Segments { get; }

    /// <summary>Gets the period.</summary>
    public GoalPeriod Period { get; }

    /// <summary>Gets the targets, in the order given.</summary>
    public IReadOnlyList<GoalTarget> Targets { get; }

    /// <summary>Evaluates target <paramref name="target"/> at <paramref name="at"/>; see <see cref="GoalTarget.Evaluate(GoalPeriod, Instant, double, BusinessCalendar?)"/>.</summary>
    /// <param name="target">The index of the target in <see cref="Targets"/>.</param>
    /// <param name="at">The instant.</param>
    /// <param name="observed">The KPI's value so far (seconds for durations); NaN for an empty sample.</param>
    /// <param name="calendar">The business calendar the elapsed fraction is measured on, or <see langword="null"/> for elapsed time.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="target"/> is not an index of <see cref="Targets"/>, or <paramref name="observed"/> is outside the KPI's range.</exception>
    public TargetEvaluation Evaluate(int target, Instant at, double observed, BusinessCalendar? calendar = null)
    {
        if ((uint)target >= (uint)_targets.Length)
        {
            Preconditions.ThrowOutOfRange(nameof(target), target, $"must be an index of the goal's {_targets.Length} targets");
        }

        return _targets[target].Evaluate(Period, at, observed, calendar);
    }

    /// <summary>Evaluates target <paramref name="target"/>, a duration KPI, at <paramref name="at"/>.</summary>
    /// <param name="target">The index of the target in <see cref="Targets"/>.</param>
    /// <param name="at">The instant.</param>
    /// <param name="observed">The KPI's value so far.</param>
    /// <param name="calendar">The business calendar the elapsed fraction is measured on, or <see langword="null"/> for elapsed time.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="target"/> is not an index of <see cref="Targets"/>, or <paramref name="observed"/> is negative.</exception>
    /// <exception cref="ArgumentException">The target's KPI is not a duration.</exception>
    public TargetEvaluation Evaluate(int target, Instant at, Duration observed, BusinessCalendar? calendar = null)
    {
        if ((uint)target >= (uint)_targets.Length)
        {
            Preconditions.ThrowOutOfRange(nameof(target), target, $"must be an index of the goal's {_targets.Length} targets");
        }

        return _targets[target].Evaluate(Period, at, observed, calendar);
    }

    /// <summary>
    /// Evaluates every target and returns the goal's overall status: <see cref="GoalStatus.NotStarted"/> before the
    /// period; otherwise the worst of the targets in the order <see cref="GoalStatus.Missed"/>,
    /// <see cref="GoalStatus.Undetermined"/>, <see cref="GoalStatus.AtRisk"/>, <see cref="GoalStatus.OnTrack"/>,
    /// <see cref="GoalStatus.Met"/> (a goal is met only when every target is).
    /// </summary>
    /// <param name="at">The instant.</param>
    /// <param name="observed">One value per target, in <see cref="Targets"/> order (seconds for durations).</param>
    /// <param name="destination">Receives one evaluation per target; at least as long as <see cref="Targets"/>.</param>
    /// <param name="calendar">The business calendar the elapsed fraction is measured on, or <see langword="null"/> for elapsed time.</param>
    /// <returns>The overall status.</returns>
    /// <exception cref="ArgumentException"><paramref name="observed"/> or <paramref name="destination"/> has the wrong length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An observed value is outside its KPI's range.</exception>
    public GoalStatus Evaluate(Instant at, ReadOnlySpan<double> observed, Span<TargetEvaluation> destination, BusinessCalendar? calendar = null)
    {
        if (observed.Length != _targets.Length)
        {
            ThrowLength(nameof(observed), observed.Length, "must hold exactly one value per target");
        }

        if (destination.Length < _targets.Length)
        {
            ThrowLength(nameof(destination), destination.Length, "must have room for one evaluation per target");
        }

        var worst = GoalStatus.Met;
        for (var i = 0; i < _targets.Length; i++)
        {
            var evaluation = _targets[i].Evaluate(Period, at, observed[i], calendar);
            destination[i] = evaluation;
            if (Rank(evaluation.Status) < Rank(worst))
            {
                worst = evaluation.Status;
            }
        }

        return worst;
    }

    /// <inheritdoc/>
    public bool Equals(CareGoal? other) =>
        other is not null && Name == other.Name && Objective == other.Objective && ObjectiveName == other.ObjectiveName
        && _segments.AsSpan().SequenceEqual(other._segments) && Period.Equals(other.Period) && _targets.SequenceEqual(other._targets);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CareGoal);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Objective, Period, _targets.Length);

    /// <summary>Returns the goal in short form, e.g. <c>Keep VIPs (Retain) for vip, gold, 2026-01-01..2026-03-31 Europe/Berlin: 2 targets</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Name} ({ObjectiveName}) for {string.Join(", ", _segments)}, {Period}: {_targets.Length} target{(_targets.Length == 1 ? string.Empty : "s")}");

    private static int Rank(GoalStatus status) => status switch
    {
        GoalStatus.NotStarted => 0,
        GoalStatus.Missed => 1,
        GoalStatus.Undetermined => 2,
        GoalStatus.AtRisk => 3,
        GoalStatus.OnTrack => 4,
        _ => 5,
    };

    private void ThrowLength(string paramName, int length, string rule) =>
        Preconditions.ThrowArgument(paramName, $"{paramName} {rule} ({_targets.Length}); its length was {length}.");
}
