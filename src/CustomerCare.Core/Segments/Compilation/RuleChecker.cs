// First compilation pass: checks every rule against the known attributes and records the constants each attribute is compared with.
using System.Globalization;
using CustomerCare.Core.Segments.Rfm;

namespace CustomerCare.Core.Segments.Compilation;

/// <summary>
/// Walks rule trees, reporting unknown attributes, type mismatches, empty ranges and lists, unknown or cyclic segment
/// references and RFM names the map lacks, and marks the attributes (and constants) that the compiled profile needs.
/// </summary>
internal sealed class RuleChecker(
    IReadOnlyDictionary<string, AttributeSlot> attributes,
    IReadOnlyDictionary<string, SegmentRule> segmentRules,
    string? defaultSegment,
    IReadOnlyDictionary<SegmentRule, string> sourcePaths,
    RfmSegmentMap? rfm,
    List<SegmentProblem> problems)
{
    private readonly HashSet<SegmentRule> _checked = new(ReferenceEqualityComparer.Instance);

    /// <summary>Gets the attributes some rule reads.</summary>
    public HashSet<AttributeSlot> Used { get; } = [];

    /// <summary>Gets a value indicating whether some rule reads the RFM score.</summary>
    public bool UsesRfm { get; private set; }

    public void Check(SegmentRule rule, string path, List<string> referencing)
    {
        path = sourcePaths.TryGetValue(rule, out var source) ? source : path;
        switch (rule)
        {
            case AndRule and:
                for (var i = 0; i < and.Rules.Count; i++)
                {
                    Check(and.Rules[i], Index(path, ".all", i), referencing);
                }

                break;
            case OrRule or:
                for (var i = 0; i < or.Rules.Count; i++)
                {
                    Check(or.Rules[i], Index(path, ".any", i), referencing);
                }

                break;
            case NotRule not:
                Check(not.Rule, path + ".not", referencing);
                break;
            case SegmentRefRule reference:
                CheckReference(reference, path, referencing);
                break;
            case RfmRule rfmRule:
                CheckRfm(rfmRule, path);
                break;
            case AlwaysRule:
                break;
            default:
                if (_checked.Add(rule))
                {
                    CheckLeaf(rule, path);
                }

                break;
        }
    }

    private static string Index(string path, string member, int i) => string.Create(CultureInfo.InvariantCulture, $"{path}{member}[{i}]");

    private void CheckReference(SegmentRefRule reference, string path, List<string> referencing)
    {
        if (defaultSegment is not null && string.Equals(reference.Segment, defaultSegment, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(new(path, $"'{reference.Segment}' is the default segment, which holds whoever no other segment takes; refer to a segment with a rule."));
            return;
        }

        if (!segmentRules.TryGetValue(reference.Segment, out var target))
        {
            problems.Add(new(path, $"unknown segment '{reference.Segment}'; segments and definitions are {string.Join(", ", segmentRules.Keys.Select(k => $"'{k}'"))}."));
            return;
        }

        if (string.Equals(referencing[0], reference.Segment, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(new(path, $"segment references form a cycle: {string.Join(" -> ", referencing.Append(reference.Segment))}."));
            return;
        }

        FollowReference(reference.Segment, target, path, referencing);
    }

    // Follows a reference only to find a cycle back to referencing[0]; everything else is reported at its own segment.
    private void FollowReference(string name, SegmentRule target, string path, List<string> referencing)
    {
        if (referencing.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            return;
        }

        referencing.Add(name);
        foreach (var next in References(target))
        {
            if (string.Equals(referencing[0], next, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(new(path, $"segment references form a cycle: {string.Join(" -> ", referencing.Append(next))}."));
            }
            else if (segmentRules.TryGetValue(next, out var further))
            {
                FollowReference(next, further, path, referencing);
            }
        }

        referencing.RemoveAt(referencing.Count - 1);
    }

    private static IEnumerable<string> References(SegmentRule rule) => rule switch
    {
        AndRule and => and.Rules.SelectMany(References),
        OrRule or => or.Rules.SelectMany(References),
        NotRule not => References(not.Rule),
        SegmentRefRule reference => [reference.Segment],
        _ => [],
    };

    private void CheckRfm(RfmRule rule, string path)
    {
        if (rfm is null)
        {
            problems.Add(new(path, "the rule reads RFM segments but the catalogue has no RFM map; call UseRfm(RfmSegmentMap.Standard) or your own map."));
            return;
        }

        if (rule.Segments.Count == 0)
        {
            problems.Add(new(path, "the list of RFM segments is empty, so the rule can never match; name at least one."));
        }

        foreach (var name in rule.Segments)
        {
            if (!string.Equals(name, rfm.CatchAll, StringComparison.OrdinalIgnoreCase) && !rfm.Boxes.Any(b => string.Equals(b.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add(new(path, $"unknown RFM segment '{name}'; the map has {string.Join(", ", rfm.Boxes.Select(b => $"'{b.Name}'").Append($"'{rfm.CatchAll}'"))}."));
            }
        }

        UsesRfm = true;
    }

    private void CheckLeaf(SegmentRule rule, string path)
    {
        var name = rule switch
        {
            CompareRule c => c.Attribute,
            BetweenRule b => b.Attribute,
            InRule i => i.Attribute,
            HasValueRule h => h.Attribute,
            ContainsRule c => c.Attribute,
            _ => ((RecencyRule)rule).Attribute,
        };
        if (!attributes.TryGetValue(name, out var slot))
        {
            problems.Add(new(path, $"unknown attribute '{name}'; use a common attribute ({string.Join(", ", CommonAttributes.All.Select(a => a.Key))}) or declare it with DeclareAttribute."));
            return;
        }

        Used.Add(slot);
        if (slot.Name == CommonAttributes.Age)
        {
            Used.Add(attributes[CommonAttributes.BirthDate]);
        }

        switch (rule)
        {
            case CompareRule or BetweenRule or InRule when slot.Kind == AttributeKind.TextSet:
                Mismatch(path, slot, "is a set; use ContainsAny or ContainsAll");
                return;
            case CompareRule compare:
                if (compare.Op is not (CompareOp.Equal or CompareOp.NotEqual) && !IsOrdered(slot.Kind))
                {
                    Mismatch(path, slot, $"cannot be compared with <, <=, > or >= ({slot.Kind} supports equality and membership)");
                    return;
                }

                Constant(compare.Value, slot, path);
                break;
            case BetweenRule between:
                if (!IsOrdered(slot.Kind))
                {
                    Mismatch(path, slot, $"has no order, so it cannot lie in a range ({slot.Kind})");
                    return;
                }

                if (Constant(between.Low, slot, path) & Constant(between.High, slot, path) && Compare(between.Low, between.High) > 0)
                {
                    problems.Add(new(path, $"empty range: the low bound {between.Low} is above the high bound {between.High}, so the rule can never match; swap the bounds."));
                }

                break;
            case InRule inRule:
                if (inRule.Values.Count == 0)
                {
                    problems.Add(new(path, "empty list: the rule can never match; list at least one value."));
                }

                foreach (var value in inRule.Values)
                {
                    Constant(value, slot, path);
                }

                break;
            case ContainsRule contains:
                if (slot.Kind != AttributeKind.TextSet)
                {
                    Mismatch(path, slot, $"is {slot.Kind}, not a set of texts; use Equal or In");
                    return;
                }

                if (contains.Values.Count == 0)
                {
                    problems.Add(new(path, "empty list: the rule can never match; list at least one member."));
                }

                foreach (var member in contains.Values)
                {
                    slot.AddText(member);
                }

                break;
            case RecencyRule:
                if (slot.Kind is not (AttributeKind.Date or AttributeKind.Instant) || slot.Name == CommonAttributes.Age)
                {
                    Mismatch(path, slot, $"is {slot.Kind}; recency windows need a Date or Instant attribute");
                }

                break;
        }
    }

    private static bool IsOrdered(AttributeKind kind) => kind is AttributeKind.Number or AttributeKind.ExactNumber or AttributeKind.Money or AttributeKind.Date or AttributeKind.Instant;

    private void Mismatch(string path, AttributeSlot slot, string what) =>
        problems.Add(new(path, $"type mismatch: attribute '{slot.Name}' {what}."));

    private bool Constant(AttributeValue value, AttributeSlot slot, string path)
    {
        var numeric = value.Kind is AttributeKind.Number or AttributeKind.ExactNumber;
        var fits = slot.Kind switch
        {
            AttributeKind.Number or AttributeKind.ExactNumber => numeric,
            _ => value.Kind == slot.Kind,
        };
        if (!fits)
        {
            Mismatch(path, slot, $"is {slot.Kind} but is compared with the {value.Kind} value {value}");
            return false;
        }

        if (slot.Name == CommonAttributes.Age)
        {
            var age = value.Kind == AttributeKind.Number ? value.AsNumber : (double)value.AsDecimal;
            if (age != Math.Floor(age) || age is < 0 or > 200)
            {
                problems.Add(new(path, $"age is a whole number of years from 0 to 200; it was {value}."));
                return false;
            }
        }

        switch (slot.Kind)
        {
            case AttributeKind.Text:
                slot.AddText(value.AsText);
                break;
            case AttributeKind.ExactNumber:
                slot.AddAmount(value.Kind == AttributeKind.Number ? (decimal)value.AsNumber : value.AsDecimal, null);
                break;
            case AttributeKind.Money when !slot.AddAmount(value.AsDecimal, value.AsMoney.Currency):
                Mismatch(path, slot, $"is compared in {slot.Currency} elsewhere but with {value} here; use one currency per attribute");
                return false;
        }

        return true;
    }

    private static int Compare(AttributeValue a, AttributeValue b) => a.Kind switch
    {
        AttributeKind.Number or AttributeKind.ExactNumber => Amount(a).CompareTo(Amount(b)),
        AttributeKind.Money => a.AsDecimal.CompareTo(b.AsDecimal),
        _ => a.Bits.CompareTo(b.Bits),
    };

    private static double Amount(AttributeValue v) => v.Kind == AttributeKind.Number ? v.AsNumber : (double)v.AsDecimal;
}
