// Customer Satisfaction Indices: the rescaled 0–100 index (ACSI style) and ten times the weighted mean (UKCSI style).
using System.Globalization;
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Kpis.Surveys;

/// <summary>
/// Computes a Customer Satisfaction Index (CSI) from item means and importance weights, in one of two named forms.
/// <list type="bullet">
/// <item><description><see cref="CalculateRescaled"/> (ACSI style): each item mean is rescaled to 0..1 as
/// <c>(meanᵢ − scaleMinimum) / (scaleMaximum − scaleMinimum)</c> and <c>CSI = 100 · Σ wᵢ · rescaledᵢ / Σ wᵢ</c>, 0..100
/// whatever the scale (a 1–10 mean of 8 gives 77.8).</description></item>
/// <item><description><see cref="CalculateTenPoint"/> (UKCSI style): <c>CSI = 10 · Σ wᵢ · meanᵢ / Σ wᵢ</c> on a 1–10 scale,
/// 10..100 (a 1–10 mean of 8 gives 80).</description></item>
/// </list>
/// Weights need not sum to 1 (they are normalised). Thread-safe, allocation-free.
/// </summary>
public static class CustomerSatisfactionIndex
{
    /// <summary>Computes the rescaled (ACSI-style) index, 0..100.</summary>
    /// <param name="itemMeans">The mean answer of each item, each within the scale; empty gives NaN.</param>
    /// <param name="weights">The importance weight of each item (same length), each finite and ≥ 0, with a positive sum.</param>
    /// <param name="scaleMinimum">The lowest possible answer (for example 1), finite.</param>
    /// <param name="scaleMaximum">The highest possible answer (for example 10), finite and above <paramref name="scaleMinimum"/>.</param>
    /// <returns>The index 0..100, unrounded; NaN when there are no items. Exact for any finite scale bounds (the width is never formed as one overflowing number).</returns>
    /// <exception cref="ArgumentException">The spans differ in length, or every weight is 0.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The scale is empty or not finite, a mean lies outside the scale, or a weight is negative or not finite (the message names the index).</exception>
    public static double CalculateRescaled(ReadOnlySpan<double> itemMeans, ReadOnlySpan<double> weights, double scaleMinimum, double scaleMaximum)
    {
        if (!double.IsFinite(scaleMinimum))
        {
            Preconditions.ThrowOutOfRange(nameof(scaleMinimum), scaleMinimum, "must be a finite number");
        }

        if (!double.IsFinite(scaleMaximum) || scaleMaximum <= scaleMinimum)
        {
            Preconditions.ThrowOutOfRange(nameof(scaleMaximum), scaleMaximum, $"must be finite and above scaleMinimum ({scaleMinimum.ToString(CultureInfo.InvariantCulture)})");
        }

        // Halves are exact and their difference cannot overflow, so ±1e308 bounds work.
        var halfMinimum = scaleMinimum / 2;
        var halfWidth = (scaleMaximum / 2) - halfMinimum;
        return 100 * WeightedMean(itemMeans, weights, scaleMinimum, scaleMaximum, halfMinimum, halfWidth);
    }

    /// <summary>Computes the ten-point (UKCSI-style) index, <c>10 · Σ wᵢ · meanᵢ / Σ wᵢ</c> on a 1–10 scale, 10..100.</summary>
    /// <param name="itemMeans">The mean answer of each item on the 1–10 scale; empty gives NaN.</param>
    /// <param name="weights">The importance weight of each item (same length), each finite and ≥ 0, with a positive sum.</param>
    /// <returns>The index 10..100, unrounded; NaN when there are no items.</returns>
    /// <exception cref="ArgumentException">The spans differ in length, or every weight is 0.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A mean lies outside 1..10, or a weight is negative or not finite (the message names the index).</exception>
    public static double CalculateTenPoint(ReadOnlySpan<double> itemMeans, ReadOnlySpan<double> weights) =>
        10 * WeightedMean(itemMeans, weights, 1, 10, 0, 0.5);

    // Σ wᵢ·(meanᵢ/2 − halfMinimum)/halfWidth / Σ wᵢ after validating every input.
    private static double WeightedMean(ReadOnlySpan<double> itemMeans, ReadOnlySpan<double> weights, double scaleMinimum, double scaleMaximum, double halfMinimum, double halfWidth)
    {
        if (itemMeans.Length != weights.Length)
        {
            Preconditions.ThrowArgument(nameof(weights), $"weights has {weights.Length} items but itemMeans has {itemMeans.Length}; give one weight per item.");
        }

        if (itemMeans.IsEmpty)
        {
            return double.NaN;
        }

        double weighted = 0, totalWeight = 0;
        for (var i = 0; i < itemMeans.Length; i++)
        {
            var mean = itemMeans[i];
            var weight = weights[i];
            if (!(mean >= scaleMinimum && mean <= scaleMaximum))
            {
                Preconditions.ThrowAt(nameof(itemMeans), i, mean, $"must lie on the scale {scaleMinimum.ToString(CultureInfo.InvariantCulture)}..{scaleMaximum.ToString(CultureInfo.InvariantCulture)}");
            }

            if (!(weight >= 0) || double.IsPositiveInfinity(weight))
            {
                Preconditions.ThrowAt(nameof(weights), i, weight, "must be a finite number greater than or equal to 0");
            }

            weighted += weight * (((mean / 2) - halfMinimum) / halfWidth);
            totalWeight += weight;
        }

        if (totalWeight == 0)
        {
            Preconditions.ThrowArgument(nameof(weights), "weights are all 0; at least one item must carry weight.");
        }

        return weighted / totalWeight;
    }
}
