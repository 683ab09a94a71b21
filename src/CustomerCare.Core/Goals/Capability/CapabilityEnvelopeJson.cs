// Reads and writes a capability envelope as JSON (System.Text.Json); calendars are referenced by name, errors name the JSON path.
using System.Text;
using System.Text.Json;
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Sla.Policies;
using NodaTime;

namespace CustomerCare.Core.Goals.Capability;

/// <summary>
/// Reads and writes a <see cref="CapabilityEnvelope"/> as JSON:
/// <code>
/// {
///   "tz": "Asia/Ho_Chi_Minh",
///   "currency": "VND",
///   "channels": [ { "name": "phone", "calendar": "desk", "weight": 6 }, { "name": "chat", "calendar": "desk", "weight": 2 } ],
///   "scope": [ { "kinds": "orders/**", "scope": "in_scope" }, { "kinds": "returns/warranty-exception", "scope": "needs_approval" } ],
///   "ceilings": [ { "kinds": "returns/**", "ceiling": 2000000, "approval_above": 500000 } ],
///   "goodwill_budget": { "amount": 50000000, "period": "month" },
///   "capacity": { "units_per_agent": 6, "load": "sla_clock_running" },
///   "fastest_first_response": [ { "channel": "chat", "within": "2m" }, { "channel": "phone", "within": "30s", "priorities": ["urgent"] } ]
/// }
/// </code>
/// </summary>
/// <remarks>
/// <para><b>Scope</b>: <c>in_scope</c>, <c>needs_approval</c>, <c>out_of_scope</c>. <b>Periods</b>: <c>day</c>, <c>week</c>,
/// <c>month</c>, <c>quarter</c>, <c>year</c>. <b>Load</b>: <c>all_open_work</c>, <c>sla_clock_running</c>.
/// <b>Amounts</b> are JSON numbers read as <see cref="decimal"/> (never through a double). <b>Durations</b> are minutes as a
/// number or strings such as <c>"2m"</c>, <c>"1h30m"</c>, <c>"45s"</c>, as in SLA policy JSON.</para>
/// <para>Calendars are passed by name, as in <see cref="SlaPolicyJson"/>; every calendar passed is registered on the
/// envelope. Unknown members are ignored. Every error throws <see cref="JsonException"/> naming the JSON path and what
/// to fix. <see cref="Write(CapabilityEnvelope)"/> then <see cref="Read(string, IReadOnlyDictionary{string, BusinessCalendar})"/>
/// gives an equal envelope, and writing that gives the same text. Stateless and thread-safe.</para>
/// </remarks>
public static class CapabilityEnvelopeJson
{
    private static readonly string[] ScopeNames = ["out_of_scope", "in_scope", "needs_approval"];
    private static readonly string[] PeriodNames = ["day", "week", "month", "quarter", "year"];
    private static readonly string[] LoadNames = ["all_open_work", "sla_clock_running"];

    /// <summary>Writes <paramref name="envelope"/> as indented JSON (calendars by name).</summary>
    /// <param name="envelope">The envelope.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="envelope"/> is null.</exception>
    public static string Write(CapabilityEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            Write(writer, envelope);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes <paramref name="envelope"/> as one JSON object to <paramref name="writer"/>.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="envelope">The envelope.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter writer, CapabilityEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(envelope);
        writer.WriteStartObject();
        writer.WriteString("tz", envelope.Zone.Id);
        writer.WriteString("currency", envelope.Currency);
        writer.WriteStartArray("channels");
        foreach (var channel in envelope.ChannelPlans)
        {
            writer.WriteStartObject();
            writer.WriteString("name", channel.Name);
            writer.WriteString("calendar", channel.CalendarName);
            writer.WriteNumber("weight", channel.Weight);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("scope");
        foreach (var rule in envelope.ScopeSettings)
        {
            writer.WriteStartObject();
            writer.WriteString("kinds", rule.Pattern.Text);
            writer.WriteString("scope", ScopeNames[(int)rule.Scope]);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("ceilings");
        foreach (var rule in envelope.CeilingSettings)
        {
            writer.WriteStartObject();
            writer.WriteString("kinds", rule.Pattern.Text);
            writer.WriteNumber("ceiling", rule.Ceiling.Amount);
            if (rule.ApprovalAbove.IsDefined)
            {
                writer.WriteNumber("approval_above", rule.ApprovalAbove.Amount);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (envelope.GoodwillBudget is { } budget)
        {
            writer.WriteStartObject("goodwill_budget");
            writer.WriteNumber("amount", budget.Amount);
            writer.WriteString("period", PeriodNames[(int)envelope.GoodwillPeriod]);
            writer.WriteEndObject();
        }

        writer.WriteStartObject("capacity");
        writer.WriteNumber("units_per_agent", envelope.Capacity.UnitsPerAgent);
        writer.WriteString("load", LoadNames[(int)envelope.Capacity.Counting]);
        writer.WriteEndObject();
        writer.WriteStartArray("fastest_first_response");
        foreach (var channel in envelope.ChannelPlans)
        {
            if (channel.FastestAnyPriority is { } any)
            {
                WriteFastest(writer, channel.Name, any, null);
            }

            foreach (var (priority, fastest) in channel.FastestByPriority.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                WriteFastest(writer, channel.Name, fastest, priority);
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Reads an envelope from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="calendars">The calendars the channels name, by name.</param>
    /// <returns>The validated envelope.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="JsonException">The JSON is malformed or the configuration invalid; the message and <see cref="JsonException.Path"/> name the JSON path.</exception>
    public static CapabilityEnvelope Read(string json, IReadOnlyDictionary<string, BusinessCalendar> calendars)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        return Read(document.RootElement, calendars);
    }

    /// <summary>Reads an envelope from a parsed JSON object.</summary>
    /// <param name="element">The JSON object.</param>
    /// <param name="calendars">The calendars the channels name, by name.</param>
    /// <returns>The validated envelope.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendars"/> is null.</exception>
    /// <exception cref="JsonException">A value is missing, malformed or invalid; the message and <see cref="JsonException.Path"/> name the JSON path.</exception>
    public static CapabilityEnvelope Read(JsonElement element, IReadOnlyDictionary<string, BusinessCalendar> calendars)
    {
        ArgumentNullException.ThrowIfNull(calendars);
        RequireKind(element, JsonValueKind.Object, "$");
        var tz = RequiredString(element, "tz", "$");
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(tz)
            ?? throw Error("$.tz", $"'{tz}' is not a known IANA time zone id; use one such as \"Asia/Ho_Chi_Minh\"");
        var currency = RequiredString(element, "currency", "$");
        var builder = Guard("$.currency", () => new CapabilityEnvelopeBuilder(zone, currency));
        var known = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, calendar) in calendars)
        {
            builder.AddCalendar(name, calendar);
            known.Add(name);
        }

        var units = 1;
        if (element.TryGetProperty("capacity", out var capacity))
        {
            RequireKind(capacity, JsonValueKind.Object, "$.capacity");
            units = Int(Required(capacity, "units_per_agent", "$.capacity"), "$.capacity.units_per_agent");
            var load = capacity.TryGetProperty("load", out var l) ? Name(l, "$.capacity.load", LoadNames) : 0;
            Guard("$.capacity.units_per_agent", () => builder.Capacity(units, (LoadCounting)load));
        }

        var channels = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        ForEach(element, "channels", (c, path) =>
        {
            var name = RequiredString(c, "name", path);
            var calendar = RequiredString(c, "calendar", path);
            if (!known.Contains(calendar))
            {
                throw Error(path + ".calendar", $"calendar '{calendar}' is not among the calendars passed to Read ({(known.Count == 0 ? "none" : string.Join(", ", known.Order(StringComparer.Ordinal)))}); pass it or name a known one");
            }

            int? weight = c.TryGetProperty("weight", out var w) ? Int(w, path + ".weight") : null;
            if (weight > units)
            {
                throw Error(path + ".weight", $"{weight} units is more than an agent carries ({units}, $.capacity.units_per_agent); lower the weight or raise the capacity");
            }

            Guard(path, () => builder.AddChannel(name, calendar, weight));
            channels.Add(name);
        });
        ForEach(element, "scope", (s, path) =>
        {
            var kinds = RequiredString(s, "kinds", path);
            var scope = Name(Required(s, "scope", path), path + ".scope", ScopeNames);
            Guard(path + ".kinds", () => builder.Scope(kinds, (RequestScope)scope));
        });
        ForEach(element, "ceilings", (c, path) =>
        {
            var kinds = RequiredString(c, "kinds", path);
            var ceiling = Amount(Required(c, "ceiling", path), path + ".ceiling");
            Money? above = c.TryGetProperty("approval_above", out var a) ? new Money(Amount(a, path + ".approval_above"), currency) : null;
            Guard(path, () => builder.Ceiling(kinds, new Money(ceiling, currency), above));
        });
        if (element.TryGetProperty("goodwill_budget", out var budget))
        {
            RequireKind(budget, JsonValueKind.Object, "$.goodwill_budget");
            var amount = Amount(Required(budget, "amount", "$.goodwill_budget"), "$.goodwill_budget.amount");
            var period = Name(Required(budget, "period", "$.goodwill_budget"), "$.goodwill_budget.period", PeriodNames);
            Guard("$.goodwill_budget.amount", () => builder.GoodwillBudget(new Money(amount, currency), (BudgetPeriod)period));
        }

        ForEach(element, "fastest_first_response", (f, path) =>
        {
            var channel = RequiredString(f, "channel", path);
            if (!channels.Contains(channel))
            {
                throw Error(path + ".channel", $"channel '{channel}' is not listed in $.channels; add it there or remove this setting");
            }

            var within = SlaPolicyJson.ParseDuration(Required(f, "within", path), path + ".within");
            string[] priorities = [];
            if (f.TryGetProperty("priorities", out var p))
            {
                RequireKind(p, JsonValueKind.Array, path + ".priorities");
                priorities = [.. p.EnumerateArray().Select((e, i) => String(e, $"{path}.priorities[{i}]"))];
            }

            Guard(path, () => builder.FastestFirstResponse(channel, within, priorities));
        });

        return Guard("$", builder.Build);
    }

    private static void WriteFastest(Utf8JsonWriter writer, string channel, Duration fastest, string? priority)
    {
        writer.WriteStartObject();
        writer.WriteString("channel", channel);
        writer.WriteString("within", DurationText.Format(fastest));
        if (priority is not null)
        {
            writer.WriteStartArray("priorities");
            writer.WriteStringValue(priority);
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static T Guard<T>(string path, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (ArgumentException ex)
        {
            throw Error(path, ex.Message, ex);
        }
        catch (InvalidOperationException ex)
        {
            throw Error(path, ex.Message, ex);
        }
    }

    private static void ForEach(JsonElement element, string name, Action<JsonElement, string> read)
    {
        if (!element.TryGetProperty(name, out var array))
        {
            return;
        }

        RequireKind(array, JsonValueKind.Array, "$." + name);
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            var path = $"$.{name}[{i++}]";
            RequireKind(item, JsonValueKind.Object, path);
            read(item, path);
        }
    }

    private static int Name(JsonElement value, string path, string[] names)
    {
        var text = String(value, path);
        var index = Array.FindIndex(names, n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
        return index >= 0 ? index : throw Error(path, $"'{text}' is not one of {string.Join(", ", names)}");
    }

    private static decimal Amount(JsonElement value, string path) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var amount)
            ? amount
            : throw Error(path, $"expected an amount as a JSON number, found {Describe(value)}");

    private static int Int(JsonElement value, string path) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : throw Error(path, $"expected a whole number, found {Describe(value)}");

    private static string String(JsonElement value, string path) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : throw Error(path, $"expected a string, found {Describe(value)}");

    private static JsonElement Required(JsonElement element, string name, string path) =>
        element.TryGetProperty(name, out var value) ? value : throw Error(path, $"the member \"{name}\" is missing");

    private static string RequiredString(JsonElement element, string name, string path) => String(Required(element, name, path), $"{path}.{name}");

    private static void RequireKind(JsonElement element, JsonValueKind kind, string path)
    {
        if (element.ValueKind != kind)
        {
            throw Error(path, $"expected a JSON {kind.ToString().ToLowerInvariant()}, found {Describe(element)}");
        }
    }

    private static string Describe(JsonElement value) => value.ValueKind == JsonValueKind.Undefined ? "nothing" : $"{value.ValueKind.ToString().ToLowerInvariant()} {value.GetRawText()}";

    private static JsonException Error(string path, string problem, Exception? inner = null) =>
        new($"{path}: {problem}.", path, null, null, inner);
}
