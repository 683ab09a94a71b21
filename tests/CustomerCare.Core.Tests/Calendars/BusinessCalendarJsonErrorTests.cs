// JSON calendar errors word for word: each names the path of the bad element and says what was expected.
using System.Text.Json;
using CustomerCare.Core.Calendars;
using NodaTime;

namespace CustomerCare.Core.Tests.Calendars;

public sealed class BusinessCalendarJsonErrorTests
{
    private const string Week = "\"week\": { \"mon\": [[\"09:00\", \"17:00\"]] }";

    [Theory]
    [InlineData("""{ "tz": 5 }""", "$.tz", "the time zone is missing; give an IANA zone id such as \"Europe/Berlin\"")]
    [InlineData("""{ "tz": "UTC", "week": { "mon": {} } }""", "$.week.mon", "expected an array of [from, to] windows, found {}")]
    [InlineData("""{ "tz": "UTC", "week": { "mon": [["09:00", "12:00"], ["13:00"]] } }""", "$.week.mon[1]", "expected a window [from, to] such as [\"09:00\", \"17:00\"]")]
    [InlineData("""{ "tz": "UTC", "week": { "mon": [["9am", "17:00"]] } }""", "$.week.mon[0][0]", "\"9am\" is not a time HH:MM or HH:MM:SS (24:00 for the end of the day)")]
    [InlineData("""{ "tz": "UTC", "week": { "mon": [["09:00", "12:00"]], "mon": [["13:00", "17:00"]] } }""", "$.week.mon", "the day 'mon' is given twice; list all its windows once")]
    [InlineData("""{ "tz": "UTC", "week": { "mon": [["09:00", "17:00"]] }, "holidays": 5 }""", "$.holidays", "expected an array of dates, found 5")]
    [InlineData("""{ "tz": "UTC", "week": { "mon": [["09:00", "17:00"]] }, "holidays": ["2026-12-24", 5] }""", "$.holidays[1]", "5 is not a date YYYY-MM-DD, a yearly date --MM-DD, or a range of either such as 2026-12-24/2026-12-31 or --12-24/--01-01")]
    [InlineData("""{ "tz": "UTC", "week": { "mon": [["09:00", "17:00"]] }, "holidays": ["xx12-25"] }""", "$.holidays[0]", "\"xx12-25\" is not a date YYYY-MM-DD, a yearly date --MM-DD, or a range of either such as 2026-12-24/2026-12-31 or --12-24/--01-01")]
    [InlineData("""{ "tz": "UTC", "week": { "mon": [["09:00", "17:00"]] }, "holidays": ["--13-01"] }""", "$.holidays[0]", "\"--13-01\" is not a date YYYY-MM-DD, a yearly date --MM-DD, or a range of either such as 2026-12-24/2026-12-31 or --12-24/--01-01")]
    [InlineData("""{ "tz": "UTC", "week": { "mon": [["09:00", "17:00"]] }, "holidays": ["--00-10"] }""", "$.holidays[0]", "\"--00-10\" is not a date YYYY-MM-DD, a yearly date --MM-DD, or a range of either such as 2026-12-24/2026-12-31 or --12-24/--01-01")]
    [InlineData("""{ "tz": "UTC", "week": { "mon": [["09:00", "17:00"]] }, "overrides": [] }""", "$.overrides", "expected an object mapping dates to windows, found []")]
    [InlineData("""{ "tz": "UTC", "week": { "mon": [["09:00", "17:00"]] }, "overrides": { "1850-01-01": [] } }""", "$.overrides['1850-01-01']", "date must lie within the calendar's horizon (1900-01-01 to 2199-12-31); it was 1850-01-01")]
    [InlineData("""{ "tz": "UTC", "week": { "mon": [["09:00", "17:00"]] }, "breaks": {} }""", "$.breaks", "expected an array of [from, to] local date-times, found {}")]
    [InlineData("""{ "tz": "UTC", "week": { "mon": [["09:00", "17:00"]] }, "breaks": [["2026-01-26T10:00:00", "2026-01-26T11:00:00"], "x"] }""", "$.breaks[1]", "expected a pair [from, to] of local date-times")]
    [InlineData("""{ "tz": "UTC", "week": { "mon": [["09:00", "17:00"]] }, "breaks": [["2026-01-26T10:00:00", "2026-01-26T11:00:00", "2026-01-26T12:00:00"]] }""", "$.breaks[0]", "expected a pair [from, to] of local date-times")]
    [InlineData("""{ "tz": "UTC", "week": { "mon": [["09:00", "17:00"]] }, "breaks": [[5, "2026-01-26T11:00:00"]] }""", "$.breaks[0][0]", "5 is not a local date-time YYYY-MM-DDTHH:MM:SS")]
    [InlineData("""{ "tz": "UTC", "week": { "mon": [["09:00", "17:00"]] }, "breaks": [["2026-01-26T10:00:00", "noon"]] }""", "$.breaks[0][1]", "\"noon\" is not a local date-time YYYY-MM-DDTHH:MM:SS")]
    [InlineData("""{ "tz": "UTC", "week": { "mon": [["09:00", "17:00"]] }, "breaks": [["2026-01-26T10:00:00", "2026-01-26T10:00:00"]] }""", "$.breaks[0]", "the break 2026-01-26T10:00:00 to 2026-01-26T10:00:00 is inverted or empty; its end must be later than its start")]
    public void Malformed_input_is_reported_word_for_word(string json, string path, string problem)
    {
        var ex = Assert.Throws<JsonException>(() => BusinessCalendarJson.Read(json));
        Assert.Equal(path, ex.Path);
        Assert.Equal($"{path}: {problem}.", ex.Message);
    }

    [Fact]
    public void An_undefined_element_is_described_as_nothing()
    {
        var ex = Assert.Throws<JsonException>(() => BusinessCalendarJson.Read(default(JsonElement)));
        Assert.Equal("$", ex.Path);
        Assert.Equal("$: expected a calendar object, found nothing.", ex.Message);
    }

    [Fact]
    public void Yearly_dates_from_the_first_of_the_month_and_of_the_year_are_read()
    {
        var calendar = BusinessCalendarJson.Read("{ \"tz\": \"UTC\", " + Week + ", \"holidays\": [\"--03-01\", \"--01-01\", \"--12-31\"] }");
        Assert.Equal(new[] { new AnnualDate(1, 1), new AnnualDate(3, 1), new AnnualDate(12, 31) }, calendar.Definition.YearlyHolidays);
        Assert.False(calendar.IsOpen(Instant.FromUtc(2027, 3, 1, 10, 0))); // a Monday
        Assert.True(calendar.IsOpen(Instant.FromUtc(2027, 3, 8, 10, 0)));
    }

    [Fact]
    public void Writing_to_a_null_writer_or_a_null_calendar_is_rejected_by_name()
    {
        var calendar = BusinessCalendarJson.Read("{ \"tz\": \"UTC\", " + Week + " }");
        var noWriter = Assert.Throws<ArgumentNullException>(() => BusinessCalendarJson.Write(null!, calendar));
        Assert.Equal("writer", noWriter.ParamName);

        using var stream = new MemoryStream();
        using var writer = new Utf8JsonWriter(stream);
        var noCalendar = Assert.Throws<ArgumentNullException>(() => BusinessCalendarJson.Write(writer, null!));
        Assert.Equal("calendar", noCalendar.ParamName);
        writer.Flush();
        Assert.Equal(0, stream.Length);

        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => BusinessCalendarJson.Read((string)null!)).ParamName);
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => BusinessCalendarJson.Write(null!)).ParamName);
    }

    [Fact]
    public void Seconds_in_a_window_survive_a_round_trip()
    {
        var calendar = BusinessCalendarJson.Read("""{ "tz": "UTC", "week": { "mon": [["09:00:30", "17:00"]] } }""");
        var json = BusinessCalendarJson.Write(calendar);
        Assert.Contains("\"09:00:30\"", json, StringComparison.Ordinal);
        Assert.Equal(Duration.FromHours(8) - Duration.FromSeconds(30), calendar.WeeklyBusinessTime);
        Assert.Equal(json, BusinessCalendarJson.Write(BusinessCalendarJson.Read(json)));
    }
}
