// A mergeable exact summary of a population's RFM values: partitions summarised apart and merged give the global thresholds.
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Segments.Rfm;

/// <summary>
/// Exact counts of every distinct recency, frequency and monetary value of a population, from which
/// <see cref="TryGetThresholds(int, out RfmThresholds?)"/> computes value-quantile cut points. Summaries of partitions (machines, shards, days)
/// <see cref="Merge"/> exactly, so scoring every partition with the merged summary's thresholds equals one pass over
/// everything. Memory grows with the number of distinct values. Not thread-safe: one summary per thread, then merge.
/// </summary>
[MutableByDesign("A summary is filled in place, one per partition, and merged.")]
public sealed class RfmSummary
{
    private readonly SortedDictionary<int, long> _recency = [];
    private readonly SortedDictionary<int, long> _frequency = [];
    private readonly SortedDictionary<decimal, long> _monetary = [];

    /// <summary>Gets the number of customers added.</summary>
    public long Count { get; private set; }

    /// <summary>Adds one customer.</summary>
    /// <param name="observation">The customer's values; days and purchases must not be negative.</param>
    /// <exception cref="ArgumentOutOfRangeException">Days or purchases are negative.</exception>
    public void Add(RfmObservation observation)
    {
        Preconditions.NonNegative(observation.DaysSinceLastPurchase, "observation.DaysSinceLastPurchase");
        Preconditions.NonNegative(observation.Purchases, "observation.Purchases");
        Increment(_recency, observation.DaysSinceLastPurchase, 1);
        Increment(_frequency, observation.Purchases, 1);
        Increment(_monetary, observation.Spend, 1);
        Count++;
    }

    /// <summary>Adds every customer of <paramref name="observations"/>.</summary>
    /// <param name="observations">The customers.</param>
    public void Add(ReadOnlySpan<RfmObservation> observations)
    {
        foreach (var observation in observations)
        {
            Add(observation);
        }
    }

    /// <summary>Adds the counts of <paramref name="other"/>: afterwards this summary equals the summary of both populations.</summary>
    /// <param name="other">Another summary.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public void Merge(RfmSummary other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var (value, count) in other._recency)
        {
            Increment(_recency, value, count);
        }

        foreach (var (value, count) in other._frequency)
        {
            Increment(_frequency, value, count);
        }

        foreach (var (value, count) in other._monetary)
        {
            Increment(_monetary, value, count);
        }

        Count += other.Count;
    }

    /// <summary>Computes <see cref="RfmBinning.ValueQuantiles"/> cut points: cut k is the value at 0-based rank ⌊k/n·(N − 1)⌋.</summary>
    /// <param name="bins">The number of bins, 2 to 20 (5 by default).</param>
    /// <param name="thresholds">The thresholds when the summary is not empty.</param>
    /// <returns>False when no customer was added (no scale can be derived).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bins"/> is outside 2..20.</exception>
    public bool TryGetThresholds(int bins, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RfmThresholds? thresholds)
    {
        if (bins is < 2 or > 20)
        {
            Preconditions.ThrowOutOfRange(nameof(bins), bins, "must be from 2 to 20");
        }

        thresholds = Count == 0 ? null : new RfmThresholds(Cuts(_recency, bins), Cuts(_frequency, bins), Cuts(_monetary, bins));
        return thresholds is not null;
    }

    /// <summary>Computes 5-bin value-quantile thresholds.</summary>
    /// <param name="thresholds">The thresholds when the summary is not empty.</param>
    /// <returns>False when no customer was added.</returns>
    public bool TryGetThresholds([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RfmThresholds? thresholds) => TryGetThresholds(5, out thresholds);

    /// <summary>Returns <c>RFM summary of 1,000 customers</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"RFM summary of {Count:N0} customers");

    private List<T> Cuts<T>(SortedDictionary<T, long> counts, int bins)
        where T : notnull
    {
        var cuts = new List<T>(bins - 1);
        using var walk = counts.GetEnumerator();
        var seen = 0L;
        walk.MoveNext();
        for (var k = 1; k < bins; k++)
        {
            var rank = (long)Math.Floor((double)k / bins * (Count - 1));
            while (seen + walk.Current.Value <= rank)
            {
                seen += walk.Current.Value;
                walk.MoveNext();
            }

            cuts.Add(walk.Current.Key);
        }

        return cuts;
    }

    private static void Increment<T>(SortedDictionary<T, long> counts, T value, long by)
        where T : notnull
    {
        counts[value] = counts.TryGetValue(value, out var count) ? count + by : by;
    }
}
