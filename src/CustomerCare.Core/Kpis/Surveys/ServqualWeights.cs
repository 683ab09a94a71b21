// Importance weights of the five SERVQUAL dimensions (for example the 100 points customers allocate).
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Kpis.Surveys;

/// <summary>
/// Importance weights of the five dimensions, each finite and ≥ 0 with a positive sum; they need not sum to 100
/// (they are normalised). Immutable and thread-safe.
/// </summary>
public readonly record struct ServqualWeights
{
    /// <summary>Creates weights.</summary>
    /// <param name="tangibles">Weight of tangibles.</param>
    /// <param name="reliability">Weight of reliability.</param>
    /// <param name="responsiveness">Weight of responsiveness.</param>
    /// <param name="assurance">Weight of assurance.</param>
    /// <param name="empathy">Weight of empathy.</param>
    /// <exception cref="ArgumentOutOfRangeException">A weight is negative or not finite.</exception>
    /// <exception cref="ArgumentException">Every weight is 0.</exception>
    public ServqualWeights(double tangibles, double reliability, double responsiveness, double assurance, double empathy)
    {
        Check(tangibles, nameof(tangibles));
        Check(reliability, nameof(reliability));
        Check(responsiveness, nameof(responsiveness));
        Check(assurance, nameof(assurance));
        Check(empathy, nameof(empathy));
        if (tangibles + reliability + responsiveness + assurance + empathy == 0)
        {
            Preconditions.ThrowArgument(nameof(empathy), "all five weights are 0; at least one dimension must carry weight.");
        }

        Tangibles = tangibles;
        Reliability = reliability;
        Responsiveness = responsiveness;
        Assurance = assurance;
        Empathy = empathy;
    }

    /// <summary>Gets the weight of tangibles.</summary>
    public double Tangibles { get; }

    /// <summary>Gets the weight of reliability.</summary>
    public double Reliability { get; }

    /// <summary>Gets the weight of responsiveness.</summary>
    public double Responsiveness { get; }

    /// <summary>Gets the weight of assurance.</summary>
    public double Assurance { get; }

    /// <summary>Gets the weight of empathy.</summary>
    public double Empathy { get; }

    internal double Total => Tangibles + Reliability + Responsiveness + Assurance + Empathy;

    private static void Check(double weight, string name)
    {
        if (!(weight >= 0) || double.IsPositiveInfinity(weight))
        {
            Preconditions.ThrowOutOfRange(name, weight, "must be a finite number greater than or equal to 0");
        }
    }
}
