// The one sorted search of the library: how many leading items of a sorted span meet a condition.
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace CustomerCare.Core.Internal;

/// <summary>
/// Searches over sorted data. <see cref="PartitionPoint{T, TCondition}"/> is the binary search every caller uses
/// (calendar weeks, exclusions, ticket events); <see cref="CountAtOrBelowFew"/> is its branch-free SIMD twin for the
/// handful of windows of one week, where a binary search's unpredictable steps cost more than comparing them all.
/// </summary>
internal static class SortedSearch
{
    /// <summary>
    /// The number of leading items of <paramref name="items"/> that meet <paramref name="condition"/>, which must hold
    /// for a prefix of the items and fail for the rest (e.g. "at or below x" over ascending values). O(log n).
    /// </summary>
    public static int PartitionPoint<T, TCondition>(ReadOnlySpan<T> items, TCondition condition)
        where TCondition : struct, ISortedCondition<T>
    {
        int lo = 0, hi = items.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (condition.Holds(in items[mid]))
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The number of values at or below <paramref name="x"/> in ascending <paramref name="sorted"/> (an upper bound).</summary>
    public static int CountAtOrBelow<T>(ReadOnlySpan<T> sorted, T x)
        where T : IComparisonOperators<T, T, bool> => PartitionPoint(sorted, new AtOrBelow<T>(x));

    /// <summary>The number of values below <paramref name="x"/> in ascending <paramref name="sorted"/> (a lower bound).</summary>
    public static int CountBelow<T>(ReadOnlySpan<T> sorted, T x)
        where T : IComparisonOperators<T, T, bool> => PartitionPoint(sorted, new Below<T>(x));

    /// <summary>
    /// <see cref="CountAtOrBelow{T}"/> for a few ascending values (one week's windows): compares them all, four at a
    /// time, without a branch that depends on the data. Values and <paramref name="x"/> must lie less than 2^63 apart
    /// (values of one week are).
    /// </summary>
    public static int CountAtOrBelowFew(long[] values, long x)
    {
        var count = 0;
        var i = 0;
        if (Vector256.IsHardwareAccelerated && values.Length >= Vector256<long>.Count)
        {
            ref var first = ref MemoryMarshal.GetArrayDataReference(values);
            var limit = Vector256.Create(x);
            for (; i <= values.Length - Vector256<long>.Count; i += Vector256<long>.Count)
            {
                var below = Vector256.LessThanOrEqual(Vector256.LoadUnsafe(ref first, (nuint)i), limit);
                count += BitOperations.PopCount(below.ExtractMostSignificantBits());
            }
        }

        for (; i < values.Length; i++)
        {
            count -= AtOrBelowMask(values[i], x);
        }

        return count;
    }

    // All ones (-1) when value <= limit, else zero: the sign of limit - value, which the JIT cannot turn into a branch.
    private static int AtOrBelowMask(long value, long limit) => (int)((limit - value) >> 63) ^ -1;

    private readonly struct AtOrBelow<T>(T x) : ISortedCondition<T>
        where T : IComparisonOperators<T, T, bool>
    {
        public bool Holds(in T value) => value <= x;
    }

    private readonly struct Below<T>(T x) : ISortedCondition<T>
        where T : IComparisonOperators<T, T, bool>
    {
        public bool Holds(in T value) => value < x;
    }
}

/// <summary>A condition that holds for a prefix of a sorted sequence and fails for the rest; a struct, so that
/// <see cref="SortedSearch.PartitionPoint{T, TCondition}"/> is specialised for it and inlines it.</summary>
/// <typeparam name="T">The item type.</typeparam>
internal interface ISortedCondition<T>
{
    /// <summary>Tells whether <paramref name="value"/> lies in the prefix.</summary>
    bool Holds(in T value);
}
