// Reads and writes a whole responsibility model as JSON (System.Text.Json), naming the JSON path of every problem.
using System.Globalization;
using System.Text;
using System.Text.Json;
using CustomerCare.Core.Tickets;

namespace CustomerCare.Core.Responsibility;

/// <summary>
/// Reads and writes a <see cref="ResponsibilityModel"/> as JSON:
/// <code>
/// {
///   "severities": [ { "name": "S1", "definition": "critical: safety risk" }, { "name": "S2", "definition": "" } ],
///   "threshold": "up_to_and_including_limit",
///   "higher_tiers_approve_lower": true,
///   "escalation": { "on_sla_warning": true, "on_sla_breach": true, "repeat_contacts": 3 },
///   "tiers": [
///     { "name": "agent", "kind": "hierarchy", "escalates_to": "head", "approval_limit": "50 EUR", "approves": ["returns/**"] },
///     { "name": "head", "kind": "hierarchy", "escalates_to": null, "approval_limit": null, "approves": [] }
///   ],
///   "parties": ["product team"],
///   "categories": ["hardware/display/touch"],
///   "request_kinds": ["returns/refund"],
///   "rules": [ { "order": 10, "category": "hardware/**", "severities": ["S1"], "raci": { "head": "A", "product team": "I" }, "overwrite": false } ]
/// }
/// </code>
/// </summary>
/// <remarks>
/// <para>Every member is optional except each tier's <c>name</c> and each rule's <c>order</c>, <c>category</c> and
/// <c>raci</c>; defaults are the builder's. <c>threshold</c> is <c>up_to_and_including_limit</c> or
/// <c>below_limit_only</c>; <c>kind</c> is <c>hierarchy</c> or <c>functional</c>; RACI roles are letters from
/// <c>RACI</c>; amounts are <c>"&lt;amount&gt; &lt;ISO currency&gt;"</c> in the invariant culture. The ceilings and the
/// minimum-tier source are objects of the host and are passed to <see cref="Read(string, ICompensationCeilings?, IMinimumTierSource?)"/>,
/// not stored. Unknown members are ignored.</para>
/// <para>Malformed JSON throws <see cref="JsonException"/> naming the JSON path and the problem; a well-formed but
/// invalid model throws what <see cref="ResponsibilityModelBuilder.Build"/> throws. <see cref="Write"/> writes every
/// member, so reading what it wrote and writing again gives the same text. Stateless and thread-safe.</para>
/// </remarks>
public static class ResponsibilityModelJson
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true };

    /// <summary>Reads a model from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="ceilings">The business ceilings to check authority against, or null.</param>
    /// <param name="minimumTiers">The segments' minimum tiers, or null.</param>
    /// <returns>The validated model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is malformed; the message names the path and the problem.</exception>
    /// <exception cref="InvalidOperationException">The model has errors (see <see cref="ResponsibilityModelBuilder.Build"/>).</exception>
    public static ResponsibilityModel Read(string json, ICompensationCeilings? ceilings = null, IMinimumTierSource? minimumTiers = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        var builder = ReadBuilder(document.RootElement);
        if (ceilings is not null)
        {
            builder.UseCeilings(ceilings);
        }

        if (minimumTiers is not null)
        {
            builder.UseMinimumTiers(minimumTiers);
        }

        return builder.Build();
    }

    /// <summary>Writes a model as indented JSON.</summary>
    /// <param name="model">The model.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    public static string Write(ResponsibilityModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Indented))
        {
            w.WriteStartObject();
            w.WriteStartArray("severities");
            foreach (var level in model.Severities.Levels)
            {
                w.WriteStartObject();
                w.WriteString("name", level.Name);
                w.WriteString("definition", level.Definition);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteString("threshold", model.Threshold == AuthorityThreshold.BelowLimitOnly ? "below_limit_only" : "up_to_and_including_limit");
            w.WriteBoolean("higher_tiers_approve_lower", model.HigherTiersApproveLower);
            w.WriteStartObject("escalation");
            w.WriteBoolean("on_sla_warning", model.EscalateOnSlaWarning);
            w.WriteBoolean("on_sla_breach", model.EscalateOnSlaBreach);
            w.WriteNumber("repeat_contacts", model.RepeatContactThreshold);
            w.WriteEndObject();
            w.WriteStartArray("tiers");
            foreach (var tier in model.Tiers)
            {
                w.WriteStartObject();
                w.WriteString("name", tier.Name);
                w.WriteString("kind", tier.Kind == TierKind.Functional ? "functional" : "hierarchy");
                w.WriteString("escalates_to", tier.EscalatesTo);
                w.WriteString("approval_limit", tier.ApprovalLimit is { } limit ? limit.Amount.ToString(CultureInfo.InvariantCulture) + " " + limit.Currency : null);
                Strings(w, "approves", tier.Approves.Select(p => p.Text));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            Strings(w, "parties", model.Parties);
            Strings(w, "categories", model.Categories.Select(c => c.Value));
            Strings(w, "request_kinds", model.RequestKinds.Select(c => c.Value));
            w.WriteStartArray("rules");
            foreach (var rule in model.Rules)
            {
                w.WriteStartObject();
                w.WriteNumber("order", rule.Order);
                w.WriteString("category", rule.Category.Text);
                Strings(w, "severities", rule.Severities);
                w.WriteStartObject("raci");
                foreach (var entry in rule.Raci)
                {
                    w.WriteString(entry.Party, entry.Letters);
                }

                w.WriteEndObject();
                w.WriteBoolean("overwrite", rule.Overwrite);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static ResponsibilityModelBuilder ReadBuilder(JsonElement root)
    {
        RequireKind(root, JsonValueKind.Object, "$");
        var builder = new ResponsibilityModelBuilder();
        if (root.TryGetProperty("severities", out var severities))
        {
            RequireKind(severities, JsonValueKind.Array, "$.severities");
            var levels = severities.EnumerateArray().Select((e, i) =>
            {
                var path = $"$.severities[{i}]";
                RequireKind(e, JsonValueKind.Object, path);
                var definition = e.TryGetProperty("definition", out var d) ? String(d, path + ".definition") : string.Empty;
                return Wrap(path, () => new SeverityLevel(RequiredString(e, "name", path), definition));
            }).ToArray();
            Wrap("$.severities", () => builder.WithSeverities(SeverityScale.Create(levels)));
        }

        if (root.TryGetProperty("threshold", out var threshold))
        {
            builder.WithThreshold(String(threshold, "$.threshold") switch
            {
                "up_to_and_including_limit" => AuthorityThreshold.UpToAndIncludingLimit,
                "below_limit_only" => AuthorityThreshold.BelowLimitOnly,
                var other => throw Error("$.threshold", $"'{other}' is not a threshold; use 'up_to_and_including_limit' or 'below_limit_only'"),
            });
        }

        if (root.TryGetProperty("higher_tiers_approve_lower", out var inherit))
        {
            builder.HigherTiersApproveLower(Bool(inherit, "$.higher_tiers_approve_lower"));
        }

        if (root.TryGetProperty("escalation", out var escalation))
        {
            RequireKind(escalation, JsonValueKind.Object, "$.escalation");
            var warning = !escalation.TryGetProperty("on_sla_warning", out var w) || Bool(w, "$.escalation.on_sla_warning");
            var breach = !escalation.TryGetProperty("on_sla_breach", out var b) || Bool(b, "$.escalation.on_sla_breach");
            builder.EscalateOnSla(warning, breach);
            if (escalation.TryGetProperty("repeat_contacts", out var contacts))
            {
                var n = Int(contacts, "$.escalation.repeat_contacts");
                Wrap("$.escalation.repeat_contacts", () => builder.EscalateOnRepeatContacts(n));
            }
        }

        Each(root, "tiers", (t, path) => ReadTier(builder, t, path));
        Each(root, "parties", (p, path) => Wrap(path, () => builder.AddParty(String(p, path))));
        Each(root, "categories", (c, path) => Wrap(path, () => builder.AddCategory(String(c, path))));
        Each(root, "request_kinds", (c, path) => Wrap(path, () => builder.AddRequestKind(String(c, path))));
        Each(root, "rules", (r, path) => builder.Add(ReadRule(r, path)));
        return builder;
    }

    private static void ReadTier(ResponsibilityModelBuilder builder, JsonElement t, string path)
    {
        RequireKind(t, JsonValueKind.Object, path);
        var name = RequiredString(t, "name", path);
        var kind = t.TryGetProperty("kind", out var k) ? String(k, path + ".kind") : "hierarchy";
        string? up = t.TryGetProperty("escalates_to", out var e) && e.ValueKind != JsonValueKind.Null ? String(e, path + ".escalates_to") : null;
        Money? limit = t.TryGetProperty("approval_limit", out var l) && l.ValueKind != JsonValueKind.Null ? ReadMoney(String(l, path + ".approval_limit"), path + ".approval_limit") : null;
        var approves = t.TryGetProperty("approves", out var a) ? Strings(a, path + ".approves") : [];
        switch (kind)
        {
            case "hierarchy":
                Wrap(path, () => builder.AddTier(name, up, limit, [.. approves]));
                break;
            case "functional":
                Wrap(path, () => builder.AddRole(name, up, limit, [.. approves]));
                break;
            default:
                throw Error(path + ".kind", $"'{kind}' is not a tier kind; use 'hierarchy' or 'functional'");
        }
    }

    private static AssignmentRule ReadRule(JsonElement r, string path)
    {
        RequireKind(r, JsonValueKind.Object, path);
        var order = Int(Required(r, "order", path), path + ".order");
        var category = RequiredString(r, "category", path);
        var pattern = Wrap(path + ".category", () => CategoryPattern.Parse(category));
        var severities = r.TryGetProperty("severities", out var s) ? Strings(s, path + ".severities") : [];
        var raci = new List<RaciEntry>();
        var raciElement = Required(r, "raci", path);
        RequireKind(raciElement, JsonValueKind.Object, path + ".raci");
        foreach (var member in raciElement.EnumerateObject())
        {
            var mpath = $"{path}.raci['{member.Name}']";
            var letters = String(member.Value, mpath);
            var roles = RaciRole.None;
            foreach (var c in letters)
            {
                roles |= char.ToUpperInvariant(c) switch
                {
                    'R' => RaciRole.Responsible,
                    'A' => RaciRole.Accountable,
                    'C' => RaciRole.Consulted,
                    'I' => RaciRole.Informed,
                    _ => throw Error(mpath, $"'{letters}' is not a set of RACI letters; use R, A, C and I (e.g. \"RA\")"),
                };
            }

            raci.Add(new RaciEntry(member.Name, roles));
        }

        var overwrite = r.TryGetProperty("overwrite", out var o) && Bool(o, path + ".overwrite");
        return Wrap(path, () => new AssignmentRule(order, pattern, severities, raci, overwrite));
    }

    private static Money ReadMoney(string text, string path)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 2 && decimal.TryParse(parts[0], NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) && Money.IsCurrencyCode(parts[1]))
        {
            return new Money(amount, parts[1]);
        }

        throw Error(path, $"'{text}' is not an amount; write '<amount> <ISO currency>', e.g. '50 EUR'");
    }

    private static void Each(JsonElement root, string name, Action<JsonElement, string> read)
    {
        if (!root.TryGetProperty(name, out var array))
        {
            return;
        }

        RequireKind(array, JsonValueKind.Array, "$." + name);
        var i = 0;
        foreach (var element in array.EnumerateArray())
        {
            read(element, $"$.{name}[{i++}]");
        }
    }

    private static T Wrap<T>(string path, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (ArgumentException ex)
        {
            throw Error(path, ex.Message, ex);
        }
    }

    private static JsonException Error(string path, string problem, Exception? inner = null) => new($"{path}: {problem}.", path, null, null, inner);

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static List<string> Strings(JsonElement array, string path)
    {
        RequireKind(array, JsonValueKind.Array, path);
        return [.. array.EnumerateArray().Select((e, i) => String(e, $"{path}[{i}]"))];
    }

    private static string String(JsonElement value, string path) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : throw Error(path, $"expected a string, found {value.ValueKind}");

    private static bool Bool(JsonElement value, string path) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Error(path, $"expected true or false, found {value.ValueKind}"),
    };

    private static int Int(JsonElement value, string path) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) ? n : throw Error(path, $"expected a whole number, found {value.ValueKind} {value.GetRawText()}");

    private static JsonElement Required(JsonElement element, string name, string path) =>
        element.TryGetProperty(name, out var value) ? value : throw Error(path, $"the member \"{name}\" is missing");

    private static string RequiredString(JsonElement element, string name, string path) => String(Required(element, name, path), $"{path}.{name}");

    private static void RequireKind(JsonElement element, JsonValueKind kind, string path)
    {
        if (element.ValueKind != kind)
        {
            throw Error(path, $"expected a JSON {kind.ToString().ToLowerInvariant()}, found {element.ValueKind}");
        }
    }
}
