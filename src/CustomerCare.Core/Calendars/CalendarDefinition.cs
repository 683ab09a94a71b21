// The validated, local-time description of a business calendar: what the builder collected and what JSON writes back.
using NodaTime;

namespace CustomerCare.Core.Calendars;

/// <summary>
/// The calendar as people describe it (weekly windows, holidays, yearly holidays, date overrides and breaks, all in
/// local time). It answers "which windows does this date have" and nothing about instants; <see cref="Compilation.BusinessTimeline"/>
/// compiles it to the time line.
/// </summary>
internal sealed class CalendarDefinition
{
    private readonly HashSet<LocalDate> _holidaySet;
    private readonly HashSet<AnnualDate> _yearlySet;
    private readonly Dictionary<LocalDate, LocalWindow[]> _overrideMap;

    public CalendarDefinition(
        DateTimeZone zone,
        LocalWindow[][] week,
        LocalDate[] holidays,
        AnnualDate[] yearlyHolidays,
        KeyValuePair<LocalDate, LocalWindow[]>[] overrides,
        (LocalDateTime From, LocalDateTime To)[] breaks,
        HolidayEntries? entries = null)
    {
        Entries = entries ?? new HolidayEntries(holidays, yearlyHolidays, [], []);
        Zone = zone;
        Week = week;
        Holidays = holidays;
        YearlyHolidays = yearlyHolidays;
        Overrides = overrides;
        Breaks = breaks;
        _holidaySet = [.. holidays];
        _yearlySet = [.. yearlyHolidays];
        _overrideMap = overrides.ToDictionary(kv => kv.Key, kv => kv.Value);
        OverrideDates = [.. overrides.Select(kv => kv.Key)];
        Spills = week.Any(day => day.Any(w => w.To > LocalWindow.NanosecondsPerDay));
    }

    public DateTimeZone Zone { get; }

    /// <summary>The holidays as entered (ranges kept whole), for writing back.</summary>
    public HolidayEntries Entries { get; }

    /// <summary>Merged windows per ISO weekday, index 0 = Monday … 6 = Sunday.</summary>
    public LocalWindow[][] Week { get; }

    /// <summary>One-off holidays, sorted and distinct, ranges expanded to their dates.</summary>
    public LocalDate[] Holidays { get; }

    /// <summary>Yearly fixed-date holidays, sorted and distinct, ranges expanded (29 February only in leap years).</summary>
    public AnnualDate[] YearlyHolidays { get; }

    /// <summary>Date overrides sorted by date; an empty window list closes the date.</summary>
    public KeyValuePair<LocalDate, LocalWindow[]>[] Overrides { get; }

    /// <summary>Absolute local closures, sorted by start.</summary>
    public (LocalDateTime From, LocalDateTime To)[] Breaks { get; }

    /// <summary>The dates of <see cref="Overrides"/>, ascending.</summary>
    public LocalDate[] OverrideDates { get; }

    /// <summary>Gets whether a weekly window runs past midnight (an overnight shift).</summary>
    public bool Spills { get; }

    /// <summary>
    /// The first date on or after <paramref name="date"/> with an entry that can close an always-open week: a holiday,
    /// a yearly holiday, an override or the start of a break.
    /// </summary>
    /// <returns>False when there is none.</returns>
    public bool TryFindClosureOnOrAfter(LocalDate date, out LocalDate found)
    {
        found = LocalDate.MaxIsoValue;
        var i = Compilation.IrregularWeekFinder.LowerBound(Holidays, date);
        if (i < Holidays.Length)
        {
            found = Holidays[i];
        }

        i = Compilation.IrregularWeekFinder.LowerBound(OverrideDates, date);
        if (i < OverrideDates.Length && OverrideDates[i] < found)
        {
            found = OverrideDates[i];
        }

        foreach (var (from, _) in Breaks)
        {
            if (from.Date >= date)
            {
                found = from.Date < found ? from.Date : found;
                // Stryker disable once Statement : later breaks start on the same date or later, so going on cannot lower found
                break; // sorted by start: the first one is the earliest
            }
        }

        // Sorted by month and day, so the first valid one on or after the date is that year's earliest; 29 February
        // may need up to eight years (1896 → 1904).
        for (var year = date.Year; year <= date.Year + 8 && YearlyHolidays.Length > 0; year++)
        {
            if (FirstYearlyOnOrAfter(year, date) is { } day)
            {
                found = day < found ? day : found;
                // Stryker disable once Statement : later years give later dates, so going on cannot lower found
                break;
            }
        }

        return found != LocalDate.MaxIsoValue;
    }

    private LocalDate? FirstYearlyOnOrAfter(int year, LocalDate date)
    {
        if (year > LocalDate.MaxIsoValue.Year - 1)
        {
            return null;
        }

        foreach (var annual in YearlyHolidays)
        {
            if (annual.IsValidYear(year) && annual.InYear(year) is var day && day >= date)
            {
                return day;
            }
        }

        return null;
    }

    public bool HasOverride(LocalDate date) => _overrideMap.ContainsKey(date);

    // Stryker disable once Equality : Count >= 0 would only look the date up in an empty set, which holds nothing
    public bool IsHoliday(LocalDate date) =>
        _holidaySet.Contains(date) || (_yearlySet.Count > 0 && _yearlySet.Contains(new AnnualDate(date.Month, date.Day)));

    /// <summary>The windows that start on <paramref name="date"/>: its override, else none on a holiday, else the weekly ones.</summary>
    public LocalWindow[] WindowsStartingOn(LocalDate date)
    {
        if (_overrideMap.TryGetValue(date, out var special))
        {
            return special;
        }

        return IsHoliday(date) ? [] : Week[(int)date.DayOfWeek - 1];
    }
}
