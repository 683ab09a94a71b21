// Collects opening hours, holidays, overrides and breaks, and builds the immutable BusinessCalendar from them.
using CustomerCare.Core.Calendars.Compilation;
using CustomerCare.Core.Internal;
using NodaTime;

namespace CustomerCare.Core.Calendars;

/// <summary>
/// Builds a <see cref="BusinessCalendar"/>: weekly windows in local time, one-off and yearly holidays, date
/// overrides and breaks. Every method returns the builder so calls chain; <see cref="Build"/> validates the whole
/// and may be called once.
/// </summary>
/// <remarks>
/// <para>A window is half-open <c>[from, to)</c> in the calendar's zone. <c>to</c> equal to <see cref="LocalTime.Midnight"/>
/// means 24:00 (the end of the day); <c>to</c> earlier than <c>from</c> is an overnight shift that belongs to the day it
/// starts on. Overlapping or touching windows merge, also across midnight.</para>
/// <para>Not thread-safe: fill a builder on one thread. The calendar it builds is immutable and thread-safe.</para>
/// </remarks>
[MutableByDesign("A builder collects definitions step by step; the BusinessCalendar it builds is immutable.")]
public sealed class BusinessCalendarBuilder
{
    private readonly List<LocalWindow>[] _week = [[], [], [], [], [], [], []];
    private readonly HashSet<LocalDate> _holidays = [];
    private readonly HashSet<AnnualDate> _yearlyHolidays = [];
    private readonly HashSet<(LocalDate From, LocalDate To)> _holidayRanges = [];
    private readonly HashSet<(AnnualDate From, AnnualDate To)> _yearlyRanges = [];
    private readonly Dictionary<LocalDate, List<LocalWindow>> _overrides = [];
    private readonly List<(LocalDateTime From, LocalDateTime To)> _breaks = [];
    private bool _built;

    /// <summary>Starts an empty (closed) calendar in <paramref name="zone"/>.</summary>
    /// <param name="zone">The zone all local times refer to, e.g. <c>DateTimeZoneProviders.Tzdb["Europe/Berlin"]</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public BusinessCalendarBuilder(DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        Zone = zone;
    }

    /// <summary>Gets the calendar's zone.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Adds a weekly window on <paramref name="day"/>.</summary>
    /// <param name="day">Monday … Sunday.</param>
    /// <param name="from">Opening time.</param>
    /// <param name="to">Closing time: midnight means 24:00; earlier than <paramref name="from"/> means the next day.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is not Monday … Sunday.</exception>
    /// <exception cref="ArgumentException"><paramref name="from"/> equals <paramref name="to"/> (an empty window).</exception>
    public BusinessCalendarBuilder AddWindow(IsoDayOfWeek day, LocalTime from, LocalTime to)
    {
        if (day is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
        {
            Preconditions.ThrowOutOfRange(nameof(day), day, "must be Monday … Sunday");
        }

        _week[(int)day - 1].Add(ToWindow(from, to, nameof(to)));
        return this;
    }

    /// <summary>Adds the same window on Monday to Friday — the common "Mon–Fri 9–17" calendar in one call.</summary>
    /// <param name="from">Opening time.</param>
    /// <param name="to">Closing time, as in <see cref="AddWindow"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="from"/> equals <paramref name="to"/>.</exception>
    public BusinessCalendarBuilder AddWeekdays(LocalTime from, LocalTime to)
    {
        var window = ToWindow(from, to, nameof(to));
        for (var day = 0; day < 5; day++)
        {
            _week[day].Add(window);
        }

        return this;
    }

    /// <summary>Closes the calendar all day on <paramref name="date"/>. An overnight shift that starts that day is removed
    /// whole; one that started the day before runs on.</summary>
    /// <param name="date">The local date.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> lies outside the horizon
    /// (<see cref="BusinessCalendar.MinDate"/> to <see cref="BusinessCalendar.MaxDate"/>). A date in another calendar
    /// system (Julian, Hebrew …) is converted to the ISO date of the same day.</exception>
    public BusinessCalendarBuilder AddHoliday(LocalDate date)
    {
        _holidays.Add(InHorizon(date, nameof(date)));
        return this;
    }

    /// <summary>Closes the calendar all day on every date from <paramref name="from"/> to <paramref name="to"/>, both
    /// included (a Christmas shutdown, the Tết week), as if each were added with <see cref="AddHoliday"/>.</summary>
    /// <param name="from">The first closed date.</param>
    /// <param name="to">The last closed date, at most 366 days after <paramref name="from"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A date lies outside the horizon (dates in another calendar system are
    /// converted to ISO first).</exception>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/> or more than 366 days after it.</exception>
    public BusinessCalendarBuilder AddHolidays(LocalDate from, LocalDate to)
    {
        var first = InHorizon(from, nameof(from));
        var last = InHorizon(to, nameof(to));
        if (last < first || Period.DaysBetween(first, last) > 366)
        {
            Preconditions.ThrowArgument(nameof(to), $"The holiday range {first:uuuu-MM-dd} to {last:uuuu-MM-dd} must end on or after its first date and span at most 366 days; use a break for a longer closure.");
        }

        _holidayRanges.Add((first, last));
        return this;
    }

    /// <summary>Closes the calendar every year on <paramref name="date"/> (29 February only in leap years).
    /// A date override on such a day wins over the yearly holiday.</summary>
    /// <param name="date">Month and day.</param>
    /// <returns>This builder.</returns>
    public BusinessCalendarBuilder AddYearlyHoliday(AnnualDate date)
    {
        _yearlyHolidays.Add(date);
        return this;
    }

    /// <summary>Closes the calendar every year from <paramref name="from"/> to <paramref name="to"/>, both included; a
    /// range whose end comes before its start runs over the new year (<c>--12-24</c> to <c>--01-01</c>). 29 February
    /// counts only in leap years.</summary>
    /// <param name="from">The first closed month and day.</param>
    /// <param name="to">The last closed month and day.</param>
    /// <returns>This builder.</returns>
    public BusinessCalendarBuilder AddYearlyHolidays(AnnualDate from, AnnualDate to)
    {
        _yearlyRanges.Add((from, to));
        return this;
    }

    /// <summary>Adds a window to the special hours of <paramref name="date"/>, which replace that day's weekly windows
    /// (e.g. a half day before Tết). Call it once per window.</summary>
    /// <param name="date">The local date whose hours are replaced.</param>
    /// <param name="from">Opening time.</param>
    /// <param name="to">Closing time, as in <see cref="AddWindow"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="from"/> equals <paramref name="to"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> lies outside the horizon (a date in another
    /// calendar system is converted to ISO first).</exception>
    public BusinessCalendarBuilder AddOverride(LocalDate date, LocalTime from, LocalTime to)
    {
        var day = InHorizon(date, nameof(date));
        var window = ToWindow(from, to, nameof(to));
        OverrideFor(day).Add(window);
        return this;
    }

    /// <summary>Closes the calendar for the local interval <c>[from, to)</c>, mapped to instants like window bounds.</summary>
    /// <param name="from">Start of the closure.</param>
    /// <param name="to">End of the closure; must be later than <paramref name="from"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="to"/> is not later than <paramref name="from"/> (date-times in
    /// another calendar system are converted to ISO first).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The break does not lie within the horizon
    /// (<see cref="BusinessCalendar.MinDate"/> to <see cref="BusinessCalendar.MaxDate"/>).</exception>
    public BusinessCalendarBuilder AddBreak(LocalDateTime from, LocalDateTime to)
    {
        from = from.WithCalendar(CalendarSystem.Iso);
        to = to.WithCalendar(CalendarSystem.Iso);
        if (to <= from)
        {
            Preconditions.ThrowArgument(nameof(to), $"The break {from:uuuu-MM-dd'T'HH:mm:ss} to {to:uuuu-MM-dd'T'HH:mm:ss} is inverted or empty; its end must be later than its start.");
        }

        if (from.Date < BusinessCalendar.MinDate || to.Date > BusinessCalendar.MaxDate)
        {
            Preconditions.ThrowOutOfRange(nameof(from), from, $"must start a break that lies within the calendar's horizon ({BusinessCalendar.MinDate:uuuu-MM-dd} to {BusinessCalendar.MaxDate:uuuu-MM-dd}); the break ends {to:uuuu-MM-dd'T'HH:mm:ss}");
        }

        _breaks.Add((from, to));
        return this;
    }

    /// <summary>Builds the immutable calendar.</summary>
    /// <returns>A calendar compiled for fast arithmetic (a few milliseconds for zones with daylight saving time).</returns>
    /// <exception cref="InvalidOperationException">The calendar is never open, or a date is both a one-off holiday and
    /// an override (the message says what to fix), or <see cref="Build"/> was already called on this builder.</exception>
    public BusinessCalendar Build()
    {
        if (_built)
        {
            throw new InvalidOperationException("This BusinessCalendarBuilder has already built its calendar; start a new builder for another calendar.");
        }

        var holidays = new HashSet<LocalDate>(_holidays);
        foreach (var (first, last) in _holidayRanges)
        {
            for (var d = first; d <= last; d = d.PlusDays(1))
            {
                holidays.Add(d);
            }
        }

        var yearly = new HashSet<AnnualDate>(_yearlyHolidays);
        foreach (var (first, last) in _yearlyRanges)
        {
            // Walked through a leap year, and into the next year when the range runs over the new year.
            var (y1, y2) = last < first ? (first == new AnnualDate(2, 29) ? (2004, 2005) : (2003, 2004)) : (2004, 2004);
            for (var d = first.InYear(y1); d <= last.InYear(y2); d = d.PlusDays(1))
            {
                yearly.Add(new AnnualDate(d.Month, d.Day));
            }
        }

        foreach (var conflict in _overrides.Keys.Where(holidays.Contains).Order())
        {
            throw new InvalidOperationException(
                $"{conflict:uuuu-MM-dd} is both a holiday and a date override; remove one of them (an override with no windows closes the date).");
        }

        var definition = new CalendarDefinition(
            Zone,
            [.. _week.Select(LocalWindow.Normalize)],
            [.. holidays.Order()],
            [.. yearly.Order()],
            [.. _overrides.OrderBy(kv => kv.Key).Select(kv => KeyValuePair.Create(kv.Key, LocalWindow.Normalize(kv.Value)))],
            [.. _breaks.OrderBy(b => b.From).ThenBy(b => b.To)],
            new HolidayEntries([.. _holidays.Order()], [.. _yearlyHolidays.Order()], [.. _holidayRanges.Order()], [.. _yearlyRanges.Order()]));
        var timeline = new BusinessTimeline(definition, BusinessCalendar.MinDate, BusinessCalendar.MaxDate);
        if (!timeline.HasOpenTime)
        {
            throw new InvalidOperationException(
                $"The calendar in {Zone.Id} is never open between {BusinessCalendar.MinDate:uuuu-MM-dd} and {BusinessCalendar.MaxDate:uuuu-MM-dd}; add at least one weekly window or an override with hours.");
        }

        _built = true;
        return new BusinessCalendar(definition, timeline, CalendarWarnings.Find(definition, timeline.WeekTotal));
    }

    /// <summary>The ISO date of <paramref name="date"/>'s day, checked to lie within the horizon.</summary>
    internal static LocalDate InHorizon(LocalDate date, string paramName)
    {
        var iso = date.WithCalendar(CalendarSystem.Iso);
        if (iso < BusinessCalendar.MinDate || iso > BusinessCalendar.MaxDate)
        {
            Preconditions.ThrowOutOfRange(paramName, iso.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                $"must lie within the calendar's horizon ({BusinessCalendar.MinDate:uuuu-MM-dd} to {BusinessCalendar.MaxDate:uuuu-MM-dd})");
        }

        return iso;
    }

    /// <summary>Adds a window given as nanoseconds after midnight (the JSON reader's entry, which allows 24:00).</summary>
    internal void AddLocalWindow(int dayIndex, LocalWindow window) => _week[dayIndex].Add(window);

    /// <summary>Adds a window to a date override, creating the override (closed) if needed.</summary>
    internal List<LocalWindow> OverrideFor(LocalDate date)
    {
        if (!_overrides.TryGetValue(date, out var windows))
        {
            windows = [];
            _overrides[date] = windows;
        }

        return windows;
    }

    /// <summary>Validates a local <c>[from, to)</c> pair and normalises it to a <see cref="LocalWindow"/>.</summary>
    internal static LocalWindow ToWindow(long from, long to, string paramName)
    {
        if (from < 0 || from >= LocalWindow.NanosecondsPerDay)
        {
            Preconditions.ThrowOutOfRange(paramName, from, "must be a window start before 24:00");
        }

        if (to < 0 || to > LocalWindow.NanosecondsPerDay)
        {
            Preconditions.ThrowOutOfRange(paramName, to, "must be a window end between 00:00 and 24:00");
        }

        if (to == from && !(from == 0 && to == LocalWindow.NanosecondsPerDay))
        {
            Preconditions.ThrowArgument(paramName, $"The window {Format(from)}–{Format(to)} is empty; its end must differ from its start (use 00:00–24:00 for a whole day).");
        }

        return new LocalWindow(from, to <= from ? to + LocalWindow.NanosecondsPerDay : to);
    }

    internal static string Format(long nanosecondsOfDay) =>
        nanosecondsOfDay == LocalWindow.NanosecondsPerDay
            ? "24:00"
            : LocalTime.FromNanosecondsSinceMidnight(nanosecondsOfDay).ToString(
                nanosecondsOfDay % NodaConstants.NanosecondsPerMinute == 0 ? "HH:mm" : "HH:mm:ss.FFFFFFFFF", System.Globalization.CultureInfo.InvariantCulture);

    private static LocalWindow ToWindow(LocalTime from, LocalTime to, string paramName)
    {
        // An end at midnight is 24:00, so that 00:00–00:00 is the whole day.
        var end = to == LocalTime.Midnight ? LocalWindow.NanosecondsPerDay : to.NanosecondOfDay;
        return ToWindow(from.NanosecondOfDay, end, paramName);
    }
}
