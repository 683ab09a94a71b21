// One typed attribute value: a custom attribute of a profile, or the constant a segment rule compares with.
using System.Globalization;
using CustomerCare.Core.Internal;
using NodaTime;
using NodaTime.Text;

namespace CustomerCare.Core.Segments;

/// <summary>
/// A typed value of a customer attribute: text, number, decimal, money, boolean, date, instant or a set of texts.
/// Profiles carry custom attributes as <see cref="AttributeValue"/>s, and rules compare attributes with them.
/// Implicit conversions from the underlying types keep rules short (<c>SegmentRule.AtLeast("points", 500)</c>).
/// </summary>
/// <remarks><c>default(AttributeValue)</c> has no kind (<see cref="IsDefined"/> is false) and is rejected by every
/// member that receives it. Immutable and thread-safe.</remarks>
public readonly struct AttributeValue : IEquatable<AttributeValue>
{
    private readonly object? _reference;
    private readonly decimal _decimal;
    private readonly long _bits;
    private readonly AttributeKind _kind;
    private readonly bool _defined;

    private AttributeValue(AttributeKind kind, long bits = 0, decimal amount = 0, object? reference = null)
    {
        _kind = kind;
        _bits = bits;
        _decimal = amount;
        _reference = reference;
        _defined = true;
    }

    /// <summary>Gets the kind of the value.</summary>
    public AttributeKind Kind => _kind;

    /// <summary>Gets a value indicating whether the value was created (false for <c>default</c>).</summary>
    public bool IsDefined => _defined;

    /// <summary>Gets the text of a <see cref="AttributeKind.Text"/> value; empty otherwise.</summary>
    public string AsText => _kind == AttributeKind.Text ? (string)_reference! : string.Empty;

    /// <summary>Gets the number of a <see cref="AttributeKind.Number"/> value; NaN otherwise.</summary>
    public double AsNumber => _kind == AttributeKind.Number && _defined ? BitConverter.Int64BitsToDouble(_bits) : double.NaN;

    /// <summary>Gets the amount of a <see cref="AttributeKind.ExactNumber"/> or <see cref="AttributeKind.Money"/> value; 0 otherwise.</summary>
    public decimal AsDecimal => _decimal;

    /// <summary>Gets the money of a <see cref="AttributeKind.Money"/> value; <c>default(Money)</c> otherwise.</summary>
    public Money AsMoney => _kind == AttributeKind.Money && _defined ? new Money(_decimal, (string)_reference!) : default;

    /// <summary>Gets the truth value of a <see cref="AttributeKind.Boolean"/> value; false otherwise.</summary>
    public bool AsBoolean => _kind == AttributeKind.Boolean && _bits != 0;

    /// <summary>Gets the date of a <see cref="AttributeKind.Date"/> value; <see cref="LocalDate.MinIsoValue"/> otherwise.</summary>
    public LocalDate AsDate => _kind == AttributeKind.Date && _defined ? LocalDate.FromDateOnly(DateOnly.FromDayNumber((int)_bits)) : LocalDate.MinIsoValue;

    /// <summary>Gets the instant of an <see cref="AttributeKind.Instant"/> value; <see cref="NodaTime.Instant.MinValue"/> otherwise.</summary>
    public Instant AsInstant => _kind == AttributeKind.Instant && _defined ? NodaTime.Instant.FromUnixTimeTicks(_bits) : NodaTime.Instant.MinValue;

    /// <summary>Gets the members of a <see cref="AttributeKind.TextSet"/> value (distinct, in the order first given); empty otherwise.</summary>
    public IReadOnlyList<string> AsTextSet => _kind == AttributeKind.TextSet ? (string[])_reference! : [];

    /// <summary>Internal slot form: day number, Unix ticks, 0/1 or double bits.</summary>
    internal long Bits => _bits;

    /// <summary>Creates a text value.</summary>
    /// <param name="value">The text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static AttributeValue Text(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(AttributeKind.Text, reference: value);
    }

    /// <summary>Creates a number value.</summary>
    /// <param name="value">A finite number; −0 is stored as 0.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite.</exception>
    public static AttributeValue Number(double value)
    {
        Preconditions.Finite(value);
        return new(AttributeKind.Number, BitConverter.DoubleToInt64Bits(value + 0.0));
    }

    /// <summary>Creates a decimal value.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The value.</returns>
    public static AttributeValue ExactNumber(decimal value) => new(AttributeKind.ExactNumber, amount: value);

    /// <summary>Creates a money value.</summary>
    /// <param name="value">The amount with its currency.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is <c>default(Money)</c>.</exception>
    public static AttributeValue Money(Money value)
    {
        Core.Money.EnsureDefined(value, nameof(value));
        return new(AttributeKind.Money, amount: value.Amount, reference: value.Currency);
    }

    /// <summary>Creates a boolean value.</summary>
    /// <param name="value">The truth value.</param>
    /// <returns>The value.</returns>
    public static AttributeValue Boolean(bool value) => new(AttributeKind.Boolean, value ? 1 : 0);

    /// <summary>Creates a date value.</summary>
    /// <param name="value">The date, in any calendar (stored as its ISO date).</param>
    /// <returns>The value.</returns>
    public static AttributeValue Date(LocalDate value) => new(AttributeKind.Date, value.WithCalendar(CalendarSystem.Iso).ToDateOnly().DayNumber);

    /// <summary>Creates an instant value.</summary>
    /// <param name="value">The instant.</param>
    /// <returns>The value.</returns>
    public static AttributeValue Instant(Instant value) => new(AttributeKind.Instant, value.ToUnixTimeTicks());

    /// <summary>Creates a set of texts.</summary>
    /// <param name="values">The members; duplicates (ignoring case) are kept once.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> or a member is null.</exception>
    public static AttributeValue TextSet(params IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var members = new List<string>();
        foreach (var value in values)
        {
            ArgumentNullException.ThrowIfNull(value, nameof(values));
            if (seen.Add(value))
            {
                members.Add(value);
            }
        }

        return new(AttributeKind.TextSet, reference: members.ToArray());
    }

    /// <summary>Converts text.</summary>
    /// <param name="value">The text.</param>
    public static implicit operator AttributeValue(string value) => Text(value);

    /// <summary>Converts an integer to a number.</summary>
    /// <param name="value">The integer.</param>
    public static implicit operator AttributeValue(int value) => Number(value);

    /// <summary>Converts a long integer to a number.</summary>
    /// <param name="value">The integer.</param>
    public static implicit operator AttributeValue(long value) => Number(value);

    /// <summary>Converts a number.</summary>
    /// <param name="value">A finite number.</param>
    public static implicit operator AttributeValue(double value) => Number(value);

    /// <summary>Converts a decimal.</summary>
    /// <param name="value">The amount.</param>
    public static implicit operator AttributeValue(decimal value) => ExactNumber(value);

    /// <summary>Converts money.</summary>
    /// <param name="value">The amount with its currency.</param>
    public static implicit operator AttributeValue(Money value) => Money(value);

    /// <summary>Converts a boolean.</summary>
    /// <param name="value">The truth value.</param>
    public static implicit operator AttributeValue(bool value) => Boolean(value);

    /// <summary>Converts a date.</summary>
    /// <param name="value">The date.</param>
    public static implicit operator AttributeValue(LocalDate value) => Date(value);

    /// <summary>Converts an instant.</summary>
    /// <param name="value">The instant.</param>
    public static implicit operator AttributeValue(Instant value) => Instant(value);

    /// <summary>Returns true when both values have the same kind and value (texts and set members compare ordinally ignoring case; sets as sets).</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(AttributeValue other)
    {
        if (_defined != other._defined || _kind != other._kind || _bits != other._bits || _decimal != other._decimal)
        {
            return false;
        }

        return _reference switch
        {
            string text => string.Equals(text, other._reference as string, StringComparison.OrdinalIgnoreCase),
            string[] set => other._reference is string[] o && set.Length == o.Length && new HashSet<string>(set, StringComparer.OrdinalIgnoreCase).SetEquals(o),
            _ => other._reference is null,
        };
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AttributeValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_kind, _bits, _decimal, _reference is string s ? StringComparer.OrdinalIgnoreCase.GetHashCode(s) : 0);

    /// <summary>Returns true when both values are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(AttributeValue left, AttributeValue right) => left.Equals(right);

    /// <summary>Returns true when the values differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(AttributeValue left, AttributeValue right) => !left.Equals(right);

    /// <summary>Formats the value in the invariant culture: <c>'north'</c>, <c>12.5</c>, <c>1,200 EUR</c>, <c>2026-11-30</c>, <c>{a, b}</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        if (!_defined)
        {
            return "(undefined)";
        }

        return _kind switch
        {
            AttributeKind.Text => $"'{AsText}'",
            AttributeKind.Number => AsNumber.ToString("R", CultureInfo.InvariantCulture),
            AttributeKind.ExactNumber => _decimal.ToString(CultureInfo.InvariantCulture),
            AttributeKind.Money => AsMoney.ToString(),
            AttributeKind.Boolean => AsBoolean ? "true" : "false",
            AttributeKind.Date => LocalDatePattern.Iso.Format(AsDate),
            AttributeKind.Instant => InstantPattern.ExtendedIso.Format(AsInstant),
            _ => "{" + string.Join(", ", AsTextSet) + "}",
        };
    }
}
