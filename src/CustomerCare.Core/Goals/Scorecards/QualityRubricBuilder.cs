// Assembles and validates a QualityRubric; every mistake is reported by Build, together, with what to fix.
using System.Globalization;
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Goals.Scorecards;

/// <summary>
/// Builds an immutable <see cref="QualityRubric"/>. <see cref="Build"/> rejects, in one
/// <see cref="InvalidOperationException"/> listing every problem: a blank rubric name, no categories, blank or
/// duplicate category names (ignoring case), weights that are not finite numbers above 0, undefined scales, and
/// passing ratings that are not above the scale's minimum and at most its maximum.
/// </summary>
/// <remarks>Not thread-safe; use one builder on one thread. <see cref="Build"/> may be called once.</remarks>
[MutableByDesign("A builder; it produces an immutable QualityRubric and refuses reuse after Build.")]
public sealed class QualityRubricBuilder
{
    private readonly string _name;
    private readonly List<(string Name, RubricScale Scale, double Weight, bool Critical, byte? Passing)> _categories = [];
    private bool _built;

    /// <summary>Starts a rubric.</summary>
    /// <param name="name">The rubric's name (checked by <see cref="Build"/>: not blank).</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public QualityRubricBuilder(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        _name = name;
    }

    /// <summary>Adds a category; reviews rate categories in the order they are added.</summary>
    /// <param name="name">The category's name, unique in the rubric ignoring case.</param>
    /// <param name="scale">The rating scale.</param>
    /// <param name="weight">The relative weight, a finite number above 0 (default 1).</param>
    /// <param name="critical">True when failing this category sets the whole review's score to 0.</param>
    /// <param name="passingRating">The lowest passing rating; null for the scale's default, the lowest rating scoring at
    /// least one half (pass on binary, 2 of 3, 3 of 4, 3 of 5).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public QualityRubricBuilder AddCategory(string name, RubricScale scale, double weight = 1, bool critical = false, byte? passingRating = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        _categories.Add((name.Trim(), scale, weight, critical, passingRating));
        return this;
    }

    /// <summary>Builds and validates the rubric.</summary>
    /// <returns>The immutable rubric.</returns>
    /// <exception cref="InvalidOperationException">The definition is invalid (the message lists every problem and its fix), or the builder was already used.</exception>
    public QualityRubric Build()
    {
        if (_built)
        {
            Preconditions.ThrowInvalidOperation("This QualityRubricBuilder was already built; start a new one.");
        }

        _built = true;
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(_name))
        {
            errors.Add("The rubric name is blank: give the rubric a name.");
        }

        if (_categories.Count == 0)
        {
            errors.Add("The rubric has no categories: add at least one with AddCategory.");
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var categories = new RubricCategory[_categories.Count];
        for (var i = 0; i < _categories.Count; i++)
        {
            var (name, scale, weight, critical, passing) = _categories[i];
            var at = string.Create(CultureInfo.InvariantCulture, $"Category {i + 1} '{name}'");
            if (name.Length == 0)
            {
                errors.Add($"{at} has a blank name: name every category.");
            }
            else if (!seen.Add(name))
            {
                errors.Add($"{at} repeats a category name (names are compared ignoring case): give each category its own name.");
            }

            if (!(weight > 0) || double.IsPositiveInfinity(weight))
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"{at} has the weight {weight}: a weight must be a finite number above 0 (leave a category out instead of weighting it 0)."));
            }

            if (!RubricCategory.IsDefined(scale))
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"{at} has the undefined scale {(int)scale}: use Binary, ThreePoint, FourPoint or FivePoint."));
                continue;
            }

            var minimum = RubricCategory.MinimumOf(scale);
            var maximum = RubricCategory.MaximumOf(scale);
            var pass = passing ?? RubricCategory.DefaultPassingRating(scale);
            if (pass <= minimum || pass > maximum)
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{at} has the passing rating {pass}: on its scale ({minimum}–{maximum}) it must lie from {minimum + 1} to {maximum}, so that the lowest rating fails and the highest passes."));
            }

            categories[i] = new RubricCategory(name, scale, weight, critical, pass);
        }

        if (errors.Count > 0)
        {
            Preconditions.ThrowInvalidOperation($"The quality rubric '{_name}' is invalid:{Environment.NewLine}- {string.Join(Environment.NewLine + "- ", errors)}");
        }

        return new QualityRubric(_name.Trim(), categories);
    }
}
