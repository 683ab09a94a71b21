// One segment of a catalogue: its name, its place in the priority order and its rule.
namespace CustomerCare.Core.Segments;

/// <summary>
/// A customer segment of a <see cref="SegmentCatalogue"/>: its name, its <see cref="Index"/> in priority order
/// (0 is tried first; the default segment is last) and its rule. Classification returns these instances, so
/// comparing by reference or by <see cref="Index"/> is cheap. Immutable and thread-safe.
/// </summary>
public sealed class Segment
{
    internal Segment(string name, int index, SegmentRule rule, bool isDefault)
    {
        Name = name;
        Index = index;
        Rule = rule;
        IsDefault = isDefault;
    }

    /// <summary>Gets the segment's name.</summary>
    public string Name { get; }

    /// <summary>Gets the position in priority order (0 first; the default segment has the highest index).</summary>
    public int Index { get; }

    /// <summary>Gets the rule; <see cref="SegmentRule.Always"/> for the default segment.</summary>
    public SegmentRule Rule { get; }

    /// <summary>Gets a value indicating whether this is the default segment, which takes every customer no other segment takes.</summary>
    public bool IsDefault { get; }

    /// <summary>Returns <c>#1 vip: (lifetime_spend &gt;= 10,000 EUR)</c>, or <c>#5 standard (default)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsDefault ? $"#{Index} {Name} (default)" : $"#{Index} {Name}: {Rule}";
}
