// One line of a goodwill ledger: a grant or a reversal, with its reference, amount and instant.
using System.Globalization;
using NodaTime;

namespace CustomerCare.Core.Goals.Capability;

/// <summary>One line of a <see cref="GoodwillLedger"/>; the ledger creates them.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct GoodwillEntry
{
    /// <summary>Creates an entry.</summary>
    /// <param name="kind">A grant or a reversal.</param>
    /// <param name="reference">The grant's reference (a ticket or case id); a reversal names the grant it takes back.</param>
    /// <param name="amount">The amount, always positive; a reversal returns it to the budget.</param>
    /// <param name="at">When the entry was made.</param>
    /// <param name="isOverride">True for a grant made over the budget with an explicit override.</param>
    public GoodwillEntry(GoodwillEntryKind kind, string reference, Money amount, Instant at, bool isOverride)
    {
        Kind = kind;
        Reference = reference;
        Amount = amount;
        At = at;
        IsOverride = isOverride;
    }

    /// <summary>Gets whether the entry is a grant or a reversal.</summary>
    public GoodwillEntryKind Kind { get; }

    /// <summary>Gets the grant's reference; a reversal names the grant it takes back.</summary>
    public string Reference { get; }

    /// <summary>Gets the amount, always positive.</summary>
    public Money Amount { get; }

    /// <summary>Gets when the entry was made.</summary>
    public Instant At { get; }

    /// <summary>Gets a value indicating whether the grant was made over the budget with the explicit override.</summary>
    public bool IsOverride { get; }

    /// <summary>Formats the entry as <c>Grant T-1041 500,000 VND at 2026-11-30T03:00:00Z</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Kind} {Reference} {Amount} at {At}{(IsOverride ? " (over budget, override)" : string.Empty)}");
}
