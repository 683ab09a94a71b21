// The quality-review score of a period, agent or team: the mean over all scored reviews, with spread and critical failures.
using System.Globalization;
using CustomerCare.Core.Kpis;

namespace CustomerCare.Core.Goals.Scorecards;

/// <summary>
/// Quality-review totals from <see cref="QualityReviewAccumulator"/>. With n scored reviews and scores xⱼ:
/// <c>MeanScore = Σ xⱼ / n</c> (a fraction 0..1; NaN when n = 0) and <c>Variance = (Σ xⱼ² − n·mean²)/(n − 1)</c>
/// (the sample variance; NaN when n &lt; 2). Immutable and thread-safe; <c>default</c> is empty.
/// </summary>
public readonly record struct QualityReviewResult
{
    private readonly Int128 _sum;
    private readonly Int128 _sumOfSquares;

    internal QualityReviewResult(long reviews, long notScored, long criticalFailures, Int128 sum, Int128 sumOfSquares)
    {
        Reviews = reviews;
        NotScored = notScored;
        CriticalFailures = criticalFailures;
        _sum = sum;
        _sumOfSquares = sumOfSquares;
    }

    /// <summary>Gets the number of scored reviews, n (the base of the mean).</summary>
    public long Reviews { get; }

    /// <summary>Gets the number of reviews with every category N/A (not in the mean).</summary>
    public long NotScored { get; }

    /// <summary>Gets the number of scored reviews zeroed by a failed critical category.</summary>
    public long CriticalFailures { get; }

    /// <summary>Gets the sum of the scores of the scored reviews.</summary>
    public double ScoreSum => (double)_sum / QualityReviewAccumulator.Quantum;

    /// <summary>Gets the period score: the mean over all scored reviews, a fraction 0..1, unrounded; NaN when there are none.</summary>
    public double MeanScore => Reviews == 0 ? double.NaN : (double)_sum / QualityReviewAccumulator.Quantum / Reviews;

    /// <summary>Gets the sample variance of the review scores; NaN with fewer than two scored reviews.</summary>
    public double Variance
    {
        get
        {
            if (Reviews < 2)
            {
                return double.NaN;
            }

            var mean = MeanScore;
            var squares = (double)_sumOfSquares / QualityReviewAccumulator.Quantum;
            return Math.Max(0, (squares - (Reviews * mean * mean)) / (Reviews - 1));
        }
    }

    /// <summary>Gets the share of scored reviews zeroed by a critical category, as counts.</summary>
    public KpiRatio CriticalFailureRate => new(CriticalFailures, Reviews);

    /// <summary>Returns the mean score as a sample for <see cref="FairRanking"/>.</summary>
    /// <param name="id">The agent, team or tier the reviews belong to.</param>
    /// <returns>The sample: count, mean and variance of the review scores (a single review has variance 0).</returns>
    public MeanSample ToSample(string id) => new(id, Reviews, Reviews == 0 ? 0 : MeanScore, Reviews < 2 ? 0 : Variance);

    /// <summary>Returns the result as text, e.g. <c>QA 84.2 % over 12 reviews (1 critical failure)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Reviews == 0
        ? string.Create(CultureInfo.InvariantCulture, $"QA no scored reviews ({NotScored} all N/A)")
        : string.Create(CultureInfo.InvariantCulture, $"QA {MeanScore * 100:0.#} % over {Reviews} reviews ({CriticalFailures} critical failures)");
}
