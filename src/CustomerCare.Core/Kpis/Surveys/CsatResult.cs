// The outcome of a CSAT calculation: counts and sums, with the top-box share, mean and Wilson interval derived from them.
using System.Globalization;

namespace CustomerCare.Core.Kpis.Surveys;

/// <summary>
/// CSAT counts for one <see cref="CsatScale"/>. With n answers, s satisfied answers (at or above the threshold)
/// and Σ the sum of answers: top-box share = s/n (a fraction 0..1), mean = Σ/n (scale points). NaN when n = 0.
/// Immutable and thread-safe; <c>default</c> is the empty result of no scale (every share and mean NaN).
/// </summary>
public readonly record struct CsatResult
{
    private readonly ScaleScoreCounts _counts;

    /// <summary>Creates a result from counts (for example from another system's tallies).</summary>
    /// <param name="scale">The scale the answers were given on.</param>
    /// <param name="count">The number of answers, n.</param>
    /// <param name="satisfied">The answers at or above the satisfied threshold, 0..n.</param>
    /// <param name="scoreSum">The sum of all answers, between n·minimum and n·maximum.</param>
    /// <exception cref="ArgumentException"><paramref name="scale"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, <paramref name="satisfied"/> exceeds n, or the sum is impossible on the scale.</exception>
    public CsatResult(CsatScale scale, long count, long satisfied, long scoreSum)
    {
        Csat.RequireScale(scale);
        Scale = scale;
        _counts = ScaleScoreCounts.Validated(count, satisfied, nameof(satisfied), scoreSum, scale.Bands, null);
    }

    internal CsatResult(CsatScale scale, ScaleScoreCounts counts)
    {
        Scale = scale;
        _counts = counts;
    }

    /// <summary>Gets the scale.</summary>
    public CsatScale Scale { get; }

    /// <summary>Gets the number of answers, n.</summary>
    public long Count => _counts.Count;

    /// <summary>Gets the number of satisfied answers (at or above <see cref="CsatScale.SatisfiedThreshold"/>).</summary>
    public long Satisfied => _counts.InBand;

    /// <summary>Gets the sum of the answers, in scale points.</summary>
    public long ScoreSum => _counts.Sum;

    /// <summary>
    /// Gets the top-box share <c>Satisfied / Count</c> as counts: <see cref="KpiRatio.Value"/> is the fraction 0..1,
    /// <see cref="KpiRatio.Percent"/> the same in per cent; undefined (NaN) when there are no answers.
    /// </summary>
    public KpiRatio TopBoxShare => _counts.Ratio;

    /// <summary>Gets the mean answer <c>ScoreSum / Count</c> in scale points; NaN when there are no answers.</summary>
    public double MeanScore => _counts.Mean;

    /// <summary>Returns the Wilson score interval of the top-box share (see <see cref="KpiRatio.WilsonInterval(double)"/>).</summary>
    /// <param name="confidence">The confidence level, strictly between 0 and 1.</param>
    /// <returns>The interval as fractions; undefined when there are no answers.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is outside (0, 1).</exception>
    public KpiInterval WilsonInterval(double confidence = 0.95) => KpiRatio.Wilson(Satisfied, Count, confidence);

    /// <summary>Returns the result as <c>CSAT 62.5 % (95 % CI 30.6 – 86.3 %, n = 8); mean 3.88 on 1–5</c> (invariant culture).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(CultureInfo.InvariantCulture);

    /// <summary>Returns the result as <c>CSAT 62.5 % (95 % CI 30.6 – 86.3 %, n = 8); mean 3.88 on 1–5</c>.</summary>
    /// <param name="provider">The culture for numbers; null for the current culture.</param>
    /// <returns>The text.</returns>
    public string ToString(IFormatProvider? provider) => Count == 0
        ? "CSAT n/a (n = 0)"
        : $"CSAT {KpiText.Percent(TopBoxShare.Value, provider)} ({KpiText.Interval(WilsonInterval(), 100, "0.0", " %", provider)}, n = {Count.ToString(provider)}); mean {KpiText.Number(MeanScore, provider)} on {Scale.Minimum.ToString(provider)}–{Scale.Maximum.ToString(provider)}";
}
