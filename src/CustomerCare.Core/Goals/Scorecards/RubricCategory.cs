// One weighted category of a quality-review rubric: its scale, weight, pass mark and whether failing it fails the review.
using System.Globalization;

namespace CustomerCare.Core.Goals.Scorecards;

/// <summary>
/// A category of a <see cref="QualityRubric"/> ("Greeting", "Correct solution", "GDPR check"). A rating scores
/// <c>(rating − <see cref="Minimum"/>) / (<see cref="Maximum"/> − <see cref="Minimum"/>)</c>; it passes when it is at
/// least <see cref="PassingRating"/>. A failed <see cref="IsCritical"/> category sets the whole review's score to 0.
/// Instances come from <see cref="QualityRubricBuilder"/>. Immutable and thread-safe.
/// </summary>
public sealed class RubricCategory
{
    internal RubricCategory(string name, RubricScale scale, double weight, bool isCritical, byte passingRating)
    {
        Name = name;
        Scale = scale;
        Weight = weight;
        IsCritical = isCritical;
        PassingRating = passingRating;
        Minimum = MinimumOf(scale);
        Maximum = MaximumOf(scale);
    }

    /// <summary>Gets the category's name, unique in its rubric (ignoring case).</summary>
    public string Name { get; }

    /// <summary>Gets the rating scale.</summary>
    public RubricScale Scale { get; }

    /// <summary>Gets the weight, a finite number above 0; weights are relative (they need not sum to 1 or 100).</summary>
    public double Weight { get; }

    /// <summary>Gets a value indicating whether failing this category sets the whole review's score to 0.</summary>
    public bool IsCritical { get; }

    /// <summary>Gets the lowest rating that passes (above <see cref="Minimum"/>, at most <see cref="Maximum"/>).</summary>
    public byte PassingRating { get; }

    /// <summary>Gets the lowest rating of the scale (0 for <see cref="RubricScale.Binary"/>, otherwise 1).</summary>
    public byte Minimum { get; }

    /// <summary>Gets the highest rating of the scale (1, 3, 4 or 5).</summary>
    public byte Maximum { get; }

    /// <summary>Returns the category as text, e.g. <c>Correct solution (5-point, weight 3, critical)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Name} ({ScaleName(Scale)}, weight {Weight}{(IsCritical ? ", critical" : string.Empty)})");

    internal double ScoreOf(byte rating) => (double)(rating - Minimum) / (Maximum - Minimum);

    internal static bool IsDefined(RubricScale scale) => scale is >= RubricScale.Binary and <= RubricScale.FivePoint;

    internal static byte MinimumOf(RubricScale scale) => scale == RubricScale.Binary ? (byte)0 : (byte)1;

    internal static byte MaximumOf(RubricScale scale) => scale switch
    {
        RubricScale.Binary => 1,
        RubricScale.ThreePoint => 3,
        RubricScale.FourPoint => 4,
        _ => 5,
    };

    // The default pass mark is the lowest rating scoring at least one half: pass on binary, 2 of 3, 3 of 4, 3 of 5.
    internal static byte DefaultPassingRating(RubricScale scale) => scale switch
    {
        RubricScale.Binary => 1,
        RubricScale.ThreePoint => 2,
        _ => 3,
    };

    private static string ScaleName(RubricScale scale) => scale == RubricScale.Binary ? "binary" : $"{MaximumOf(scale)}-point";
}
