// How much SLA time one tier used while it owned a ticket.
using NodaTime;

namespace CustomerCare.Core.Responsibility;

/// <summary>The SLA (business) time a tier used while it owned a ticket, so that a later tier is not blamed for it.</summary>
/// <param name="Tier">The tier.</param>
/// <param name="SlaTime">The SLA clock's elapsed time while the tier owned the ticket.</param>
public readonly record struct TierTime(Tier Tier, Duration SlaTime)
{
    /// <summary>Formats the entry as <c>agent: 01:30:00</c>.</summary>
    /// <returns>The tier and its time.</returns>
    public override string ToString() => $"{Tier?.Name}: {SlaTime}";
}
