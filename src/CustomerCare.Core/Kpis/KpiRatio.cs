// A proportion kept as numerator and denominator, so that it merges exactly and an empty base stays undefined.
using System.Globalization;
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Kpis;

/// <summary>
/// A proportion as the two counts it is made of: the numerator counts a subset of the denominator (answered within
/// target of offered, satisfied of answers), so <c>0 ≤ Numerator ≤ Denominator</c> and <see cref="Value"/> is a
/// fraction 0..1. It is NaN when the denominator is 0, because a rate over nothing is undefined, not 0. Keeping the
/// counts (never the fraction) is what makes rates of days, queues or shards add up exactly: add numerators and
/// denominators. A rate that may exceed 1 (complaints per customer) is a <see cref="KpiRate"/>.
/// Every proportion of the library reads the same way: <see cref="Value"/> is the fraction, <see cref="Percent"/>
/// the same in per cent. Immutable and thread-safe; <c>default</c> is 0/0 (undefined).
/// </summary>
public readonly record struct KpiRatio
{
    /// <summary>Creates a proportion from its counts.</summary>
    /// <param name="numerator">The counted events, 0..<paramref name="denominator"/>.</param>
    /// <param name="denominator">The base, 0 or more; 0 makes the proportion undefined.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="numerator"/> exceeds <paramref name="denominator"/> (use <see cref="KpiRate"/> for rates that may exceed 1).</exception>
    public KpiRatio(long numerator, long denominator)
    {
        Preconditions.NonNegative(numerator, nameof(numerator));
        Preconditions.NonNegative(denominator, nameof(denominator));
        if (numerator > denominator)
        {
            Preconditions.ThrowOutOfRange(nameof(numerator), numerator, $"must not exceed the denominator ({denominator}) of a proportion; use KpiRate for a rate that may exceed 1");
        }

        Numerator = numerator;
        Denominator = denominator;
    }

    /// <summary>Gets the numerator (the counted events).</summary>
    public long Numerator { get; }

    /// <summary>Gets the denominator (the base).</summary>
    public long Denominator { get; }

    /// <summary>Gets a value indicating whether the denominator is positive, so that <see cref="Value"/> is a number.</summary>
    public bool IsDefined => Denominator != 0;

    /// <summary>Gets the proportion as a fraction 0..1, <c>Numerator / Denominator</c>, unrounded; NaN when the denominator is 0.</summary>
    // Stryker disable once Conditional : the numerator never exceeds the denominator, so over 0 the division is 0/0, which is NaN too.
    public double Value => Denominator == 0 ? double.NaN : (double)Numerator / Denominator;

    /// <summary>Gets the proportion in per cent, <c>100 · Value</c> (a presentation helper; the library's convention is the fraction).</summary>
    public double Percent => Value * 100;

    /// <summary>Gets the proportion per 1,000, <c>1000 · Value</c>.</summary>
    public double PerThousand => Value * 1000;

    /// <summary>Gets the proportion as a fraction when it is defined.</summary>
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
    /// Unlike the Wald interval it stays within 0..1 and behaves at 0 % and 100 %. Every confidence level below 1
    /// gives finite bounds (z is about 8.3 at the largest double below 1).
    /// </summary>
    /// <param name="confidence">The confidence level, strictly between 0 and 1 (0.95 for 95 %).</param>
    /// <returns>The interval as fractions, with its centre and half-width; undefined (NaN) when the denominator is 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is outside (0, 1).</exception>
    public KpiInterval WilsonInterval(double confidence = 0.95) => Wilson(Numerator, Denominator, confidence);

    /// <summary>Returns the proportion as <c>19/110 (17.3 %)</c> (invariant culture).</summary>
    /// <returns>The text; <c>0/0 (undefined)</c> over an empty base.</returns>
    public override string ToString() => ToString(CultureInfo.InvariantCulture);

    /// <summary>Returns the proportion as <c>19/110 (17.3 %)</c> with numbers formatted by <paramref name="provider"/>.</summary>
    /// <param name="provider">The culture for numbers; null for the current culture.</param>
    /// <returns>The text.</returns>
    public string ToString(IFormatProvider? provider) =>
        $"{Numerator.ToString(provider)}/{Denominator.ToString(provider)} ({(IsDefined ? KpiText.Percent(Value, provider) : "undefined")})";

    /// <summary>Returns the sum of two proportions of the same KPI: numerators and denominators added (an exact merge).</summary>
    /// <param name="left">The first proportion.</param>
    /// <param name="right">The second proportion.</param>
    /// <returns>The combined proportion.</returns>
    /// <exception cref="OverflowException">A sum exceeds <see cref="long.MaxValue"/>.</exception>
    public static KpiRatio operator +(KpiRatio left, KpiRatio right) => Add(left, right);

    /// <summary>Returns the sum of two proportions of the same KPI: numerators and denominators added (an exact merge).</summary>
    /// <param name="left">The first proportion.</param>
    /// <param name="right">The second proportion.</param>
    /// <returns>The combined proportion.</returns>
    /// <exception cref="OverflowException">A sum exceeds <see cref="long.MaxValue"/>.</exception>
    // Stryker disable once Checked : numerators never exceed denominators, so the numerator sum overflows only when the denominator sum (checked) does.
    public static KpiRatio Add(KpiRatio left, KpiRatio right) =>
        new(checked(left.Numerator + right.Numerator), checked(left.Denominator + right.Denominator));

    internal static KpiInterval Wilson(long successes, long trials, double confidence)
    {
        Preconditions.Confidence(confidence);
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

        // At 0 % and 100 % the bound on that side is exactly 0 or 1; pin it so that rounding cannot leave it a hair inside.
        var lower = successes == 0 ? 0 : Math.Max(0, centre - half);
        var upper = successes == trials ? 1 : Math.Min(1, centre + half);
        return new KpiInterval(lower, upper, confidence, centre, half);
    }
}
