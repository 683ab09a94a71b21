// Deadlines far from the chunk a calendar compiled first: the chunk estimate drifts there and must still land exactly.
using CustomerCare.Core.Calendars;
using NodaTime;

namespace CustomerCare.Core.Tests.Calendars.Compilation;

public sealed class FarInversionTests
{
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];

    [Theory]
    [InlineData(2026, 1, 2195)]
    [InlineData(2026, -1, 1905)]
    [InlineData(2190, -1, 1910)]
    [InlineData(1905, 1, 2190)]
    public void Add_and_subtract_across_a_century_of_holidays_meet_the_definition(int fromYear, int direction, int toYear)
    {
        // A fresh calendar compiles the chunk of its first query first; the deadline lies a century or more away.
        var probe = Build();
        var start = new LocalDateTime(fromYear, 3, 3, 10, 0).InZoneStrictly(Berlin).ToInstant();
        var far = new LocalDateTime(toYear, 6, 5, 11, 0).InZoneStrictly(Berlin).ToInstant();
        var budget = direction > 0 ? probe.Elapsed(start, far) : probe.Elapsed(far, start);
        Assert.True(budget > Duration.FromHours(100_000));

        var calendar = Build();
        if (direction > 0)
        {
            var deadline = calendar.Add(start, budget);
            Assert.Equal(budget, calendar.Elapsed(start, deadline));
            Assert.True(calendar.Elapsed(start, deadline - Duration.Epsilon) < budget);
            Assert.True(!probe.IsOpen(far) || deadline == far, $"{deadline} should be {far}");
        }
        else
        {
            var earliest = calendar.Subtract(start, budget);
            Assert.Equal(budget, calendar.Elapsed(earliest, start));
            Assert.True(calendar.Elapsed(earliest + Duration.Epsilon, start) < budget);
            Assert.True(!probe.IsOpen(far) || earliest == far, $"{earliest} should be {far}");
        }
    }

    private static BusinessCalendar Build()
    {
        var builder = new BusinessCalendarBuilder(Berlin)
            .AddWeekdays(new LocalTime(9, 0), new LocalTime(12, 0))
            .AddWeekdays(new LocalTime(13, 0), new LocalTime(17, 0));
        foreach (var (month, day) in new[] { (1, 1), (5, 1), (10, 3), (12, 24), (12, 25), (12, 26), (12, 31) })
        {
            builder.AddYearlyHoliday(new AnnualDate(month, day));
        }

        return builder.Build();
    }
}
