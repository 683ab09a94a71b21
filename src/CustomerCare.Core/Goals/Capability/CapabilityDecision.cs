// The answer of a capability envelope to one request: the outcome, its reason and the limit that decided it.
using System.Globalization;

namespace CustomerCare.Core.Goals.Capability;

/// <summary>
/// The answer of <see cref="CapabilityEnvelope.Decide(in CareRequest, GoodwillLedger?)"/>: allowed, needs approval or
/// declined, with the reason and, for amount-driven answers, the limit that decided it (the ceiling, the approval
/// threshold or what is left of the goodwill budget). A small value: deciding allocates nothing.
/// </summary>
/// <param name="Outcome">The answer.</param>
/// <param name="Reason">Why; <see cref="CapabilityReason.None"/> when allowed.</param>
/// <param name="Limit">The limit that decided an amount-driven answer (<see cref="CapabilityReason.OverCeiling"/>,
/// <see cref="CapabilityReason.BudgetExhausted"/>, <see cref="CapabilityReason.AboveApprovalThreshold"/>); otherwise <c>default(Money)</c>.</param>
public readonly record struct CapabilityDecision(CapabilityOutcome Outcome, CapabilityReason Reason, Money Limit)
{
    /// <summary>Gets a value indicating whether the request is allowed.</summary>
    public bool IsAllowed => Outcome == CapabilityOutcome.Allowed;

    /// <summary>Gets a value indicating whether the request needs approval.</summary>
    public bool NeedsApproval => Outcome == CapabilityOutcome.NeedsApproval;

    /// <summary>Gets a value indicating whether the request is declined.</summary>
    public bool IsDeclined => Outcome == CapabilityOutcome.Declined;

    /// <summary>Formats the decision as <c>Declined: OverCeiling (limit 2,000,000 VND)</c> or <c>Allowed</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Reason == CapabilityReason.None
        ? Outcome.ToString()
        : string.Create(CultureInfo.InvariantCulture, $"{Outcome}: {Reason}{(Limit.IsDefined ? $" (limit {Limit})" : string.Empty)}");

    internal static CapabilityDecision Declined(CapabilityReason reason, Money limit = default) => new(CapabilityOutcome.Declined, reason, limit);
}
