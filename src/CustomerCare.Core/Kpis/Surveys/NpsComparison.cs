// The difference between two independent NPS samples (two months, two teams) and whether it is more than noise.
using System.Globalization;
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Kpis.Surveys;

/// <summary>
/// Compares two independent NPS samples with a z-test on the trinomial variances:
/// difference Δ = NPS₁ − NPS₂ (points), SE = √(Var₁ + Var₂) with each Var = 10,000·(p + d − (p − d)²)/n (<see cref="NpsResult.ScoreVariance"/>),
/// z = Δ/SE and the two-sided p-value P(|Z| ≥ |z|). Immutable and thread-safe.
/// </summary>
public readonly record struct NpsComparison
{
    /// <summary>Compares <paramref name="first"/> with <paramref name="second"/>.</summary>
    /// <param name="first">The first sample (for example this month).</param>
    /// <param name="second">The second sample (for example last month).</param>
    public NpsComparison(NpsResult first, NpsResult second)
    {
        First = first;
        Second = second;
    }

    /// <summary>Gets the first sample.</summary>
    public NpsResult First { get; }

    /// <summary>Gets the second sample.</summary>
    public NpsResult Second { get; }

    /// <summary>Gets Δ = first score − second score, in points (−200..200); NaN when either sample is empty.</summary>
    public double Difference => First.Score - Second.Score;

    /// <summary>Gets the standard error of the difference, √(Var₁ + Var₂), in points; NaN when either sample is empty.</summary>
    public double StandardError => Math.Sqrt(First.ScoreVariance + Second.ScoreVariance);

    /// <summary>Gets z = Δ/SE; ±∞ when SE is 0 and Δ is not; NaN when both are 0 or a sample is empty.</summary>
    public double Z => Difference / StandardError;

    /// <summary>Gets the two-sided p-value of the hypothesis "no difference", 0..1; NaN when <see cref="Z"/> is NaN.</summary>
    public double PValue => NormalDistribution.TwoSidedPValue(Z);

    /// <summary>Returns the Wald interval Δ ± z·SE of the difference, in points.</summary>
    /// <param name="confidence">The confidence level, strictly between 0 and 1.</param>
    /// <returns>The interval; undefined when either sample is empty.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is outside (0, 1).</exception>
    public KpiInterval ConfidenceInterval(double confidence = 0.95)
    {
        // Stryker disable once Statement : the KpiInterval built below checks confidence with the same name and message, and nothing before it throws
        Preconditions.Confidence(confidence);

        // Stryker disable once Logical,Block : a shortcut; with an empty sample the formula gives NaN bounds, centre and half-width, the same undefined interval
        if (First.Count == 0 || Second.Count == 0)
        {
            return KpiInterval.Undefined(confidence);
        }

        var half = NormalDistribution.TwoSidedCritical(confidence) * StandardError;
        var difference = Difference;
        return new KpiInterval(difference - half, difference + half, confidence, difference, half);
    }

    /// <summary>Returns the comparison as <c>ΔNPS 12.0 (95 % CI -3.1 – 27.1, p = 0.118)</c> (invariant culture).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(CultureInfo.InvariantCulture);

    /// <summary>Returns the comparison as <c>ΔNPS 12.0 (95 % CI -3.1 – 27.1, p = 0.118)</c>.</summary>
    /// <param name="provider">The culture for numbers; null for the current culture.</param>
    /// <returns>The text.</returns>
    public string ToString(IFormatProvider? provider) =>
        $"ΔNPS {KpiText.OneDecimal(Difference, provider)} ({KpiText.Interval(ConfidenceInterval(), 1, "0.0", "", provider)}, p = {KpiText.Number(PValue, provider)})";
}
