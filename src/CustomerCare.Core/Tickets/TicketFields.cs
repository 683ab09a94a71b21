// Tells a well-known ticket attribute from a custom one by its name.
namespace CustomerCare.Core.Tickets;

/// <summary>Tells a well-known attribute from a custom one by name (ordinal, case-insensitive).</summary>
internal static class TicketFields
{
    public static TicketField Of(string name) =>
        Is(name, "priority") ? TicketField.Priority
        : Is(name, "segment") ? TicketField.Segment
        : Is(name, "channel") ? TicketField.Channel
        : Is(name, "category") ? TicketField.Category
        : TicketField.Custom;

    private static bool Is(string name, string wellKnown) => string.Equals(name, wellKnown, StringComparison.OrdinalIgnoreCase);
}
