// SERVQUAL gap scores per dimension and overall.
using System.Globalization;
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Kpis.Surveys;

/// <summary>
/// SERVQUAL gaps (perception − expectation, in answer points; negative means expectations are not met): the mean
/// item gap of each dimension, their unweighted mean, and an importance-weighted mean. NaN when no respondent was
/// added. Immutable and thread-safe.
/// </summary>
public readonly record struct ServqualResult
{
    internal ServqualResult(double tangibles, double reliability, double responsiveness, double assurance, double empathy)
    {
        Tangibles = tangibles;
        Reliability = reliability;
        Responsiveness = responsiveness;
        Assurance = assurance;
        Empathy = empathy;
    }

    /// <summary>Creates a result from per-dimension gaps computed elsewhere (for example a warehouse's per-dimension means of perception − expectation).</summary>
    /// <param name="tangibles">The tangibles gap, finite.</param>
    /// <param name="reliability">The reliability gap, finite.</param>
    /// <param name="responsiveness">The responsiveness gap, finite.</param>
    /// <param name="assurance">The assurance gap, finite.</param>
    /// <param name="empathy">The empathy gap, finite.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A gap is NaN or infinite.</exception>
    public static ServqualResult FromDimensionGaps(double tangibles, double reliability, double responsiveness, double assurance, double empathy)
    {
        Preconditions.Finite(tangibles);
        Preconditions.Finite(reliability);
        Preconditions.Finite(responsiveness);
        Preconditions.Finite(assurance);
        Preconditions.Finite(empathy);
        return new(tangibles, reliability, responsiveness, assurance, empathy);
    }

    /// <summary>Gets the tangibles gap.</summary>
    public double Tangibles { get; }

    /// <summary>Gets the reliability gap.</summary>
    public double Reliability { get; }

    /// <summary>Gets the responsiveness gap.</summary>
    public double Responsiveness { get; }

    /// <summary>Gets the assurance gap.</summary>
    public double Assurance { get; }

    /// <summary>Gets the empathy gap.</summary>
    public double Empathy { get; }

    /// <summary>Gets the unweighted overall gap, the mean of the five dimension gaps.</summary>
    public double UnweightedOverall => (Tangibles + Reliability + Responsiveness + Assurance + Empathy) / 5;

    /// <summary>Returns the gap of one dimension.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <returns>Its gap.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dimension"/> is not defined.</exception>
    public double Gap(ServqualDimension dimension)
    {
        Preconditions.Defined(dimension, "must be a defined ServqualDimension");
        return dimension switch
        {
            ServqualDimension.Tangibles => Tangibles,
            ServqualDimension.Reliability => Reliability,
            ServqualDimension.Responsiveness => Responsiveness,
            ServqualDimension.Assurance => Assurance,
            _ => Empathy,
        };
    }

    /// <summary>Returns the importance-weighted overall gap, Σ w_d·gap_d / Σ w_d.</summary>
    /// <param name="weights">The dimension weights.</param>
    /// <returns>The weighted gap.</returns>
    /// <exception cref="ArgumentException"><paramref name="weights"/> is <c>default</c> (every weight 0).</exception>
    public double WeightedOverall(ServqualWeights weights)
    {
        if (weights.Total == 0)
        {
            Preconditions.ThrowArgument(nameof(weights), "weights is default(ServqualWeights) and carries no weight; create it with new ServqualWeights(...).");
        }

        return ((weights.Tangibles * Tangibles) + (weights.Reliability * Reliability) + (weights.Responsiveness * Responsiveness)
            + (weights.Assurance * Assurance) + (weights.Empathy * Empathy)) / weights.Total;
    }

    /// <summary>Returns the gaps as <c>SERVQUAL gap -0.62 (T -0.5, Rel -1.1, Resp -0.75, A -0.25, E -0.5)</c> (invariant culture).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(CultureInfo.InvariantCulture);

    /// <summary>Returns the gaps as <c>SERVQUAL gap -0.62 (T -0.5, Rel -1.1, Resp -0.75, A -0.25, E -0.5)</c>.</summary>
    /// <param name="provider">The culture for numbers; null for the current culture.</param>
    /// <returns>The text.</returns>
    public string ToString(IFormatProvider? provider) =>
        $"SERVQUAL gap {KpiText.Number(UnweightedOverall, provider)} (T {KpiText.Number(Tangibles, provider)}, Rel {KpiText.Number(Reliability, provider)}, Resp {KpiText.Number(Responsiveness, provider)}, A {KpiText.Number(Assurance, provider)}, E {KpiText.Number(Empathy, provider)})";
}
