// Argument checks shared by the public API: each throws with the parameter's name, the bad value and what is allowed.
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace CustomerCare.Core.Internal;

/// <summary>Argument validation with out-of-line throw helpers, so that hot paths stay small.</summary>
internal static class Guard
{
    /// <summary>Throws unless <paramref name="value"/> is finite (not NaN nor an infinity).</summary>
    public static void Finite(double value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (!double.IsFinite(value))
        {
            ThrowOutOfRange(paramName, value, "must be a finite number");
        }
    }

    /// <summary>Throws unless <paramref name="value"/> is finite and greater than or equal to zero.</summary>
    public static void NonNegative(double value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (!(value >= 0) || double.IsPositiveInfinity(value))
        {
            ThrowOutOfRange(paramName, value, "must be a finite number greater than or equal to 0");
        }
    }

    /// <summary>Throws unless <paramref name="value"/> is finite and strictly greater than zero.</summary>
    public static void Positive(double value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (!(value > 0) || double.IsPositiveInfinity(value))
        {
            ThrowOutOfRange(paramName, value, "must be a finite number greater than 0");
        }
    }

    /// <summary>Throws unless <paramref name="value"/> lies strictly between 0 and 1.</summary>
    public static void OpenUnitInterval(double value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (!(value > 0 && value < 1))
        {
            ThrowOutOfRange(paramName, value, "must lie strictly between 0 and 1");
        }
    }

    /// <summary>Throws an <see cref="ArgumentOutOfRangeException"/> whose message names the value and the rule it broke.</summary>
    [DoesNotReturn]
    public static void ThrowOutOfRange<T>(string? paramName, T value, string rule) =>
        throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} {rule}; it was {value}.");

    /// <summary>Throws an <see cref="ArgumentException"/> with the given message for <paramref name="paramName"/>.</summary>
    [DoesNotReturn]
    public static void ThrowArgument(string? paramName, string message) =>
        throw new ArgumentException(message, paramName);
}
