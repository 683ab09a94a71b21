// A rate that may exceed 1 (complaints per customer), kept as its two counts so that it merges exactly.
using System.Globalization;
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Kpis;

/// <summary>
/// A rate whose numerator is not a subset of its denominator, so that it may exceed 1: complaints per customer,
/// contacts per issue. <see cref="Value"/> is <c>Numerator / Denominator</c>, NaN when the denominator is 0.
/// Read it like a <see cref="KpiRatio"/> (<see cref="Value"/>, <see cref="Percent"/>, <see cref="PerThousand"/>);
/// rates of days or segments add exactly with <c>+</c>. Immutable and thread-safe; <c>default</c> is 0/0 (undefined).
/// </summary>
public readonly record struct KpiRate
{
    /// <summary>Creates a rate from its counts.</summary>
    /// <param name="numerator">The counted events, 0 or more.</param>
    /// <param name="denominator">The base, 0 or more; 0 makes the rate undefined.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public KpiRate(long numerator, long denominator)
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

    /// <summary>Gets the rate <c>Numerator / Denominator</c>, 0 or more, unrounded; NaN when the denominator is 0.</summary>
    public double Value => Denominator == 0 ? double.NaN : (double)Numerator / Denominator;

    /// <summary>Gets the rate in per cent, <c>100 · Value</c>.</summary>
    public double Percent => Value * 100;

    /// <summary>Gets the rate per 1,000, <c>1000 · Value</c> (how complaint rates are often quoted).</summary>
    public double PerThousand => Value * 1000;

    /// <summary>Gets the rate when it is defined.</summary>
    /// <param name="value">The rate, or NaN when the denominator is 0.</param>
    /// <returns>True when the denominator is positive.</returns>
    public bool TryGetValue(out double value)
    {
        value = Value;
        return Denominator != 0;
    }

    /// <summary>Returns the rate as <c>12/4000 (0.003)</c> (invariant culture).</summary>
    /// <returns>The text; <c>0/0 (undefined)</c> over an empty base.</returns>
    public override string ToString() => ToString(CultureInfo.InvariantCulture);

    /// <summary>Returns the rate as <c>12/4000 (0.003)</c> with numbers formatted by <paramref name="provider"/>.</summary>
    /// <param name="provider">The culture for numbers; null for the current culture.</param>
    /// <returns>The text.</returns>
    public string ToString(IFormatProvider? provider) =>
        $"{Numerator.ToString(provider)}/{Denominator.ToString(provider)} ({(IsDefined ? KpiText.Number(Value, provider) : "undefined")})";

    /// <summary>Returns the sum of two rates of the same KPI: numerators and denominators added (an exact merge).</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>The combined rate.</returns>
    /// <exception cref="OverflowException">A sum exceeds <see cref="long.MaxValue"/>.</exception>
    public static KpiRate operator +(KpiRate left, KpiRate right) => Add(left, right);

    /// <summary>Returns the sum of two rates of the same KPI: numerators and denominators added (an exact merge).</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>The combined rate.</returns>
    /// <exception cref="OverflowException">A sum exceeds <see cref="long.MaxValue"/>.</exception>
    public static KpiRate Add(KpiRate left, KpiRate right) =>
        new(checked(left.Numerator + right.Numerator), checked(left.Denominator + right.Denominator));
}
