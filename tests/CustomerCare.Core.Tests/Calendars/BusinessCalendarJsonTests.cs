// The public JSON calendar format: a round trip, the README example, and errors that name the JSON path and the problem.
using System.Text.Json;
using CustomerCare.Core.Calendars;
using NodaTime;

namespace CustomerCare.Core.Tests.Calendars;

public sealed class BusinessCalendarJsonTests
{
    private const string Desk = """
        {
          "tz": "Asia/Ho_Chi_Minh",
          "week": {
            "mon": [["08:00", "12:00"], ["13:30", "17:30"]],
            "fri": [["22:00", "06:00"]],
            "sat": [["08:00", "24:00"]]
          },
          "holidays": ["2026-02-17", "--09-02"],
          "overrides": { "2026-02-13": [["08:00", "11:00"]], "2026-02-16": [] },
          "breaks": [["2026-01-26T10:00:00", "2026-01-26T11:30"]],
          "note": "unknown fields are ignored"
        }
        """;

    [Fact]
    public void The_readme_example_reads_and_adds_as_documented()
    {
        var json = """
            { "tz": "Europe/Berlin", "week": { "mon": [["09:00", "17:00"]], "fri": [["09:00", "13:00"]] }, "holidays": ["--12-25"] }
            """;
        var calendar = BusinessCalendarJson.Read(json);
        Assert.Equal("0:12:00:00", calendar.WeeklyBusinessTime.ToString());
        var start = Instant.FromUtc(2026, 12, 21, 15, 0); // Monday 16:00 in Berlin; Friday the 25th is a holiday
        Assert.Equal("2026-12-28T10:00:00 Europe/Berlin (+01)", calendar.Add(start, Duration.FromHours(2)).InZone(calendar.Zone).ToString());
    }

    [Fact]
    public void Reads_every_part_of_the_shape()
    {
        var calendar = BusinessCalendarJson.Read(Desk);
        var zone = calendar.Zone;
        Instant At(int y, int mo, int d, int h, int mi) => new LocalDateTime(y, mo, d, h, mi).InZoneStrictly(zone).ToInstant();

        Assert.Equal("Asia/Ho_Chi_Minh", zone.Id);
        // 8 h Monday + 8 h overnight Friday + 16 h Saturday.
        Assert.Equal(Duration.FromHours(32), calendar.WeeklyBusinessTime);
        Assert.True(calendar.IsOpen(At(2026, 1, 31, 23, 59)));            // Saturday until 24:00
        Assert.True(calendar.IsOpen(At(2026, 1, 31, 5, 59)));             // Friday's shift runs on into Saturday
        Assert.False(calendar.IsOpen(At(2026, 1, 26, 10, 30)));           // the break
        Assert.True(calendar.IsOpen(At(2026, 2, 13, 10, 59)));            // the override's half day (a Friday morning)
        Assert.False(calendar.IsOpen(At(2026, 2, 16, 9, 0)));             // the closed override (a Monday)
    }

    [Fact]
    public void Yearly_holidays_close_their_date_every_year()
    {
        var calendar = BusinessCalendarJson.Read("""{ "tz": "UTC", "week": { "mon": [["09:00", "17:00"]], "tue": [["09:00", "17:00"]] }, "holidays": ["--09-02"] }""");
        // 2030-09-02 and 2031-09-02 are a Monday and a Tuesday.
        Assert.False(calendar.IsOpen(Instant.FromUtc(2030, 9, 2, 10, 0)));
        Assert.False(calendar.IsOpen(Instant.FromUtc(2031, 9, 2, 10, 0)));
        Assert.True(calendar.IsOpen(Instant.FromUtc(2031, 9, 1, 10, 0)));
    }

    [Fact]
    public void Writes_the_same_shape_and_reads_it_back()
    {
        var json = BusinessCalendarJson.Write(BusinessCalendarJson.Read(Desk));
        Assert.Contains("\"fri\": [\n      [\n        \"22:00\",\n        \"06:00\"", json.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("\"24:00\"", json, StringComparison.Ordinal);
        Assert.Contains("\"--09-02\"", json, StringComparison.Ordinal);
        Assert.Contains("\"2026-02-16\": []", json, StringComparison.Ordinal);
        Assert.Contains("\"2026-01-26T11:30:00\"", json, StringComparison.Ordinal);
        Assert.Equal(json, BusinessCalendarJson.Write(BusinessCalendarJson.Read(json)));
    }

    [Theory]
    [InlineData("[]", "$", "expected a calendar object")]
    [InlineData("""{ "week": {} }""", "$.tz", "time zone is missing")]
    [InlineData("""{ "tz": "Mars/Olympus" }""", "$.tz", "'Mars/Olympus' is not a known IANA time zone id")]
    [InlineData("""{ "tz": "UTC", "week": [] }""", "$.week", "expected an object of days")]
    [InlineData("""{ "tz": "UTC", "week": { "monday": [] } }""", "$.week.monday", "is not a day")]
    [InlineData("""{ "tz": "UTC", "week": { "mon": [["09:00"]] } }""", "$.week.mon[0]", "expected a window [from, to]")]
    [InlineData("""{ "tz": "UTC", "week": { "mon": [["09:00", "25:00"]] } }""", "$.week.mon[0][1]", "\"25:00\" is not a time")]
    [InlineData("""{ "tz": "UTC", "week": { "mon": [["09:00", 17]] } }""", "$.week.mon[0][1]", "17 is not a time")]
    [InlineData("""{ "tz": "UTC", "week": { "mon": [["09:00", "09:00"]] } }""", "$.week.mon[0]", "is empty")]
    [InlineData("""{ "tz": "UTC", "week": { "mon": [["24:00", "09:00"]] } }""", "$.week.mon[0][0]", "cannot start at 24:00")]
    [InlineData("""{ "tz": "UTC", "week": { "mon": [["09:00", "17:00"]] }, "holidays": ["2026-13-01"] }""", "$.holidays[0]", "is not a date YYYY-MM-DD, a yearly date --MM-DD, or a range")]
    [InlineData("""{ "tz": "UTC", "week": { "mon": [["09:00", "17:00"]] }, "holidays": ["--02-30"] }""", "$.holidays[0]", "is not a date")]
    [InlineData("""{ "tz": "UTC", "week": { "mon": [["09:00", "17:00"]] }, "overrides": { "24 Dec": [] } }""", "$.overrides['24 Dec']", "is not a date")]
    [InlineData("""{ "tz": "UTC", "week": { "mon": [["09:00", "17:00"]] }, "overrides": { "2026-12-24": [], "2026-12-24": [] } }""", "$.overrides['2026-12-24']", "overridden twice")]
    [InlineData("""{ "tz": "UTC", "week": { "mon": [["09:00", "17:00"]] }, "breaks": [["2026-01-26T11:00:00", "2026-01-26T10:00:00"]] }""", "$.breaks[0]", "inverted or empty")]
    [InlineData("""{ "tz": "UTC", "week": { "mon": [["09:00", "17:00"]] }, "breaks": [["2026-01-26 11:00", "2026-01-26T12:00:00"]] }""", "$.breaks[0][0]", "is not a local date-time")]
    [InlineData("""{ "tz": "UTC", "week": { "mon": [["09:00", "17:00"]] }, "breaks": [["1850-01-26T11:00:00", "1850-01-26T12:00:00"]] }""", "$.breaks[0]", "within the calendar's horizon")]
    [InlineData("""{ "tz": "UTC", "week": {} }""", "$", "never open")]
    [InlineData("""{ "tz": "UTC", "week": { "mon": [["09:00", "17:00"]] }, "holidays": ["2026-12-24"], "overrides": { "2026-12-24": [] } }""", "$", "both a holiday and a date override")]
    public void Malformed_input_names_the_json_path_and_the_problem(string json, string path, string problem)
    {
        var ex = Assert.Throws<JsonException>(() => BusinessCalendarJson.Read(json));
        Assert.Equal(path, ex.Path);
        Assert.StartsWith(path + ": ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_that_is_not_json_fails_with_a_json_exception()
    {
        Assert.ThrowsAny<JsonException>(() => BusinessCalendarJson.Read("{ tz: "));
        Assert.Throws<ArgumentNullException>(() => BusinessCalendarJson.Read((string)null!));
        Assert.Throws<ArgumentNullException>(() => BusinessCalendarJson.Write(null!));
    }
}
