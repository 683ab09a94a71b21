// A running AHT that merges exactly.
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Kpis.ContactCentre;

/// <summary>
/// Accumulates handled contacts as a count and three exact totals; merging is exact and equals
/// <see cref="HandleTime.Calculate(ReadOnlySpan{HandledContact})"/> on the concatenated input. <c>default</c> is empty.
/// A mutable struct: not thread-safe; give each thread its own and merge.
/// </summary>
[MutableByDesign("A struct accumulator updated in place on hot paths; each thread keeps its own and merges.")]
public struct HandleTimeAccumulator
{
    private long _handled;
    private Int128 _talk;
    private Int128 _hold;
    private Int128 _afterCallWork;

    /// <summary>Gets the result so far.</summary>
    public readonly HandleTimeResult Result => new(_handled, _talk, _hold, _afterCallWork);

    /// <summary>Adds one handled contact.</summary>
    /// <param name="contact">The contact (its components are validated when it is created).</param>
    public void Add(HandledContact contact)
    {
        _handled++;
        _talk += DurationMath.Nanoseconds(contact.Talk);
        _hold += DurationMath.Nanoseconds(contact.Hold);
        _afterCallWork += DurationMath.Nanoseconds(contact.AfterCallWork);
    }

    /// <summary>Adds every contact of <paramref name="contacts"/>.</summary>
    /// <param name="contacts">The contacts.</param>
    public void Add(ReadOnlySpan<HandledContact> contacts)
    {
        foreach (var contact in contacts)
        {
            Add(contact);
        }
    }

    /// <summary>Adds the totals of <paramref name="other"/> (exact, associative and commutative).</summary>
    /// <param name="other">Another accumulator.</param>
    /// <exception cref="OverflowException">The merged count would exceed <see cref="long.MaxValue"/> contacts.</exception>
    public void Merge(in HandleTimeAccumulator other)
    {
        _handled = checked(_handled + other._handled);
        _talk += other._talk;
        _hold += other._hold;
        _afterCallWork += other._afterCallWork;
    }
}
