// A lookup table that counts the irregular weeks starting at or before an instant in O(1) instead of a binary search.
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Calendars.Compilation;

/// <summary>
/// For ascending start instants that lie at least six days apart (local Mondays), one <c>ushort</c> per week of the
/// horizon: bucket <c>b</c> counts the starts at or before <see cref="Base"/> + b weeks. A lookup reads the bucket of
/// an instant and steps forward over the at most two starts that follow inside it. The table spans one week beyond the
/// horizon on each side; instants outside it, and more starts than a <c>ushort</c> counts (a horizon of over ~1,250
/// years), take the binary search. About 31 KB for 1900–2199. Immutable.
/// </summary>
internal readonly struct StartBuckets
{
    private readonly long[] _starts;
    private readonly ushort[]? _table;

    public StartBuckets(long[] starts, long minSupported, long endSupported)
    {
        _starts = starts;
        Base = minSupported - TimeScale.Week;
        if (starts.Length > ushort.MaxValue)
        {
            return;
        }

        // The span exceeds long.MaxValue ns for 1900–2199 (292 years do), hence unsigned.
        var table = new ushort[((ulong)(endSupported + TimeScale.Week - Base) / TimeScale.Week) + 1];
        var j = 0;
        var at = Base;
        for (var b = 0; b < table.Length; b++, at += TimeScale.Week)
        {
            while (j < starts.Length && starts[j] <= at)
            {
                j++;
            }

            table[b] = (ushort)j;
        }

        _table = table;
    }

    /// <summary>Gets the instant at which bucket 0 ends (one week before the horizon).</summary>
    public long Base { get; }

    /// <summary>Gets the number of one-week buckets (0 when the binary search serves every lookup).</summary>
    public int Length => _table?.Length ?? 0;

    /// <summary>The number of starts at or before <paramref name="t"/>.</summary>
    public int CountAtOrBefore(long t)
    {
        var table = _table;
        var bucket = (ulong)(t - Base) / TimeScale.Week; // wraps to a huge bucket below the base
        if (table is null || bucket >= (ulong)table.Length)
        {
            return SortedSearch.CountAtOrBelow<long>(_starts, t);
        }

        var starts = _starts;
        int lo = table[(int)bucket];
        while ((uint)lo < (uint)starts.Length && starts[lo] <= t)
        {
            lo++;
        }

        return lo;
    }
}
