// Reads and writes a BusinessCalendar in the library's public JSON calendar format (a little over 400 lines: one format, read and written in one place).
using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace CustomerCare.Core.Calendars;

/// <summary>
/// The JSON format of a <see cref="BusinessCalendar"/>, read and written with System.Text.Json. A calendar is one object:
/// <code>
/// {
///   "tz": "Asia/Ho_Chi_Minh",
///   "week": { "mon": [["08:00", "12:00"], ["13:30", "17:30"]], "sat": [["08:00", "12:00"]], "sun": [] },
///   "holidays": ["2026-02-17", "--09-02"],
///   "overrides": { "2026-02-13": [["08:00", "11:00"]], "2026-02-16": [] },
///   "breaks": [["2026-01-28T10:00:00", "2026-01-28T11:30:00"]]
/// }
/// </code>
/// <para><c>tz</c> is an IANA zone id; a Windows zone id (<c>"W. Europe Standard Time"</c>) is accepted too and
/// mapped to its primary IANA zone through NodaTime's CLDR mapping, which is what <see cref="Write(BusinessCalendar)"/>
/// then writes. <c>week</c> maps <c>mon</c> … <c>sun</c> to <c>[from, to]</c> windows written
/// <c>HH:MM</c> or <c>HH:MM:SS</c> (optionally with a fraction); <c>24:00</c> is the next midnight and a <c>to</c> earlier
/// than <c>from</c> is an overnight shift; a missing or empty day is closed. <c>holidays</c> holds one-off dates
/// (<c>YYYY-MM-DD</c>), yearly ones in ISO 8601's recurring form <c>--MM-DD</c>, and ranges of either kind written
/// <c>from/to</c> with both ends included (<c>"2026-02-16/2026-02-20"</c>, or <c>"--12-24/--01-01"</c> every year over
/// the new year). Dates must lie within the horizon (<see cref="BusinessCalendar.MinDate"/> to <see cref="BusinessCalendar.MaxDate"/>). <c>overrides</c> maps a date to the
/// windows that replace its weekly ones (<c>[]</c> closes the date). <c>breaks</c> are absolute local <c>[from, to)</c>
/// closures, mapped to instants like window bounds. Only <c>tz</c> is required, but a calendar that is never open is
/// rejected. Unknown top-level fields are ignored, so a calendar's fields can sit inside a larger document.
/// <see cref="Write(BusinessCalendar)"/> writes every field, days <c>mon</c> to <c>sun</c> in order, and reading its
/// output gives an equivalent calendar.</para>
/// <para>Malformed input throws <see cref="JsonException"/> whose <see cref="JsonException.Path"/> and message name the
/// JSON path (e.g. <c>$.week.mon[1][0]</c>) and the problem. Stateless and thread-safe.</para>
/// </summary>
public static class BusinessCalendarJson
{
    private static readonly string[] DayNames = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;
    private static readonly LocalDateTimePattern DateTimeSeconds = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFF");
    private static readonly LocalDateTimePattern DateTimeMinutes = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");
    private static readonly LocalTimePattern TimeSeconds = LocalTimePattern.CreateWithInvariantCulture("HH':'mm':'ss;FFFFFFFFF");
    private static readonly LocalTimePattern TimeMinutes = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");

    /// <summary>Writes <paramref name="calendar"/> as indented JSON.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <returns>The JSON text; <see cref="Read(string)"/> reads it back to an equivalent calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public static string Write(BusinessCalendar calendar)
    {
        // Stryker disable once Statement : without it the writer overload throws the same ArgumentNullException for calendar
        ArgumentNullException.ThrowIfNull(calendar);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            Write(writer, calendar);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes <paramref name="calendar"/> as one JSON object to <paramref name="writer"/>.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="calendar">The calendar.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter writer, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(calendar);
        var definition = calendar.Definition;
        writer.WriteStartObject();
        writer.WriteString("tz", definition.Zone.Id);
        writer.WriteStartObject("week");
        for (var day = 0; day < 7; day++)
        {
            writer.WritePropertyName(DayNames[day]);
            WriteWindows(writer, definition.Week[day]);
        }

        writer.WriteEndObject();
        writer.WriteStartArray("holidays");
        var entries = definition.Entries;
        foreach (var date in entries.Dates)
        {
            writer.WriteStringValue(DatePattern.Format(date));
        }

        foreach (var annual in entries.YearlyDates)
        {
            writer.WriteStringValue(FormatAnnual(annual));
        }

        foreach (var (from, to) in entries.Ranges)
        {
            writer.WriteStringValue($"{DatePattern.Format(from)}/{DatePattern.Format(to)}");
        }

        foreach (var (from, to) in entries.YearlyRanges)
        {
            writer.WriteStringValue($"{FormatAnnual(from)}/{FormatAnnual(to)}");
        }

        writer.WriteEndArray();
        writer.WriteStartObject("overrides");
        foreach (var (date, windows) in definition.Overrides)
        {
            writer.WritePropertyName(DatePattern.Format(date));
            WriteWindows(writer, windows);
        }

        writer.WriteEndObject();
        writer.WriteStartArray("breaks");
        foreach (var (from, to) in definition.Breaks)
        {
            writer.WriteStartArray();
            writer.WriteStringValue(DateTimeSeconds.Format(from));
            writer.WriteStringValue(DateTimeSeconds.Format(to));
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Reads a calendar from JSON text.</summary>
    /// <param name="json">One JSON object in the calendar format.</param>
    /// <returns>The validated calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not JSON, or a value is missing, malformed or invalid; the message and
    /// <see cref="JsonException.Path"/> name the JSON path.</exception>
    public static BusinessCalendar Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        return Read(document.RootElement);
    }

    /// <summary>Reads a calendar from a parsed JSON object (unknown properties are ignored).</summary>
    /// <param name="element">A JSON object in the calendar format (possibly with other fields, which are ignored).</param>
    /// <returns>The validated calendar.</returns>
    /// <exception cref="JsonException">A value is missing, malformed or invalid; the message and
    /// <see cref="JsonException.Path"/> name the JSON path.</exception>
    public static BusinessCalendar Read(JsonElement element)
    {
        Expect(element, JsonValueKind.Object, "$", "a calendar object");
        if (!element.TryGetProperty("tz", out var tz) || tz.ValueKind != JsonValueKind.String)
        {
            throw Error("$.tz", "the time zone is missing; give an IANA zone id such as \"Europe/Berlin\"");
        }

        var zone = ReadZone(tz.GetString()!);
        var builder = new BusinessCalendarBuilder(zone);

        if (Present(element, "week", out var week))
        {
            Expect(week, JsonValueKind.Object, "$.week", "an object of days (mon … sun)");
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var day in week.EnumerateObject())
            {
                var path = $"$.week.{day.Name}";
                var index = Array.IndexOf(DayNames, day.Name);
                if (index < 0)
                {
                    throw Error(path, $"'{day.Name}' is not a day; use mon, tue, wed, thu, fri, sat or sun");
                }

                if (!seen.Add(day.Name))
                {
                    throw Error(path, $"the day '{day.Name}' is given twice; list all its windows once");
                }

                foreach (var window in ReadWindows(day.Value, path))
                {
                    builder.AddLocalWindow(index, window);
                }
            }
        }

        if (Present(element, "holidays", out var holidays))
        {
            Expect(holidays, JsonValueKind.Array, "$.holidays", "an array of dates");
            var i = 0;
            foreach (var item in holidays.EnumerateArray())
            {
                ReadHoliday(builder, item, $"$.holidays[{i++}]");
            }
        }

        if (Present(element, "overrides", out var overrides))
        {
            Expect(overrides, JsonValueKind.Object, "$.overrides", "an object mapping dates to windows");
            var seen = new HashSet<LocalDate>();
            foreach (var entry in overrides.EnumerateObject())
            {
                var path = $"$.overrides['{entry.Name}']";
                var parsed = DatePattern.Parse(entry.Name);
                if (!parsed.Success)
                {
                    throw Error(path, $"'{entry.Name}' is not a date YYYY-MM-DD");
                }

                if (!seen.Add(parsed.Value))
                {
                    throw Error(path, $"the date {entry.Name} is overridden twice; list all its windows in one override");
                }

                var windows = builder.OverrideFor(Guard(path, () => BusinessCalendarBuilder.InHorizon(parsed.Value, "date")));
                windows.AddRange(ReadWindows(entry.Value, path));
            }
        }

        if (Present(element, "breaks", out var breaks))
        {
            foreach (var (from, to, path) in ReadLocalIntervals(breaks, "$.breaks"))
            {
                if (to <= from)
                {
                    throw Error(path, $"the break {DateTimeSeconds.Format(from)} to {DateTimeSeconds.Format(to)} is inverted or empty; its end must be later than its start");
                }

                Guard(path, () => builder.AddBreak(from, to));
            }
        }

        try
        {
            return builder.Build();
        }
        catch (InvalidOperationException ex)
        {
            throw Error("$", ex.Message, ex);
        }
    }

    /// <summary>
    /// The zone of an IANA id, or of a Windows id (<c>"SE Asia Standard Time"</c>) through NodaTime's CLDR mapping to
    /// its primary IANA zone; anything else is rejected naming <c>$.tz</c>.
    /// </summary>
    internal static DateTimeZone ReadZone(string id)
    {
        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) is { } zone)
        {
            return zone;
        }

        if (NodaTime.TimeZones.TzdbDateTimeZoneSource.Default.WindowsMapping.PrimaryMapping.TryGetValue(id, out var iana)
            && DateTimeZoneProviders.Tzdb.GetZoneOrNull(iana) is { } mapped)
        {
            return mapped;
        }

        throw Error("$.tz", $"'{id}' is not a known IANA time zone id (nor a Windows one); use one such as \"Europe/Berlin\"");
    }

    /// <summary>Reads an array of local <c>[from, to]</c> date-time pairs (breaks, pauses), reporting each pair's path.</summary>
    internal static IEnumerable<(LocalDateTime From, LocalDateTime To, string Path)> ReadLocalIntervals(JsonElement array, string path)
    {
        Expect(array, JsonValueKind.Array, path, "an array of [from, to] local date-times");
        var result = new List<(LocalDateTime, LocalDateTime, string)>();
        var i = 0;
        foreach (var pair in array.EnumerateArray())
        {
            var itemPath = $"{path}[{i++}]";
            if (pair.ValueKind != JsonValueKind.Array || pair.GetArrayLength() != 2)
            {
                throw Error(itemPath, "expected a pair [from, to] of local date-times");
            }

            result.Add((ParseLocalDateTime(pair[0], itemPath + "[0]"), ParseLocalDateTime(pair[1], itemPath + "[1]"), itemPath));
        }

        return result;
    }

    /// <summary>Parses a local date-time <c>YYYY-MM-DDTHH:MM[:SS[.fraction]]</c>.</summary>
    internal static LocalDateTime ParseLocalDateTime(JsonElement value, string path)
    {
        // Stryker disable once String : any text that is not a date-time fails the same way as the empty text
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;
        var parsed = DateTimeSeconds.Parse(text);
        if (!parsed.Success)
        {
            parsed = DateTimeMinutes.Parse(text);
        }

        return parsed.Success ? parsed.Value : throw Error(path, $"{Describe(value)} is not a local date-time YYYY-MM-DDTHH:MM:SS");
    }

    /// <summary>Creates the exception every reader throws: the path in the message and in <see cref="JsonException.Path"/>.</summary>
    internal static JsonException Error(string path, string problem, Exception? inner = null) =>
        new($"{path}: {problem}.", path, null, null, inner);

    // A holiday entry: YYYY-MM-DD, --MM-DD, or a range of either kind written from/to (both ends included).
    private static void ReadHoliday(BusinessCalendarBuilder builder, JsonElement item, string path)
    {
        const string Expected = "a date YYYY-MM-DD, a yearly date --MM-DD, or a range of either such as 2026-12-24/2026-12-31 or --12-24/--01-01";
        var text = item.ValueKind == JsonValueKind.String ? item.GetString()! : null;
        var parts = text?.Split('/') ?? [];
        if (parts.Length is 1 or 2 && TryParseAnnual(parts[0], out var from) && TryParseAnnual(parts[^1], out var to))
        {
            _ = parts.Length == 1 ? builder.AddYearlyHoliday(from) : builder.AddYearlyHolidays(from, to);
            return;
        }

        if (parts.Length is 1 or 2 && parts.Select(p => DatePattern.Parse(p)).ToArray() is var dates && dates.All(d => d.Success))
        {
            Guard(path, () => parts.Length == 1 ? builder.AddHoliday(dates[0].Value) : builder.AddHolidays(dates[0].Value, dates[1].Value));
            return;
        }

        throw Error(path, $"{Describe(item)} is not {Expected}");
    }

    private static bool TryParseAnnual(string text, out AnnualDate date)
    {
        date = default;
        if (text is { Length: 7 } && text.StartsWith("--", StringComparison.Ordinal)
            && int.TryParse(text.AsSpan(2, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && text[4] == '-'
            && int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && month is >= 1 and <= 12 && day >= 1 && day <= (month == 2 ? 29 : DateTimeDays(month)))
        {
            date = new AnnualDate(month, day);
            return true;
        }

        return false;
    }

    private static string FormatAnnual(AnnualDate date) => string.Create(CultureInfo.InvariantCulture, $"--{date.Month:00}-{date.Day:00}");

    // Runs a builder call, turning its argument exception into the reader's JSON exception at path.
    private static T Guard<T>(string path, Func<T> call)
    {
        try
        {
            return call();
        }
        catch (ArgumentException ex)
        {
            throw Error(path, ex.Message.Split(" (Parameter", 2)[0].TrimEnd('.'), ex);
        }
    }

    private static void WriteWindows(Utf8JsonWriter writer, LocalWindow[] windows)
    {
        writer.WriteStartArray();
        foreach (var window in windows)
        {
            writer.WriteStartArray();
            writer.WriteStringValue(BusinessCalendarBuilder.Format(window.From));
            writer.WriteStringValue(BusinessCalendarBuilder.Format(window.To > LocalWindow.NanosecondsPerDay ? window.To - LocalWindow.NanosecondsPerDay : window.To));
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    }

    private static List<LocalWindow> ReadWindows(JsonElement array, string path)
    {
        Expect(array, JsonValueKind.Array, path, "an array of [from, to] windows");
        var windows = new List<LocalWindow>();
        var i = 0;
        foreach (var pair in array.EnumerateArray())
        {
            var itemPath = $"{path}[{i++}]";
            if (pair.ValueKind != JsonValueKind.Array || pair.GetArrayLength() != 2)
            {
                throw Error(itemPath, "expected a window [from, to] such as [\"09:00\", \"17:00\"]");
            }

            var from = ParseTime(pair[0], itemPath + "[0]");
            var to = ParseTime(pair[1], itemPath + "[1]");
            if (from == LocalWindow.NanosecondsPerDay)
            {
                throw Error(itemPath + "[0]", "a window cannot start at 24:00; start it at 00:00 of the next day");
            }

            if (from == to)
            {
                throw Error(itemPath, $"the window {BusinessCalendarBuilder.Format(from)}–{BusinessCalendarBuilder.Format(to)} is empty; its end must differ from its start");
            }

            // Stryker disable once String : the checks above (start before 24:00, end up to 24:00, start != end) leave ToWindow nothing to reject, so the name is never shown
            windows.Add(BusinessCalendarBuilder.ToWindow(from, to, "to"));
        }

        return windows;
    }

    private static long ParseTime(JsonElement value, string path)
    {
        // Stryker disable once String : any text that is not a time fails the same way as the empty text
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;
        if (text is "24:00" or "24:00:00")
        {
            return LocalWindow.NanosecondsPerDay;
        }

        var parsed = TimeSeconds.Parse(text);
        if (!parsed.Success)
        {
            parsed = TimeMinutes.Parse(text);
        }

        return parsed.Success ? parsed.Value.NanosecondOfDay : throw Error(path, $"{Describe(value)} is not a time HH:MM or HH:MM:SS (24:00 for the end of the day)");
    }

    private static bool Present(JsonElement element, string name, out JsonElement value) =>
        element.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;

    private static void Expect(JsonElement element, JsonValueKind kind, string path, string what)
    {
        if (element.ValueKind != kind)
        {
            throw Error(path, $"expected {what}, found {Describe(element)}");
        }
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"\"{value.GetString()}\"",
        JsonValueKind.Undefined => "nothing",
        _ => value.GetRawText(),
    };

    private static int DateTimeDays(int month) => month switch
    {
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };
}
