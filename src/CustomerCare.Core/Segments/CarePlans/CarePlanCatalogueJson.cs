// Reads and writes a CarePlanCatalogue as JSON (System.Text.Json); the calendar is referenced by name, problems name the JSON path.
using System.Globalization;
using System.Text;
using System.Text.Json;
using CustomerCare.Core.Calendars;

namespace CustomerCare.Core.Segments.CarePlans;

/// <summary>
/// Reads and writes a <see cref="CarePlanCatalogue"/> as JSON:
/// <code>
/// {
///   "calendar": "desk",
///   "plans": [
///     { "segment": "vip", "sla_policy": "VIP", "preferred_channels": ["phone"], "fallback_channels": ["chat", "email"],
///       "minimum_tier": "senior", "contact_every": "3 months" },
///     { "segment": "elderly-alone", "priority_uplift": 1, "preferred_channels": ["phone"],
///       "notes": ["Take your time; ask how they are doing."], "contact_every": "30 days" },
///     { "segment": "standard" }
///   ]
/// }
/// </code>
/// </summary>
/// <remarks>
/// <para><c>calendar</c> names the business calendar contacts are scheduled on, among the calendars passed to
/// <see cref="Read(string, IReadOnlyDictionary{string, BusinessCalendar}, SegmentCatalogue?)"/> (as SLA policy and
/// capability envelope JSON name theirs). Each plan needs <c>segment</c>; the rest is optional: <c>sla_policy</c> (a
/// policy name) or <c>priority_uplift</c> (1 to 10 steps, not both), <c>preferred_channels</c> and
/// <c>fallback_channels</c> (lists of names, in order), <c>minimum_tier</c> (a responsibility tier's name),
/// <c>notes</c> (a list of texts) and <c>contact_every</c> (<c>"30 days"</c>, <c>"1 month"</c>, <c>"3 months"</c>:
/// 1 to 3,660 days or 1 to 120 months). Unknown members are ignored.</para>
/// <para>Malformed JSON (a wrong type, a missing member, an unknown calendar, an unreadable cadence) throws
/// <see cref="JsonException"/> naming the JSON path; a well-formed catalogue with problems (a blank name, both a policy
/// and an uplift, an uplift outside 1..10, a channel listed twice, two plans for one segment, a segment the segment
/// catalogue lacks) throws <see cref="SegmentDefinitionException"/> listing every problem at its JSON path
/// (<c>$.plans[1]</c>). <see cref="Write(CarePlanCatalogue, string)"/> writes what <c>Read</c> reads: reading the
/// text gives plans equal member by member, and writing them gives the same text. Stateless and thread-safe.</para>
/// </remarks>
public static class CarePlanCatalogueJson
{
    /// <summary>Reads care plans from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="calendars">The business calendars by name; <c>calendar</c> names one of them.</param>
    /// <param name="segments">If given, every plan's segment must be one of its segments.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="calendars"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is malformed; the message names the path and the problem.</exception>
    /// <exception cref="SegmentDefinitionException">The plans have problems; each names its JSON path.</exception>
    public static CarePlanCatalogue Read(string json, IReadOnlyDictionary<string, BusinessCalendar> calendars, SegmentCatalogue? segments = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        return Read(document.RootElement, calendars, segments);
    }

    /// <summary>Reads care plans from a parsed JSON element (for example a section of a host's configuration).</summary>
    /// <param name="element">The JSON object.</param>
    /// <param name="calendars">The business calendars by name; <c>calendar</c> names one of them.</param>
    /// <param name="segments">If given, every plan's segment must be one of its segments.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendars"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is malformed; the message names the path and the problem.</exception>
    /// <exception cref="SegmentDefinitionException">The plans have problems; each names its JSON path.</exception>
    public static CarePlanCatalogue Read(JsonElement element, IReadOnlyDictionary<string, BusinessCalendar> calendars, SegmentCatalogue? segments = null)
    {
        ArgumentNullException.ThrowIfNull(calendars);
        SegmentCatalogueJson.Kind(element, JsonValueKind.Object, "$");
        var calendarName = SegmentCatalogueJson.String(SegmentCatalogueJson.Required(element, "calendar", "$"), "$.calendar");
        if (!calendars.TryGetValue(calendarName, out var calendar))
        {
            throw SegmentCatalogueJson.Error("$.calendar", calendars.Count == 0
                ? $"unknown calendar '{calendarName}'; pass the calendars by name to Read"
                : $"unknown calendar '{calendarName}'; known calendars are {string.Join(", ", calendars.Keys.Select(k => $"'{k}'"))}");
        }

        var list = SegmentCatalogueJson.Required(element, "plans", "$");
        SegmentCatalogueJson.Kind(list, JsonValueKind.Array, "$.plans");
        var problems = new List<SegmentProblem>();
        var plans = new List<CarePlan>();
        var paths = new List<string>();
        var i = 0;
        foreach (var item in list.EnumerateArray())
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"$.plans[{i++}]");
            if (ReadPlan(item, path).TryBuild(path, problems) is { } plan)
            {
                plans.Add(plan);
                paths.Add(path);
            }
        }

        CarePlanCatalogue.Index(plans, segments, paths, problems);
        return problems.Count > 0 ? throw new SegmentDefinitionException(problems) : new CarePlanCatalogue(calendar, plans, segments, paths);
    }

    /// <summary>Writes <paramref name="plans"/> as indented JSON in the shape <c>Read</c> reads.</summary>
    /// <param name="plans">The catalogue.</param>
    /// <param name="calendarName">The name its calendar is registered under when read back.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="calendarName"/> is blank.</exception>
    public static string Write(CarePlanCatalogue plans, string calendarName)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            Write(writer, plans, calendarName);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes <paramref name="plans"/> as one JSON object to <paramref name="writer"/>.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="plans">The catalogue.</param>
    /// <param name="calendarName">The name its calendar is registered under when read back.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="calendarName"/> is blank.</exception>
    public static void Write(Utf8JsonWriter writer, CarePlanCatalogue plans, string calendarName)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(plans);
        Internal.Preconditions.NotBlank(calendarName, "must name the calendar the plans are read back with");
        writer.WriteStartObject();
        writer.WriteString("calendar", calendarName);
        writer.WriteStartArray("plans");
        foreach (var plan in plans.Plans)
        {
            writer.WriteStartObject();
            writer.WriteString("segment", plan.Segment);
            if (plan.SlaPolicy is not null)
            {
                writer.WriteString("sla_policy", plan.SlaPolicy);
            }

            if (plan.PriorityUplift != 0)
            {
                writer.WriteNumber("priority_uplift", plan.PriorityUplift);
            }

            Texts(writer, "preferred_channels", plan.PreferredChannels);
            Texts(writer, "fallback_channels", plan.FallbackChannels);
            if (plan.MinimumTier is not null)
            {
                writer.WriteString("minimum_tier", plan.MinimumTier);
            }

            Texts(writer, "notes", plan.Notes);
            if (plan.Cadence is { } cadence)
            {
                writer.WriteString("contact_every", string.Create(CultureInfo.InvariantCulture, $"{cadence.Count} {(cadence.InMonths ? "month" : "day")}{(cadence.Count == 1 ? string.Empty : "s")}"));
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static CarePlanBuilder ReadPlan(JsonElement e, string path)
    {
        SegmentCatalogueJson.Kind(e, JsonValueKind.Object, path);
        var builder = new CarePlanBuilder(SegmentCatalogueJson.String(SegmentCatalogueJson.Required(e, "segment", path), path + ".segment"));
        if (e.TryGetProperty("sla_policy", out var policy))
        {
            builder.UseSlaPolicy(SegmentCatalogueJson.String(policy, path + ".sla_policy"));
        }

        if (e.TryGetProperty("priority_uplift", out var uplift))
        {
            builder.RaisePriority(uplift.ValueKind == JsonValueKind.Number && uplift.TryGetInt32(out var steps)
                ? steps
                : throw SegmentCatalogueJson.Error(path + ".priority_uplift", $"expected a whole number of steps from 1 to 10 but found {uplift.GetRawText()}"));
        }

        builder.Prefer(Texts(e, "preferred_channels", path));
        builder.FallBackTo(Texts(e, "fallback_channels", path));
        if (e.TryGetProperty("minimum_tier", out var tier))
        {
            builder.RequireTier(SegmentCatalogueJson.String(tier, path + ".minimum_tier"));
        }

        foreach (var note in Texts(e, "notes", path))
        {
            builder.AddNote(note);
        }

        if (e.TryGetProperty("contact_every", out var every))
        {
            builder.ContactEvery(Cadence(SegmentCatalogueJson.String(every, path + ".contact_every"), path + ".contact_every"));
        }

        return builder;
    }

    private static ContactCadence Cadence(string text, string path)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        bool? months = parts.Length == 2 ? parts[1] switch
        {
            "day" or "days" => false,
            "month" or "months" => true,
            _ => null,
        } : null;
        if (months is null || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            throw SegmentCatalogueJson.Error(path, $"must be a count and a unit such as \"30 days\" or \"3 months\"; it was '{text}'");
        }

        var limit = months.Value ? 120 : 3_660;
        return count >= 1 && count <= limit
            ? months.Value ? ContactCadence.EveryMonths(count) : ContactCadence.EveryDays(count)
            : throw SegmentCatalogueJson.Error(path, string.Create(CultureInfo.InvariantCulture, $"must be from 1 to {limit:N0} {(months.Value ? "months" : "days")}; it was '{text}'"));
    }

    private static string[] Texts(JsonElement e, string member, string path)
    {
        if (!e.TryGetProperty(member, out var list))
        {
            return [];
        }

        var at = path + "." + member;
        SegmentCatalogueJson.Kind(list, JsonValueKind.Array, at);
        return [.. list.EnumerateArray().Select((x, i) => SegmentCatalogueJson.String(x, string.Create(CultureInfo.InvariantCulture, $"{at}[{i}]")))];
    }

    private static void Texts(Utf8JsonWriter writer, string member, IReadOnlyList<string> texts)
    {
        if (texts.Count == 0)
        {
            return;
        }

        writer.WriteStartArray(member);
        foreach (var text in texts)
        {
            writer.WriteStringValue(text);
        }

        writer.WriteEndArray();
    }
}
