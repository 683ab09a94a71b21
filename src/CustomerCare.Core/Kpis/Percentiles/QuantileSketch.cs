// A streaming, mergeable quantile sketch with a guaranteed relative error and fixed memory (DDSketch-style log buckets).
using System.Globalization;
using System.Runtime.CompilerServices;
using CustomerCare.Core.Internal;
using NodaTime;

namespace CustomerCare.Core.Kpis.Percentiles;

/// <summary>
/// Estimates quantiles of a stream of non-negative values (response times in seconds, for example) in fixed memory.
/// With relative accuracy α and γ = (1 + α)/(1 − α), a value x = 2^e·(1 + m) (0 ≤ m &lt; 1) is mapped to the
/// log-like L(x) = e + m, which equals log₂ x at powers of two and never grows faster than ln x, and counted in bucket
/// k = ⌈L(x)/ln γ⌉. Every bucket therefore spans values [lo, hi] with hi ≤ γ·lo and is reported as 2·lo·hi/(lo + hi),
/// which is within α of every value in it: every quantile estimate x̂ of a value x in the tracked range satisfies
/// |x̂ − x| ≤ α·x. (This is DDSketch's linearly interpolated mapping: about 44 % more buckets than exact logarithms,
/// but <see cref="Add(double)"/> needs a few integer operations instead of a logarithm.) The estimated quantile q
/// is the sample's ⌊q·(n − 1)⌋-th smallest value (0-based, the "lower" quantile).
/// <para>
/// Memory is fixed when the sketch is created: one 8-byte counter per bucket between
/// <see cref="MinimumTrackedValue"/> and <see cref="MaximumTrackedValue"/> (about 2,000 buckets, 16 KB, for the
/// defaults). Values from 0 up to (not including) the minimum are counted as 0 (their absolute error is below the
/// minimum); values above the maximum are rejected. <see cref="Add(double)"/> never allocates. Sketches with equal
/// settings merge exactly (<see cref="Merge(QuantileSketch)"/>): the merged sketch equals the sketch of the
/// concatenated stream. Not thread-safe: give each thread its own sketch and merge.
/// </para>
/// </summary>
[MutableByDesign("A fixed-memory streaming sketch updated in place; each thread keeps its own and merges.")]
public sealed class QuantileSketch
{
    /// <summary>The default relative accuracy, 1 %.</summary>
    public const double DefaultRelativeAccuracy = 0.01;

    /// <summary>The default smallest tracked value, 0.001 (a millisecond when values are seconds).</summary>
    public const double DefaultMinimumTrackedValue = 1e-3;

    /// <summary>The default largest tracked value, 1e9 (about 31.7 years when values are seconds).</summary>
    public const double DefaultMaximumTrackedValue = 1e9;

    private readonly long[] _buckets;
    private readonly double _bucketsPerOctave;
    private readonly int _indexOffset;
    private long _zeroCount;
    private long _count;
    private double _sum;
    private double _minimum = double.PositiveInfinity;
    private double _maximum = double.NegativeInfinity;

    /// <summary>Creates an empty sketch.</summary>
    /// <param name="relativeAccuracy">α, strictly between 0 and 1 (0.01 guarantees estimates within 1 %).</param>
    /// <param name="minimumTrackedValue">The smallest value tracked with relative accuracy, greater than 0.</param>
    /// <param name="maximumTrackedValue">The largest value accepted, greater than <paramref name="minimumTrackedValue"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A setting breaks the rules above, or the range needs more than 1,000,000 buckets.</exception>
    public QuantileSketch(double relativeAccuracy = DefaultRelativeAccuracy, double minimumTrackedValue = DefaultMinimumTrackedValue, double maximumTrackedValue = DefaultMaximumTrackedValue)
    {
        if (!(relativeAccuracy > 0 && relativeAccuracy < 1))
        {
            Preconditions.ThrowOutOfRange(nameof(relativeAccuracy), relativeAccuracy, "must lie strictly between 0 and 1 (0.01 for 1 %)");
        }

        if (!(minimumTrackedValue > 0) || !double.IsFinite(minimumTrackedValue))
        {
            Preconditions.ThrowOutOfRange(nameof(minimumTrackedValue), minimumTrackedValue, "must be a finite number greater than 0");
        }

        if (!(maximumTrackedValue > minimumTrackedValue) || !double.IsFinite(maximumTrackedValue))
        {
            Preconditions.ThrowOutOfRange(nameof(maximumTrackedValue), maximumTrackedValue, $"must be finite and greater than minimumTrackedValue ({minimumTrackedValue.ToString(CultureInfo.InvariantCulture)})");
        }

        RelativeAccuracy = relativeAccuracy;
        MinimumTrackedValue = minimumTrackedValue;
        MaximumTrackedValue = maximumTrackedValue;
        _bucketsPerOctave = 1 / Math.Log((1 + relativeAccuracy) / (1 - relativeAccuracy));
        var lowest = RawIndex(minimumTrackedValue);
        var highest = RawIndex(maximumTrackedValue) + 1;
        if ((long)highest - lowest + 1 > 1_000_000)
        {
            Preconditions.ThrowOutOfRange(nameof(relativeAccuracy), relativeAccuracy, "together with the tracked range needs more than 1,000,000 buckets; widen the accuracy or narrow the range");
        }

        _indexOffset = lowest;
        _buckets = new long[highest - lowest + 1];
    }

    /// <summary>Gets α, the guaranteed relative accuracy of quantile estimates.</summary>
    public double RelativeAccuracy { get; }

    /// <summary>Gets the smallest value tracked with relative accuracy; smaller non-negative values count as 0.</summary>
    public double MinimumTrackedValue { get; }

    /// <summary>Gets the largest value accepted.</summary>
    public double MaximumTrackedValue { get; }

    /// <summary>Gets the number of buckets (fixed memory: 8 bytes each).</summary>
    public int BucketCount => _buckets.Length;

    /// <summary>Gets the number of values added.</summary>
    public long Count => _count;

    /// <summary>Gets the exact smallest value added; NaN when empty.</summary>
    public double Minimum => _count == 0 ? double.NaN : _minimum;

    /// <summary>Gets the exact largest value added; NaN when empty.</summary>
    public double Maximum => _count == 0 ? double.NaN : _maximum;

    /// <summary>Gets the mean of the values added (sum in double precision / count); NaN when empty.</summary>
    public double Mean => _sum / _count; // empty: the sum is 0, and 0.0 / 0 is NaN

    /// <summary>Adds a value. Never allocates.</summary>
    /// <param name="value">A finite value from 0 to <see cref="MaximumTrackedValue"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative, NaN or above the maximum.</exception>
    public void Add(double value)
    {
        if (value >= MinimumTrackedValue && value <= MaximumTrackedValue)
        {
            _buckets[BucketIndex(value)]++;
        }
        else if (value >= 0 && value < MinimumTrackedValue)
        {
            _zeroCount++;
        }
        else
        {
            ThrowOutOfRange(value);
        }

        _count++;
        _sum += value;
        _minimum = Math.Min(_minimum, value);
        _maximum = Math.Max(_maximum, value);
    }

    /// <summary>Adds a duration as its value in seconds. Never allocates.</summary>
    /// <param name="duration">A duration from zero to <see cref="MaximumTrackedValue"/> seconds.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="duration"/> is negative or above the maximum.</exception>
    public void Add(Duration duration) => Add(duration.TotalSeconds);

    /// <summary>Adds every value of <paramref name="values"/>.</summary>
    /// <param name="values">Values from 0 to <see cref="MaximumTrackedValue"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range; the values before it have been added.</exception>
    public void Add(ReadOnlySpan<double> values)
    {
        foreach (var value in values)
        {
            Add(value);
        }
    }

    /// <summary>Adds the counts of <paramref name="other"/>; afterwards this sketch equals the sketch of both streams.</summary>
    /// <param name="other">A sketch with the same accuracy and tracked range.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="other"/> has different settings.</exception>
    public void Merge(QuantileSketch other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.RelativeAccuracy != RelativeAccuracy || other.MinimumTrackedValue != MinimumTrackedValue || other.MaximumTrackedValue != MaximumTrackedValue)
        {
            Preconditions.ThrowArgument(nameof(other), "other was created with a different relative accuracy or tracked range; only sketches with equal settings can be merged.");
        }

        for (var i = 0; i < _buckets.Length; i++)
        {
            _buckets[i] += other._buckets[i];
        }

        _zeroCount += other._zeroCount;
        _count += other._count;
        _sum += other._sum;
        _minimum = Math.Min(_minimum, other._minimum);
        _maximum = Math.Max(_maximum, other._maximum);
    }

    /// <summary>Removes every value, keeping the settings and the memory.</summary>
    public void Clear()
    {
        Array.Clear(_buckets);
        _zeroCount = 0;
        _count = 0;
        _sum = 0;
        _minimum = double.PositiveInfinity;
        _maximum = double.NegativeInfinity;
    }

    /// <summary>
    /// Returns the estimated quantile, within <see cref="RelativeAccuracy"/> of the exact ⌊q·(n − 1)⌋-th smallest value
    /// (exact for the smallest and the largest value, which the sketch tracks).
    /// </summary>
    /// <param name="quantile">The quantile, 0..1 (0.9 for the 90th percentile).</param>
    /// <returns>The estimate; NaN when the sketch is empty.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quantile"/> is outside 0..1.</exception>
    public double GetQuantile(double quantile)
    {
        Preconditions.Quantile(quantile);
        if (_count == 0)
        {
            return double.NaN;
        }

        var rank = (long)Math.Floor(quantile * (_count - 1));
        if (rank == 0 || rank == _count - 1)
        {
            // The extremes are tracked exactly.
            return rank == 0 ? _minimum : _maximum;
        }

        var seen = _zeroCount;
        if (seen > rank)
        {
            return 0;
        }

        // The zero count and the buckets add up to Count > rank, so the scan always ends at a bucket.
        for (var i = 0; ; i++)
        {
            seen += _buckets[i];
            if (seen > rank)
            {
                var k = i + _indexOffset;
                var lower = InverseLogLike((k - 1) / _bucketsPerOctave);
                var upper = InverseLogLike(k / _bucketsPerOctave);

                // Never report beyond the exact extremes: clamping can only reduce the error.
                return Math.Clamp(2 * lower * upper / (lower + upper), _minimum, _maximum);
            }
        }
    }

    /// <summary>Returns the estimated quantile as a duration, for a sketch fed with durations (seconds).</summary>
    /// <param name="quantile">The quantile, 0..1.</param>
    /// <param name="estimate">The estimate, to the nearest nanosecond; <see cref="Duration.Zero"/> when empty.</param>
    /// <returns>True when the sketch is not empty.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quantile"/> is outside 0..1.</exception>
    public bool TryGetQuantile(double quantile, out Duration estimate)
    {
        var seconds = GetQuantile(quantile);
        estimate = double.IsNaN(seconds) ? Duration.Zero : Duration.FromNanoseconds(Math.Round(seconds * 1e9));
        return _count != 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int BucketIndex(double value) => RawIndex(value) - _indexOffset;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int RawIndex(double value) => (int)Math.Ceiling(LogLike(value) * _bucketsPerOctave);

    // L(x) = e + m for x = 2^e·(1 + m), read straight from the bits of a positive normal double.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double LogLike(double value)
    {
        var bits = BitConverter.DoubleToInt64Bits(value);
        var exponent = (int)((bits >> 52) & 0x7FF) - 1023;
        var mantissa = (bits & 0xF_FFFF_FFFF_FFFF) * (1.0 / (1L << 52));
        return exponent + mantissa;
    }

    private static double InverseLogLike(double logLike)
    {
        var exponent = Math.Floor(logLike);
        return Math.ScaleB(1 + (logLike - exponent), (int)exponent);
    }

    private void ThrowOutOfRange(double value) =>
        Preconditions.ThrowOutOfRange(nameof(value), value, $"must be a finite number from 0 to MaximumTrackedValue ({MaximumTrackedValue.ToString(CultureInfo.InvariantCulture)})");
}
