// What a ticket grain answers to a posted event: accepted (and durable), or rejected with the reason.

namespace CareDesk.Orleans.Tickets;

/// <summary>The answer to a posted event. A rejected event changed nothing.</summary>
/// <param name="Accepted">Whether the event was applied and stored (or had already been, for a retried post).</param>
/// <param name="Reason">Why it was rejected; null when accepted.</param>
/// <param name="Events">How many events the ticket holds after the call.</param>
[GenerateSerializer, Immutable]
public sealed record PostResult([property: Id(0)] bool Accepted, [property: Id(1)] string? Reason, [property: Id(2)] int Events)
{
    public override string ToString() => Accepted ? $"accepted ({Events} events)" : $"rejected: {Reason}";
}
