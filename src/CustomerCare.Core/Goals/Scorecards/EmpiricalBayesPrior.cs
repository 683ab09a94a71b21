// The group-level quantities an empirical-Bayes ranking estimated from the data, reported with the ranking.
using System.Globalization;

namespace CustomerCare.Core.Goals.Scorecards;

/// <summary>
/// What <see cref="RankingMethod.EmpiricalBayes"/> estimated from the samples: the group mean μ̂ every mean is shrunk
/// toward, the between-agent variance τ̂² (how much agents really differ) and the pooled within-agent variance σ̂².
/// Each mean ȳᵢ of nᵢ observations becomes <c>μ̂ + (1 − Bᵢ)(ȳᵢ − μ̂)</c> with <c>Bᵢ = σ̂² / (σ̂² + nᵢ τ̂²)</c>.
/// <see cref="IsDefined"/> is false when the data cannot estimate them (fewer than two ids with observations, or no id
/// with two observations); the ranking then ranks the raw means and leaves the intervals undefined. Immutable and thread-safe.
/// </summary>
/// <param name="Mean">The group mean μ̂ = Σ nᵢ ȳᵢ / N, the mean of every observation.</param>
/// <param name="BetweenVariance">τ̂² = max(0, (MSB − MSW) / n₀), the one-way ANOVA method-of-moments estimate, clamped at 0.</param>
/// <param name="WithinVariance">σ̂² = MSW = Σ (nᵢ − 1) sᵢ² / (N − k), the pooled within-agent variance.</param>
public readonly record struct EmpiricalBayesPrior(double Mean, double BetweenVariance, double WithinVariance)
{
    /// <summary>Gets a value indicating whether all three quantities are numbers.</summary>
    public bool IsDefined => !double.IsNaN(Mean) && !double.IsNaN(BetweenVariance) && !double.IsNaN(WithinVariance);

    /// <summary>Returns the prior as text, e.g. <c>μ̂ 0.81, τ̂² 0.0021, σ̂² 0.0152</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsDefined
        ? string.Create(CultureInfo.InvariantCulture, $"μ̂ {Mean:0.###}, τ̂² {BetweenVariance:0.#####}, σ̂² {WithinVariance:0.#####}")
        : "not estimable (need two ids with observations and one with at least two)";
}
