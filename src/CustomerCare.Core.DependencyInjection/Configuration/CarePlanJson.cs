// Reads the care plans of a configuration (the core builds plans in code only): one object with the calendar's name and a list of plans.
using System.Globalization;
using System.Text.Json;
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Segments;
using CustomerCare.Core.Segments.CarePlans;

namespace CustomerCare.Core.DependencyInjection.Configuration;

/// <summary>
/// Reads <c>{ "calendar": "hcm", "plans": [ { "segment": "vip", "sla_policy": "VIP", "raise_priority": 1, "prefer": ["phone"],
/// "fall_back_to": ["email"], "minimum_tier": "lead", "notes": ["…"], "contact_every": "30 days" } ] }</c> into a
/// <see cref="CarePlanCatalogue"/>. Only <c>segment</c> is required in a plan; <c>contact_every</c> is
/// <c>"N day(s)"</c> or <c>"N month(s)"</c>. Errors are <see cref="JsonException"/>s whose message starts with the JSON path.
/// </summary>
internal static class CarePlanJson
{
    internal static CarePlanCatalogue Read(JsonElement element, IReadOnlyDictionary<string, BusinessCalendar> calendars, SegmentCatalogue? segments)
    {
        Require(element, JsonValueKind.Object, "$", "an object with \"calendar\" and \"plans\"");
        var calendarName = element.TryGetProperty("calendar", out var c) ? Text(c, "$.calendar") : throw Error("$.calendar", "is required: the name of the calendar contacts are scheduled on");
        if (!calendars.TryGetValue(calendarName, out var calendar))
        {
            throw Error("$.calendar", $"unknown calendar '{calendarName}'; configured calendars are {Names(calendars.Keys)}");
        }

        var plans = new List<CarePlan>();
        if (element.TryGetProperty("plans", out var list))
        {
            Require(list, JsonValueKind.Array, "$.plans", "a list of plans");
            var i = 0;
            foreach (var item in list.EnumerateArray())
            {
                plans.Add(ReadPlan(item, $"$.plans[{i++}]"));
            }
        }

        try
        {
            return new CarePlanCatalogue(calendar, plans, segments);
        }
        catch (SegmentDefinitionException e)
        {
            // The catalogue names plans by segment; point at the plans list instead.
            throw Error("$.plans", string.Join("; ", e.Problems.Select(p => p.Message)), e);
        }
    }

    private static CarePlan ReadPlan(JsonElement item, string path)
    {
        Require(item, JsonValueKind.Object, path, "a plan object with at least \"segment\"");
        var builder = new CarePlanBuilder(item.TryGetProperty("segment", out var s) ? Text(s, path + ".segment") : throw Error(path + ".segment", "is required"));
        try
        {
            foreach (var member in item.EnumerateObject())
            {
                var at = path + "." + member.Name;
                switch (member.Name)
                {
                    case "segment":
                        break;
                    case "sla_policy" when member.Value.ValueKind != JsonValueKind.Null:
                        builder.UseSlaPolicy(Text(member.Value, at));
                        break;
                    case "raise_priority":
                        builder.RaisePriority(member.Value.TryGetInt32(out var steps) ? steps : throw Error(at, $"expected a whole number of steps, found {member.Value.GetRawText()}"));
                        break;
                    case "prefer":
                        builder.Prefer(Texts(member.Value, at));
                        break;
                    case "fall_back_to":
                        builder.FallBackTo(Texts(member.Value, at));
                        break;
                    case "minimum_tier" when member.Value.ValueKind != JsonValueKind.Null:
                        builder.RequireTier(Text(member.Value, at));
                        break;
                    case "notes":
                        foreach (var note in Texts(member.Value, at))
                        {
                            builder.AddNote(note);
                        }

                        break;
                    case "contact_every" when member.Value.ValueKind != JsonValueKind.Null:
                        builder.ContactEvery(Cadence(member.Value, at));
                        break;
                }
            }

            return builder.Build();
        }
        catch (ArgumentException e)
        {
            throw Error(path, e.Message, e);
        }
    }

    private static ContactCadence Cadence(JsonElement value, string path)
    {
        var text = Text(value, path).Trim();
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
        {
            switch (parts[1].ToUpperInvariant())
            {
                case "DAY" or "DAYS":
                    return ContactCadence.EveryDays(n);
                case "MONTH" or "MONTHS":
                    return ContactCadence.EveryMonths(n);
            }
        }

        throw Error(path, $"'{text}' is not a cadence; write \"30 days\" or \"3 months\"");
    }

    private static string Text(JsonElement value, string path) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : throw Error(path, $"expected a string, found {value.GetRawText()}");

    private static List<string> Texts(JsonElement value, string path)
    {
        Require(value, JsonValueKind.Array, path, "a list of strings");
        var i = 0;
        return [.. value.EnumerateArray().Select(v => Text(v, $"{path}[{i++}]"))];
    }

    private static void Require(JsonElement value, JsonValueKind kind, string path, string what)
    {
        if (value.ValueKind != kind)
        {
            throw Error(path, $"expected {what}, found {value.GetRawText()}");
        }
    }

    private static string Names(IEnumerable<string> names) => names.Any() ? string.Join(", ", names.Select(n => $"'{n}'")) : "none";

    private static JsonException Error(string path, string problem, Exception? inner = null) => new($"{path}: {problem}", path, null, null, inner);
}
