// Running quality-review scores for an agent, team or period: counts and fixed-point sums that merge exactly.
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Goals.Scorecards;

/// <summary>
/// Accumulates <see cref="QualityReviewScore"/>s so that the period score is the mean over <em>all</em> scored
/// reviews of the period, <c>Σ scores / reviews</c>, never a mean of daily means: days, shards and agents merge by
/// adding counts and sums. Each review's score is held as an integer number of 2⁻⁵² steps (≈2.2·10⁻¹⁶, the precision
/// of a double near 1), so sums are integers and merging is exact, associative and commutative in any order.
/// Reviews with every category N/A are counted in <see cref="QualityReviewResult.NotScored"/> and left out of the mean.
/// <c>default</c> is empty. A mutable struct: not thread-safe; give each thread its own and merge.
/// </summary>
[MutableByDesign("A struct accumulator updated in place on hot paths; each thread keeps its own and merges.")]
public struct QualityReviewAccumulator
{
    internal const double Quantum = 4503599627370496.0; // 2^52 steps per unit score

    private long _reviews;
    private long _notScored;
    private long _criticalFailures;
    private Int128 _sum;
    private Int128 _sumOfSquares;

    /// <summary>Gets the number of reviews added, scored or not.</summary>
    public readonly long Count => _reviews + _notScored;

    /// <summary>Gets the result so far.</summary>
    public readonly QualityReviewResult Result => new(_reviews, _notScored, _criticalFailures, _sum, _sumOfSquares);

    /// <summary>Adds one review.</summary>
    /// <param name="review">A review scored by <see cref="QualityRubric.Evaluate(ReadOnlySpan{RubricRating})"/>.</param>
    public void Add(QualityReviewScore review)
    {
        if (!review.IsScored)
        {
            _notScored++;
            return;
        }

        var steps = (long)Math.Round(review.Score * Quantum);
        _reviews++;
        _criticalFailures += review.CriticalFailed ? 1 : 0;
        _sum += steps;
        _sumOfSquares += ((Int128)steps * steps) >> 52;
    }

    /// <summary>Adds every review of <paramref name="reviews"/>.</summary>
    /// <param name="reviews">Scored reviews.</param>
    public void Add(ReadOnlySpan<QualityReviewScore> reviews)
    {
        foreach (var review in reviews)
        {
            Add(review);
        }
    }

    /// <summary>Adds the counts and sums of <paramref name="other"/> (exact, associative and commutative).</summary>
    /// <param name="other">Another accumulator.</param>
    public void Merge(in QualityReviewAccumulator other)
    {
        _reviews += other._reviews;
        _notScored += other._notScored;
        _criticalFailures += other._criticalFailures;
        _sum += other._sum;
        _sumOfSquares += other._sumOfSquares;
    }
}
