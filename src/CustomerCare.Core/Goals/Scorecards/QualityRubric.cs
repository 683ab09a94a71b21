// A validated quality-review rubric: weighted categories on their scales, and the scoring of one review against it.
using System.Globalization;
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Goals.Scorecards;

/// <summary>
/// A quality-assurance rubric as help-desk QA tools use it: weighted categories, each rated on a binary, 3-, 4- or
/// 5-point scale, some critical. <see cref="Evaluate(ReadOnlySpan{RubricRating})"/> scores one review:
/// <list type="bullet">
/// <item>each rated category scores <c>(rating − min)/(max − min)</c>;</item>
/// <item>N/A categories are left out and the weights are renormalised over the rated ones:
/// <c>score = Σ wᵢ sᵢ / Σ wᵢ</c> over rated categories;</item>
/// <item>a rated critical category below its passing rating sets the score to 0 (an N/A critical category does not);</item>
/// <item>a review with every category N/A has no score (NaN) and is counted apart, never as 0.</item>
/// </list>
/// Build with <see cref="QualityRubricBuilder"/>. Immutable and thread-safe.
/// </summary>
public sealed class QualityRubric
{
    private readonly RubricCategory[] _categories;

    internal QualityRubric(string name, RubricCategory[] categories)
    {
        Name = name;
        _categories = categories;
        Categories = Array.AsReadOnly(categories);
    }

    /// <summary>Gets the rubric's name.</summary>
    public string Name { get; }

    /// <summary>Gets the categories in the order they were added, which is the order of the ratings of a review.</summary>
    public IReadOnlyList<RubricCategory> Categories { get; }

    /// <summary>Returns the position of the category named <paramref name="name"/> (ignoring case), or −1.</summary>
    /// <param name="name">A category name.</param>
    /// <returns>The index into <see cref="Categories"/>, or −1 when there is no such category.</returns>
    public int IndexOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        for (var i = 0; i < _categories.Length; i++)
        {
            if (string.Equals(_categories[i].Name, name.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Scores one review. Allocation-free.</summary>
    /// <param name="ratings">One rating per category, in the order of <see cref="Categories"/>; <see cref="RubricRating.NotApplicable"/> leaves a category out.</param>
    /// <returns>The review's score (NaN when every category is N/A; 0 when a rated critical category failed).</returns>
    /// <exception cref="ArgumentException"><paramref name="ratings"/> does not have one rating per category.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A rating lies outside its category's scale; the message names its index, value and category.</exception>
    public QualityReviewScore Evaluate(ReadOnlySpan<RubricRating> ratings)
    {
        if (ratings.Length != _categories.Length)
        {
            Preconditions.ThrowArgument(nameof(ratings), string.Create(CultureInfo.InvariantCulture,
                $"ratings must hold one rating per category of the rubric '{Name}' ({_categories.Length}), in order, with RubricRating.NotApplicable for a category that did not arise; it held {ratings.Length}."));
        }

        double weights = 0;
        double weighted = 0;
        var rated = 0;
        var failed = 0;
        var criticalFailed = false;
        for (var i = 0; i < ratings.Length; i++)
        {
            var rating = ratings[i];
            if (!rating.IsApplicable)
            {
                continue;
            }

            var category = _categories[i];
            if (rating.Value < category.Minimum || rating.Value > category.Maximum)
            {
                Preconditions.ThrowAt(nameof(ratings), i, rating.Value,
                    $"must be a rating from {category.Minimum} to {category.Maximum} for the category '{category.Name}', or RubricRating.NotApplicable");
            }

            rated++;
            weights += category.Weight;
            weighted += category.Weight * category.ScoreOf(rating.Value);
            if (rating.Value < category.PassingRating)
            {
                failed++;
                criticalFailed |= category.IsCritical;
            }
        }

        var score = rated == 0 ? double.NaN : criticalFailed ? 0 : weighted / weights;
        return new QualityReviewScore(score, rated, failed, criticalFailed);
    }

    /// <summary>Returns the rubric as text, e.g. <c>Chat QA: 5 categories, 1 critical</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Name}: {_categories.Length} categories, {_categories.Count(c => c.IsCritical)} critical");
}
