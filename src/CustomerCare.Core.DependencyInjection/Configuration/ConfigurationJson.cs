// Turns an IConfiguration section back into the JSON document the model readers expect, undoing what IConfiguration flattens.
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace CustomerCare.Core.DependencyInjection.Configuration;

/// <summary>
/// Rebuilds JSON from a configuration section. <see cref="IConfiguration"/> keeps every value as a string, turns arrays
/// into sections keyed <c>0</c>, <c>1</c>, … and keeps an empty array, an empty object and <c>null</c> only as a key with an
/// empty value. The rules below restore what the documents of this library mean:
/// <list type="bullet">
/// <item>A section whose keys are exactly <c>0</c> … <c>n-1</c> is an array, except <c>targets</c> of plain values (an SLA
/// metric's priority → duration map) and the members of <see cref="ObjectKeys"/>, which are objects.</item>
/// <item>A value that reads as a JSON number, <c>true</c> or <c>false</c> (any case) becomes that number or boolean, unless it
/// sits under a member of <see cref="TextKeys"/> (names, zones, priorities, segments…) or is a value of a segment rule on a
/// text attribute: there it stays a string, so a priority called <c>1</c> stays <c>"1"</c>.</item>
/// <item>An empty value (what an empty array, an empty object or <c>null</c> leave behind) becomes <c>{}</c> for
/// <see cref="ObjectKeys"/>, <c>null</c> for <see cref="NullKeys"/>, <c>""</c> for <see cref="EmptyStringKeys"/> and <c>[]</c> otherwise;
/// the strings <c>[]</c>, <c>{}</c> and <c>null</c> (handy in environment variables) stand for themselves.</item>
/// </list>
/// Object members come out in the configuration's key order (ordinal, numbers by value), which no reader depends on.
/// </summary>
internal static class ConfigurationJson
{
    /// <summary>Members whose value is always an object, also when it looks like an array or is empty.</summary>
    internal static readonly HashSet<string> ObjectKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "week", "overrides", "metrics", "when", "raci", "attributes", "not", "goodwill_budget", "capacity", "period", "escalation",
    };

    /// <summary>Members whose empty value means JSON <c>null</c>.</summary>
    internal static readonly HashSet<string> NullKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "escalates_to", "approval_limit", "sla_policy", "minimum_tier", "contact_every",
    };

    /// <summary>Members whose values (and list items) are texts even when they look like numbers or booleans.</summary>
    internal static readonly HashSet<string> TextKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "name", "tz", "zone", "calendar", "segment", "segments", "channel", "channels", "category", "categories", "tag",
        "priority", "priorities", "priority_at_least", "pause_on", "start", "stop", "kinds", "tier", "escalates_to",
        "approves", "parties", "request_kinds", "definition", "objective_name", "default", "preferred_channels", "fallback_channels",
        "notes", "minimum_tier", "sla_policy", "severities", "holidays", "currency", "attribute", "rfm", "custom_metrics",
    };

    /// <summary>Members whose empty value is the empty string (every other empty text member is an empty list of texts).</summary>
    internal static readonly HashSet<string> EmptyStringKeys = new(StringComparer.OrdinalIgnoreCase) { "definition", "objective_name", "name" };

    private static readonly HashSet<string> TextAttributeKinds = new(StringComparer.OrdinalIgnoreCase) { "text", "text_set" };

    /// <summary>Converts <paramref name="section"/> to a JSON element (a clone that outlives no document).</summary>
    /// <param name="section">The section, e.g. <c>CustomerCare:Calendars:hcm</c>.</param>
    /// <param name="textAttributes">Names of segment attributes whose rule values stay texts.</param>
    /// <returns>The JSON element.</returns>
    internal static JsonElement ToJson(IConfigurationSection section, IReadOnlySet<string>? textAttributes = null)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, section, section.Key, text: TextKeys.Contains(section.Key), textAttributes);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    /// <summary>The names of the text and text-set attributes a segment catalogue section declares.</summary>
    /// <param name="catalogue">The catalogue's section.</param>
    /// <returns>The attribute names (ordinal, case-sensitive as declared).</returns>
    internal static HashSet<string> TextAttributes(IConfigurationSection catalogue)
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { Segments.CommonAttributes.PaymentAbility };
        foreach (var attribute in catalogue.GetSection("attributes").GetChildren())
        {
            if (attribute.Value is { } kind && TextAttributeKinds.Contains(kind))
            {
                names.Add(attribute.Key);
            }
        }

        return names;
    }

    private static void Write(Utf8JsonWriter writer, IConfigurationSection section, string key, bool text, IReadOnlySet<string>? textAttributes)
    {
        var children = section.GetChildren().ToList();
        if (children.Count == 0)
        {
            WriteValue(writer, section.Value, key, text);
            return;
        }

        if (IsArray(children, key))
        {
            writer.WriteStartArray();
            foreach (var child in children.OrderBy(c => int.Parse(c.Key, CultureInfo.InvariantCulture)))
            {
                Write(writer, child, key, text, textAttributes);
            }

            writer.WriteEndArray();
            return;
        }

        // A segment rule on a text attribute keeps its operands as texts.
        var ruleOnText = textAttributes is not null && section.GetSection("attribute").Value is { } attribute && textAttributes.Contains(attribute);
        writer.WriteStartObject();
        foreach (var child in children)
        {
            writer.WritePropertyName(child.Key);
            Write(writer, child, child.Key, ruleOnText || TextKeys.Contains(child.Key), textAttributes);
        }

        writer.WriteEndObject();
    }

    private static bool IsArray(List<IConfigurationSection> children, string key)
    {
        if (ObjectKeys.Contains(key))
        {
            return false;
        }

        var indices = new bool[children.Count];
        foreach (var child in children)
        {
            if (!int.TryParse(child.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= indices.Length
                || indices[index] || child.Key != index.ToString(CultureInfo.InvariantCulture))
            {
                return false;
            }

            indices[index] = true;
        }

        // An SLA metric's targets map priorities to durations; priorities named 0, 1, … must not make it a list.
        return !(string.Equals(key, "targets", StringComparison.OrdinalIgnoreCase) && children.TrueForAll(c => !c.GetChildren().Any()));
    }

    private static void WriteValue(Utf8JsonWriter writer, string? value, string key, bool text)
    {
        switch (value)
        {
            case null or "":
                if (ObjectKeys.Contains(key))
                {
                    writer.WriteStartObject();
                    writer.WriteEndObject();
                }
                else if (NullKeys.Contains(key))
                {
                    writer.WriteNullValue();
                }
                else if (EmptyStringKeys.Contains(key))
                {
                    writer.WriteStringValue(string.Empty);
                }
                else
                {
                    writer.WriteStartArray();
                    writer.WriteEndArray();
                }

                return;
            case "[]":
                writer.WriteStartArray();
                writer.WriteEndArray();
                return;
            case "{}":
                writer.WriteStartObject();
                writer.WriteEndObject();
                return;
            case "null":
                writer.WriteNullValue();
                return;
        }

        if (!text)
        {
            if (bool.TryParse(value, out var flag))
            {
                writer.WriteBooleanValue(flag);
                return;
            }

            if (IsJsonNumber(value))
            {
                writer.WriteRawValue(value);
                return;
            }
        }

        writer.WriteStringValue(value);
    }

    /// <summary>Whether <paramref name="value"/> is a JSON number literal (no leading zeros, no plus sign, no blanks).</summary>
    internal static bool IsJsonNumber(string value)
    {
        if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            return false;
        }

        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(value));
        try
        {
            return reader.Read() && reader.TokenType == JsonTokenType.Number && !reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
