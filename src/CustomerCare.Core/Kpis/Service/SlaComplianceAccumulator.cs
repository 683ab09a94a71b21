// A running count of tickets per SLA state that merges exactly.
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Kpis.Service;

/// <summary>
/// Accumulates ticket SLA states as four counts; merging is exact and equals
/// <see cref="SlaCompliance.Calculate(ReadOnlySpan{TicketSlaState})"/> on the concatenated input. <c>default</c> is empty.
/// A mutable struct: not thread-safe; give each thread its own and merge.
/// </summary>
[MutableByDesign("A struct accumulator updated in place on hot paths; each thread keeps its own and merges.")]
public struct SlaComplianceAccumulator
{
    private long _met;
    private long _resolvedBreached;
    private long _openBreached;
    private long _openWithin;

    /// <summary>Gets the result so far.</summary>
    public readonly SlaComplianceResult Result => new(_met, _resolvedBreached, _openBreached, _openWithin);

    /// <summary>Adds one ticket.</summary>
    /// <param name="state">The ticket's state.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="state"/> is not defined.</exception>
    public void Add(TicketSlaState state)
    {
        if (!TryAdd(state))
        {
            Preconditions.ThrowOutOfRange(nameof(state), (int)state, "must be a defined TicketSlaState");
        }
    }

    /// <summary>Adds every ticket of <paramref name="states"/>; nothing is added when one is invalid.</summary>
    /// <param name="states">The tickets' states.</param>
    /// <exception cref="ArgumentOutOfRangeException">An element is not defined; the message names its index.</exception>
    public void Add(ReadOnlySpan<TicketSlaState> states)
    {
        var copy = this;
        for (var i = 0; i < states.Length; i++)
        {
            if (!copy.TryAdd(states[i]))
            {
                Preconditions.ThrowAt(nameof(states), i, (int)states[i], "must be a defined TicketSlaState");
            }
        }

        this = copy;
    }

    /// <summary>Adds the counts of <paramref name="other"/> (exact, associative and commutative).</summary>
    /// <param name="other">Another accumulator.</param>
    /// <exception cref="OverflowException">The merged counts would exceed <see cref="long.MaxValue"/> tickets; nothing is merged.</exception>
    public void Merge(in SlaComplianceAccumulator other)
    {
        var met = checked(_met + other._met);
        var resolvedBreached = checked(_resolvedBreached + other._resolvedBreached);
        var openBreached = checked(_openBreached + other._openBreached);
        var openWithin = checked(_openWithin + other._openWithin);
        _ = checked(met + resolvedBreached + openBreached + openWithin);
        (_met, _resolvedBreached, _openBreached, _openWithin) = (met, resolvedBreached, openBreached, openWithin);
    }

    private bool TryAdd(TicketSlaState state)
    {
        switch (state)
        {
            case TicketSlaState.ResolvedWithinTarget:
                _met++;
                return true;
            case TicketSlaState.ResolvedBreached:
                _resolvedBreached++;
                return true;
            case TicketSlaState.OpenBreached:
                _openBreached++;
                return true;
            case TicketSlaState.OpenWithinTarget:
                _openWithin++;
                return true;
            default:
                return false;
        }
    }
}
