// SERVQUAL gap scores per dimension and overall.
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
    public double WeightedOverall(ServqualWeights weights) =>
        ((weights.Tangibles * Tangibles) + (weights.Reliability * Reliability) + (weights.Responsiveness * Responsiveness)
            + (weights.Assurance * Assurance) + (weights.Empathy * Empathy)) / weights.Total;
}
