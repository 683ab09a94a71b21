// The outcome of a CSAT calculation: counts and sums, with the top-box share, mean and Wilson interval derived from them.
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Kpis.Surveys;

/// <summary>
/// CSAT counts for one <see cref="CsatScale"/>. With n answers, s satisfied answers (at or above the threshold)
/// and Σ the sum of answers: top-box share = s/n (a fraction 0..1), mean = Σ/n (scale points). NaN when n = 0.
/// Immutable and thread-safe.
/// </summary>
public readonly record struct CsatResult
{
    /// <summary>Creates a result from counts (for example from another system's tallies).</summary>
    /// <param name="scale">The scale the answers were given on.</param>
    /// <param name="count">The number of answers, n.</param>
    /// <param name="satisfied">The answers at or above the satisfied threshold, 0..n.</param>
    /// <param name="scoreSum">The sum of all answers, between n·minimum and n·maximum.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, <paramref name="satisfied"/> exceeds n, or the sum is impossible on the scale.</exception>
    public CsatResult(CsatScale scale, long count, long satisfied, long scoreSum)
    {
        Preconditions.NonNegative(count, nameof(count));
        Preconditions.NonNegative(satisfied, nameof(satisfied));
        if (satisfied > count)
        {
            Preconditions.ThrowOutOfRange(nameof(satisfied), satisfied, $"must not exceed count ({count})");
        }

        if (scoreSum < count * scale.Minimum || scoreSum > count * scale.Maximum)
        {
            Preconditions.ThrowOutOfRange(nameof(scoreSum), scoreSum, $"must lie between count × {scale.Minimum} and count × {scale.Maximum}");
        }

        Scale = scale;
        Count = count;
        Satisfied = satisfied;
        ScoreSum = scoreSum;
    }

    /// <summary>Gets the scale.</summary>
    public CsatScale Scale { get; }

    /// <summary>Gets the number of answers, n.</summary>
    public long Count { get; }

    /// <summary>Gets the number of satisfied answers (at or above <see cref="CsatScale.SatisfiedThreshold"/>).</summary>
    public long Satisfied { get; }

    /// <summary>Gets the sum of the answers, in scale points.</summary>
    public long ScoreSum { get; }

    /// <summary>Gets the top-box share <c>Satisfied / Count</c>, a fraction 0..1; NaN when there are no answers.</summary>
    public double TopBoxShare => Count == 0 ? double.NaN : (double)Satisfied / Count;

    /// <summary>Gets the top-box share as counts, for exact merging and <see cref="KpiRatio.Percent"/>.</summary>
    public KpiRatio TopBox => new(Satisfied, Count);

    /// <summary>Gets the mean answer <c>ScoreSum / Count</c> in scale points; NaN when there are no answers.</summary>
    public double MeanScore => Count == 0 ? double.NaN : (double)ScoreSum / Count;

    /// <summary>Returns the Wilson score interval of the top-box share (see <see cref="KpiRatio.WilsonInterval(double)"/>).</summary>
    /// <param name="confidence">The confidence level, strictly between 0 and 1.</param>
    /// <returns>The interval as fractions; undefined when there are no answers.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is outside (0, 1).</exception>
    public KpiInterval WilsonInterval(double confidence = 0.95) => KpiRatio.Wilson(Satisfied, Count, confidence);
}
