// A ticket seen as one contact-resolution issue: how many customer contacts it took and whether it ended resolved.
using CustomerCare.Core.Kpis.Resolution;
using CustomerCare.Core.Tickets;

namespace CareDesk.Orleans.Tickets;

/// <summary>Maps a ticket's events to the core's <see cref="IssueContacts"/>.</summary>
public static class TicketIssue
{
    /// <summary>
    /// Contacts are the opening plus each customer reply (or <paramref name="reportedContacts"/>, when an export states
    /// them); resolved if the last of Resolved/Closed/Reopened is not a reopening.
    /// </summary>
    public static IssueContacts From(ReadOnlySpan<TicketEvent> events, int? reportedContacts = null)
    {
        var contacts = 1;
        var resolved = false;
        foreach (var e in events)
        {
            switch (e.Kind)
            {
                case TicketEventKind.CustomerReply:
                    contacts++;
                    break;
                case TicketEventKind.Resolved or TicketEventKind.Closed:
                    resolved = true;
                    break;
                case TicketEventKind.Reopened:
                    resolved = false;
                    break;
            }
        }

        return new IssueContacts(reportedContacts ?? contacts, resolved);
    }
}
