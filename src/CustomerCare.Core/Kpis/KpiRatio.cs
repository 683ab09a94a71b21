// A count-based rate kept as numerator and denominator, so that it merges exactly and an empty base stays undefined.
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Kpis;

/// <summary>
/// A rate as the two counts it is made of. <see cref="Value"/> is the fraction <c>Numerator / Denominator</c>
/// (0..1 for a proportion; a rate such as complaints per customer may exceed 1); it is NaN when the
/// denominator is 0, because a rate over nothing is undefined, not 0. Keeping the counts (never the
/// fraction) is what makes rates of days, queues or shards add up exactly: add numerators and denominators.
/// Immutable and thread-safe.
/// </summary>
public readonly record struct KpiRatio
{
    /// <summary>Creates a rate from its counts.</summary>
    /// <param name="numerator">The counted events, 0 or more.</param>
    /// <param name="denominator">The base, 0 or more; 0 makes the rate undefined.</param>
    /// <exception cref="ArgumentOutOfRangeException">Either count is negative.</exception>
    public KpiRatio(long numerator, long denominator)
    {
        Preconditions.NonNegative(numerator, nameof(numerator));
        Preconditions.NonNegative(denominator, nameof(denominator));
        Numerator = numerator;
        Denominator = denominator;
    }

    /// <summary>Gets the numerator (the counted events).</summary>
    public long Numerator { get; }

    /// <summary>Gets the denominator (the base).</summary>
    public long Denominator { get; }

    /// <summary>Gets a value indicating whether the denominator is positive, so that <see cref="Value"/> is a number.</summary>
    public bool IsDefined => Denominator != 0;

    /// <summary>Gets the rate as a fraction, <c>Numerator / Denominator</c>, unrounded; NaN when the denominator is 0.</summary>
    public double Value => Denominator == 0 ? double.NaN : (double)Numerator / Denominator;

    /// <summary>Gets the rate in per cent, <c>100 · Value</c> (a presentation helper; the library's convention is the fraction).</summary>
    public double Percent => Value * 100;

    /// <summary>Gets the rate per 1,000, <c>1000 · Value</c> (how complaint rates are often quoted).</summary>
    public double PerThousand => Value * 1000;

    /// <summary>Gets the rate as a fraction when it is defined.</summary>
    /// <param name="value">The fraction, or NaN when the denominator is 0.</param>
    /// <returns>True when the denominator is positive.</returns>
    public bool TryGetValue(out double value)
    {
        value = Value;
        return Denominator != 0;
    }

    /// <summary>
    /// Returns the Wilson score interval of the proportion: with p̂ = x/n and z the two-sided critical value,
    /// centre = (p̂ + z²/2n)/(1 + z²/n) and half-width = z·√(p̂(1−p̂)/n + z²/4n²)/(1 + z²/n).
    /// Unlike the Wald interval it stays within 0..1 and behaves at 0 % and 100 %.
    /// </summary>
    /// <param name="confidence">The confidence level, strictly between 0 and 1 (0.95 for 95 %).</param>
    /// <returns>The interval as fractions; undefined (NaN) when the denominator is 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is outside (0, 1).</exception>
    /// <exception cref="InvalidOperationException">The numerator exceeds the denominator, so the rate is not a proportion.</exception>
    public KpiInterval WilsonInterval(double confidence = 0.95) => Wilson(Numerator, Denominator, confidence);

    /// <summary>Returns the sum of two rates of the same KPI: numerators and denominators added (an exact merge).</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>The combined rate.</returns>
    public static KpiRatio operator +(KpiRatio left, KpiRatio right) => Add(left, right);

    /// <summary>Returns the sum of two rates of the same KPI: numerators and denominators added (an exact merge).</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>The combined rate.</returns>
    public static KpiRatio Add(KpiRatio left, KpiRatio right) =>
        new(checked(left.Numerator + right.Numerator), checked(left.Denominator + right.Denominator));

    internal static KpiInterval Wilson(long successes, long trials, double confidence)
    {
        Preconditions.Confidence(confidence);
        if (successes > trials)
        {
            Preconditions.ThrowInvalidOperation(
                $"A Wilson interval needs a proportion, but the numerator ({successes}) exceeds the denominator ({trials}).");
        }

        if (trials == 0)
        {
            return KpiInterval.Undefined(confidence);
        }

        var z = NormalDistribution.TwoSidedCritical(confidence);
        double n = trials;
        var p = successes / n;
        var z2 = z * z;
        var denominator = 1 + (z2 / n);
        var centre = (p + (z2 / (2 * n))) / denominator;
        var half = z * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n))) / denominator;
        return new KpiInterval(Math.Max(0, centre - half), Math.Min(1, centre + half), confidence);
    }
}
