// Rank-based equal-count RFM scores with ties broken by the customer key, never by input order.
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Segments.Rfm;

/// <summary>
/// <see cref="RfmBinning.RankEqualCount"/> scores over a whole population: customers ordered by value (recency: most
/// days first; frequency and spend: least first), ties broken by <see cref="RfmObservation.Key"/> in ordinal order,
/// and the customer at rank i of N scores ⌊i·n/N⌋ + 1. The result does not depend on the input order. Stateless.
/// </summary>
public static class RfmRanking
{
    /// <summary>Scores every customer by rank.</summary>
    /// <param name="observations">The population; keys must be unique and not null.</param>
    /// <param name="scores">One score per customer, in input order.</param>
    /// <param name="bins">The number of bins, 2 to 20.</param>
    /// <exception cref="ArgumentException">The lengths differ, or a key is null or repeated.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bins"/> is outside 2..20.</exception>
    public static void Calculate(ReadOnlySpan<RfmObservation> observations, Span<RfmScore> scores, int bins = 5)
    {
        if (bins is < 2 or > 20)
        {
            Preconditions.ThrowOutOfRange(nameof(bins), bins, "must be from 2 to 20");
        }

        if (scores.Length != observations.Length)
        {
            Preconditions.ThrowArgument(nameof(scores), $"scores must have one element per observation ({observations.Length}); it had {scores.Length}.");
        }

        var items = observations.ToArray();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (item.Key is null || !keys.Add(item.Key))
            {
                Preconditions.ThrowArgument(nameof(observations), $"every observation needs a unique key to break ties; '{item.Key ?? "(null)"}' is {(item.Key is null ? "null" : "repeated")}.");
            }
        }

        var n = items.Length;
        var r = Ranks(items, (a, b) => b.DaysSinceLastPurchase.CompareTo(a.DaysSinceLastPurchase));
        var f = Ranks(items, (a, b) => a.Purchases.CompareTo(b.Purchases));
        var m = Ranks(items, (a, b) => a.Spend.CompareTo(b.Spend));
        for (var i = 0; i < n; i++)
        {
            scores[i] = new RfmScore(Bin(r[i], n, bins), Bin(f[i], n, bins), Bin(m[i], n, bins));
        }
    }

    private static int Bin(int rank, int count, int bins) => (int)((long)rank * bins / count) + 1;

    private static int[] Ranks(RfmObservation[] items, Comparison<RfmObservation> byValue)
    {
        var order = Enumerable.Range(0, items.Length).ToArray();
        Array.Sort(order, (x, y) =>
        {
            var c = byValue(items[x], items[y]);
            return c != 0 ? c : string.CompareOrdinal(items[x].Key, items[y].Key);
        });
        var ranks = new int[items.Length];
        for (var rank = 0; rank < order.Length; rank++)
        {
            ranks[order[rank]] = rank;
        }

        return ranks;
    }
}
