// The outcome of a CES calculation: counts and sums, with the mean and the easy-band share derived from them.
using System.Globalization;

namespace CustomerCare.Core.Kpis.Surveys;

/// <summary>
/// Customer Effort Score counts on one <see cref="CesScale"/>. Mean = Σ answers / n in scale points (read it
/// with the scale's direction); easy share = answers in the easy band / n, a fraction 0..1. NaN when n = 0.
/// Immutable and thread-safe; <c>default</c> is the empty result of no scale (every share and mean NaN).
/// </summary>
public readonly record struct CesResult
{
    private readonly ScaleScoreCounts _counts;

    /// <summary>Creates a result from counts.</summary>
    /// <param name="scale">The scale of the answers.</param>
    /// <param name="count">The number of answers, n.</param>
    /// <param name="easy">The answers in the easy band, 0..n.</param>
    /// <param name="scoreSum">The sum of all answers, between n and n·points.</param>
    /// <exception cref="ArgumentException"><paramref name="scale"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, <paramref name="easy"/> exceeds n, or the sum is impossible on the scale.</exception>
    public CesResult(CesScale scale, long count, long easy, long scoreSum)
    {
        Ces.RequireScale(scale);
        Scale = scale;
        _counts = ScaleScoreCounts.Validated(count, easy, nameof(easy), scoreSum, scale.Bands, "count");
    }

    internal CesResult(CesScale scale, ScaleScoreCounts counts)
    {
        Scale = scale;
        _counts = counts;
    }

    /// <summary>Gets the scale.</summary>
    public CesScale Scale { get; }

    /// <summary>Gets the number of answers, n.</summary>
    public long Count => _counts.Count;

    /// <summary>Gets the number of answers in the easy band.</summary>
    public long Easy => _counts.InBand;

    /// <summary>Gets the sum of the answers, in scale points.</summary>
    public long ScoreSum => _counts.Sum;

    /// <summary>Gets the mean answer <c>ScoreSum / Count</c>, 1..Points; NaN when there are no answers. Higher is better only when the scale's direction is <see cref="CesDirection.HigherIsEasier"/>.</summary>
    public double MeanScore => _counts.Mean;

    /// <summary>
    /// Gets the easy-band share <c>Easy / Count</c> as counts: <see cref="KpiRatio.Value"/> is the fraction 0..1,
    /// <see cref="KpiRatio.Percent"/> the same in per cent; undefined (NaN) when there are no answers.
    /// </summary>
    public KpiRatio EasyShare => _counts.Ratio;

    /// <summary>Returns the result as <c>CES 5.2 on 1–7 (higher is easier); easy 60.0 %, n = 10</c> (invariant culture).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(CultureInfo.InvariantCulture);

    /// <summary>Returns the result as <c>CES 5.2 on 1–7 (higher is easier); easy 60.0 %, n = 10</c>.</summary>
    /// <param name="provider">The culture for numbers; null for the current culture.</param>
    /// <returns>The text.</returns>
    public string ToString(IFormatProvider? provider) => Count == 0
        ? "CES n/a (n = 0)"
        : $"CES {KpiText.Number(MeanScore, provider)} on 1–{Scale.Points.ToString(provider)} ({(Scale.Direction == CesDirection.HigherIsEasier ? "higher is easier" : "higher is harder")}); easy {KpiText.Percent(EasyShare.Value, provider)}, n = {Count.ToString(provider)}";
}
