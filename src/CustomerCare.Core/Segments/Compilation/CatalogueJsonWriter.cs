// Writes a compiled SegmentCatalogue back as the JSON SegmentCatalogueJson reads: attributes, RFM map, definitions, segments, default.
using System.Globalization;
using System.Text.Json;
using CustomerCare.Core.Segments.Rfm;
using NodaTime.Text;

namespace CustomerCare.Core.Segments.Compilation;

/// <summary>
/// The writing half of <see cref="SegmentCatalogueJson"/>. Values are written in the kind of the attribute they are
/// compared with (a number given for an exact-number attribute is written as the decimal the catalogue compiled), so
/// that reading the text gives a catalogue that classifies alike and writes the same text again.
/// </summary>
internal static class CatalogueJsonWriter
{
    public static void Write(Utf8JsonWriter w, SegmentCatalogue catalogue)
    {
        var kinds = new Dictionary<string, AttributeKind>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, kind) in CommonAttributes.All)
        {
            kinds[name] = kind;
        }

        w.WriteStartObject();
        w.WriteString("zone", catalogue.Zone.Id);
        if (catalogue.Declared.Length > 0)
        {
            w.WriteStartObject("attributes");
            foreach (var (name, kind) in catalogue.Declared)
            {
                kinds[name] = kind;
                w.WriteString(name, KindName(kind));
            }

            w.WriteEndObject();
        }

        if (ReferenceEquals(catalogue.Rfm, RfmSegmentMap.Standard))
        {
            w.WriteString("rfm", "standard");
        }

        var rules = new RuleWriter(w, kinds);
        if (catalogue.Definitions.Length > 0)
        {
            w.WriteStartArray("definitions");
            foreach (var (name, rule) in catalogue.Definitions)
            {
                rules.Named(name, rule);
            }

            w.WriteEndArray();
        }

        w.WriteStartArray("segments");
        foreach (var segment in catalogue.SegmentArray.AsSpan(0, catalogue.SegmentArray.Length - 1))
        {
            rules.Named(segment.Name, segment.Rule);
        }

        w.WriteEndArray();
        w.WriteString("default", catalogue.Default.Name);
        w.WriteEndObject();
    }

    internal static string KindName(AttributeKind kind) => kind switch
    {
        AttributeKind.Text => "text",
        AttributeKind.Number => "number",
        AttributeKind.ExactNumber => "exact_number",
        AttributeKind.Money => "money",
        AttributeKind.Boolean => "boolean",
        AttributeKind.Date => "date",
        AttributeKind.Instant => "instant",
        _ => "text_set",
    };

    /// <summary>Writes rule trees as JSON objects.</summary>
    private sealed class RuleWriter(Utf8JsonWriter w, Dictionary<string, AttributeKind> kinds)
    {
        public void Named(string name, SegmentRule rule)
        {
            w.WriteStartObject();
            w.WriteString("name", name);
            w.WritePropertyName("rule");
            Rule(rule);
            w.WriteEndObject();
        }

        private void Rule(SegmentRule rule)
        {
            w.WriteStartObject();
            switch (rule)
            {
                case AlwaysRule:
                    w.WriteBoolean("always", true);
                    break;
                case AndRule and:
                    List("all", and.Rules);
                    break;
                case OrRule or:
                    List("any", or.Rules);
                    break;
                case NotRule not:
                    w.WritePropertyName("not");
                    Rule(not.Rule);
                    break;
                case SegmentRefRule reference:
                    w.WriteString("segment", reference.Segment);
                    break;
                case RfmRule rfm:
                    Texts("rfm", rfm.Segments);
                    Missing(rfm.WhenMissing);
                    break;
                case CompareRule compare:
                    w.WriteString("attribute", compare.Attribute);
                    w.WritePropertyName(compare.Op switch
                    {
                        CompareOp.Equal => "equals",
                        CompareOp.NotEqual => "not_equals",
                        CompareOp.Less => "less_than",
                        CompareOp.LessOrEqual => "at_most",
                        CompareOp.Greater => "greater_than",
                        _ => "at_least",
                    });
                    Value(compare.Attribute, compare.Value);
                    Missing(compare.WhenMissing);
                    break;
                case BetweenRule between:
                    w.WriteString("attribute", between.Attribute);
                    w.WriteStartArray("between");
                    Value(between.Attribute, between.Low);
                    Value(between.Attribute, between.High);
                    w.WriteEndArray();
                    Missing(between.WhenMissing);
                    break;
                case InRule @in:
                    w.WriteString("attribute", @in.Attribute);
                    w.WriteStartArray("in");
                    foreach (var value in @in.Values)
                    {
                        Value(@in.Attribute, value);
                    }

                    w.WriteEndArray();
                    Missing(@in.WhenMissing);
                    break;
                case ContainsRule contains:
                    w.WriteString("attribute", contains.Attribute);
                    Texts(contains.All ? "contains_all" : "contains_any", contains.Values);
                    Missing(contains.WhenMissing);
                    break;
                case RecencyRule recency:
                    w.WriteString("attribute", recency.Attribute);
                    var unit = recency.Unit switch { RecencyUnit.Days => "day", RecencyUnit.Months => "month", _ => "year" };
                    w.WriteString(recency.Within ? "within_last" : "at_least_ago", string.Create(CultureInfo.InvariantCulture, $"{recency.Count} {unit}{(recency.Count == 1 ? string.Empty : "s")}"));
                    Missing(recency.WhenMissing);
                    break;
                case HasValueRule has:
                    w.WriteString("attribute", has.Attribute);
                    w.WriteBoolean("has_value", true);
                    break;
            }

            w.WriteEndObject();
        }

        private void List(string member, IReadOnlyList<SegmentRule> rules)
        {
            w.WriteStartArray(member);
            foreach (var rule in rules)
            {
                Rule(rule);
            }

            w.WriteEndArray();
        }

        private void Texts(string member, IReadOnlyList<string> texts)
        {
            w.WriteStartArray(member);
            foreach (var text in texts)
            {
                w.WriteStringValue(text);
            }

            w.WriteEndArray();
        }

        private void Missing(WhenMissing whenMissing)
        {
            if (whenMissing == WhenMissing.Match)
            {
                w.WriteString("missing", "match");
            }
        }

        private void Value(string attribute, AttributeValue value)
        {
            var kind = kinds.TryGetValue(attribute, out var k) ? k : value.Kind;
            switch (value.Kind)
            {
                case AttributeKind.Number when kind == AttributeKind.ExactNumber:
                    w.WriteNumberValue((decimal)value.AsNumber);
                    break;
                case AttributeKind.ExactNumber when kind == AttributeKind.Number:
                    w.WriteNumberValue((double)value.AsDecimal);
                    break;
                case AttributeKind.Number:
                    w.WriteNumberValue(value.AsNumber);
                    break;
                case AttributeKind.ExactNumber:
                    w.WriteNumberValue(value.AsDecimal);
                    break;
                case AttributeKind.Boolean:
                    w.WriteBooleanValue(value.AsBoolean);
                    break;
                case AttributeKind.Money:
                    w.WriteStringValue(value.AsDecimal.ToString(CultureInfo.InvariantCulture) + " " + value.AsMoney.Currency);
                    break;
                case AttributeKind.Date:
                    w.WriteStringValue(LocalDatePattern.Iso.Format(value.AsDate));
                    break;
                case AttributeKind.Instant:
                    w.WriteStringValue(InstantPattern.ExtendedIso.Format(value.AsInstant));
                    break;
                default:
                    w.WriteStringValue(value.AsText);
                    break;
            }
        }
    }
}
