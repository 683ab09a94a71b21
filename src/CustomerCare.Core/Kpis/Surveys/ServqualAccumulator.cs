// Respondent-by-respondent SERVQUAL gaps that merge exactly: per-item gap sums and a respondent count.
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Kpis.Surveys;

/// <summary>
/// Accumulates SERVQUAL questionnaires as per-item gap sums and a respondent count (fixed memory: one double per
/// item, allocated once); <see cref="Result"/> equals <see cref="Servqual.Calculate"/> on the item means. Accumulators
/// with the same map merge exactly. Not thread-safe: give each thread its own and merge.
/// </summary>
[MutableByDesign("A fixed-memory accumulator updated in place; each thread keeps its own and merges.")]
public sealed class ServqualAccumulator
{
    private readonly ServqualItemMap _map;
    private readonly double[] _gapSums;

    /// <summary>Creates an empty accumulator.</summary>
    /// <param name="map">The item map of the questionnaire.</param>
    /// <exception cref="ArgumentNullException"><paramref name="map"/> is null.</exception>
    public ServqualAccumulator(ServqualItemMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        _map = map;
        _gapSums = new double[map.ItemCount];
    }

    /// <summary>Gets the number of respondents added.</summary>
    public long Respondents { get; private set; }

    /// <summary>Gets the gaps of the mean respondent; every gap is NaN while empty.</summary>
    public ServqualResult Result
    {
        get
        {
            // Stryker disable once Block : a shortcut; with no respondent every mean is 0/0 = NaN, and so is every dimension gap
            if (Respondents == 0)
            {
                return new ServqualResult(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
            }

            // Stryker disable once Conditional,Equality : the stack and the heap buffer hold the same means
            Span<double> means = _gapSums.Length <= 256 ? stackalloc double[_gapSums.Length] : new double[_gapSums.Length];
            for (var i = 0; i < means.Length; i++)
            {
                means[i] = _gapSums[i] / Respondents;
            }

            return _map.Aggregate(means);
        }
    }

    /// <summary>Adds one respondent's answers. Does not allocate.</summary>
    /// <param name="perceptions">Perception answer per item.</param>
    /// <param name="expectations">Expectation answer per item.</param>
    /// <exception cref="ArgumentException">A span's length differs from the map's item count.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A score is not finite (the message names its index).</exception>
    public void Add(ReadOnlySpan<double> perceptions, ReadOnlySpan<double> expectations)
    {
        Servqual.CheckItems(perceptions, _map, nameof(perceptions));
        Servqual.CheckItems(expectations, _map, nameof(expectations));
        for (var i = 0; i < _gapSums.Length; i++)
        {
            _gapSums[i] += perceptions[i] - expectations[i];
        }

        Respondents++;
    }

    /// <summary>Adds the sums of <paramref name="other"/>.</summary>
    /// <param name="other">An accumulator with the same map instance.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="other"/> uses a different map.</exception>
    public void Merge(ServqualAccumulator other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!ReferenceEquals(other._map, _map))
        {
            Preconditions.ThrowArgument(nameof(other), "other uses a different item map; only questionnaires with the same map can be merged.");
        }

        for (var i = 0; i < _gapSums.Length; i++)
        {
            _gapSums[i] += other._gapSums[i];
        }

        Respondents += other.Respondents;
    }
}
