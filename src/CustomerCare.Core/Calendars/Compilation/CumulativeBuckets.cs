// A lookup table that narrows the search for a cumulative business time among the irregular weeks to one bucket.
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Calendars.Compilation;

/// <summary>
/// For the ascending cumulative business times at the irregular weeks' starts: buckets of cumulative time a power of
/// two wide (a shift, not a division), at least an ordinary week's total and at least the horizon's total over its
/// weeks, so there are at most as many buckets as weeks even when the ordinary week holds nothing (a calendar open
/// only on overrides) or override weeks hold far more. Entry <c>b</c> counts the values below
/// <see cref="Base"/> + (b &lt;&lt; <see cref="Shift"/>); the last entry lies above the horizon's total. A lookup
/// binary-searches only the values that share the target's bucket (many share one only when they hold almost no
/// business time, e.g. a run of holiday weeks). About 16 KB for a 40-hour week over 1900–2199. Offsets from the base are
/// unsigned: 300 years of a 24/7 calendar in ns exceed long.MaxValue, but not ulong. Immutable.
/// </summary>
internal readonly struct CumulativeBuckets
{
    private readonly long[] _values;
    private readonly ushort[]? _table;

    /// <summary>Builds the table over <c>[origin, end)</c> of cumulative time, which spans <paramref name="weeks"/> weeks.</summary>
    public CumulativeBuckets(long[] values, long origin, long end, int weeks, long weekTotal)
    {
        _values = values;
        Base = origin;
        if (values.Length > ushort.MaxValue)
        {
            return;
        }

        var span = (ulong)(end - origin);
        var width = Math.Max((ulong)weekTotal, (span / (ulong)weeks) + 1);
        Shift = 64 - System.Numerics.BitOperations.LeadingZeroCount(width - 1);
        var buckets = (int)(span >> Shift) + 1;
        var table = new ushort[buckets + 1];
        var j = 0;
        for (var b = 0; b <= buckets; b++)
        {
            while (j < values.Length && ((ulong)(values[j] - origin) >> Shift) < (ulong)b)
            {
                j++;
            }

            table[b] = (ushort)j;
        }

        _table = table;
    }

    /// <summary>Gets the cumulative time at which bucket 0 starts (the horizon's first week).</summary>
    public long Base { get; }

    /// <summary>Gets log2 of a bucket's width.</summary>
    public int Shift { get; }

    /// <summary>Gets the number of buckets (0 when the binary search serves every lookup).</summary>
    public int Buckets => (_table?.Length ?? 1) - 1;

    /// <summary>
    /// The number of values below <paramref name="target"/> (at or below it when <paramref name="strict"/>): every
    /// value counted before the target's bucket passes either test and every value after it fails both.
    /// </summary>
    public int CountBelow(long target, bool strict)
    {
        var table = _table;
        if (table is null)
        {
            return strict ? SortedSearch.CountAtOrBelow<long>(_values, target) : SortedSearch.CountBelow<long>(_values, target);
        }

        if (target < Base)
        {
            return 0; // every value lies at or after the base
        }

        var bucket = (ulong)(target - Base) >> Shift;
        if (bucket >= (ulong)(table.Length - 1))
        {
            return _values.Length; // past the last bucket, which ends above every value
        }

        int lo = table[(int)bucket], hi = table[(int)bucket + 1];
        var inBucket = new ReadOnlySpan<long>(_values, lo, hi - lo);
        return lo + (strict ? SortedSearch.CountAtOrBelow(inBucket, target) : SortedSearch.CountBelow(inBucket, target));
    }
}
