// The period a goal covers: whole local dates in a time zone, or an explicit interval of instants.
using System.Globalization;
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Internal;
using NodaTime;

namespace CustomerCare.Core.Goals;

/// <summary>
/// The period of a goal: either whole local dates in a time zone (<see cref="FromDates"/>: the first date's start of
/// day up to the start of the day after the last date), or an explicit half-open <see cref="NodaTime.Interval"/>
/// (<see cref="FromInterval"/>). Either way the period is the half-open span <c>[Start, End)</c> of instants.
/// </summary>
/// <remarks>
/// A local day that starts in a daylight-saving gap (clocks going forward at midnight) starts at the first instant
/// after the gap, as <see cref="DateTimeZone.AtStartOfDay"/> resolves it. Immutable and thread-safe; equality is by
/// definition (dates and zone id, or instants).
/// </remarks>
public sealed class GoalPeriod : IEquatable<GoalPeriod>
{
    private readonly double _totalNanoseconds;

    private GoalPeriod(Instant start, Instant end, DateInterval? dates, DateTimeZone? zone)
    {
        Start = start;
        End = end;
        Dates = dates;
        Zone = zone;
        _totalNanoseconds = (end - start).TotalNanoseconds;
    }

    /// <summary>Gets the first instant of the period.</summary>
    public Instant Start { get; }

    /// <summary>Gets the instant just after the period (exclusive end).</summary>
    public Instant End { get; }

    /// <summary>Gets the local dates of the period, or <see langword="null"/> when it was given as an interval.</summary>
    public DateInterval? Dates { get; }

    /// <summary>Gets the time zone of <see cref="Dates"/>, or <see langword="null"/> when the period was given as an interval.</summary>
    public DateTimeZone? Zone { get; }

    /// <summary>Gets the period as the half-open interval <c>[Start, End)</c>.</summary>
    public Interval Interval => new(Start, End);

    /// <summary>Creates a period of whole local dates in a time zone (a month, a quarter).</summary>
    /// <param name="dates">The dates, both ends included.</param>
    /// <param name="zone">The zone the dates are in.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static GoalPeriod FromDates(DateInterval dates, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(zone);
        var start = zone.AtStartOfDay(dates.Start).ToInstant();
        var end = zone.AtStartOfDay(dates.End.PlusDays(1)).ToInstant();
        return new GoalPeriod(start, end, dates, zone);
    }

    /// <summary>Creates a period from an interval of instants.</summary>
    /// <param name="interval">A bounded interval that is not empty.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentException"><paramref name="interval"/> has no start or no end, or is empty.</exception>
    public static GoalPeriod FromInterval(Interval interval)
    {
        if (!interval.HasStart || !interval.HasEnd || interval.Start >= interval.End)
        {
            Preconditions.ThrowArgument(nameof(interval), $"interval must have a start and an end, the end after the start; it was {interval}.");
        }

        return new GoalPeriod(interval.Start, interval.End, null, null);
    }

    /// <summary>
    /// Returns the elapsed fraction of the period at <paramref name="at"/>: 0 at or before <see cref="Start"/>, 1 at or
    /// after <see cref="End"/>. Measured on the time line, or on <paramref name="calendar"/>'s business time when one is
    /// given (business time elapsed since the start / business time in the whole period); a calendar with no business
    /// time in the period gives NaN inside the period. Allocation-free.
    /// </summary>
    /// <param name="at">The instant.</param>
    /// <param name="calendar">The business calendar to measure on, or <see langword="null"/> for elapsed time.</param>
    /// <returns>The fraction in [0, 1], or NaN.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The period lies outside <paramref name="calendar"/>'s supported horizon.</exception>
    public double ElapsedFraction(Instant at, BusinessCalendar? calendar = null)
    {
        if (at <= Start)
        {
            return 0;
        }

        if (at >= End)
        {
            return 1;
        }

        if (calendar is null)
        {
            return (at - Start).TotalNanoseconds / _totalNanoseconds;
        }

        var total = calendar.Elapsed(Start, End).TotalNanoseconds;
        return total > 0 ? calendar.Elapsed(Start, at).TotalNanoseconds / total : double.NaN;
    }

    /// <inheritdoc/>
    public bool Equals(GoalPeriod? other) =>
        other is not null && Start == other.Start && End == other.End && Equals(Dates, other.Dates) && Zone?.Id == other.Zone?.Id;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as GoalPeriod);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Start, End);

    /// <summary>Returns the period as dates and zone (<c>2026-01-01..2026-03-31 Europe/Berlin</c>) or as instants.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Dates is null
        ? string.Create(CultureInfo.InvariantCulture, $"{Start}..{End}")
        : string.Create(CultureInfo.InvariantCulture, $"{Dates.Start:uuuu-MM-dd}..{Dates.End:uuuu-MM-dd} {Zone!.Id}");
}
