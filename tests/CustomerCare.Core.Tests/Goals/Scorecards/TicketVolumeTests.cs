// Ticket volume: cases counted per day, ISO week or month of a zone, per category and channel; roll-ups, merging, 0 B per case, rejected input.
using CustomerCare.Core.Goals.Scorecards;
using CustomerCare.Core.Tests.TestInfrastructure;
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CustomerCare.Core.Tests.Goals.Scorecards;

public sealed class TicketVolumeTests
{
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
    private static readonly CategoryPath Touch = CategoryPath.Parse("hardware/display/touch");
    private static readonly CategoryPath Display = CategoryPath.Parse("hardware/display");
    private static readonly CategoryPath Billing = CategoryPath.Parse("billing");

    [Fact]
    public void Counts_cases_per_iso_week_category_and_channel_in_the_zone()
    {
        var volume = new TicketVolume(Berlin, VolumePeriod.Week);
        // Sunday 2026-03-01 23:30 UTC is Monday 00:30 in Berlin: it belongs to the week of Monday 2 March.
        volume.Add(Instant.FromUtc(2026, 3, 1, 23, 30), Touch, "chat");
        volume.Add(new LocalDate(2026, 3, 8), CategoryPath.Parse("HARDWARE/display/touch"), "Chat"); // Sunday, same week, same cell
        volume.Add(new LocalDate(2026, 3, 4), Display, "email");
        volume.Add(new LocalDate(2026, 3, 4), Billing, "chat");
        volume.Add(new LocalDate(2026, 3, 1), Touch, "chat"); // Sunday of the previous week

        Assert.Equal(5, volume.Total);
        Assert.Equal(2, volume.Count(new LocalDate(2026, 3, 5), Touch, "CHAT"));
        Assert.Equal(0, volume.Count(new LocalDate(2026, 3, 5), Display, "chat")); // exact category only
        Assert.Equal(3, volume.CountUnder(new LocalDate(2026, 3, 2), CategoryPath.Parse("hardware")));
        Assert.Equal(2, volume.CountUnder(new LocalDate(2026, 3, 2), CategoryPath.Parse("hardware"), "chat"));
        Assert.Equal(1, volume.CountUnder(new LocalDate(2026, 2, 28), Touch));

        var rows = volume.Rows();
        Assert.Equal(4, rows.Count);
        Assert.Equal("2026-02-23..2026-03-01 hardware/display/touch chat: 1", rows[0].ToString());
        Assert.Equal("2026-03-02..2026-03-08 billing chat: 1", rows[1].ToString());
        Assert.Equal("2026-03-02..2026-03-08 hardware/display/touch chat: 2", rows[3].ToString());
        Assert.Equal("5 cases in 4 cells (Week periods, Europe/Berlin)", volume.ToString());
    }

    [Fact]
    public void Days_and_months_bucket_by_local_date()
    {
        var days = new TicketVolume(Berlin, VolumePeriod.Day);
        var months = new TicketVolume(Berlin, VolumePeriod.Month);
        // 2026-03-29 is the spring-forward day in Berlin; 00:30 UTC is 01:30 local, 01:30 UTC is 03:30 local — one day.
        foreach (var instant in new[] { Instant.FromUtc(2026, 3, 29, 0, 30), Instant.FromUtc(2026, 3, 29, 1, 30), Instant.FromUtc(2026, 3, 31, 22, 30) })
        {
            days.Add(instant, Billing, "phone");
            months.Add(instant, Billing, "phone");
        }

        Assert.Equal(2, days.Count(new LocalDate(2026, 3, 29), Billing, "phone"));
        Assert.Equal(1, days.Count(new LocalDate(2026, 4, 1), Billing, "phone")); // 22:30 UTC on 31 March is 00:30 on 1 April
        Assert.Equal(2, months.Count(new LocalDate(2026, 3, 1), Billing, "phone"));
        Assert.Equal(new DateInterval(new LocalDate(2026, 4, 1), new LocalDate(2026, 4, 30)), months.Rows()[1].Period);
    }

    [Fact]
    public void Volumes_merge_exactly_and_only_with_the_same_zone_and_period()
    {
        var a = new TicketVolume(Berlin, VolumePeriod.Month);
        var b = new TicketVolume(Berlin, VolumePeriod.Month);
        a.Add(new LocalDate(2026, 5, 3), Billing, "chat");
        b.Add(new LocalDate(2026, 5, 30), Billing, "chat");
        b.Add(new LocalDate(2026, 5, 30), Touch, "email");
        a.Merge(b);

        Assert.Equal(2, a.Count(new LocalDate(2026, 5, 1), Billing, "chat"));
        Assert.Equal(3, a.Total);
        a.Merge(a);
        Assert.Equal(6, a.Total);
        Assert.Equal(4, a.Count(new LocalDate(2026, 5, 1), Billing, "chat"));

        var ex = Assert.Throws<ArgumentException>(() => a.Merge(new TicketVolume(DateTimeZone.Utc, VolumePeriod.Month)));
        Assert.Equal("other", ex.ParamName);
        Assert.Equal("other counts Month periods in UTC, but this volume counts Month periods in Europe/Berlin; only volumes with the same zone and period merge. (Parameter 'other')", ex.Message);
        Assert.Throws<ArgumentException>(() => a.Merge(new TicketVolume(Berlin, VolumePeriod.Week)));
    }

    [Fact]
    public void Counting_a_case_for_a_known_cell_allocates_nothing()
    {
        var volume = new TicketVolume(Berlin, VolumePeriod.Week);
        var at = Instant.FromUtc(2026, 6, 1, 9, 0);
        var channel = "chat";
        volume.Add(at, Touch, channel);

        AllocationAssert.NoAllocations(() => volume.Add(at, Touch, channel));
    }

    [Fact]
    public void Rejects_default_categories_blank_channels_bad_periods_and_non_iso_dates()
    {
        var volume = new TicketVolume(Berlin, VolumePeriod.Day);

        var category = Assert.Throws<ArgumentException>(() => volume.Add(new LocalDate(2026, 1, 1), default, "chat"));
        Assert.Equal("category", category.ParamName);
        Assert.StartsWith("category is default and names no category", category.Message, StringComparison.Ordinal);
        var channel = Assert.Throws<ArgumentException>(() => volume.Add(new LocalDate(2026, 1, 1), Billing, " "));
        Assert.Equal("channel", channel.ParamName);
        Assert.StartsWith("channel must not be blank; it was ' '.", channel.Message, StringComparison.Ordinal);
        Assert.Equal("channel", Assert.Throws<ArgumentNullException>(() => volume.Count(new LocalDate(2026, 1, 1), Billing, null!)).ParamName);
        var calendar = Assert.Throws<ArgumentException>(() => volume.Add(new LocalDate(2026, 1, 1, CalendarSystem.Julian), Billing, "chat"));
        Assert.Equal("date", calendar.ParamName);
        var period = Assert.Throws<ArgumentOutOfRangeException>(() => new TicketVolume(Berlin, (VolumePeriod)0));
        Assert.Equal("period", period.ParamName);
        Assert.StartsWith("period must be Day, Week or Month; it was 0.", period.Message, StringComparison.Ordinal);
        Assert.Equal("zone", Assert.Throws<ArgumentNullException>(() => new TicketVolume(null!, VolumePeriod.Day)).ParamName);
    }
}
