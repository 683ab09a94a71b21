// Reads and writes a SegmentCatalogue as JSON: attributes, definitions, segments in priority order, the default and the RFM map.
using System.Globalization;
using System.Text;
using System.Text.Json;
using CustomerCare.Core.Segments.Compilation;
using CustomerCare.Core.Segments.Rfm;
using NodaTime;
using NodaTime.Text;

namespace CustomerCare.Core.Segments;

/// <summary>
/// Reads and writes a <see cref="SegmentCatalogue"/> as JSON with System.Text.Json:
/// <code>
/// {
///   "zone": "Asia/Ho_Chi_Minh",
///   "attributes": { "tags": "text_set", "points": "number" },
///   "rfm": "standard",
///   "definitions": [ { "name": "north", "rule": { "attribute": "region", "in": ["north", "north-east"] } } ],
///   "segments": [
///     { "name": "vip", "rule": { "attribute": "lifetime_spend", "at_least": "10000 EUR" } },
///     { "name": "elderly-alone", "rule": { "all": [ { "attribute": "age", "at_least": 70 }, { "attribute": "lives_alone", "equals": true } ] } },
///     { "name": "lapsing", "rule": { "not": { "attribute": "last_purchase", "within_last": "6 months" } } }
///   ],
///   "default": "standard"
/// }
/// </code>
/// <para>A rule is an object. An attribute test has <c>attribute</c>, one operator — <c>equals</c>,
/// <c>not_equals</c>, <c>less_than</c>, <c>at_most</c>, <c>greater_than</c>, <c>at_least</c>, <c>between</c>
/// (<c>[low, high]</c>), <c>in</c> (a list), <c>contains_any</c>, <c>contains_all</c> (lists of texts),
/// <c>within_last</c>, <c>at_least_ago</c> (<c>"30 days"</c>, <c>"6 months"</c>, <c>"2 years"</c>) or
/// <c>has_value</c> (<c>true</c>) — and optionally <c>"missing": "match"</c> (default <c>"no_match"</c>). Values
/// follow the attribute's kind: JSON numbers for numbers, strings <c>"2026-11-30"</c> for dates,
/// <c>"2026-11-30T08:00:00Z"</c> for instants, <c>"10000 EUR"</c> for money, <c>true</c>/<c>false</c>, strings for
/// texts. Combinators: <c>all</c>, <c>any</c> (lists of rules), <c>not</c> (a rule), <c>always</c> (<c>true</c>),
/// <c>segment</c> (a name), <c>union</c>, <c>intersect</c> (lists of names), <c>except</c> (<c>[kept, removed]</c>)
/// and <c>rfm</c> (a list of RFM segment names). Attribute kinds: <c>text</c>, <c>number</c>, <c>exact_number</c>,
/// <c>money</c>, <c>boolean</c>, <c>date</c>, <c>instant</c>, <c>text_set</c>. <c>rfm</c> may be <c>"standard"</c>
/// (<see cref="RfmSegmentMap.Standard"/>); pass another map to <see cref="Read(string, RfmSegmentMap?)"/>.</para>
/// <para>Malformed JSON throws <see cref="JsonException"/> naming the JSON path; a well-formed definition with
/// problems throws <see cref="SegmentDefinitionException"/> listing every problem with its JSON path (e.g.
/// <c>$.segments[1].rule.all[0]</c>). Unknown members are ignored.</para>
/// <para><see cref="Write(SegmentCatalogue)"/> writes what <see cref="Read(string, RfmSegmentMap?)"/> reads: reading
/// the text gives a catalogue that classifies every profile alike, and writing that catalogue gives the same text.
/// Set operations are written as what they mean (<c>union</c> as <c>any</c> of <c>segment</c>s, <c>except</c> as
/// <c>all</c> with a <c>not</c>); a value is written in the kind of the attribute it is compared with (a number
/// compared with an <c>exact_number</c> attribute is written as the decimal the catalogue compiled); the standard RFM
/// map is written as <c>"rfm": "standard"</c>, another map is not written (pass it to <c>Read</c> again). Stateless
/// and thread-safe.</para>
/// </summary>
public static class SegmentCatalogueJson
{
    private static readonly string[] Operators =
        ["equals", "not_equals", "less_than", "at_most", "greater_than", "at_least", "between", "in", "contains_any", "contains_all", "within_last", "at_least_ago", "has_value"];

    /// <summary>Reads a catalogue from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="rfm">The RFM map for <c>rfm</c> rules, or null to use the JSON's <c>"rfm": "standard"</c> (if any).</param>
    /// <returns>The compiled catalogue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is malformed; the message names the path and the problem.</exception>
    /// <exception cref="SegmentDefinitionException">The definition has problems; each names its JSON path.</exception>
    public static SegmentCatalogue Read(string json, RfmSegmentMap? rfm = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        return Read(document.RootElement, rfm);
    }

    /// <summary>Reads a catalogue from a parsed JSON element.</summary>
    /// <param name="element">The JSON object.</param>
    /// <param name="rfm">The RFM map for <c>rfm</c> rules, or null to use the JSON's <c>"rfm": "standard"</c> (if any).</param>
    /// <returns>The compiled catalogue.</returns>
    /// <exception cref="JsonException">The JSON is malformed; the message names the path and the problem.</exception>
    /// <exception cref="SegmentDefinitionException">The definition has problems; each names its JSON path.</exception>
    public static SegmentCatalogue Read(JsonElement element, RfmSegmentMap? rfm = null)
    {
        Kind(element, JsonValueKind.Object, "$");
        var zoneId = String(Required(element, "zone", "$"), "$.zone");
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId) ?? throw Error("$.zone", $"unknown time zone '{zoneId}'; use an IANA id such as 'Asia/Ho_Chi_Minh'");
        var builder = new SegmentCatalogueBuilder(zone);
        var kinds = new Dictionary<string, AttributeKind>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, kind) in CommonAttributes.All)
        {
            kinds[name] = kind;
        }

        if (element.TryGetProperty("attributes", out var attributes))
        {
            Kind(attributes, JsonValueKind.Object, "$.attributes");
            foreach (var attribute in attributes.EnumerateObject())
            {
                var path = $"$.attributes.{attribute.Name}";
                var kind = ParseKind(String(attribute.Value, path), path);
                builder.DeclareAttribute(attribute.Name, kind, path);
                kinds.TryAdd(attribute.Name, kind);
            }
        }

        if (element.TryGetProperty("rfm", out var map))
        {
            var name = String(map, "$.rfm");
            rfm ??= string.Equals(name, "standard", StringComparison.OrdinalIgnoreCase) ? RfmSegmentMap.Standard : throw Error("$.rfm", $"unknown RFM map '{name}'; use \"standard\" or pass a map to Read");
        }

        if (rfm is not null)
        {
            builder.UseRfm(rfm);
        }

        var reader = new RuleReader(kinds, builder.SourcePaths);
        ReadNamed(element, "definitions", (name, rule, path) => builder.Define(name, rule, path), reader);
        ReadNamed(element, "segments", (name, rule, path) => builder.Add(name, rule, path), reader);
        if (element.TryGetProperty("default", out var fallback))
        {
            builder.WithDefault(String(fallback, "$.default"), "$.default");
        }

        return builder.Build();
    }

    /// <summary>Writes <paramref name="catalogue"/> as indented JSON in the shape <see cref="Read(string, RfmSegmentMap?)"/> reads.</summary>
    /// <param name="catalogue">The catalogue.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalogue"/> is null.</exception>
    public static string Write(SegmentCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            Write(writer, catalogue);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes <paramref name="catalogue"/> as one JSON object to <paramref name="writer"/>.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="catalogue">The catalogue.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter writer, SegmentCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(catalogue);
        CatalogueJsonWriter.Write(writer, catalogue);
    }

    internal static JsonException Error(string path, string problem, Exception? inner = null) => new($"{path}: {problem}.", path, null, null, inner);

    private static void ReadNamed(JsonElement element, string member, Action<string, SegmentRule, string> add, RuleReader reader)
    {
        if (!element.TryGetProperty(member, out var list))
        {
            return;
        }

        Kind(list, JsonValueKind.Array, "$." + member);
        var i = 0;
        foreach (var item in list.EnumerateArray())
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"$.{member}[{i++}]");
            Kind(item, JsonValueKind.Object, path);
            var name = String(Required(item, "name", path), path + ".name");
            add(name, reader.Rule(Required(item, "rule", path), path + ".rule"), path);
        }
    }

    private static AttributeKind ParseKind(string text, string path)
    {
        foreach (var kind in Enum.GetValues<AttributeKind>())
        {
            if (CatalogueJsonWriter.KindName(kind) == text)
            {
                return kind;
            }
        }

        throw Error(path, $"unknown attribute kind '{text}'; use text, number, exact_number, money, boolean, date, instant or text_set");
    }

    internal static JsonElement Required(JsonElement element, string name, string path) =>
        element.TryGetProperty(name, out var value) ? value : throw Error(path, $"the member '{name}' is required");

    internal static void Kind(JsonElement element, JsonValueKind kind, string path)
    {
        if (element.ValueKind != kind)
        {
            throw Error(path, $"expected {(kind == JsonValueKind.Object ? "an object" : kind == JsonValueKind.Array ? "an array" : "a " + kind.ToString().ToLowerInvariant())} but found {element.ValueKind.ToString().ToLowerInvariant()}");
        }
    }

    internal static string String(JsonElement element, string path)
    {
        Kind(element, JsonValueKind.String, path);
        return element.GetString()!;
    }

    /// <summary>Reads rule objects, remembering each node's JSON path.</summary>
    private sealed class RuleReader(Dictionary<string, AttributeKind> kinds, Dictionary<SegmentRule, string> paths)
    {
        public SegmentRule Rule(JsonElement e, string path)
        {
            Kind(e, JsonValueKind.Object, path);
            var rule = Parse(e, path);
            paths.TryAdd(rule, path);
            return rule;
        }

        private SegmentRule Parse(JsonElement e, string path)
        {
            if (e.TryGetProperty("all", out var all))
            {
                return SegmentRule.And(List(all, path + ".all").Select(x => Rule(x.Element, x.Path)));
            }

            if (e.TryGetProperty("any", out var any))
            {
                return SegmentRule.Or(List(any, path + ".any").Select(x => Rule(x.Element, x.Path)));
            }

            if (e.TryGetProperty("not", out var not))
            {
                return SegmentRule.Not(Rule(not, path + ".not"));
            }

            if (e.TryGetProperty("always", out var always))
            {
                return always.ValueKind == JsonValueKind.True ? SegmentRule.Always : throw Error(path + ".always", "must be true");
            }

            if (e.TryGetProperty("segment", out var segment))
            {
                return SegmentRule.InSegment(String(segment, path + ".segment"));
            }

            if (e.TryGetProperty("union", out var union))
            {
                return SegmentRule.Union(Names(union, path + ".union"));
            }

            if (e.TryGetProperty("intersect", out var intersect))
            {
                return SegmentRule.Intersect(Names(intersect, path + ".intersect"));
            }

            if (e.TryGetProperty("except", out var except))
            {
                var pair = Names(except, path + ".except");
                return pair.Length == 2 ? SegmentRule.Except(pair[0], pair[1]) : throw Error(path + ".except", "must list two segment names: [kept, removed]");
            }

            var missing = WhenMissing.NoMatch;
            if (e.TryGetProperty("missing", out var m))
            {
                missing = String(m, path + ".missing") switch
                {
                    "match" => WhenMissing.Match,
                    "no_match" => WhenMissing.NoMatch,
                    var other => throw Error(path + ".missing", $"must be \"match\" or \"no_match\", not '{other}'"),
                };
            }

            if (e.TryGetProperty("rfm", out var rfm))
            {
                return SegmentRule.InRfmSegment(Names(rfm, path + ".rfm"), missing);
            }

            var attribute = String(Required(e, "attribute", path), path + ".attribute");
            var op = Operators.FirstOrDefault(o => e.TryGetProperty(o, out _))
                ?? throw Error(path, $"a rule needs a combinator (all, any, not, always, segment, union, intersect, except, rfm) or an operator ({string.Join(", ", Operators)})");
            var operand = e.GetProperty(op);
            var at = path + "." + op;
            var kind = kinds.TryGetValue(attribute, out var k) ? k : (AttributeKind?)null;
            return op switch
            {
                "equals" => SegmentRule.Equal(attribute, Value(operand, kind, at), missing),
                "not_equals" => SegmentRule.NotEqual(attribute, Value(operand, kind, at), missing),
                "less_than" => SegmentRule.LessThan(attribute, Value(operand, kind, at), missing),
                "at_most" => SegmentRule.AtMost(attribute, Value(operand, kind, at), missing),
                "greater_than" => SegmentRule.GreaterThan(attribute, Value(operand, kind, at), missing),
                "at_least" => SegmentRule.AtLeast(attribute, Value(operand, kind, at), missing),
                "between" => Between(attribute, operand, kind, at, missing),
                "in" => SegmentRule.In(attribute, List(operand, at).Select(x => Value(x.Element, kind, x.Path)), missing),
                "contains_any" => SegmentRule.ContainsAny(attribute, Names(operand, at), missing),
                "contains_all" => SegmentRule.ContainsAll(attribute, Names(operand, at), missing),
                "within_last" => Recency(attribute, operand, at, missing, within: true),
                "at_least_ago" => Recency(attribute, operand, at, missing, within: false),
                _ => operand.ValueKind == JsonValueKind.True ? SegmentRule.HasValue(attribute) : throw Error(at, "must be true"),
            };
        }

        private static SegmentRule Between(string attribute, JsonElement operand, AttributeKind? kind, string path, WhenMissing missing)
        {
            var bounds = List(operand, path);
            return bounds.Length == 2
                ? SegmentRule.Between(attribute, Value(bounds[0].Element, kind, bounds[0].Path), Value(bounds[1].Element, kind, bounds[1].Path), missing)
                : throw Error(path, "must be [low, high]");
        }

        private static SegmentRule Recency(string attribute, JsonElement operand, string path, WhenMissing missing, bool within)
        {
            var parts = String(operand, path).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            RecencyUnit? unit = parts.Length == 2 ? parts[1] switch
            {
                "day" or "days" => RecencyUnit.Days,
                "month" or "months" => RecencyUnit.Months,
                "year" or "years" => RecencyUnit.Years,
                _ => null,
            } : null;
            if (unit is null || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                throw Error(path, $"must be a count and a unit such as \"30 days\", \"6 months\" or \"2 years\"; it was '{operand.GetString()}'");
            }

            try
            {
                return within ? SegmentRule.WithinLast(attribute, count, unit.Value, missing) : SegmentRule.AtLeastAgo(attribute, count, unit.Value, missing);
            }
            catch (ArgumentOutOfRangeException ex)
            {
                throw Error(path, ex.Message, ex);
            }
        }

        private static AttributeValue Value(JsonElement e, AttributeKind? kind, string path)
        {
            try
            {
                return (kind, e.ValueKind) switch
                {
                    (AttributeKind.Number, JsonValueKind.Number) => AttributeValue.Number(e.GetDouble()),
                    (_, JsonValueKind.Number) => AttributeValue.ExactNumber(e.GetDecimal()),
                    (_, JsonValueKind.True or JsonValueKind.False) => AttributeValue.Boolean(e.GetBoolean()),
                    (AttributeKind.Date, JsonValueKind.String) => AttributeValue.Date(LocalDatePattern.Iso.Parse(e.GetString()!).GetValueOrThrow()),
                    (AttributeKind.Instant, JsonValueKind.String) => AttributeValue.Instant(InstantPattern.ExtendedIso.Parse(e.GetString()!).GetValueOrThrow()),
                    (AttributeKind.Money, JsonValueKind.String) => ParseMoney(e.GetString()!),
                    (_, JsonValueKind.String) => AttributeValue.Text(e.GetString()!),
                    _ => throw Error(path, $"expected a value but found {e.ValueKind.ToString().ToLowerInvariant()}"),
                };
            }
            catch (Exception ex) when (ex is UnparsableValueException or FormatException or ArgumentException)
            {
                throw Error(path, $"cannot read {e.GetRawText()} as {kind}: {ex.Message.TrimEnd('.')}", ex);
            }
        }

        private static AttributeValue ParseMoney(string text)
        {
            var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2 || !decimal.TryParse(parts[0], NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
            {
                throw new FormatException("money is written as an amount and an ISO currency, e.g. \"10000 EUR\"");
            }

            return AttributeValue.Money(new Money(amount, parts[1]));
        }

        private static (JsonElement Element, string Path)[] List(JsonElement e, string path)
        {
            Kind(e, JsonValueKind.Array, path);
            return [.. e.EnumerateArray().Select((x, i) => (x, string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]")))];
        }

        private static string[] Names(JsonElement e, string path) => [.. List(e, path).Select(x => String(x.Element, x.Path))];
    }
}
