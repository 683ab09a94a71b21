// Composable segment rules: comparisons, membership, recency windows, presence, and/or/not and set operations on segments.
using System.Globalization;
using System.Text;
using CustomerCare.Core.Internal;
using CustomerCare.Core.Segments.Compilation;

namespace CustomerCare.Core.Segments;

/// <summary>
/// A condition on a customer profile that decides whether the customer belongs to a segment. Rules are immutable
/// expression trees built with the static factories and combined with <see cref="And"/>, <see cref="Or"/> and
/// <see cref="Not"/>; a <see cref="SegmentCatalogueBuilder"/> checks them (attribute names, types, empty ranges) and
/// compiles them into an allocation-free evaluator.
/// </summary>
/// <remarks>
/// <para><b>Missing values</b>: every rule that reads an attribute takes a <see cref="WhenMissing"/> (default
/// <see cref="WhenMissing.NoMatch"/>) that decides the rule's result for a profile without that attribute; a
/// <see cref="Not"/> around it negates that result like any other. A <see cref="AttributeKind.Money"/> value in a currency other
/// than the rule's counts as missing (amounts in different currencies cannot be compared).</para>
/// <para><b>Recency</b> (<see cref="WithinLast"/>, <see cref="AtLeastAgo"/>) is evaluated as of the instant passed to
/// <see cref="SegmentCatalogue.AsOf"/>, never the machine clock, in local dates of the catalogue's time zone: the
/// as-of instant gives the date <c>t</c>, and "within the last 30 days" is every date from <c>t − 30 days</c> to
/// <c>t</c> inclusive (a date in the future does not qualify). An instant attribute counts by its local date in the
/// same zone.</para>
/// <para><b>Segments as sets</b>: <see cref="InSegment"/>, <see cref="Union"/>, <see cref="Intersect"/> and
/// <see cref="Except"/> name other segments or definitions (<see cref="SegmentCatalogueBuilder.Define(string, SegmentRule)"/>) of the
/// catalogue and mean "the named rule holds", whatever the priority order.</para>
/// </remarks>
public abstract class SegmentRule
{
    private protected SegmentRule()
    {
    }

    /// <summary>Gets the rule that every profile satisfies.</summary>
    public static SegmentRule Always { get; } = new AlwaysRule();

    /// <summary>Matches profiles whose <paramref name="attribute"/> equals <paramref name="value"/>.</summary>
    /// <param name="attribute">A common or declared custom attribute.</param>
    /// <param name="value">The value, of the attribute's kind (a number for a decimal is accepted).</param>
    /// <param name="whenMissing">The result for a profile without the attribute.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="attribute"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is <c>default</c>.</exception>
    public static SegmentRule Equal(string attribute, AttributeValue value, WhenMissing whenMissing = WhenMissing.NoMatch) =>
        new CompareRule(Name(attribute), CompareOp.Equal, Defined(value), whenMissing);

    /// <summary>Matches profiles whose <paramref name="attribute"/> differs from <paramref name="value"/>.</summary>
    /// <param name="attribute">A common or declared custom attribute.</param>
    /// <param name="value">The value.</param>
    /// <param name="whenMissing">The result for a profile without the attribute.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="attribute"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is <c>default</c>.</exception>
    public static SegmentRule NotEqual(string attribute, AttributeValue value, WhenMissing whenMissing = WhenMissing.NoMatch) =>
        new CompareRule(Name(attribute), CompareOp.NotEqual, Defined(value), whenMissing);

    /// <summary>Matches profiles whose <paramref name="attribute"/> is less than <paramref name="value"/>.</summary>
    /// <param name="attribute">A number, decimal, money, date, instant or <c>age</c> attribute.</param>
    /// <param name="value">The bound (excluded).</param>
    /// <param name="whenMissing">The result for a profile without the attribute.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="attribute"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is <c>default</c>.</exception>
    public static SegmentRule LessThan(string attribute, AttributeValue value, WhenMissing whenMissing = WhenMissing.NoMatch) =>
        new CompareRule(Name(attribute), CompareOp.Less, Defined(value), whenMissing);

    /// <summary>Matches profiles whose <paramref name="attribute"/> is at most <paramref name="value"/>.</summary>
    /// <param name="attribute">A number, decimal, money, date, instant or <c>age</c> attribute.</param>
    /// <param name="value">The bound (included).</param>
    /// <param name="whenMissing">The result for a profile without the attribute.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="attribute"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is <c>default</c>.</exception>
    public static SegmentRule AtMost(string attribute, AttributeValue value, WhenMissing whenMissing = WhenMissing.NoMatch) =>
        new CompareRule(Name(attribute), CompareOp.LessOrEqual, Defined(value), whenMissing);

    /// <summary>Matches profiles whose <paramref name="attribute"/> is greater than <paramref name="value"/>.</summary>
    /// <param name="attribute">A number, decimal, money, date, instant or <c>age</c> attribute.</param>
    /// <param name="value">The bound (excluded).</param>
    /// <param name="whenMissing">The result for a profile without the attribute.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="attribute"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is <c>default</c>.</exception>
    public static SegmentRule GreaterThan(string attribute, AttributeValue value, WhenMissing whenMissing = WhenMissing.NoMatch) =>
        new CompareRule(Name(attribute), CompareOp.Greater, Defined(value), whenMissing);

    /// <summary>Matches profiles whose <paramref name="attribute"/> is at least <paramref name="value"/>.</summary>
    /// <param name="attribute">A number, decimal, money, date, instant or <c>age</c> attribute.</param>
    /// <param name="value">The bound (included).</param>
    /// <param name="whenMissing">The result for a profile without the attribute.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="attribute"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is <c>default</c>.</exception>
    public static SegmentRule AtLeast(string attribute, AttributeValue value, WhenMissing whenMissing = WhenMissing.NoMatch) =>
        new CompareRule(Name(attribute), CompareOp.GreaterOrEqual, Defined(value), whenMissing);

    /// <summary>Matches profiles whose <paramref name="attribute"/> lies from <paramref name="low"/> to <paramref name="high"/> inclusive.</summary>
    /// <param name="attribute">A number, decimal, money, date, instant or <c>age</c> attribute.</param>
    /// <param name="low">The lower bound (included).</param>
    /// <param name="high">The upper bound (included); a range with <paramref name="high"/> below <paramref name="low"/> is rejected when built.</param>
    /// <param name="whenMissing">The result for a profile without the attribute.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="attribute"/> is null.</exception>
    /// <exception cref="ArgumentException">A bound is <c>default</c>.</exception>
    public static SegmentRule Between(string attribute, AttributeValue low, AttributeValue high, WhenMissing whenMissing = WhenMissing.NoMatch) =>
        new BetweenRule(Name(attribute), Defined(low), Defined(high), whenMissing);

    /// <summary>Matches profiles whose <paramref name="attribute"/> is one of <paramref name="values"/>.</summary>
    /// <param name="attribute">A common or declared custom attribute (not a set).</param>
    /// <param name="values">The values; an empty list is rejected when built.</param>
    /// <param name="whenMissing">The result for a profile without the attribute.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A value is <c>default</c>.</exception>
    public static SegmentRule In(string attribute, IEnumerable<AttributeValue> values, WhenMissing whenMissing = WhenMissing.NoMatch)
    {
        ArgumentNullException.ThrowIfNull(values);
        var list = values.ToArray();
        foreach (var value in list)
        {
            Defined(value, nameof(values));
        }

        return new InRule(Name(attribute), list, whenMissing);
    }

    /// <summary>Matches profiles that have a value for <paramref name="attribute"/>.</summary>
    /// <param name="attribute">A common or declared custom attribute.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="attribute"/> is null.</exception>
    public static SegmentRule HasValue(string attribute) => new HasValueRule(Name(attribute));

    /// <summary>Matches profiles whose set <paramref name="attribute"/> contains at least one of <paramref name="values"/>.</summary>
    /// <param name="attribute">A <see cref="AttributeKind.TextSet"/> attribute.</param>
    /// <param name="values">The members looked for; an empty list is rejected when built.</param>
    /// <param name="whenMissing">The result for a profile without the attribute (an empty set is present).</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException">An argument or a member is null.</exception>
    public static SegmentRule ContainsAny(string attribute, IEnumerable<string> values, WhenMissing whenMissing = WhenMissing.NoMatch) =>
        new ContainsRule(Name(attribute), Members(values), all: false, whenMissing);

    /// <summary>Matches profiles whose set <paramref name="attribute"/> contains every one of <paramref name="values"/>.</summary>
    /// <param name="attribute">A <see cref="AttributeKind.TextSet"/> attribute.</param>
    /// <param name="values">The members required; an empty list is rejected when built.</param>
    /// <param name="whenMissing">The result for a profile without the attribute (an empty set is present).</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException">An argument or a member is null.</exception>
    public static SegmentRule ContainsAll(string attribute, IEnumerable<string> values, WhenMissing whenMissing = WhenMissing.NoMatch) =>
        new ContainsRule(Name(attribute), Members(values), all: true, whenMissing);

    /// <summary>
    /// Matches profiles whose date or instant <paramref name="attribute"/> falls within the last <paramref name="count"/>
    /// units as of the classification instant: local dates from <c>t − count units</c> to <c>t</c> inclusive.
    /// </summary>
    /// <param name="attribute">A <see cref="AttributeKind.Date"/> or <see cref="AttributeKind.Instant"/> attribute.</param>
    /// <param name="count">The window length: 0 (today only) up to 100,000 days, 12,000 months or 1,000 years.</param>
    /// <param name="unit">Days, months or years.</param>
    /// <param name="whenMissing">The result for a profile without the attribute.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="attribute"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> or <paramref name="unit"/> is out of range.</exception>
    public static SegmentRule WithinLast(string attribute, int count, RecencyUnit unit, WhenMissing whenMissing = WhenMissing.NoMatch) =>
        new RecencyRule(Name(attribute), Count(count, Unit(unit)), unit, within: true, whenMissing);

    /// <summary>
    /// Matches profiles whose date or instant <paramref name="attribute"/> is at least <paramref name="count"/> units
    /// before the classification instant (its local date is on or before <c>t − count units</c>): a tenure of two
    /// years is <c>AtLeastAgo("customer_since", 2, Years)</c>.
    /// </summary>
    /// <param name="attribute">A <see cref="AttributeKind.Date"/> or <see cref="AttributeKind.Instant"/> attribute.</param>
    /// <param name="count">The distance: 0 up to 100,000 days, 12,000 months or 1,000 years.</param>
    /// <param name="unit">Days, months or years.</param>
    /// <param name="whenMissing">The result for a profile without the attribute.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="attribute"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> or <paramref name="unit"/> is out of range.</exception>
    public static SegmentRule AtLeastAgo(string attribute, int count, RecencyUnit unit, WhenMissing whenMissing = WhenMissing.NoMatch) =>
        new RecencyRule(Name(attribute), Count(count, Unit(unit)), unit, within: false, whenMissing);

    /// <summary>Matches profiles whose RFM score falls in one of the named segments of the catalogue's RFM map (first box wins).</summary>
    /// <param name="rfmSegments">Names of segments of the <see cref="Rfm.RfmSegmentMap"/> given to the catalogue.</param>
    /// <param name="whenMissing">The result for a profile without an RFM score.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException">An argument or a name is null.</exception>
    public static SegmentRule InRfmSegment(IEnumerable<string> rfmSegments, WhenMissing whenMissing = WhenMissing.NoMatch) =>
        new RfmRule(Members(rfmSegments), whenMissing);

    /// <summary>Matches profiles that satisfy every rule (<see cref="Always"/> when there are none).</summary>
    /// <param name="rules">The rules.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> or a rule is null.</exception>
    public static SegmentRule And(params IEnumerable<SegmentRule> rules) => new AndRule(Rules(rules));

    /// <summary>Matches profiles that satisfy at least one rule (never, when there are none).</summary>
    /// <param name="rules">The rules.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> or a rule is null.</exception>
    public static SegmentRule Or(params IEnumerable<SegmentRule> rules) => new OrRule(Rules(rules));

    /// <summary>Matches profiles that do not satisfy <paramref name="rule"/>.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    public static SegmentRule Not(SegmentRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new NotRule(rule);
    }

    /// <summary>Matches profiles that satisfy the rule of another segment or definition of the catalogue.</summary>
    /// <param name="segment">The segment's or definition's name (not the default segment; no cycles).</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="segment"/> is null.</exception>
    public static SegmentRule InSegment(string segment) => new SegmentRefRule(Name(segment, nameof(segment)));

    /// <summary>Matches profiles in at least one of <paramref name="segments"/> (set union).</summary>
    /// <param name="segments">Segment names.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="segments"/> or a name is null.</exception>
    public static SegmentRule Union(params IEnumerable<string> segments) => Or(Members(segments).Select(InSegment));

    /// <summary>Matches profiles in every one of <paramref name="segments"/> (set intersection).</summary>
    /// <param name="segments">Segment names.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="segments"/> or a name is null.</exception>
    public static SegmentRule Intersect(params IEnumerable<string> segments) => And(Members(segments).Select(InSegment));

    /// <summary>Matches profiles in <paramref name="segment"/> but not in <paramref name="excluded"/> (set difference).</summary>
    /// <param name="segment">The segment kept.</param>
    /// <param name="excluded">The segment removed.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException">A name is null.</exception>
    public static SegmentRule Except(string segment, string excluded) => And(InSegment(segment), Not(InSegment(excluded)));

    /// <summary>Returns the canonical text, e.g. <c>(age &gt;= 70 and lives_alone = true)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        Describe(text);
        return text.ToString();
    }

    internal abstract void Describe(StringBuilder text);

    private static string Name(string name, string paramName = "attribute")
    {
        ArgumentNullException.ThrowIfNull(name, paramName);
        if (name.Length == 0)
        {
            Preconditions.ThrowArgument(paramName, $"{paramName} must not be empty.");
        }

        return name;
    }

    private static AttributeValue Defined(AttributeValue value, string paramName = "value")
    {
        if (!value.IsDefined)
        {
            Preconditions.ThrowArgument(paramName, $"{paramName} is default(AttributeValue); create it with AttributeValue.Text, Number, Date, ….");
        }

        return value;
    }

    private static int Count(int count, RecencyUnit unit)
    {
        var limit = unit switch { RecencyUnit.Days => 100_000, RecencyUnit.Months => 12_000, _ => 1_000 };
        if (count < 0 || count > limit)
        {
            Preconditions.ThrowOutOfRange(nameof(count), count, "must be from 0 to " + limit.ToString("N0", CultureInfo.InvariantCulture) + " " + unit.ToString().ToLowerInvariant());
        }

        return count;
    }

    private static RecencyUnit Unit(RecencyUnit unit)
    {
        if (unit is < RecencyUnit.Days or > RecencyUnit.Years)
        {
            Preconditions.ThrowOutOfRange(nameof(unit), unit, "must be Days, Months or Years");
        }

        return unit;
    }

    private static string[] Members(IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var list = values.ToArray();
        foreach (var value in list)
        {
            ArgumentNullException.ThrowIfNull(value, nameof(values));
        }

        return list;
    }

    private static SegmentRule[] Rules(IEnumerable<SegmentRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var list = rules.ToArray();
        foreach (var rule in list)
        {
            ArgumentNullException.ThrowIfNull(rule, nameof(rules));
        }

        return list;
    }
}
