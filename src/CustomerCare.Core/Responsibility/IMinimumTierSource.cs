// What the responsibility model needs from customer segments' care plans: the lowest tier a segment may be served by.
using System.Diagnostics.CodeAnalysis;

namespace CustomerCare.Core.Responsibility;

/// <summary>
/// The minimum responsibility tier per customer segment (a VIP segment's care plan may require a team leader or
/// above). Care-plan catalogues implement this so that the responsibility model can escalate an assignment below
/// the minimum without depending on how segments are defined. Implementations must be immutable and thread-safe.
/// </summary>
public interface IMinimumTierSource
{
    /// <summary>Gets the name of the lowest tier allowed to own issues of <paramref name="segment"/>.</summary>
    /// <param name="segment">The customer segment's name.</param>
    /// <param name="tier">The tier's name when the segment's care plan sets one.</param>
    /// <returns>True when the segment has a minimum tier.</returns>
    bool TryGetMinimumTier(string segment, [NotNullWhen(true)] out string? tier);
}
