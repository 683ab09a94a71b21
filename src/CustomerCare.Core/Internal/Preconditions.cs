// The one argument guard of the library: every public check goes through here, and every throw is out of line.
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using NodaTime;

namespace CustomerCare.Core.Internal;

/// <summary>
/// Argument validation in the NodaTime style: small checks that inline into the caller, and
/// <see cref="DoesNotReturnAttribute"/> throw helpers that keep hot loops small. Every exception names the
/// parameter, the bad value and what is allowed.
/// </summary>
internal static class Preconditions
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

    /// <summary>Throws unless the count <paramref name="value"/> is zero or more.</summary>
    public static void NonNegative(long value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < 0)
        {
            ThrowOutOfRange(paramName, value, "must not be negative");
        }
    }

    /// <summary>
    /// Returns <paramref name="total"/> + <paramref name="count"/> for two counts that are 0 or more, or throws when
    /// the sum exceeds <see cref="long.MaxValue"/> (so that no total, and no message, ever shows a wrapped sum).
    /// </summary>
    public static long AddCount(long total, long count, string paramName)
    {
        if (count > long.MaxValue - total)
        {
            ThrowOutOfRange(paramName, count, $"makes the counts add up to more than {long.MaxValue}, the largest count a result holds");
        }

        return total + count;
    }

    /// <summary>Throws unless the number of agents <paramref name="value"/> is zero or more.</summary>
    public static void NonNegativeAgents(int value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < 0)
        {
            ThrowOutOfRange(paramName, value, "must be 0 or more agents");
        }
    }

    /// <summary>Throws unless <paramref name="value"/> is zero or a positive duration.</summary>
    public static void NonNegative(Duration value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < Duration.Zero)
        {
            ThrowOutOfRange(paramName, value, "must not be negative");
        }
    }

    /// <summary>Throws unless element <paramref name="index"/> of <paramref name="paramName"/> is zero or positive.</summary>
    public static void NonNegativeAt(Duration value, string paramName, int index)
    {
        if (value < Duration.Zero)
        {
            ThrowAt(paramName, index, value, "must not be negative");
        }
    }

    /// <summary>Throws unless <paramref name="value"/> is a strictly positive duration.</summary>
    public static void Positive(Duration value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value <= Duration.Zero)
        {
            ThrowOutOfRange(paramName, value, "must be a positive duration");
        }
    }

    /// <summary>Throws unless <paramref name="confidence"/> is a confidence level strictly between 0 and 1.</summary>
    public static void Confidence(double confidence, [CallerArgumentExpression(nameof(confidence))] string? paramName = null)
    {
        if (!(confidence > 0 && confidence < 1))
        {
            ThrowOutOfRange(paramName, confidence, "must lie strictly between 0 and 1 (for example 0.95)");
        }
    }

    /// <summary>Throws unless <paramref name="quantile"/> lies between 0 and 1 inclusive.</summary>
    public static void Quantile(double quantile, [CallerArgumentExpression(nameof(quantile))] string? paramName = null)
    {
        if (!(quantile >= 0 && quantile <= 1))
        {
            ThrowOutOfRange(paramName, quantile, "must lie between 0 and 1 inclusive (0.95 is the 95th percentile)");
        }
    }

    /// <summary>Throws unless <paramref name="value"/> has a character other than white space; returns it.</summary>
    /// <param name="value">The name or text to check.</param>
    /// <param name="rule">What is allowed, e.g. <c>must be a non-empty name</c>; the message is "<c>{paramName} {rule}; it was '{value}'.</c>"</param>
    /// <param name="paramName">The parameter's name.</param>
    public static string NotBlank([NotNull] string? value, string rule, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            ThrowArgument(paramName, $"{paramName} {rule}; it was '{value}'.");
        }

        return value;
    }

    /// <summary>Throws unless <paramref name="value"/> is a named member of its enum; <paramref name="rule"/> says which are allowed.</summary>
    public static void Defined<TEnum>(TEnum value, string rule, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            ThrowOutOfRange(paramName, value, rule);
        }
    }

    /// <summary>
    /// Throws an <see cref="ArgumentOutOfRangeException"/> whose message names the value and the rule it broke. The value
    /// is stated once, in the message; it is not passed as the exception's actual value, which the framework would
    /// append a second time.
    /// </summary>
    [DoesNotReturn]
    public static void ThrowOutOfRange<T>(string? paramName, T value, string rule) =>
        throw new ArgumentOutOfRangeException(paramName, $"{paramName} {rule}; it was {Format(value)}.");

    /// <summary>Throws an <see cref="ArgumentOutOfRangeException"/> for element <paramref name="index"/> of a span or list.</summary>
    [DoesNotReturn]
    public static void ThrowAt<T>(string paramName, int index, T value, string rule) =>
        throw new ArgumentOutOfRangeException(paramName, $"{paramName}[{index}] {rule}; it was {Format(value)}.");

    /// <summary>Throws an <see cref="ArgumentException"/> with the given message for <paramref name="paramName"/>.</summary>
    [DoesNotReturn]
    public static void ThrowArgument(string? paramName, string message) =>
        throw new ArgumentException(message, paramName);

    /// <summary>Throws an <see cref="InvalidOperationException"/> with the given message (a builder used twice, for example).</summary>
    [DoesNotReturn]
    public static void ThrowInvalidOperation(string message) =>
        throw new InvalidOperationException(message);

    private static string? Format<T>(T value) =>
        value is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : value?.ToString();
}
