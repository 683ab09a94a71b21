// The rating scales a quality-review rubric category can use, as help-desk QA tools offer them.
namespace CustomerCare.Core.Goals.Scorecards;

/// <summary>
/// The rating scale of a <see cref="RubricCategory"/>. A rating r on a scale from min to max scores
/// <c>(r − min) / (max − min)</c>, a fraction 0..1.
/// </summary>
public enum RubricScale
{
    /// <summary>Fail or pass: ratings 0 (fail) and 1 (pass); scores 0 and 1.</summary>
    Binary = 1,

    /// <summary>Ratings 1–3; scores 0, 0.5 and 1.</summary>
    ThreePoint,

    /// <summary>Ratings 1–4; scores 0, ⅓, ⅔ and 1.</summary>
    FourPoint,

    /// <summary>Ratings 1–5; scores 0, 0.25, 0.5, 0.75 and 1.</summary>
    FivePoint,
}
