// The reference a relative target improves on: the KPI's value over a baseline period.
using System.Globalization;
using CustomerCare.Core.Internal;
using NodaTime;

namespace CustomerCare.Core.Goals;

/// <summary>
/// The baseline of a relative <see cref="GoalTarget"/>: the KPI's average over a baseline period (for example the
/// last quarter's CSAT, from the quarter's accumulator), in the KPI's unit (seconds for durations).
/// </summary>
/// <remarks><c>default(GoalBaseline)</c> has no period and is rejected by every member that receives it. Immutable and thread-safe.</remarks>
public readonly record struct GoalBaseline
{
    /// <summary>Creates a baseline.</summary>
    /// <param name="value">The KPI's average over <paramref name="period"/>; finite.</param>
    /// <param name="period">The baseline period.</param>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite.</exception>
    public GoalBaseline(double value, GoalPeriod period)
    {
        Preconditions.Finite(value);
        ArgumentNullException.ThrowIfNull(period);
        Value = value;
        Period = period;
    }

    /// <summary>Creates the baseline of a duration KPI.</summary>
    /// <param name="value">The KPI's average over <paramref name="period"/>; zero or positive.</param>
    /// <param name="period">The baseline period.</param>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public GoalBaseline(Duration value, GoalPeriod period)
        : this(NonNegativeSeconds(value), period)
    {
    }

    /// <summary>Gets the baseline value, in the KPI's unit (seconds for durations).</summary>
    public double Value { get; }

    /// <summary>Gets the baseline period; <see langword="null"/> only for <c>default</c>.</summary>
    public GoalPeriod Period { get; }

    /// <summary>Gets a value indicating whether this baseline was created with a period (false for <c>default</c>).</summary>
    public bool IsDefined => Period is not null;

    /// <summary>Creates the baseline as the mean of sub-period values (for example the mean of the last three months' CSAT).</summary>
    /// <param name="values">One value per sub-period; at least one, all finite.</param>
    /// <param name="period">The baseline period the values cover.</param>
    /// <returns>The baseline whose value is the arithmetic mean of <paramref name="values"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="values"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN or infinite.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public static GoalBaseline Mean(ReadOnlySpan<double> values, GoalPeriod period)
    {
        if (values.IsEmpty)
        {
            Preconditions.ThrowArgument(nameof(values), "values must hold at least one sub-period value to average; it was empty.");
        }

        var sum = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                Preconditions.ThrowAt(nameof(values), i, values[i], "must be a finite number");
            }

            sum += values[i];
        }

        return new GoalBaseline(sum / values.Length, period);
    }

    /// <summary>Returns the value and period.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Value:R} over {Period}");

    private static double NonNegativeSeconds(Duration value)
    {
        Preconditions.NonNegative(value);
        return value.TotalSeconds;
    }
}
