// Reads a user's ticket export with the console desk's reader (the same columns, the same file linked in) into tickets to replay.
using CareDesk.Desk;
using CareDesk.Orleans.Tickets;
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CareDesk.Orleans.Replay;

/// <summary>A user's export, as tickets to replay, with the line of each ticket and the rows that could not be read.</summary>
/// <param name="Tickets">The tickets, in file order.</param>
/// <param name="Lines">The line of each ticket's row, by ticket id.</param>
/// <param name="Bad">The rows that could not be read, with their line and reason.</param>
/// <param name="Start">The earliest opening: where the replay clock starts.</param>
/// <param name="End">The first instant of the month after the file's last event (desk time): the report's "as of".</param>
internal sealed record CsvTickets(IReadOnlyList<SyntheticTicket> Tickets, IReadOnlyDictionary<string, int> Lines, IReadOnlyList<BadRow> Bad, Instant Start, Instant End)
{
    /// <summary>
    /// Reads <paramref name="path"/> (columns as for the console desk: <c>samples/CareDesk/README.md</c>). A row becomes a
    /// ticket of the console desk: its priority from the severity and the segment's care plan, its channel, segment,
    /// category and severity; events Opened, the first public reply (<c>first_response</c>) and Resolved (<c>resolved</c>);
    /// the <c>contacts</c> column is the contact count. Returns null when the file cannot be used at all.
    /// </summary>
    public static CsvTickets? Read(string path, DeskSetup setup, out IReadOnlyList<BadRow> bad)
    {
        ArgumentNullException.ThrowIfNull(setup);
        var tickets = new List<SyntheticTicket>();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var rows = new List<BadRow>();
        bad = rows;
        if (!TicketCsv.Read(path, (ticket, id, line) =>
        {
            tickets.Add(ToTicket(setup, ticket, id));
            lines[id] = line;
        }, rows))
        {
            return null;
        }

        if (tickets.Count == 0)
        {
            rows.Add(new BadRow(0, $"the file '{path}' has no usable row"));
            return null;
        }

        var start = tickets.Min(t => t.Events[0].At);
        var last = tickets.Max(t => t.Events[^1].At).InZone(DeskSetup.Zone).Date;
        var end = last.With(DateAdjusters.StartOfMonth).PlusMonths(1).AtStartOfDayInZone(DeskSetup.Zone).ToInstant();
        return new CsvTickets(tickets, lines, rows, start, end);
    }

    private static SyntheticTicket ToTicket(DeskSetup setup, DeskTicket row, string id)
    {
        var attributes = new TicketAttributesDto(
            setup.Priority(row.Severity, row.Segment),
            row.Segment,
            DeskSetup.Channels[row.Channel],
            DeskSetup.Categories[row.Category],
            DeskSetup.Severities[row.Severity - 1],
            row.Contacts);
        var events = new List<TicketEventDto> { new(TicketEventKind.Opened, row.Opened) };
        if (row.FirstResponse is { } first)
        {
            events.Add(new(TicketEventKind.AgentPublicReply, first));
        }

        if (row.Resolved is { } resolved)
        {
            events.Add(new(TicketEventKind.Resolved, resolved));
        }

        // In time order; at equal instants the reply comes before the resolution (a stable sort keeps the order above).
        return new SyntheticTicket(id, attributes, [.. events.OrderBy(e => e.At)]);
    }
}
