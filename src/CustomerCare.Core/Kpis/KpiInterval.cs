// A two-sided confidence interval around a KPI estimate, in the KPI's own unit.
using System.Globalization;

using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Kpis;

/// <summary>
/// A two-sided confidence interval in the unit of the KPI it belongs to (NPS points, or a fraction 0..1 for
/// rates). Both bounds are NaN when the interval is undefined (an empty sample). Immutable and thread-safe.
/// </summary>
public readonly record struct KpiInterval
{
    /// <summary>Creates an interval; the bounds are taken as given (NaN marks an undefined interval).</summary>
    /// <param name="lower">The lower bound.</param>
    /// <param name="upper">The upper bound, not below <paramref name="lower"/> unless either is NaN.</param>
    /// <param name="confidence">The confidence level, strictly between 0 and 1 (0.95 for a 95% interval).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is outside (0, 1), or <paramref name="upper"/> is below <paramref name="lower"/>.</exception>
    public KpiInterval(double lower, double upper, double confidence)
    {
        Preconditions.Confidence(confidence);
        if (upper < lower)
        {
            Preconditions.ThrowOutOfRange(nameof(upper), upper, $"must not be below lower ({lower.ToString(CultureInfo.InvariantCulture)})");
        }

        Lower = lower;
        Upper = upper;
        Confidence = confidence;
    }

    /// <summary>Gets the lower bound (NaN when undefined).</summary>
    public double Lower { get; }

    /// <summary>Gets the upper bound (NaN when undefined).</summary>
    public double Upper { get; }

    /// <summary>Gets the confidence level, strictly between 0 and 1.</summary>
    public double Confidence { get; }

    /// <summary>Gets a value indicating whether both bounds are numbers.</summary>
    public bool IsDefined => !double.IsNaN(Lower) && !double.IsNaN(Upper);

    /// <summary>Gets the width <c>Upper − Lower</c> (NaN when undefined).</summary>
    public double Width => Upper - Lower;

    /// <summary>Returns whether <paramref name="value"/> lies within the closed interval; false when undefined.</summary>
    /// <param name="value">The value to test, in the KPI's unit.</param>
    /// <returns>True when <c>Lower ≤ value ≤ Upper</c>.</returns>
    public bool Contains(double value) => value >= Lower && value <= Upper;

    internal static KpiInterval Undefined(double confidence) => new(double.NaN, double.NaN, confidence);
}
