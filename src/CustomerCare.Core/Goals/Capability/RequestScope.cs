// Whether the business takes on a kind of request: in scope, in scope only with approval, or out of scope.
namespace CustomerCare.Core.Goals.Capability;

/// <summary>What a capability envelope says about a kind of request (a category and everything below it unless a more specific setting exists).</summary>
public enum RequestScope
{
    /// <summary>The business does not handle the request kind; a request of it is declined.</summary>
    OutOfScope = 0,

    /// <summary>The business handles the request kind.</summary>
    InScope = 1,

    /// <summary>The business handles the request kind only when someone with the authority approves each request.</summary>
    NeedsApproval = 2,
}
