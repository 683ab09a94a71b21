// GoalPeriod: dates in a zone (including a midnight DST gap), intervals, the elapsed fraction and the rejected intervals.
using CustomerCare.Core.Goals;
using NodaTime;

namespace CustomerCare.Core.Tests.Goals;

public sealed class GoalPeriodTests
{
    [Fact]
    public void Dates_in_a_zone_run_from_the_first_start_of_day_to_the_start_of_the_day_after_the_last()
    {
        var berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
        var march = GoalPeriod.FromDates(new DateInterval(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31)), berlin);

        Assert.Equal(Instant.FromUtc(2026, 2, 28, 23, 0), march.Start);
        Assert.Equal(Instant.FromUtc(2026, 3, 31, 22, 0), march.End); // CEST from 29 March
        Assert.Equal("2026-03-01..2026-03-31 Europe/Berlin", march.ToString());
        Assert.Equal(new Interval(march.Start, march.End), march.Interval);
    }

    [Fact]
    public void A_day_starting_in_a_dst_gap_starts_after_the_gap()
    {
        // Santiago moves its clocks from 00:00 to 01:00 on 2025-09-07.
        var santiago = DateTimeZoneProviders.Tzdb["America/Santiago"];
        var period = GoalPeriod.FromDates(new DateInterval(new LocalDate(2025, 9, 7), new LocalDate(2025, 9, 7)), santiago);

        Assert.Equal(Instant.FromUtc(2025, 9, 7, 4, 0), period.Start);
        Assert.Equal(Duration.FromHours(23), period.End - period.Start);
    }

    [Fact]
    public void The_elapsed_fraction_is_zero_before_and_one_after_the_period()
    {
        var period = GoalPeriod.FromInterval(new Interval(Instant.FromUtc(2026, 1, 1, 0, 0), Instant.FromUtc(2026, 1, 5, 0, 0)));

        Assert.Equal(0.0, period.ElapsedFraction(Instant.FromUtc(2025, 1, 1, 0, 0)));
        Assert.Equal(0.25, period.ElapsedFraction(Instant.FromUtc(2026, 1, 2, 0, 0)));
        Assert.Equal(1.0, period.ElapsedFraction(Instant.FromUtc(2026, 1, 5, 0, 0)));
        Assert.Equal(1.0, period.ElapsedFraction(Instant.FromUtc(2027, 1, 5, 0, 0)));
    }

    [Fact]
    public void Periods_are_equal_by_definition()
    {
        var dates = new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 1, 31));
        Assert.Equal(GoalPeriod.FromDates(dates, DateTimeZone.Utc), GoalPeriod.FromDates(new DateInterval(dates.Start, dates.End), DateTimeZone.Utc));
        Assert.NotEqual(GoalPeriod.FromDates(dates, DateTimeZone.Utc), GoalPeriod.FromInterval(GoalPeriod.FromDates(dates, DateTimeZone.Utc).Interval));
    }

    [Fact]
    public void Rejects_unbounded_and_empty_intervals_and_nulls()
    {
        var start = Instant.FromUtc(2026, 1, 1, 0, 0);
        foreach (var interval in new[] { new Interval(start, null), new Interval(null, start), new Interval(start, start) })
        {
            var ex = Assert.Throws<ArgumentException>(() => GoalPeriod.FromInterval(interval));
            Assert.Equal("interval", ex.ParamName);
            Assert.StartsWith("interval must have a start and an end, the end after the start; it was ", ex.Message, StringComparison.Ordinal);
        }

        Assert.Throws<ArgumentNullException>(() => GoalPeriod.FromDates(null!, DateTimeZone.Utc));
        Assert.Throws<ArgumentNullException>(() => GoalPeriod.FromDates(new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 1, 1)), null!));
    }
}
