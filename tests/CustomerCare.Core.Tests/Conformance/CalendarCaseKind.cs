// Runs calendar conformance cases (those with an "op"): add, elapsed and subtract on a calendar read from the case itself.
using System.Globalization;
using System.Text;
using System.Text.Json;
using CustomerCare.Core.Calendars;
using NodaTime;
using Xunit.Sdk;

namespace CustomerCare.Core.Tests.Conformance;

/// <summary>
/// A calendar case holds a calendar (<c>tz</c>, <c>week</c>, <c>holidays</c>, <c>overrides</c>, <c>breaks</c>), optional
/// <c>pauses</c>, and one operation: <c>add</c> (start + duration → expected deadline), <c>elapsed</c> (start, end →
/// expected minutes or seconds) or <c>subtract</c> (end − duration → expected latest start). Local times are mapped
/// like window bounds (earlier occurrence; gaps shifted forward); a <c>*_utc</c> field wins over its local twin.
/// </summary>
public sealed class CalendarCaseKind : IConformanceCaseKind
{
    /// <inheritdoc />
    public string Name => "calendar (op)";

    /// <inheritdoc />
    public bool Recognises(JsonElement testCase) =>
        testCase.ValueKind == JsonValueKind.Object
        && testCase.TryGetProperty("op", out var op) && op.ValueKind == JsonValueKind.String
        && !testCase.TryGetProperty("events", out _);

    /// <inheritdoc />
    public void Run(JsonElement testCase)
    {
        BusinessCalendar calendar;
        try
        {
            calendar = BusinessCalendarJson.Read(testCase);
        }
        catch (JsonException ex)
        {
            throw new XunitException($"The calendar of this case is invalid: {ex.Message}\n{testCase.GetRawText()}");
        }

        var zone = calendar.Zone;
        var op = testCase.GetProperty("op").GetString();
        var pauses = testCase.TryGetProperty("pauses", out var p) && p.ValueKind == JsonValueKind.Array
            ? ExclusionSet.FromUnsorted(BusinessCalendarJson.ReadLocalIntervals(p, "$.pauses").Select(x => new Interval(Map(zone, x.From), Map(zone, x.To))))
            : ExclusionSet.Empty;

        switch (op)
        {
            case "add":
                {
                    var start = InstantField(testCase, zone, "start");
                    var budget = Budget(testCase);
                    var expected = InstantField(testCase, zone, "expected");
                    var actual = calendar.Add(start, budget, pauses);
                    if (actual != expected)
                    {
                        Fail(testCase, zone, $"add {budget} from {Show(start, zone)}", Show(expected, zone), Show(actual, zone));
                    }

                    break;
                }

            case "subtract":
                {
                    var end = InstantField(testCase, zone, "end");
                    var budget = Budget(testCase);
                    var expected = InstantField(testCase, zone, "expected");
                    var actual = calendar.Subtract(end, budget, pauses);
                    if (actual != expected)
                    {
                        Fail(testCase, zone, $"subtract {budget} from {Show(end, zone)}", Show(expected, zone), Show(actual, zone));
                    }

                    break;
                }

            case "elapsed":
                {
                    var start = InstantField(testCase, zone, "start");
                    var end = InstantField(testCase, zone, "end");
                    var actual = calendar.Elapsed(start, end, pauses);
                    var what = $"elapsed from {Show(start, zone)} to {Show(end, zone)}";
                    if (testCase.TryGetProperty("expected_seconds", out var seconds))
                    {
                        var expected = Duration.FromSeconds(seconds.GetInt64());
                        if (actual != expected)
                        {
                            Fail(testCase, zone, what, $"{expected} ({seconds.GetInt64()} s)", $"{actual} ({actual.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s)");
                        }
                    }
                    else
                    {
                        var minutes = Required(testCase, "expected").GetInt64();
                        var actualMinutes = (long)Math.Floor(actual.TotalMinutes);
                        if (actualMinutes != minutes)
                        {
                            Fail(testCase, zone, what, $"{minutes} min", $"{actualMinutes} min ({actual})");
                        }
                    }

                    break;
                }

            default:
                throw new XunitException($"Unknown op '{op}'; calendar cases use add, elapsed or subtract.\n{testCase.GetRawText()}");
        }
    }

    private static Duration Budget(JsonElement testCase)
    {
        if (testCase.TryGetProperty("duration_seconds", out var seconds))
        {
            return Duration.FromSeconds(seconds.GetInt64());
        }

        if (testCase.TryGetProperty("duration_minutes", out var minutes))
        {
            return Duration.FromMinutes(minutes.GetInt64());
        }

        throw new XunitException($"The case has neither duration_seconds nor duration_minutes.\n{testCase.GetRawText()}");
    }

    private static Instant InstantField(JsonElement testCase, DateTimeZone zone, string name)
    {
        if (testCase.TryGetProperty(name + "_utc", out var utc) && utc.ValueKind == JsonValueKind.String)
        {
            var parsed = NodaTime.Text.InstantPattern.ExtendedIso.Parse(utc.GetString()!);
            return parsed.Success ? parsed.Value : throw new XunitException($"{name}_utc: '{utc.GetString()}' is not an ISO-8601 UTC instant.");
        }

        return Map(zone, BusinessCalendarJson.ParseLocalDateTime(Required(testCase, name), "$." + name));
    }

    private static JsonElement Required(JsonElement testCase, string name) =>
        testCase.TryGetProperty(name, out var value) ? value : throw new XunitException($"The case has no '{name}'.\n{testCase.GetRawText()}");

    private static Instant Map(DateTimeZone zone, LocalDateTime local) => local.InZoneLeniently(zone).ToInstant();

    private static string Show(Instant instant, DateTimeZone zone) =>
        $"{instant.InZone(zone).LocalDateTime.ToString("uuuu-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)} local ({instant} UTC)";

    private static void Fail(JsonElement testCase, DateTimeZone zone, string what, string expected, string actual)
    {
        var message = new StringBuilder()
            .Append("Case ").Append(testCase.GetProperty("id").GetString()).Append(" in ").AppendLine(zone.Id)
            .Append("  ").AppendLine(what)
            .Append("  expected: ").AppendLine(expected)
            .Append("  actual:   ").AppendLine(actual);
        if (testCase.TryGetProperty("source", out var source))
        {
            message.Append("  source: ").AppendLine(source.ToString());
        }

        message.AppendLine(testCase.GetRawText());
        throw new XunitException(message.ToString());
    }
}
