// The three answers of a capability decision: allowed, needs approval, declined.
namespace CustomerCare.Core.Goals.Capability;

/// <summary>The answer a capability envelope gives to a customer request.</summary>
public enum CapabilityOutcome
{
    /// <summary>The request lies within what the business does; any agent may grant it.</summary>
    Allowed = 0,

    /// <summary>The request lies within the business's limits only if someone with the authority approves it; the reason says why.</summary>
    NeedsApproval = 1,

    /// <summary>The business will not grant the request as asked; the reason says why.</summary>
    Declined = 2,
}
