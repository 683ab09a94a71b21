// Count, total, minimum and maximum of a set of durations: the exact, mergeable state behind every "average time" KPI.
using System.Globalization;
using CustomerCare.Core.Internal;
using NodaTime;

namespace CustomerCare.Core.Kpis;

/// <summary>
/// A summary of durations (response times, handle times, waits): count, exact total, minimum and maximum.
/// The mean is <c>Total / Count</c> to the nearest nanosecond and is undefined for no durations (use
/// <see cref="TryGetMean(out Duration)"/>). Immutable and thread-safe; <c>default</c> is the empty summary.
/// </summary>
public readonly record struct DurationSummary
{
    private readonly Int128 _totalNanoseconds;

    internal DurationSummary(long count, Int128 totalNanoseconds, Duration minimum, Duration maximum)
    {
        Count = count;
        _totalNanoseconds = totalNanoseconds;
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>Creates a summary from totals kept elsewhere (a data warehouse, another system's report).</summary>
    /// <param name="count">The number of durations, 0 or more.</param>
    /// <param name="total">Their sum, zero or more; between count·minimum and count·maximum.</param>
    /// <param name="minimum">The smallest duration, zero or more (zero when count is 0).</param>
    /// <param name="maximum">The largest duration, not below <paramref name="minimum"/> (zero when count is 0).</param>
    /// <returns>The validated summary.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative or inconsistent with the others as described.</exception>
    public static DurationSummary FromTotals(long count, Duration total, Duration minimum, Duration maximum)
    {
        Preconditions.NonNegative(count, nameof(count));
        Preconditions.NonNegative(total, nameof(total));
        Preconditions.NonNegative(minimum, nameof(minimum));
        if (maximum < minimum)
        {
            Preconditions.ThrowOutOfRange(nameof(maximum), maximum, $"must not be below minimum ({minimum.ToString(null, CultureInfo.InvariantCulture)})");
        }

        var nanoseconds = DurationMath.Nanoseconds(total);
        if (count == 0 ? total != Duration.Zero || maximum != Duration.Zero
            : nanoseconds < DurationMath.Nanoseconds(minimum) * count || nanoseconds > DurationMath.Nanoseconds(maximum) * count)
        {
            Preconditions.ThrowOutOfRange(nameof(total), total, "must lie between count × minimum and count × maximum (zero, with zero minimum and maximum, when count is 0)");
        }

        return new(count, nanoseconds, minimum, maximum);
    }

    /// <summary>Gets the number of durations.</summary>
    public long Count { get; }

    /// <summary>Gets the exact sum of the durations.</summary>
    /// <exception cref="OverflowException">The sum exceeds the range of <see cref="Duration"/> (about 45,000 years); the mean is still exact.</exception>
    public Duration Total => DurationMath.ToDuration(_totalNanoseconds);

    /// <summary>Gets the smallest duration (<see cref="Duration.Zero"/> when empty; check <see cref="Count"/>).</summary>
    public Duration Minimum { get; }

    /// <summary>Gets the largest duration (<see cref="Duration.Zero"/> when empty; check <see cref="Count"/>).</summary>
    public Duration Maximum { get; }

    /// <summary>Gets the mean duration when there is at least one.</summary>
    /// <param name="mean">Total / Count to the nearest nanosecond, or <see cref="Duration.Zero"/> when empty.</param>
    /// <returns>True when <see cref="Count"/> &gt; 0.</returns>
    public bool TryGetMean(out Duration mean)
    {
        mean = Count == 0 ? Duration.Zero : DurationMath.Mean(_totalNanoseconds, Count);
        return Count != 0;
    }

    /// <summary>Returns the summary as <c>mean 4 min 30 s (n = 120, min 12 s, max 40 h)</c> (invariant culture).</summary>
    /// <returns>The text; <c>mean n/a (n = 0)</c> when empty.</returns>
    public override string ToString() => ToString(CultureInfo.InvariantCulture);

    /// <summary>Returns the summary as <c>mean 4 min 30 s (n = 120, min 12 s, max 40 h)</c>.</summary>
    /// <param name="provider">The culture for numbers; null for the current culture.</param>
    /// <returns>The text.</returns>
    public string ToString(IFormatProvider? provider) => TryGetMean(out var mean)
        ? $"mean {KpiText.Duration(mean, provider)} (n = {Count.ToString(provider)}, min {KpiText.Duration(Minimum, provider)}, max {KpiText.Duration(Maximum, provider)})"
        : "mean n/a (n = 0)";
}
