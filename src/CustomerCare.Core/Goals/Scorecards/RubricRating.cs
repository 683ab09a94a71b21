// One answer of a quality review: a rating on the category's scale, or not applicable.
using System.Globalization;

namespace CustomerCare.Core.Goals.Scorecards;

/// <summary>
/// The rating a reviewer gave one <see cref="RubricCategory"/>, or <see cref="NotApplicable"/> (the category did not
/// arise in the conversation; it is left out of the review's score). <c>default</c> is <see cref="NotApplicable"/>.
/// Immutable and thread-safe.
/// </summary>
public readonly record struct RubricRating
{
    private RubricRating(byte value)
    {
        Value = value;
        IsApplicable = true;
    }

    /// <summary>Gets the rating "not applicable": the category is excluded and the weights of the others are renormalised.</summary>
    public static RubricRating NotApplicable => default;

    /// <summary>Gets a value indicating whether the category was rated (false for <see cref="NotApplicable"/>).</summary>
    public bool IsApplicable { get; }

    /// <summary>Gets the rating; 0 for <see cref="NotApplicable"/> (check <see cref="IsApplicable"/> first).</summary>
    public byte Value { get; }

    /// <summary>Returns a rating on a category's scale (checked against the scale when the review is scored).</summary>
    /// <param name="rating">The rating.</param>
    /// <returns>The rating.</returns>
    public static RubricRating Of(byte rating) => new(rating);

    /// <summary>Returns the rating as text: the number, or <c>N/A</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsApplicable ? Value.ToString(CultureInfo.InvariantCulture) : "N/A";
}
