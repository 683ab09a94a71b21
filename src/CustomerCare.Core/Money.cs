// An amount of money in one ISO 4217 currency: a decimal amount, never a double, and no silent currency mixing.
using System.Globalization;
using CustomerCare.Core.Internal;

namespace CustomerCare.Core;

/// <summary>
/// An amount of money: a <see cref="decimal"/> amount in an ISO 4217 currency (three upper-case letters, e.g.
/// <c>EUR</c>, <c>VND</c>). Compensation ceilings, refunds, goodwill budgets, authority limits and customer spend
/// are all <see cref="Money"/>. The amount is kept exactly as given (no rounding to the currency's minor unit).
/// </summary>
/// <remarks>
/// <para>Arithmetic and ordering are defined only between amounts of the same currency; mixing currencies throws
/// <see cref="ArgumentException"/>, because converting needs a rate the library does not have. Sums are checked:
/// an amount beyond <see cref="decimal"/>'s range throws <see cref="OverflowException"/>.</para>
/// <para><c>default(Money)</c> has no currency; it is rejected by every member that receives it (an
/// <see cref="ArgumentException"/> naming the parameter), so a forgotten initialisation never passes as "0".</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public readonly struct Money : IEquatable<Money>, IComparable<Money>, IFormattable
{
    private readonly string? _currency;

    /// <summary>Creates an amount in a currency.</summary>
    /// <param name="amount">The amount; negative amounts are allowed (a reversal).</param>
    /// <param name="currency">An ISO 4217 code: three ASCII letters, upper-case (<c>EUR</c>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is not three upper-case ASCII letters.</exception>
    public Money(decimal amount, string currency)
    {
        ArgumentNullException.ThrowIfNull(currency);
        if (!IsCurrencyCode(currency))
        {
            Preconditions.ThrowArgument(nameof(currency), $"currency must be an ISO 4217 code of three upper-case letters such as 'EUR'; it was '{currency}'.");
        }

        Amount = amount;
        _currency = currency;
    }

    /// <summary>Gets the amount, exactly as given.</summary>
    public decimal Amount { get; }

    /// <summary>Gets the ISO 4217 currency code; empty for <c>default(Money)</c>.</summary>
    public string Currency => _currency ?? string.Empty;

    /// <summary>Gets a value indicating whether this value was created with a currency (false for <c>default</c>).</summary>
    public bool IsDefined => _currency is not null;

    /// <summary>Returns zero in <paramref name="currency"/>.</summary>
    /// <param name="currency">An ISO 4217 code.</param>
    /// <returns>A zero amount.</returns>
    public static Money Zero(string currency) => new(0m, currency);

    /// <summary>Returns the sum of two amounts of the same currency.</summary>
    /// <param name="other">The amount to add.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentException">The currencies differ, or either value is <c>default</c>.</exception>
    /// <exception cref="OverflowException">The sum is beyond <see cref="decimal"/>'s range.</exception>
    public Money Add(Money other)
    {
        SameCurrency(other, nameof(other));
        return new Money(Amount + other.Amount, Currency);
    }

    /// <summary>Returns this amount minus <paramref name="other"/>, both of the same currency.</summary>
    /// <param name="other">The amount to subtract.</param>
    /// <returns>The difference (may be negative).</returns>
    /// <exception cref="ArgumentException">The currencies differ, or either value is <c>default</c>.</exception>
    /// <exception cref="OverflowException">The difference is beyond <see cref="decimal"/>'s range.</exception>
    public Money Subtract(Money other)
    {
        SameCurrency(other, nameof(other));
        return new Money(Amount - other.Amount, Currency);
    }

    /// <summary>Returns the amount with its sign reversed.</summary>
    /// <returns>The negated amount in the same currency.</returns>
    public Money Negate()
    {
        EnsureDefined(this, "this");
        return new Money(-Amount, Currency);
    }

    /// <summary>Returns the sum of two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    public static Money operator +(Money left, Money right) => left.Add(right);

    /// <summary>Returns <paramref name="left"/> minus <paramref name="right"/>.</summary>
    /// <param name="left">The amount.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    public static Money operator -(Money left, Money right) => left.Subtract(right);

    /// <summary>Returns the amount with its sign reversed.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The negated amount.</returns>
    public static Money operator -(Money value) => value.Negate();

    /// <summary>Compares two amounts of the same currency by amount.</summary>
    /// <param name="other">The amount to compare with.</param>
    /// <returns>Negative, zero or positive as this amount is smaller, equal or larger.</returns>
    /// <exception cref="ArgumentException">The currencies differ, or either value is <c>default</c>.</exception>
    public int CompareTo(Money other)
    {
        SameCurrency(other, nameof(other));
        return Amount.CompareTo(other.Amount);
    }

    /// <summary>Returns true when <paramref name="left"/> is less than <paramref name="right"/> (same currency).</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    /// <summary>Returns true when <paramref name="left"/> is greater than <paramref name="right"/> (same currency).</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    /// <summary>Returns true when <paramref name="left"/> is at most <paramref name="right"/> (same currency).</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    /// <summary>Returns true when <paramref name="left"/> is at least <paramref name="right"/> (same currency).</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    /// <summary>
    /// Returns true when both values have the same currency and the same amount. Amounts compare by value, so
    /// <c>10.0 EUR</c> equals <c>10 EUR</c>.
    /// </summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(Money other) => Amount == other.Amount && string.Equals(_currency, other._currency, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Amount, _currency);

    /// <summary>Returns true when both values are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Returns true when the values differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <summary>Formats the value as <c>1,234.50 EUR</c> in the invariant culture (the amount as given, grouped).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>Formats the amount with <paramref name="format"/> (a decimal format; default <c>#,0.##########</c>) and appends the currency code.</summary>
    /// <param name="format">A standard or custom numeric format for the amount, or null.</param>
    /// <param name="formatProvider">The culture for the amount, or null for the invariant culture.</param>
    /// <returns>The text, e.g. <c>1,234.5 EUR</c>; <c>(no currency)</c> for <c>default</c>.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        _currency is null
            ? "(no currency)"
            : Amount.ToString(format ?? "#,0.##########", formatProvider ?? CultureInfo.InvariantCulture) + " " + _currency;

    /// <summary>Returns true when <paramref name="code"/> has the shape of an ISO 4217 code (three upper-case ASCII letters).</summary>
    /// <param name="code">The candidate code.</param>
    /// <returns>True for codes such as <c>EUR</c>; false for null, <c>eur</c> or <c>EURO</c>.</returns>
    public static bool IsCurrencyCode(string? code) =>
        code is { Length: 3 } && char.IsAsciiLetterUpper(code[0]) && char.IsAsciiLetterUpper(code[1]) && char.IsAsciiLetterUpper(code[2]);

    /// <summary>Throws unless <paramref name="value"/> was created with a currency.</summary>
    /// <param name="value">The value to check.</param>
    /// <param name="paramName">The parameter name to report.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is <c>default(Money)</c>.</exception>
    internal static void EnsureDefined(Money value, string paramName)
    {
        if (value._currency is null)
        {
            Preconditions.ThrowArgument(paramName, $"{paramName} is default(Money), which has no currency; create it with new Money(amount, \"EUR\").");
        }
    }

    private void SameCurrency(Money other, string paramName)
    {
        EnsureDefined(this, "this");
        EnsureDefined(other, paramName);
        if (!string.Equals(_currency, other._currency, StringComparison.Ordinal))
        {
            Preconditions.ThrowArgument(paramName, $"{paramName} is in {other._currency} but this amount is in {_currency}; amounts of different currencies cannot be combined or compared.");
        }
    }
}
