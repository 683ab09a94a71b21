// How often a segment's customers are contacted proactively: every N days or every N months.
using CustomerCare.Core.Internal;
using NodaTime;

namespace CustomerCare.Core.Segments.CarePlans;

/// <summary>
/// A proactive contact cadence: a check-in call every 30 days, a review every 3 months (a quarter). The next contact
/// date is the last contact's local date plus the cadence (months clamp to the end of a shorter month: 31 January
/// plus 1 month is 28 or 29 February). Immutable and thread-safe.
/// </summary>
public sealed class ContactCadence : IEquatable<ContactCadence>
{
    private ContactCadence(int count, bool months)
    {
        Count = count;
        InMonths = months;
    }

    /// <summary>Gets the number of days or months between contacts.</summary>
    public int Count { get; }

    /// <summary>Gets a value indicating whether <see cref="Count"/> is in months (else days).</summary>
    public bool InMonths { get; }

    /// <summary>Returns a cadence of <paramref name="days"/> days.</summary>
    /// <param name="days">1 to 3,660 days.</param>
    /// <returns>The cadence.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is outside 1..3,660.</exception>
    public static ContactCadence EveryDays(int days)
    {
        if (days is < 1 or > 3_660)
        {
            Preconditions.ThrowOutOfRange(nameof(days), days, "must be from 1 to 3,660 days");
        }

        return new(days, false);
    }

    /// <summary>Returns a cadence of <paramref name="months"/> months (3 for a quarterly review).</summary>
    /// <param name="months">1 to 120 months.</param>
    /// <returns>The cadence.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is outside 1..120.</exception>
    public static ContactCadence EveryMonths(int months)
    {
        if (months is < 1 or > 120)
        {
            Preconditions.ThrowOutOfRange(nameof(months), months, "must be from 1 to 120 months");
        }

        return new(months, true);
    }

    /// <summary>Returns the date of the next contact after a contact on <paramref name="last"/>.</summary>
    /// <param name="last">The date of the last contact.</param>
    /// <returns>The date the next contact is due (before skipping closed days).</returns>
    public LocalDate After(LocalDate last) => InMonths ? last.PlusMonths(Count) : last.PlusDays(Count);

    /// <inheritdoc />
    public bool Equals(ContactCadence? other) => other is not null && Count == other.Count && InMonths == other.InMonths;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ContactCadence);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Count, InMonths);

    /// <summary>Returns <c>every 30 days</c> or <c>every 3 months</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"every {Count} {(InMonths ? (Count == 1 ? "month" : "months") : (Count == 1 ? "day" : "days"))}";
}
