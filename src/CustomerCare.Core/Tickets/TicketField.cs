// The well-known ticket attributes (priority, segment, channel, category) and Custom for any other name.
namespace CustomerCare.Core.Tickets;

/// <summary>The well-known ticket attributes, and <see cref="Custom"/> for any other name.</summary>
internal enum TicketField
{
    Priority,
    Segment,
    Channel,
    Category,
    Custom,
}
