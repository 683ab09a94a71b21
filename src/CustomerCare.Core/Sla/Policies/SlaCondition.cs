// When a policy applies: composable conditions over a ticket's priority, segment, channel, category, tags and custom attributes.
using System.Globalization;
using CustomerCare.Core.Internal;
using CustomerCare.Core.Sla.Evaluation;
using CustomerCare.Core.Tickets;

namespace CustomerCare.Core.Sla.Policies;

/// <summary>
/// A condition on a ticket's current attributes, composable with <see cref="And"/>, <see cref="Or"/>,
/// <see cref="Not"/> (or the <c>&amp;</c>, <c>|</c>, <c>!</c> operators). Attribute names and values compare
/// ordinally, case-insensitively. Conditions see the attributes as of the evaluation instant: when the priority,
/// the segment or an attribute changes mid-ticket, the policy is selected again and its targets apply from the
/// ticket's opening, as if the ticket had always had the new values.
/// </summary>
/// <remarks>Immutable and thread-safe. <see cref="ToString"/> is a canonical text; two conditions with the same text
/// are equal. A double negation is removed (<c>Not(Not(c))</c> is <c>c</c>), and conditions nest at most
/// <see cref="MaxDepth"/> levels deep.</remarks>
public sealed class SlaCondition : IEquatable<SlaCondition>
{
    private enum Op
    {
        Always,
        AttributeIn,
        HasTag,
        PriorityAtLeast,
        And,
        Or,
        Not,
    }

    private readonly Op _op;
    private readonly string? _name;
    private readonly TicketField _field;
    private readonly string[] _values;
    private readonly SlaCondition[] _children;
    private readonly string _text;
    private readonly int _depth;

    private SlaCondition(Op op, string? name, string[] values, SlaCondition[] children)
    {
        _op = op;
        _name = name;
        _field = name is null ? TicketField.Custom : TicketFields.Of(name);
        _values = values;
        _children = children;
        _depth = 1 + children.Select(c => c._depth).DefaultIfEmpty(0).Max();
        _text = Format();
    }

    /// <summary>
    /// The deepest nesting of <see cref="And"/>, <see cref="Or"/> and <see cref="Not"/> a condition may have, counting a
    /// simple condition as one level: 64, the nesting the JSON reader allows. Deeper conditions are refused when built
    /// (a real policy needs a handful of levels; a longer list belongs in one <see cref="And"/> or <see cref="Or"/>).
    /// </summary>
    public const int MaxDepth = 64;

    /// <summary>Gets the condition that every ticket satisfies (the fallback policy's condition).</summary>
    public static SlaCondition Always { get; } = new(Op.Always, null, [], []);

    /// <summary>Gets whether this is <see cref="Always"/>.</summary>
    public bool IsAlways => _op == Op.Always;

    /// <summary>Matches tickets whose <paramref name="attribute"/> equals one of <paramref name="values"/>.</summary>
    /// <param name="attribute"><c>priority</c>, <c>segment</c>, <c>channel</c>, <c>category</c> or a custom attribute name.</param>
    /// <param name="values">One or more accepted values.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentException">The name is blank, no value is given, or a value is blank.</exception>
    public static SlaCondition AttributeIn(string attribute, params string[] values)
    {
        Preconditions.NotBlank(attribute, "must be a non-empty attribute name");
        return new SlaCondition(Op.AttributeIn, attribute.ToLowerInvariant(), CheckValues(values, nameof(values)), []);
    }

    /// <summary>Matches tickets whose priority is one of <paramref name="priorities"/>.</summary>
    /// <param name="priorities">Priority names.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentException">No value is given or a value is blank.</exception>
    public static SlaCondition Priority(params string[] priorities) => AttributeIn("priority", priorities);

    /// <summary>Matches tickets whose priority is <paramref name="priority"/> or more urgent on the policy set's scale.</summary>
    /// <param name="priority">A priority name of the policy set's scale (checked when the set is built).</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentException"><paramref name="priority"/> is blank.</exception>
    // Stryker disable once String : this condition reads the ticket's priority rank and formats its own text, never its name
    public static SlaCondition PriorityAtLeast(string priority) =>
        new(Op.PriorityAtLeast, "priority", CheckValues([priority], nameof(priority)), []);

    /// <summary>Matches tickets of one of the customer <paramref name="segments"/>.</summary>
    /// <param name="segments">Segment names.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentException">No value is given or a value is blank.</exception>
    public static SlaCondition Segment(params string[] segments) => AttributeIn("segment", segments);

    /// <summary>Matches tickets that came through one of the <paramref name="channels"/>.</summary>
    /// <param name="channels">Channel names.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentException">No value is given or a value is blank.</exception>
    public static SlaCondition Channel(params string[] channels) => AttributeIn("channel", channels);

    /// <summary>Matches tickets of one of the <paramref name="categories"/>.</summary>
    /// <param name="categories">Category names.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentException">No value is given or a value is blank.</exception>
    public static SlaCondition Category(params string[] categories) => AttributeIn("category", categories);

    /// <summary>Matches tickets that carry <paramref name="tag"/>.</summary>
    /// <param name="tag">A tag.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentException"><paramref name="tag"/> is blank.</exception>
    public static SlaCondition HasTag(string tag) => new(Op.HasTag, null, CheckValues([tag], nameof(tag)), []);

    /// <summary>Matches when every one of <paramref name="conditions"/> matches.</summary>
    /// <param name="conditions">Two or more conditions.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentException">Fewer than one condition, or a null one.</exception>
    /// <exception cref="ArgumentException">The result would nest more than <see cref="MaxDepth"/> levels deep.</exception>
    public static SlaCondition And(params SlaCondition[] conditions) => new(Op.And, null, [], CheckChildren(conditions, nameof(conditions)));

    /// <summary>Matches when any of <paramref name="conditions"/> matches.</summary>
    /// <param name="conditions">Two or more conditions.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentException">Fewer than one condition, or a null one.</exception>
    /// <exception cref="ArgumentException">The result would nest more than <see cref="MaxDepth"/> levels deep.</exception>
    public static SlaCondition Or(params SlaCondition[] conditions) => new(Op.Or, null, [], CheckChildren(conditions, nameof(conditions)));

    /// <summary>Matches when <paramref name="condition"/> does not.</summary>
    /// <param name="condition">The condition to negate.</param>
    /// <returns>The negation; the negation of a negation is the condition inside it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="condition"/> is null.</exception>
    /// <exception cref="ArgumentException">The result would nest more than <see cref="MaxDepth"/> levels deep.</exception>
    public static SlaCondition Not(SlaCondition condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        if (condition._op == Op.Not)
        {
            return condition._children[0];
        }

        CheckDepth(condition._depth, nameof(condition));
        return new SlaCondition(Op.Not, null, [], [condition]);
    }

    /// <summary>Combines two conditions with <see cref="And"/>.</summary>
    /// <param name="left">The first condition.</param>
    /// <param name="right">The second condition.</param>
    /// <returns>The conjunction.</returns>
    public static SlaCondition operator &(SlaCondition left, SlaCondition right) => And(left, right);

    /// <summary>Combines two conditions with <see cref="Or"/>.</summary>
    /// <param name="left">The first condition.</param>
    /// <param name="right">The second condition.</param>
    /// <returns>The disjunction.</returns>
    public static SlaCondition operator |(SlaCondition left, SlaCondition right) => Or(left, right);

    /// <summary>Negates a condition with <see cref="Not"/>.</summary>
    /// <param name="condition">The condition.</param>
    /// <returns>The negation.</returns>
    public static SlaCondition operator !(SlaCondition condition) => Not(condition);

    /// <summary>Same as <c>&amp;</c>: combines with <see cref="And"/>.</summary>
    /// <param name="left">The first condition.</param>
    /// <param name="right">The second condition.</param>
    /// <returns>The conjunction.</returns>
    public static SlaCondition BitwiseAnd(SlaCondition left, SlaCondition right) => And(left, right);

    /// <summary>Same as <c>|</c>: combines with <see cref="Or"/>.</summary>
    /// <param name="left">The first condition.</param>
    /// <param name="right">The second condition.</param>
    /// <returns>The disjunction.</returns>
    public static SlaCondition BitwiseOr(SlaCondition left, SlaCondition right) => Or(left, right);

    /// <summary>Same as <c>!</c>: negates with <see cref="Not"/>.</summary>
    /// <param name="condition">The condition.</param>
    /// <returns>The negation.</returns>
    public static SlaCondition LogicalNot(SlaCondition condition) => Not(condition);

    /// <summary>Evaluates the condition against a ticket's opening attributes (no changes applied).</summary>
    /// <param name="attributes">The attributes.</param>
    /// <param name="scale">The priority scale for <see cref="PriorityAtLeast"/>; the default scale when null.</param>
    /// <returns><see langword="true"/> when the ticket matches.</returns>
    public bool Matches(TicketAttributes attributes, PriorityScale? scale = null)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        return Matches(new TicketView(attributes, [], scale ?? PriorityScale.Default));
    }

    /// <inheritdoc/>
    public bool Equals(SlaCondition? other) => other is not null && string.Equals(_text, other._text, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SlaCondition);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_text);

    /// <summary>Returns the canonical text, e.g. <c>(segment in [vip] and not tag vip-trial)</c>.</summary>
    /// <returns>The condition in words.</returns>
    public override string ToString() => _text;

    internal bool Matches(scoped in TicketView ticket)
    {
        switch (_op)
        {
            case Op.Always:
                return true;
            case Op.AttributeIn:
                var value = _field == TicketField.Priority ? ticket.Priority : ticket.Get(_field, _name!);
                foreach (var v in _values)
                {
                    if (string.Equals(v, value, StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }

                return false;
            case Op.HasTag:
                return ticket.Attributes.Tags.Contains(_values[0]);
            case Op.PriorityAtLeast:
                var rank = ticket.PriorityRank;
                return rank >= 0 && rank <= ticket.Scale.RankOf(_values[0]);
            case Op.And:
                foreach (var child in _children)
                {
                    if (!child.Matches(in ticket))
                    {
                        return false;
                    }
                }

                return true;
            case Op.Or:
                foreach (var child in _children)
                {
                    if (child.Matches(in ticket))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return !_children[0].Matches(in ticket);
        }
    }

    /// <summary>Visits the priority names the condition mentions, so the policy set can check them against its scale.</summary>
    internal IEnumerable<string> PriorityNames()
    {
        if (_op == Op.PriorityAtLeast || (_op == Op.AttributeIn && _name == "priority"))
        {
            return _values;
        }

        return _children.SelectMany(c => c.PriorityNames());
    }

    private static string[] CheckValues(string[] values, string paramName)
    {
        ArgumentNullException.ThrowIfNull(values, paramName);
        if (values.Length == 0)
        {
            Preconditions.ThrowArgument(paramName, $"{paramName} needs at least one value.");
        }

        for (var i = 0; i < values.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(values[i]))
            {
                Preconditions.ThrowArgument(paramName, $"{paramName}[{i}] is blank; values must be non-empty.");
            }
        }

        return [.. values.Select(v => v.ToLowerInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    private static SlaCondition[] CheckChildren(SlaCondition[] conditions, string paramName)
    {
        ArgumentNullException.ThrowIfNull(conditions, paramName);
        if (conditions.Length == 0)
        {
            Preconditions.ThrowArgument(paramName, $"{paramName} needs at least one condition.");
        }

        for (var i = 0; i < conditions.Length; i++)
        {
            if (conditions[i] is null)
            {
                Preconditions.ThrowArgument(paramName, $"{paramName}[{i}] is null.");
            }

            CheckDepth(conditions[i]._depth, paramName);
        }

        return (SlaCondition[])conditions.Clone();
    }

    // A child at the deepest allowed level cannot get a parent.
    private static void CheckDepth(int childDepth, string paramName)
    {
        if (childDepth >= MaxDepth)
        {
            Preconditions.ThrowArgument(paramName, $"The condition would nest {childDepth + 1} levels deep; at most {MaxDepth} are allowed: combine many conditions in one And or Or instead of nesting them.");
        }
    }

    private string Format() => _op switch
    {
        Op.Always => "always",
        Op.AttributeIn => string.Create(CultureInfo.InvariantCulture, $"{_name} in [{string.Join(", ", _values)}]"),
        Op.HasTag => "tag " + _values[0],
        Op.PriorityAtLeast => "priority at least " + _values[0],
        Op.And => "(" + string.Join(" and ", _children.Select(c => c._text)) + ")",
        Op.Or => "(" + string.Join(" or ", _children.Select(c => c._text)) + ")",
        _ => "not " + _children[0]._text,
    };
}
