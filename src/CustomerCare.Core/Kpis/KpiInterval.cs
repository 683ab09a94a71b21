// A two-sided confidence interval around a KPI estimate, in the KPI's own unit, with its centre and margin of error.
using System.Globalization;

using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Kpis;

/// <summary>
/// A two-sided confidence interval in the unit of the KPI it belongs to (NPS points, or a fraction 0..1 for
/// rates): <see cref="Lower"/> and <see cref="Upper"/>, the <see cref="Centre"/> it was built around and its
/// <see cref="HalfWidth"/> (the margin of error, before the bounds were clamped to the KPI's range). The interval is
/// undefined (both bounds NaN) for an empty sample; <c>default(KpiInterval)</c> is undefined too (its confidence is
/// 0, which no interval has). Immutable and thread-safe.
/// </summary>
public readonly record struct KpiInterval
{
    /// <summary>Creates an interval whose centre is the midpoint of its bounds (NaN marks an undefined interval).</summary>
    /// <param name="lower">The lower bound.</param>
    /// <param name="upper">The upper bound, not below <paramref name="lower"/> unless either is NaN.</param>
    /// <param name="confidence">The confidence level, strictly between 0 and 1 (0.95 for a 95% interval).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is outside (0, 1), or <paramref name="upper"/> is below <paramref name="lower"/>.</exception>
    public KpiInterval(double lower, double upper, double confidence)
        : this(lower, upper, confidence, lower + ((upper - lower) / 2), (upper - lower) / 2)
    {
    }

    /// <summary>
    /// Creates an interval built as <paramref name="centre"/> ± <paramref name="halfWidth"/> and then clamped to the
    /// KPI's range into <paramref name="lower"/>..<paramref name="upper"/>.
    /// </summary>
    /// <param name="lower">The lower bound.</param>
    /// <param name="upper">The upper bound, not below <paramref name="lower"/> unless either is NaN.</param>
    /// <param name="confidence">The confidence level, strictly between 0 and 1.</param>
    /// <param name="centre">The point the interval was built around (the estimate, or an adjusted centre).</param>
    /// <param name="halfWidth">The margin of error, 0 or more (NaN when undefined).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is outside (0, 1), <paramref name="upper"/> is below <paramref name="lower"/>, or <paramref name="halfWidth"/> is negative.</exception>
    public KpiInterval(double lower, double upper, double confidence, double centre, double halfWidth)
    {
        Preconditions.Confidence(confidence);
        if (upper < lower)
        {
            Preconditions.ThrowOutOfRange(nameof(upper), upper, $"must not be below lower ({lower.ToString(CultureInfo.InvariantCulture)})");
        }

        if (halfWidth < 0)
        {
            Preconditions.ThrowOutOfRange(nameof(halfWidth), halfWidth, "must not be negative");
        }

        Lower = lower;
        Upper = upper;
        Confidence = confidence;
        Centre = centre;
        HalfWidth = halfWidth;
    }

    /// <summary>Gets the lower bound (NaN when undefined; 0 for <c>default</c>, which is undefined).</summary>
    public double Lower { get; }

    /// <summary>Gets the upper bound (NaN when undefined; 0 for <c>default</c>, which is undefined).</summary>
    public double Upper { get; }

    /// <summary>Gets the confidence level, strictly between 0 and 1 (0 only for <c>default</c>).</summary>
    public double Confidence { get; }

    /// <summary>
    /// Gets the point the interval was built around: the estimate for Wald intervals, the Wilson centre
    /// (p̂ + z²/2n)/(1 + z²/n) for Wilson intervals, the adjusted centre for adjusted Wald; NaN when undefined.
    /// </summary>
    public double Centre { get; }

    /// <summary>Gets the margin of error, z·SE for Wald-type intervals, before clamping to the KPI's range; NaN when undefined.</summary>
    public double HalfWidth { get; }

    /// <summary>Gets a value indicating whether the interval has a confidence level and both bounds are numbers.</summary>
    public bool IsDefined => Confidence > 0 && !double.IsNaN(Lower) && !double.IsNaN(Upper);

    /// <summary>Gets the width <c>Upper − Lower</c> (NaN when undefined).</summary>
    public double Width => IsDefined ? Upper - Lower : double.NaN;

    /// <summary>Returns whether <paramref name="value"/> lies within the closed interval; false when undefined.</summary>
    /// <param name="value">The value to test, in the KPI's unit.</param>
    /// <returns>True when the interval is defined and <c>Lower ≤ value ≤ Upper</c>.</returns>
    public bool Contains(double value) => IsDefined && value >= Lower && value <= Upper;

    /// <summary>Returns the interval as <c>95 % CI 6.2 – 60.4</c> (four significant digits, invariant culture).</summary>
    /// <returns>The text; <c>95 % CI undefined</c> when undefined.</returns>
    public override string ToString() => ToString(CultureInfo.InvariantCulture);

    /// <summary>Returns the interval as <c>95 % CI 6.2 – 60.4</c> with numbers formatted by <paramref name="provider"/>.</summary>
    /// <param name="provider">The culture for numbers; null for the current culture.</param>
    /// <returns>The text.</returns>
    public string ToString(IFormatProvider? provider) => KpiText.Interval(this, 1, null, "", provider);

    internal static KpiInterval Undefined(double confidence) => new(double.NaN, double.NaN, confidence, double.NaN, double.NaN);
}
