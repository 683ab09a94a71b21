// Runs SLA timeline conformance cases (those with "events"): policies, calendars, a ticket's events, now → expected metric results.
using System.Globalization;
using System.Text;
using System.Text.Json;
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Sla.Evaluation;
using CustomerCare.Core.Sla.Policies;
using CustomerCare.Core.Tests.Conformance;
using CustomerCare.Core.Tickets;
using NodaTime;
using NodaTime.Text;
using Xunit.Sdk;

namespace CustomerCare.Core.Tests.Sla;

/// <summary>
/// An SLA timeline case: a business calendar in the conformance calendar shape (optional), extra named
/// <c>calendars</c>, <c>policies</c> in <see cref="SlaPolicyJson"/>'s format, a <c>ticket</c>, its <c>events</c>, a
/// <c>now</c>, and the <c>expected</c> policy, priority and per-metric instances (or an expected <c>error</c>). The
/// format is documented in <c>Conformance/SLA-TIMELINES.md</c>.
/// </summary>
public sealed class SlaTimelineCaseKind : IConformanceCaseKind
{
    /// <summary>The name under which the case's own calendar (its top-level <c>week</c>) is registered.</summary>
    public const string CaseCalendar = "business";

    private static readonly InstantPattern Utc = InstantPattern.ExtendedIso;

    // The event types of a case's "events", the same names SlaPolicyJson accepts in custom metrics' start and stop.
    private static readonly Dictionary<string, TicketEventKind> EventTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["opened"] = TicketEventKind.Opened,
        ["status"] = TicketEventKind.StatusChanged,
        ["agent_reply"] = TicketEventKind.AgentPublicReply,
        ["internal_note"] = TicketEventKind.AgentInternalNote,
        ["customer_reply"] = TicketEventKind.CustomerReply,
        ["priority"] = TicketEventKind.PriorityChanged,
        ["segment"] = TicketEventKind.SegmentChanged,
        ["attribute"] = TicketEventKind.AttributeChanged,
        ["resolved"] = TicketEventKind.Resolved,
        ["reopened"] = TicketEventKind.Reopened,
        ["closed"] = TicketEventKind.Closed,
    };

    /// <inheritdoc />
    public string Name => "SLA timeline (events)";

    /// <inheritdoc />
    public bool Recognises(JsonElement testCase) =>
        testCase.ValueKind == JsonValueKind.Object && testCase.TryGetProperty("events", out var events) && events.ValueKind == JsonValueKind.Array;

    /// <inheritdoc />
    public void Run(JsonElement testCase)
    {
        var zone = testCase.TryGetProperty("tz", out var tz) && tz.ValueKind == JsonValueKind.String
            ? DateTimeZoneProviders.Tzdb.GetZoneOrNull(tz.GetString()!) ?? throw Invalid(testCase, $"unknown tz '{tz.GetString()}'")
            : DateTimeZone.Utc;
        var expected = Required(testCase, "expected");

        SlaPolicySet policies;
        TicketTimeline ticket;
        Instant now;
        try
        {
            policies = SlaPolicyJson.Read(Required(testCase, "policies"), ReadCalendars(testCase, zone));
            now = InstantField(testCase, "now", zone, "$");
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException)
        {
            throw Invalid(testCase, ex.Message);
        }

        try
        {
            ticket = new TicketTimeline(ReadTicket(testCase), ReadEvents(testCase, zone));
        }
        catch (ArgumentException ex) when (expected.TryGetProperty("error", out var error))
        {
            if (!ex.Message.Contains(error.GetString()!, StringComparison.Ordinal))
            {
                Fail(testCase, zone, "the timeline is rejected", $"an error containing '{error.GetString()}'", ex.Message);
            }

            return;
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException)
        {
            throw Invalid(testCase, ex.Message);
        }

        SlaEvaluation evaluation;
        try
        {
            evaluation = policies.Evaluate(ticket, now);
        }
        catch (ArgumentException ex) when (expected.TryGetProperty("error", out var error))
        {
            // A policy may refuse a timeline the ticket accepts (a customer message on a resolved ticket).
            if (!ex.Message.Contains(error.GetString()!, StringComparison.Ordinal))
            {
                Fail(testCase, zone, "the timeline is rejected", $"an error containing '{error.GetString()}'", ex.Message);
            }

            return;
        }

        if (expected.TryGetProperty("error", out var unexpected))
        {
            Fail(testCase, zone, "the timeline is rejected", $"an error containing '{unexpected.GetString()}'", "the timeline was accepted");
        }

        var problems = new StringBuilder();
        if (expected.TryGetProperty("policy", out var policy) && policy.GetString() != evaluation.Policy.Name)
        {
            problems.AppendLine(CultureInfo.InvariantCulture, $"  policy: expected {policy.GetString()}, actual {evaluation.Policy.Name}");
        }

        if (expected.TryGetProperty("priority", out var priority) && !string.Equals(priority.GetString(), evaluation.Priority, StringComparison.OrdinalIgnoreCase))
        {
            problems.AppendLine(CultureInfo.InvariantCulture, $"  priority: expected {priority.GetString()}, actual {evaluation.Priority}");
        }

        if (expected.TryGetProperty("metrics", out var metrics))
        {
            foreach (var metric in metrics.EnumerateObject())
            {
                var actual = evaluation.Results.Where(r => string.Equals(r.Metric.Name, metric.Name, StringComparison.OrdinalIgnoreCase)).ToList();
                var wanted = metric.Value.EnumerateArray().ToList();
                if (actual.Count != wanted.Count)
                {
                    problems.AppendLine(CultureInfo.InvariantCulture, $"  {metric.Name}: expected {wanted.Count} instance(s), actual {actual.Count}");
                }

                for (var i = 0; i < Math.Min(actual.Count, wanted.Count); i++)
                {
                    Compare(problems, $"{metric.Name}[{i}]", wanted[i], actual[i], zone);
                }
            }
        }

        if (problems.Length > 0)
        {
            var all = new StringBuilder();
            foreach (var r in evaluation.Results)
            {
                all.AppendLine("    " + Describe(r, zone));
            }

            Fail(testCase, zone, $"evaluate at {Show(now, zone)} (policy {evaluation.Policy.Name}, priority {evaluation.Priority})", problems.ToString(), "all results:\n" + all);
        }
    }

    private static void Compare(StringBuilder problems, string what, JsonElement wanted, SlaMetricResult actual, DateTimeZone zone)
    {
        void Check(bool ok, string field, string expected, string got)
        {
            if (!ok)
            {
                problems.AppendLine(CultureInfo.InvariantCulture, $"  {what}.{field}: expected {expected}, actual {got}");
            }
        }

        foreach (var field in wanted.EnumerateObject())
        {
            var path = $"$.expected.metrics.{what}.{field.Name}";
            switch (field.Name)
            {
                case "status":
                    var status = actual.Status switch
                    {
                        SlaStatus.NotApplicable => "not_applicable",
                        var s => s.ToString().ToLowerInvariant(),
                    };
                    Check(status == field.Value.GetString(), "status", field.Value.GetString()!, status);
                    break;
                case "start" or "stop" or "deadline" or "warning_at" or "start_utc" or "stop_utc" or "deadline_utc" or "warning_at_utc":
                    var name = field.Name.Replace("_utc", string.Empty, StringComparison.Ordinal);
                    var value = name switch { "start" => actual.Start, "stop" => actual.Stop, "deadline" => actual.Deadline, _ => actual.WarningAt };
                    Instant? expected = field.Value.ValueKind == JsonValueKind.Null ? null : ParseInstant(field.Value, field.Name.EndsWith("_utc", StringComparison.Ordinal), zone, path);
                    Check(expected == value, field.Name, Show(expected, zone), Show(value, zone));
                    break;
                case "elapsed_seconds" or "remaining_seconds" or "target_seconds" or "paused_seconds":
                    var seconds = Pick(field.Name, actual);
                    Check((long)seconds.TotalSeconds == field.Value.GetInt64() && seconds.SubsecondTicks == 0, field.Name, field.Value.GetInt64() + " s", seconds.TotalSeconds.ToString(CultureInfo.InvariantCulture) + " s");
                    break;
                case "elapsed_minutes" or "remaining_minutes" or "target_minutes" or "paused_minutes":
                    var minutes = (long)Math.Truncate(Pick(field.Name, actual).TotalMinutes);
                    Check(minutes == field.Value.GetInt64(), field.Name, field.Value.GetInt64() + " min", minutes + $" min ({Pick(field.Name, actual)})");
                    break;
                default:
                    break; // notes and unknown fields are ignored
            }
        }
    }

    private static Duration Pick(string field, SlaMetricResult r) =>
        field.StartsWith("elapsed", StringComparison.Ordinal) ? r.Elapsed
        : field.StartsWith("remaining", StringComparison.Ordinal) ? r.Remaining
        : field.StartsWith("paused", StringComparison.Ordinal) ? r.Paused
        : r.Target;

    private static Dictionary<string, BusinessCalendar> ReadCalendars(JsonElement testCase, DateTimeZone zone)
    {
        var calendars = new Dictionary<string, BusinessCalendar>(StringComparer.OrdinalIgnoreCase);
        if (testCase.TryGetProperty("week", out _))
        {
            calendars[CaseCalendar] = BusinessCalendarJson.Read(testCase);
        }

        if (testCase.TryGetProperty("calendars", out var named))
        {
            foreach (var c in named.EnumerateObject())
            {
                // A named calendar without its own tz takes the case's.
                calendars[c.Name] = c.Value.TryGetProperty("tz", out _)
                    ? BusinessCalendarJson.Read(c.Value)
                    : BusinessCalendarJson.Read(WithTz(c.Value, zone));
            }
        }

        return calendars;
    }

    private static string WithTz(JsonElement calendar, DateTimeZone zone)
    {
        var members = calendar.EnumerateObject().Select(p => $"{JsonSerializer.Serialize(p.Name)}: {p.Value.GetRawText()}");
        return "{" + string.Join(", ", members.Prepend($"\"tz\": {JsonSerializer.Serialize(zone.Id)}")) + "}";
    }

    private static TicketAttributes ReadTicket(JsonElement testCase)
    {
        var t = Required(testCase, "ticket");
        string? Text(string name) => t.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        var tags = t.TryGetProperty("tags", out var tg) ? tg.EnumerateArray().Select(x => x.GetString()!).ToList() : null;
        var attributes = t.TryGetProperty("attributes", out var at)
            ? at.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.OrdinalIgnoreCase)
            : null;
        return new TicketAttributes(Text("priority") ?? "normal", Text("segment"), Text("channel"), Text("category"), tags, attributes);
    }

    private static List<TicketEvent> ReadEvents(JsonElement testCase, DateTimeZone zone)
    {
        var list = new List<TicketEvent>();
        var i = 0;
        foreach (var e in testCase.GetProperty("events").EnumerateArray())
        {
            var path = $"$.events[{i++}]";
            var at = InstantField(e, "at", zone, path);
            var type = e.TryGetProperty("type", out var ty) ? ty.GetString() ?? string.Empty : string.Empty;
            var stated = e.TryGetProperty("value", out var v) ? v.GetString() : null; // the status an opened/resolved/reopened event sets, when given
            var value = stated ?? string.Empty;
            if (!EventTypes.TryGetValue(type, out var kind))
            {
                throw Error(path + ".type", $"'{type}' is not an event type; use one of {string.Join(", ", EventTypes.Keys)}");
            }

            list.Add(kind switch
            {
                TicketEventKind.Opened => stated is null ? TicketEvent.Opened(at) : TicketEvent.Opened(at, stated),
                TicketEventKind.StatusChanged => TicketEvent.StatusChanged(at, value),
                TicketEventKind.AgentPublicReply => TicketEvent.AgentPublicReply(at),
                TicketEventKind.AgentInternalNote => TicketEvent.AgentInternalNote(at),
                TicketEventKind.CustomerReply => TicketEvent.CustomerReply(at),
                TicketEventKind.PriorityChanged => TicketEvent.PriorityChanged(at, value),
                TicketEventKind.SegmentChanged => TicketEvent.SegmentChanged(at, value),
                TicketEventKind.AttributeChanged => TicketEvent.AttributeChanged(at, e.TryGetProperty("key", out var k) ? k.GetString() ?? string.Empty : string.Empty, value),
                TicketEventKind.Resolved => stated is null ? TicketEvent.Resolved(at) : TicketEvent.Resolved(at, stated),
                TicketEventKind.Reopened => stated is null ? TicketEvent.Reopened(at) : TicketEvent.Reopened(at, stated),
                _ => TicketEvent.Closed(at),
            });
        }

        return list;
    }

    private static Instant InstantField(JsonElement element, string name, DateTimeZone zone, string path)
    {
        if (element.TryGetProperty(name + "_utc", out var utc))
        {
            return ParseInstant(utc, true, zone, $"{path}.{name}_utc");
        }

        return element.TryGetProperty(name, out var local)
            ? ParseInstant(local, false, zone, $"{path}.{name}")
            : throw Error(path, $"the member \"{name}\" (or \"{name}_utc\") is missing");
    }

    private static Instant ParseInstant(JsonElement value, bool utc, DateTimeZone zone, string path)
    {
        if (utc)
        {
            var parsed = Utc.Parse(value.GetString() ?? string.Empty);
            return parsed.Success ? parsed.Value : throw Error(path, $"'{value.GetRawText()}' is not an ISO-8601 UTC instant");
        }

        return BusinessCalendarJson.ParseLocalDateTime(value, path).InZoneLeniently(zone).ToInstant();
    }

    // A malformed case reads like a malformed policy set: the JSON path, then the problem.
    private static JsonException Error(string path, string problem) => new($"{path}: {problem}.", path, null, null);

    private static JsonElement Required(JsonElement testCase, string name) =>
        testCase.TryGetProperty(name, out var value) ? value : throw Invalid(testCase, $"the case has no \"{name}\"");

    private static string Show(Instant? instant, DateTimeZone zone) => instant is { } i
        ? $"{i.InZone(zone).LocalDateTime.ToString("uuuu-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)} local ({i} UTC)"
        : "null";

    private static string Describe(SlaMetricResult r, DateTimeZone zone) =>
        $"{r.Metric.Name}[{r.Instance}] {r.Status}: start {Show(r.Start, zone)}, stop {Show(r.Stop, zone)}, deadline {Show(r.Deadline, zone)}, warning {Show(r.WarningAt, zone)}, elapsed {r.Elapsed.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s, remaining {r.Remaining.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s, paused {r.Paused.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s";

    private static XunitException Invalid(JsonElement testCase, string problem) =>
        new($"SLA case {IdOf(testCase)} is invalid: {problem}\n{testCase.GetRawText()}");

    private static string IdOf(JsonElement testCase) => testCase.TryGetProperty("id", out var id) ? id.ToString() : "(no id)";

    private static void Fail(JsonElement testCase, DateTimeZone zone, string what, string expected, string actual)
    {
        var message = new StringBuilder()
            .Append("SLA case ").Append(IdOf(testCase)).Append(" in ").AppendLine(zone.Id)
            .Append("  ").AppendLine(what)
            .AppendLine("  expected / problems:").AppendLine(expected)
            .AppendLine("  actual:").AppendLine(actual);
        if (testCase.TryGetProperty("events", out var events))
        {
            message.AppendLine("  events:");
            foreach (var e in events.EnumerateArray())
            {
                message.Append("    ").AppendLine(e.GetRawText());
            }
        }

        if (testCase.TryGetProperty("source", out var source))
        {
            message.Append("  source: ").AppendLine(source.ToString());
        }

        message.AppendLine(testCase.GetRawText());
        throw new XunitException(message.ToString());
    }
}
