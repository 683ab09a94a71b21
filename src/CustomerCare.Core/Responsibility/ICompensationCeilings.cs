// What the responsibility model needs from a capability envelope: the most the business grants per request kind.
using CustomerCare.Core.Tickets;

namespace CustomerCare.Core.Responsibility;

/// <summary>
/// The compensation or refund ceiling the business sets per request kind: no tier's authority may exceed it,
/// and an amount above it is declined whoever asks. A capability envelope implements this so that the
/// responsibility model can check authority limits against it without depending on how the envelope is built.
/// Implementations must be immutable and thread-safe.
/// </summary>
public interface ICompensationCeilings
{
    /// <summary>Gets the ceiling that applies to <paramref name="requestKind"/> (the most specific one in the category tree).</summary>
    /// <param name="requestKind">The request kind, a category path such as <c>returns/refund</c>.</param>
    /// <param name="ceiling">The ceiling when one applies.</param>
    /// <returns>True when a ceiling applies to the request kind; false when none is set for it or any ancestor.</returns>
    bool TryGetCeiling(CategoryPath requestKind, out Money ceiling);
}
