// The answer of a capability envelope to one request: the outcome, its reason and the limit that decided it.
using System.Globalization;

namespace CustomerCare.Core.Goals.Capability;

/// <summary>
/// The answer of <see cref="CapabilityEnvelope.Decide(in CareRequest, GoodwillLedger?)"/>: allowed, needs approval or
/// declined, with the reason and, for amount-driven answers, the limit that decided it (the ceiling, the approval
/// threshold or what is left of the goodwill budget). A small value: deciding allocates nothing.
/// </summary>
/// <remarks><c>default</c> is an allowed decision. Immutable and thread-safe.</remarks>
public readonly record struct CapabilityDecision
{
    /// <summary>Creates a decision.</summary>
    /// <param name="outcome">The answer.</param>
    /// <param name="reason">Why; <see cref="CapabilityReason.None"/> when allowed.</param>
    /// <param name="limit">The limit that decided an amount-driven answer, or <c>default(Money)</c>.</param>
    public CapabilityDecision(CapabilityOutcome outcome, CapabilityReason reason, Money limit)
    {
        Outcome = outcome;
        Reason = reason;
        Limit = limit;
    }

    /// <summary>Gets the answer.</summary>
    public CapabilityOutcome Outcome { get; }

    /// <summary>Gets why; <see cref="CapabilityReason.None"/> when allowed.</summary>
    public CapabilityReason Reason { get; }

    /// <summary>Gets the limit that decided an amount-driven answer (ceiling, approval threshold or goodwill left); otherwise <c>default(Money)</c>.</summary>
    public Money Limit { get; }

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
