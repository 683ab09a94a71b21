// Argument checks of the KPI calculators: counts, durations and span elements, each rejection naming the value (and index).
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;

namespace CustomerCare.Core.Kpis;

/// <summary>Validation helpers with out-of-line throws so that the calculators' loops stay small.</summary>
internal static class KpiGuard
{
    public static void NonNegative(long value, string paramName)
    {
        if (value < 0)
        {
            ThrowNegative(paramName, value);
        }
    }

    public static void NonNegative(Duration value, string paramName)
    {
        if (value < Duration.Zero)
        {
            ThrowNegative(paramName, value);
        }
    }

    public static void NonNegativeAt(Duration value, string paramName, int index)
    {
        if (value < Duration.Zero)
        {
            ThrowAt(paramName, index, value, "must not be negative");
        }
    }

    public static void Confidence(double confidence, string paramName = "confidence")
    {
        if (!(confidence > 0 && confidence < 1))
        {
            throw new ArgumentOutOfRangeException(paramName, confidence,
                $"{paramName} must lie strictly between 0 and 1 (for example 0.95); it was {confidence.ToString(CultureInfo.InvariantCulture)}.");
        }
    }

    public static void Quantile(double quantile, string paramName = "quantile")
    {
        if (!(quantile >= 0 && quantile <= 1))
        {
            throw new ArgumentOutOfRangeException(paramName, quantile,
                $"{paramName} must lie between 0 and 1 inclusive (0.95 is the 95th percentile); it was {quantile.ToString(CultureInfo.InvariantCulture)}.");
        }
    }

    [DoesNotReturn]
    public static void ThrowNegative<T>(string paramName, T value) =>
        throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must not be negative; it was {value}.");

    [DoesNotReturn]
    public static void ThrowOutOfRange<T>(string paramName, T value, string rule) =>
        throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} {rule}; it was {value}.");

    [DoesNotReturn]
    public static void ThrowAt<T>(string paramName, int index, T value, string rule) =>
        throw new ArgumentOutOfRangeException(paramName, value, $"{paramName}[{index}] {rule}; it was {value}.");

    [DoesNotReturn]
    public static void ThrowInconsistent(string paramName, string message) => throw new ArgumentException(message, paramName);
}
