// Exactly which weeks of a chunk the irregular-week search marks, and which of them it marks as near a clock change.
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Calendars.Compilation;
using NodaTime;

namespace CustomerCare.Core.Tests.Calendars.Compilation;

public sealed class IrregularWeekEdgeTests
{
    // Eight weeks from Monday 2026-03-02 (index 0) to Sunday 2026-04-26 (index 7); Monday 2026-04-27 is the first week after.
    private static readonly int FirstWeek = TimeScale.WeekOfDay(TimeScale.DayNumber(new LocalDate(2026, 3, 2)));

    private static ZoneResolver Resolver(DateTimeZone zone) =>
        new(zone, TimeScale.ToNanoseconds(Instant.FromUtc(2025, 1, 1, 0, 0)), TimeScale.ToNanoseconds(Instant.FromUtc(2028, 1, 1, 0, 0)));

    private static BusinessCalendarBuilder WeekdaysAndSunday(DateTimeZone zone) =>
        new BusinessCalendarBuilder(zone).AddWeekdays(new LocalTime(9, 0), new LocalTime(17, 0))
            .AddWindow(IsoDayOfWeek.Sunday, new LocalTime(9, 0), new LocalTime(17, 0));

    private static (ulong Marked, ulong Shifts) Find(BusinessCalendarBuilder builder)
    {
        var definition = builder.Build().Definition;
        var marked = IrregularWeekFinder.Find(definition, Resolver(definition.Zone), FirstWeek, 8, out var shifts);
        return (marked, shifts);
    }

    [Fact]
    public void A_holiday_marks_its_own_week_only_and_the_next_one_only_when_windows_spill_over_midnight()
    {
        // Sunday 15 March (week 1, no overnight windows, so Monday is untouched), Wednesday 1 April (week 4), Saturday
        // 28 March (a day without windows: nothing) and Monday 27 April (the week after the eight: nothing).
        var (marked, shifts) = Find(WeekdaysAndSunday(DateTimeZone.Utc)
            .AddHoliday(new LocalDate(2026, 3, 15)).AddHoliday(new LocalDate(2026, 4, 1))
            .AddHoliday(new LocalDate(2026, 3, 28)).AddHoliday(new LocalDate(2026, 4, 27)));
        Assert.Equal((1UL << 1) | (1UL << 4), marked);
        Assert.Equal(0UL, shifts);
    }

    [Fact]
    public void Yearly_holidays_mark_their_week_only()
    {
        var (marked, shifts) = Find(WeekdaysAndSunday(DateTimeZone.Utc).AddYearlyHoliday(new AnnualDate(3, 15)).AddYearlyHoliday(new AnnualDate(3, 28)));
        Assert.Equal(1UL << 1, marked);
        Assert.Equal(0UL, shifts);
    }

    [Fact]
    public void Overrides_and_breaks_mark_the_weeks_of_their_days_without_a_shift()
    {
        // An override on Wednesday 8 April (week 5) and a break on Tuesday 14 April (week 6; Monday to Wednesday looked at).
        var (marked, shifts) = Find(WeekdaysAndSunday(DateTimeZone.Utc)
            .AddOverride(new LocalDate(2026, 4, 8), new LocalTime(10, 0), new LocalTime(12, 0))
            .AddBreak(new LocalDateTime(2026, 4, 14, 10, 0), new LocalDateTime(2026, 4, 14, 11, 0)));
        Assert.Equal((1UL << 5) | (1UL << 6), marked);
        Assert.Equal(0UL, shifts);
    }

    [Fact]
    public void A_clock_change_on_a_sunday_marks_that_week_and_the_next_as_shifted()
    {
        // Berlin moves to summer time on Sunday 29 March 2026 (week 3); the two days after reach into week 4.
        var (marked, shifts) = Find(WeekdaysAndSunday(DateTimeZoneProviders.Tzdb["Europe/Berlin"]));
        Assert.Equal((1UL << 3) | (1UL << 4), marked);
        Assert.Equal(marked, shifts);
    }
}
