// A ticket's opening attributes in a serializable shape (the core TicketAttributes is rebuilt from it).
using CustomerCare.Core.Responsibility;
using CustomerCare.Core.Tickets;

namespace CareDesk.Orleans.Tickets;

/// <summary>The attributes a ticket is opened with.</summary>
/// <param name="Priority">The priority on the desk's scale.</param>
/// <param name="Segment">The customer segment, if any.</param>
/// <param name="Channel">The channel, if any.</param>
/// <param name="Category">The category path (for the responsibility matrix), if any.</param>
/// <param name="Severity">The severity on the responsibility model's scale (<c>S1</c> … <c>S4</c>); when null it follows the priority.</param>
/// <param name="Contacts">Customer contacts an export reports for the issue (it has no reply events); when null they are counted from the events.</param>
[GenerateSerializer, Immutable]
public sealed record TicketAttributesDto(
    [property: Id(0)] string Priority,
    [property: Id(1)] string? Segment = null,
    [property: Id(2)] string? Channel = null,
    [property: Id(3)] string? Category = null,
    [property: Id(4)] string? Severity = null,
    [property: Id(5)] int? Contacts = null)
{
    /// <summary>Copies core attributes (tags and custom fields other than the severity are not used by the sample).</summary>
    public static TicketAttributesDto From(TicketAttributes a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(a.Priority, a.Segment, a.Channel, a.Category, a.Get(ResponsibilityModel.SeverityAttribute));
    }

    /// <summary>Builds the core attributes, which validate themselves; the severity becomes the custom attribute the responsibility model reads.</summary>
    public TicketAttributes ToAttributes() => new(Priority, Segment, Channel, Category,
        custom: Severity is null ? null : new Dictionary<string, string>(StringComparer.Ordinal) { [ResponsibilityModel.SeverityAttribute] = Severity });
}
