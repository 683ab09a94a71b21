// What "enough agents" means for an interval: a service level, an average speed of answer, an occupancy cap, an abandonment cap.
using CustomerCare.Core.Internal;
using NodaTime;

namespace CustomerCare.Core.Staffing;

/// <summary>
/// The goals an interval's staffing must meet, any combination of: at least a fraction of calls answered within a
/// threshold (service level), at most an average speed of answer, at most an agent occupancy, and (Erlang A only)
/// at most a fraction of callers abandoning. Required-agents methods return the smallest number of agents meeting
/// every goal set. Start with one of the <c>For…</c> factories and add goals with the <c>With…</c> methods.
/// </summary>
/// <example><code>var target = StaffingTarget.ForServiceLevel(0.80, Duration.FromSeconds(20)).WithMaximumOccupancy(0.85);</code></example>
/// <remarks>An immutable value; thread-safe. <c>default(StaffingTarget)</c> has no goal and is rejected by the methods that use it.</remarks>
public readonly struct StaffingTarget : IEquatable<StaffingTarget>
{
    // Zero means "no goal", so that default(StaffingTarget) has none; the public getters report it as NaN.
    private readonly double _serviceLevel;
    private readonly double _maximumOccupancy;
    private readonly double _maximumAbandonment;

    private StaffingTarget(double serviceLevel, Duration threshold, Duration? averageSpeedOfAnswer, double maximumOccupancy, double maximumAbandonment)
    {
        _serviceLevel = serviceLevel;
        ServiceLevelThreshold = threshold;
        MaximumAverageSpeedOfAnswer = averageSpeedOfAnswer;
        _maximumOccupancy = maximumOccupancy;
        _maximumAbandonment = maximumAbandonment;
    }

    /// <summary>Gets the service-level goal as a fraction in (0, 1), or NaN when there is no service-level goal.</summary>
    public double ServiceLevel => _serviceLevel > 0 ? _serviceLevel : double.NaN;

    /// <summary>Gets the answer-time threshold of the service-level goal (zero when there is none).</summary>
    public Duration ServiceLevelThreshold { get; }

    /// <summary>Gets the largest acceptable average speed of answer, or null when there is no such goal.</summary>
    public Duration? MaximumAverageSpeedOfAnswer { get; }

    /// <summary>Gets the largest acceptable occupancy as a fraction in (0, 1), or NaN when there is no occupancy cap.</summary>
    public double MaximumOccupancy => _maximumOccupancy > 0 ? _maximumOccupancy : double.NaN;

    /// <summary>Gets the largest acceptable abandonment probability in (0, 1), or NaN when there is no such goal. Only Erlang A models abandonment; Erlang C callers never abandon, so the goal always holds there.</summary>
    public double MaximumAbandonment => _maximumAbandonment > 0 ? _maximumAbandonment : double.NaN;

    /// <summary>Gets a value indicating whether a service-level goal is set.</summary>
    public bool HasServiceLevel => _serviceLevel > 0;

    /// <summary>Gets a value indicating whether at least one goal is set (false for <c>default(StaffingTarget)</c>).</summary>
    public bool HasAnyGoal => HasServiceLevel || MaximumAverageSpeedOfAnswer.HasValue || _maximumOccupancy > 0 || _maximumAbandonment > 0;

    /// <summary>Creates a target of at least <paramref name="fraction"/> of calls answered within <paramref name="threshold"/> ("80/20" is 0.80 within 20 s).</summary>
    /// <param name="fraction">The service-level goal, strictly between 0 and 1.</param>
    /// <param name="threshold">The answer-time threshold; ≥ 0.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fraction"/> is not in (0, 1) or <paramref name="threshold"/> is negative.</exception>
    public static StaffingTarget ForServiceLevel(double fraction, Duration threshold) => default(StaffingTarget).WithServiceLevel(fraction, threshold);

    /// <summary>Creates a target of an average speed of answer of at most <paramref name="maximum"/>.</summary>
    /// <param name="maximum">The largest acceptable average speed of answer; &gt; 0.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maximum"/> is not positive.</exception>
    public static StaffingTarget ForAverageSpeedOfAnswer(Duration maximum) => default(StaffingTarget).WithMaximumAverageSpeedOfAnswer(maximum);

    /// <summary>Creates a target of an occupancy of at most <paramref name="maximum"/>.</summary>
    /// <param name="maximum">The largest acceptable occupancy, strictly between 0 and 1.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maximum"/> is not in (0, 1).</exception>
    public static StaffingTarget ForMaximumOccupancy(double maximum) => default(StaffingTarget).WithMaximumOccupancy(maximum);

    /// <summary>Returns a copy with the service-level goal set (replacing any previous one).</summary>
    /// <param name="fraction">The service-level goal, strictly between 0 and 1.</param>
    /// <param name="threshold">The answer-time threshold; ≥ 0.</param>
    /// <returns>The new target.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fraction"/> is not in (0, 1) or <paramref name="threshold"/> is negative.</exception>
    public StaffingTarget WithServiceLevel(double fraction, Duration threshold)
    {
        Preconditions.OpenUnitInterval(fraction);
        Preconditions.NonNegative(threshold);
        return new StaffingTarget(fraction, threshold, MaximumAverageSpeedOfAnswer, _maximumOccupancy, _maximumAbandonment);
    }

    /// <summary>Returns a copy with the average-speed-of-answer goal set.</summary>
    /// <param name="maximum">The largest acceptable average speed of answer; &gt; 0 (a zero ASA is never reached).</param>
    /// <returns>The new target.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maximum"/> is not positive.</exception>
    public StaffingTarget WithMaximumAverageSpeedOfAnswer(Duration maximum)
    {
        Preconditions.Positive(maximum);
        return new StaffingTarget(_serviceLevel, ServiceLevelThreshold, maximum, _maximumOccupancy, _maximumAbandonment);
    }

    /// <summary>Returns a copy with the occupancy cap set.</summary>
    /// <param name="maximum">The largest acceptable occupancy, strictly between 0 and 1.</param>
    /// <returns>The new target.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maximum"/> is not in (0, 1).</exception>
    public StaffingTarget WithMaximumOccupancy(double maximum)
    {
        Preconditions.OpenUnitInterval(maximum);
        return new StaffingTarget(_serviceLevel, ServiceLevelThreshold, MaximumAverageSpeedOfAnswer, maximum, _maximumAbandonment);
    }

    /// <summary>Returns a copy with the abandonment cap set (used by <see cref="ErlangA"/>; always met under Erlang C).</summary>
    /// <param name="maximum">The largest acceptable probability that a caller abandons, strictly between 0 and 1.</param>
    /// <returns>The new target.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maximum"/> is not in (0, 1).</exception>
    public StaffingTarget WithMaximumAbandonment(double maximum)
    {
        Preconditions.OpenUnitInterval(maximum);
        return new StaffingTarget(_serviceLevel, ServiceLevelThreshold, MaximumAverageSpeedOfAnswer, _maximumOccupancy, maximum);
    }

    /// <inheritdoc/>
    public bool Equals(StaffingTarget other) =>
        _serviceLevel.Equals(other._serviceLevel) && ServiceLevelThreshold == other.ServiceLevelThreshold
        && MaximumAverageSpeedOfAnswer == other.MaximumAverageSpeedOfAnswer
        && _maximumOccupancy.Equals(other._maximumOccupancy) && _maximumAbandonment.Equals(other._maximumAbandonment);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is StaffingTarget other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_serviceLevel, ServiceLevelThreshold, MaximumAverageSpeedOfAnswer, _maximumOccupancy, _maximumAbandonment);

    /// <summary>Returns the goals as text, for example "SL ≥ 0.8 within 20 s, occupancy ≤ 0.85".</summary>
    /// <returns>The goals set, or "no goal".</returns>
    public override string ToString()
    {
        var parts = new List<string>(4);
        if (HasServiceLevel)
        {
            parts.Add(FormattableString.Invariant($"SL ≥ {_serviceLevel} within {ServiceLevelThreshold.TotalSeconds} s"));
        }

        if (MaximumAverageSpeedOfAnswer is { } asa)
        {
            parts.Add(FormattableString.Invariant($"ASA ≤ {asa.TotalSeconds} s"));
        }

        if (_maximumOccupancy > 0)
        {
            parts.Add(FormattableString.Invariant($"occupancy ≤ {_maximumOccupancy}"));
        }

        if (_maximumAbandonment > 0)
        {
            parts.Add(FormattableString.Invariant($"abandonment ≤ {_maximumAbandonment}"));
        }

        return parts.Count == 0 ? "no goal" : string.Join(", ", parts);
    }

    /// <summary>Compares two targets for equality.</summary>
    /// <param name="left">The first target.</param>
    /// <param name="right">The second target.</param>
    /// <returns><see langword="true"/> when both set the same goals.</returns>
    public static bool operator ==(StaffingTarget left, StaffingTarget right) => left.Equals(right);

    /// <summary>Compares two targets for inequality.</summary>
    /// <param name="left">The first target.</param>
    /// <param name="right">The second target.</param>
    /// <returns><see langword="true"/> when they set different goals.</returns>
    public static bool operator !=(StaffingTarget left, StaffingTarget right) => !left.Equals(right);

    internal void EnsureHasGoal(string? paramName)
    {
        if (!HasAnyGoal)
        {
            Preconditions.ThrowArgument(paramName, $"{paramName} sets no goal; create it with StaffingTarget.ForServiceLevel, ForAverageSpeedOfAnswer or ForMaximumOccupancy.");
        }
    }
}
