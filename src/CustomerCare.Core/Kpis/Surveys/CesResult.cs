// The outcome of a CES calculation: counts and sums, with the mean and the easy-band share derived from them.
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Kpis.Surveys;

/// <summary>
/// Customer Effort Score counts on one <see cref="CesScale"/>. Mean = Σ answers / n in scale points (read it
/// with the scale's direction); easy share = answers in the easy band / n, a fraction 0..1. NaN when n = 0.
/// Immutable and thread-safe.
/// </summary>
public readonly record struct CesResult
{
    /// <summary>Creates a result from counts.</summary>
    /// <param name="scale">The scale of the answers.</param>
    /// <param name="count">The number of answers, n.</param>
    /// <param name="easy">The answers in the easy band, 0..n.</param>
    /// <param name="scoreSum">The sum of all answers, between n and n·points.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, <paramref name="easy"/> exceeds n, or the sum is impossible on the scale.</exception>
    public CesResult(CesScale scale, long count, long easy, long scoreSum)
    {
        Preconditions.NonNegative(count, nameof(count));
        Preconditions.NonNegative(easy, nameof(easy));
        if (easy > count)
        {
            Preconditions.ThrowOutOfRange(nameof(easy), easy, $"must not exceed count ({count})");
        }

        if (scoreSum < count || scoreSum > count * scale.Points)
        {
            Preconditions.ThrowOutOfRange(nameof(scoreSum), scoreSum, $"must lie between count and count × {scale.Points}");
        }

        Scale = scale;
        Count = count;
        Easy = easy;
        ScoreSum = scoreSum;
    }

    /// <summary>Gets the scale.</summary>
    public CesScale Scale { get; }

    /// <summary>Gets the number of answers, n.</summary>
    public long Count { get; }

    /// <summary>Gets the number of answers in the easy band.</summary>
    public long Easy { get; }

    /// <summary>Gets the sum of the answers, in scale points.</summary>
    public long ScoreSum { get; }

    /// <summary>Gets the mean answer <c>ScoreSum / Count</c>, 1..Points; NaN when there are no answers. Higher is better only when the scale's direction is <see cref="CesDirection.HigherIsEasier"/>.</summary>
    public double MeanScore => Count == 0 ? double.NaN : (double)ScoreSum / Count;

    /// <summary>Gets the easy-band share <c>Easy / Count</c>, a fraction 0..1; NaN when there are no answers.</summary>
    public double EasyShare => Count == 0 ? double.NaN : (double)Easy / Count;

    /// <summary>Gets the easy-band share as counts.</summary>
    public KpiRatio EasyRatio => new(Easy, Count);
}
