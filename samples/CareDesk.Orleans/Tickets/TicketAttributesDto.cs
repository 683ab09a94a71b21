// A ticket's opening attributes in a serializable shape (the core TicketAttributes is rebuilt from it).
using CustomerCare.Core.Tickets;

namespace CareDesk.Orleans.Tickets;

/// <summary>The attributes a ticket is opened with.</summary>
[GenerateSerializer, Immutable]
public sealed record TicketAttributesDto(
    [property: Id(0)] string Priority,
    [property: Id(1)] string? Segment = null,
    [property: Id(2)] string? Channel = null,
    [property: Id(3)] string? Category = null)
{
    /// <summary>Copies core attributes (tags and custom fields are not used by the sample).</summary>
    public static TicketAttributesDto From(TicketAttributes a) => new(a.Priority, a.Segment, a.Channel, a.Category);

    /// <summary>Builds the core attributes, which validate themselves.</summary>
    public TicketAttributes ToAttributes() => new(Priority, Segment, Channel, Category);
}
