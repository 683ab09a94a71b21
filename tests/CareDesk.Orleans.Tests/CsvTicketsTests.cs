// --input: an export read through the console desk's CSV reader becomes tickets to replay; bad rows keep their line and reason.
using CareDesk.Desk;
using CareDesk.Orleans.Replay;
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CareDesk.Orleans.Tests;

public sealed class CsvTicketsTests
{
    [Fact]
    public void An_export_becomes_tickets_of_the_console_desk_and_bad_rows_are_reported_with_their_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"caredesk-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, """
            id,opened,channel,severity,segment,category,first_response,resolved,contacts
            A-1,2026-11-02T02:00:00Z,email,S2,loyal,returns/refund,2026-11-02T03:00:00Z,2026-11-03T04:00:00Z,2
            A-2,2026-11-02T05:00:00Z,email,S3,,,2026-11-02T04:00:00Z,,1
            A-3,2026-12-30T05:00:00Z,chat,S1,vip,,,,1
            """);
        try
        {
            var csv = CsvTickets.Read(path, new DeskSetup(), out var bad);

            Assert.NotNull(csv);
            Assert.Equal(new BadRow(3, "first_response is before opened"), Assert.Single(bad));
            Assert.Equal(["A-1", "A-3"], csv.Tickets.Select(t => t.Id));
            Assert.Equal(2, csv.Lines["A-1"]);
            var refund = csv.Tickets[0];
            // S2 is "high"; a loyal customer's care plan raises it one step.
            Assert.Equal(new Tickets.TicketAttributesDto("urgent", "loyal", "email", "returns/refund", "S2", 2), refund.Attributes);
            Assert.Equal([TicketEventKind.Opened, TicketEventKind.AgentPublicReply, TicketEventKind.Resolved], refund.Events.Select(e => e.Kind));
            Assert.Equal(Instant.FromUtc(2026, 11, 2, 2, 0), csv.Start);
            Assert.Equal(new LocalDate(2027, 1, 1).AtStartOfDayInZone(DeskSetup.Zone).ToInstant(), csv.End);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
