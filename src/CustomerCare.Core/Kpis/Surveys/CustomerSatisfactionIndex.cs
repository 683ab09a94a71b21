// The Customer Satisfaction Index: item means rescaled to 0..100 and combined with importance weights.
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Kpis.Surveys;

/// <summary>
/// Computes a Customer Satisfaction Index (CSI): each item's mean answer is rescaled to 0..1 as
/// <c>(meanᵢ − scaleMinimum) / (scaleMaximum − scaleMinimum)</c>, and
/// <c>CSI = 100 · Σ wᵢ · rescaledᵢ / Σ wᵢ</c>, an index 0..100. Thread-safe, allocation-free.
/// </summary>
public static class CustomerSatisfactionIndex
{
    /// <summary>Computes the index.</summary>
    /// <param name="itemMeans">The mean answer of each item, each within the scale; empty gives NaN.</param>
    /// <param name="weights">The importance weight of each item (same length), each finite and ≥ 0, with a positive sum.</param>
    /// <param name="scaleMinimum">The lowest possible answer (for example 1).</param>
    /// <param name="scaleMaximum">The highest possible answer (for example 10), above <paramref name="scaleMinimum"/>.</param>
    /// <returns>The index 0..100, unrounded; NaN when there are no items.</returns>
    /// <exception cref="ArgumentException">The spans differ in length, or every weight is 0.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The scale is empty or not finite, a mean lies outside the scale, or a weight is negative or not finite (the message names the index).</exception>
    public static double Calculate(ReadOnlySpan<double> itemMeans, ReadOnlySpan<double> weights, double scaleMinimum, double scaleMaximum)
    {
        if (!double.IsFinite(scaleMinimum))
        {
            Preconditions.ThrowOutOfRange(nameof(scaleMinimum), scaleMinimum, "must be a finite number");
        }

        if (!double.IsFinite(scaleMaximum) || scaleMaximum <= scaleMinimum)
        {
            Preconditions.ThrowOutOfRange(nameof(scaleMaximum), scaleMaximum, $"must be finite and above scaleMinimum ({scaleMinimum})");
        }

        if (itemMeans.Length != weights.Length)
        {
            Preconditions.ThrowArgument(nameof(weights), $"weights has {weights.Length} items but itemMeans has {itemMeans.Length}; give one weight per item.");
        }

        if (itemMeans.IsEmpty)
        {
            return double.NaN;
        }

        double weighted = 0, totalWeight = 0;
        var width = scaleMaximum - scaleMinimum;
        for (var i = 0; i < itemMeans.Length; i++)
        {
            var mean = itemMeans[i];
            var weight = weights[i];
            if (!(mean >= scaleMinimum && mean <= scaleMaximum))
            {
                Preconditions.ThrowAt(nameof(itemMeans), i, mean, $"must lie on the scale {scaleMinimum}..{scaleMaximum}");
            }

            if (!(weight >= 0) || double.IsPositiveInfinity(weight))
            {
                Preconditions.ThrowAt(nameof(weights), i, weight, "must be a finite number greater than or equal to 0");
            }

            weighted += weight * (mean - scaleMinimum) / width;
            totalWeight += weight;
        }

        if (totalWeight == 0)
        {
            Preconditions.ThrowArgument(nameof(weights), "weights are all 0; at least one item must carry weight.");
        }

        return 100 * weighted / totalWeight;
    }
}
