// One line of a goodwill ledger: a grant or a reversal, with its reference, amount and instant.
using System.Globalization;
using NodaTime;

namespace CustomerCare.Core.Goals.Capability;

/// <summary>One line of a <see cref="GoodwillLedger"/>.</summary>
/// <param name="Kind">A grant or a reversal.</param>
/// <param name="Reference">The grant's reference (a ticket or case id); a reversal names the grant it takes back.</param>
/// <param name="Amount">The amount, always positive; a reversal returns it to the budget.</param>
/// <param name="At">When the entry was made.</param>
/// <param name="IsOverride">True for a grant made over the budget with an explicit override.</param>
public readonly record struct GoodwillEntry(GoodwillEntryKind Kind, string Reference, Money Amount, Instant At, bool IsOverride)
{
    /// <summary>Formats the entry as <c>Grant T-1041 500,000 VND at 2026-11-30T03:00:00Z</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Kind} {Reference} {Amount} at {At}{(IsOverride ? " (over budget, override)" : string.Empty)}");
}
