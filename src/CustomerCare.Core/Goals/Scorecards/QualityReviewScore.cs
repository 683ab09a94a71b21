// The score of one quality review under a rubric: the weighted category score, or 0 when a critical category failed.
using System.Globalization;

namespace CustomerCare.Core.Goals.Scorecards;

/// <summary>
/// The outcome of <see cref="QualityRubric.Evaluate(ReadOnlySpan{RubricRating})"/> for one review. With the rated
/// (not N/A) categories i, weights wᵢ and category scores sᵢ = (ratingᵢ − min)/(max − min):
/// <c>Score = Σ wᵢ sᵢ / Σ wᵢ</c> over the rated categories only (the weights are renormalised over what was rated),
/// and 0 when a rated critical category failed. NaN when every category was N/A (<see cref="IsScored"/> is false).
/// Immutable and thread-safe; <c>default</c> is an unscored review.
/// </summary>
public readonly record struct QualityReviewScore
{
    private readonly double _score;

    internal QualityReviewScore(double score, int rated, int failed, bool criticalFailed)
    {
        _score = rated == 0 ? 0 : score; // stored as 0 when unscored, so that equality is field-wise; Score reports NaN
        Rated = rated;
        Failed = failed;
        CriticalFailed = criticalFailed;
    }

    /// <summary>Gets the score, a fraction 0..1, unrounded; NaN when no category was rated.</summary>
    public double Score => Rated == 0 ? double.NaN : _score;

    /// <summary>Gets the number of rated categories (not N/A).</summary>
    public int Rated { get; }

    /// <summary>Gets the number of rated categories below their passing rating.</summary>
    public int Failed { get; }

    /// <summary>Gets a value indicating whether a critical category failed, which sets <see cref="Score"/> to 0.</summary>
    public bool CriticalFailed { get; }

    /// <summary>Gets a value indicating whether at least one category was rated, so that <see cref="Score"/> is a number.</summary>
    public bool IsScored => Rated > 0;

    /// <summary>Returns the review as text, e.g. <c>82.5 % (4 rated, 1 failed)</c> or <c>0 % (critical failed)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => !IsScored
        ? "not scored (every category N/A)"
        : string.Create(CultureInfo.InvariantCulture, $"{Score * 100:0.##} % ({Rated} rated, {Failed} failed{(CriticalFailed ? ", critical failed" : string.Empty)})");
}
