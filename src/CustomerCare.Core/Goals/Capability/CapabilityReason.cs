// Why a capability decision came out as it did: one reason per decision, the first that applies in a fixed order.
namespace CustomerCare.Core.Goals.Capability;

/// <summary>
/// The reason of a capability decision. Declines are checked first, in this order: unknown channel, out of scope,
/// channel closed, other currency, over the ceiling, goodwill budget exhausted. Then approvals: the kind needs
/// approval, no ceiling is set for a requested amount, the amount is above the approval threshold.
/// </summary>
public enum CapabilityReason
{
    /// <summary>Nothing stands in the way (the reason of an allowed request).</summary>
    None = 0,

    /// <summary>The channel is not one the envelope offers.</summary>
    UnknownChannel = 1,

    /// <summary>The request kind is out of scope, or no scope setting covers it.</summary>
    OutOfScope = 2,

    /// <summary>The channel is not staffed at the request's instant (its calendar is closed).</summary>
    ChannelClosed = 3,

    /// <summary>The requested compensation is in a currency other than the envelope's.</summary>
    OtherCurrency = 4,

    /// <summary>The requested compensation is above the ceiling for the request kind (declined whoever asks).</summary>
    OverCeiling = 5,

    /// <summary>The requested compensation is more than what is left of the period's goodwill budget.</summary>
    BudgetExhausted = 6,

    /// <summary>The request kind is in scope only with approval.</summary>
    KindNeedsApproval = 7,

    /// <summary>Compensation is requested for a kind that has no ceiling, so nobody may grant it without approval.</summary>
    NoCeiling = 8,

    /// <summary>The requested compensation is within the ceiling but above the amount agents may grant without approval.</summary>
    AboveApprovalThreshold = 9,
}
