// The node types of segment rule trees; the compiler switches over them.
using System.Text;

namespace CustomerCare.Core.Segments.Compilation;

/// <summary>The comparison of a <see cref="CompareRule"/>.</summary>
internal enum CompareOp
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}

/// <summary>Every profile.</summary>
internal sealed class AlwaysRule : SegmentRule
{
    internal override void Describe(StringBuilder text) => text.Append("always");
}

/// <summary>A comparison of an attribute with a constant.</summary>
internal sealed class CompareRule(string attribute, CompareOp op, AttributeValue value, WhenMissing whenMissing) : SegmentRule
{
    public string Attribute { get; } = attribute;

    public CompareOp Op { get; } = op;

    public AttributeValue Value { get; } = value;

    public WhenMissing WhenMissing { get; } = whenMissing;

    internal override void Describe(StringBuilder text)
    {
        var symbol = Op switch
        {
            CompareOp.Equal => "=",
            CompareOp.NotEqual => "!=",
            CompareOp.Less => "<",
            CompareOp.LessOrEqual => "<=",
            CompareOp.Greater => ">",
            _ => ">=",
        };
        text.Append(Attribute).Append(' ').Append(symbol).Append(' ').Append(Value.ToString());
        RuleText.Missing(text, WhenMissing);
    }
}

/// <summary>An inclusive range.</summary>
internal sealed class BetweenRule(string attribute, AttributeValue low, AttributeValue high, WhenMissing whenMissing) : SegmentRule
{
    public string Attribute { get; } = attribute;

    public AttributeValue Low { get; } = low;

    public AttributeValue High { get; } = high;

    public WhenMissing WhenMissing { get; } = whenMissing;

    internal override void Describe(StringBuilder text)
    {
        text.Append(Attribute).Append(" in [").Append(Low.ToString()).Append(", ").Append(High.ToString()).Append(']');
        RuleText.Missing(text, WhenMissing);
    }
}

/// <summary>Membership in a list of constants.</summary>
internal sealed class InRule(string attribute, AttributeValue[] values, WhenMissing whenMissing) : SegmentRule
{
    public string Attribute { get; } = attribute;

    public IReadOnlyList<AttributeValue> Values { get; } = values;

    public WhenMissing WhenMissing { get; } = whenMissing;

    internal override void Describe(StringBuilder text)
    {
        text.Append(Attribute).Append(" in {").AppendJoin(", ", Values.Select(v => v.ToString())).Append('}');
        RuleText.Missing(text, WhenMissing);
    }
}

/// <summary>The attribute has a value.</summary>
internal sealed class HasValueRule(string attribute) : SegmentRule
{
    public string Attribute { get; } = attribute;

    internal override void Describe(StringBuilder text) => text.Append(Attribute).Append(" is known");
}

/// <summary>A set attribute contains any or all of some members.</summary>
internal sealed class ContainsRule(string attribute, string[] values, bool all, WhenMissing whenMissing) : SegmentRule
{
    public string Attribute { get; } = attribute;

    public IReadOnlyList<string> Values { get; } = values;

    public bool All { get; } = all;

    public WhenMissing WhenMissing { get; } = whenMissing;

    internal override void Describe(StringBuilder text)
    {
        text.Append(Attribute).Append(All ? " contains all of {" : " contains any of {").AppendJoin(", ", Values).Append('}');
        RuleText.Missing(text, WhenMissing);
    }
}

/// <summary>A recency window or a minimum distance in the past, as of the classification instant.</summary>
internal sealed class RecencyRule(string attribute, int count, RecencyUnit unit, bool within, WhenMissing whenMissing) : SegmentRule
{
    public string Attribute { get; } = attribute;

    public int Count { get; } = count;

    public RecencyUnit Unit { get; } = unit;

    public bool Within { get; } = within;

    public WhenMissing WhenMissing { get; } = whenMissing;

    internal override void Describe(StringBuilder text)
    {
        var unit = Unit switch { RecencyUnit.Days => "days", RecencyUnit.Months => "months", _ => "years" };
        text.Append(Attribute).Append(Within ? " within last " : " at least ").Append(Count).Append(' ').Append(unit).Append(Within ? string.Empty : " ago");
        RuleText.Missing(text, WhenMissing);
    }
}

/// <summary>The RFM score lies in one of the named RFM segments.</summary>
internal sealed class RfmRule(string[] segments, WhenMissing whenMissing) : SegmentRule
{
    public IReadOnlyList<string> Segments { get; } = segments;

    public WhenMissing WhenMissing { get; } = whenMissing;

    internal override void Describe(StringBuilder text)
    {
        text.Append("rfm in {").AppendJoin(", ", Segments).Append('}');
        RuleText.Missing(text, WhenMissing);
    }
}

/// <summary>Conjunction.</summary>
internal sealed class AndRule(SegmentRule[] rules) : SegmentRule
{
    public IReadOnlyList<SegmentRule> Rules { get; } = rules;

    internal override void Describe(StringBuilder text) => RuleText.Join(text, Rules, " and ", "always");
}

/// <summary>Disjunction.</summary>
internal sealed class OrRule(SegmentRule[] rules) : SegmentRule
{
    public IReadOnlyList<SegmentRule> Rules { get; } = rules;

    internal override void Describe(StringBuilder text) => RuleText.Join(text, Rules, " or ", "never");
}

/// <summary>Negation.</summary>
internal sealed class NotRule(SegmentRule rule) : SegmentRule
{
    public SegmentRule Rule { get; } = rule;

    internal override void Describe(StringBuilder text)
    {
        text.Append("not ");
        Rule.Describe(text);
    }
}

/// <summary>Another segment's rule.</summary>
internal sealed class SegmentRefRule(string segment) : SegmentRule
{
    public string Segment { get; } = segment;

    internal override void Describe(StringBuilder text) => text.Append("segment '").Append(Segment).Append('\'');
}

/// <summary>Text helpers of <see cref="SegmentRule.ToString"/>.</summary>
internal static class RuleText
{
    public static void Missing(StringBuilder text, WhenMissing whenMissing)
    {
        if (whenMissing == WhenMissing.Match)
        {
            text.Append(" (or missing)");
        }
    }

    public static void Join(StringBuilder text, IReadOnlyList<SegmentRule> rules, string separator, string empty)
    {
        if (rules.Count == 0)
        {
            text.Append(empty);
            return;
        }

        text.Append('(');
        for (var i = 0; i < rules.Count; i++)
        {
            if (i > 0)
            {
                text.Append(separator);
            }

            rules[i].Describe(text);
        }

        text.Append(')');
    }
}
