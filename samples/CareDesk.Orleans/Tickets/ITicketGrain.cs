// The grain of one ticket (key: the ticket id): its timeline, its incremental SLA clock and its next SLA wake-up.
using NodaTime;

namespace CareDesk.Orleans.Tickets;

/// <summary>One ticket. Calls on one ticket are processed one at a time, in order.</summary>
public interface ITicketGrain : IGrainWithStringKey
{
    /// <summary>Posts the ticket's event number <paramref name="index"/> (0 = Opened, which needs <paramref name="attributes"/>).</summary>
    /// <remarks>
    /// Idempotent: an index already applied is acknowledged again without change, so a client may retry a post whose
    /// answer it lost. An index beyond the next one is rejected (a gap). An accepted event is stored before the answer.
    /// </remarks>
    Task<PostResult> Post(int index, TicketEventDto ticketEvent, TicketAttributesDto? attributes = null);

    /// <summary>
    /// Acts on every SLA transition due by the desk clock's now — or by <paramref name="asOf"/>, if later: a report as of
    /// an instant the desk has reached, in a silo process whose own replay clock was not moved — reports the ticket's
    /// KPIs and re-arms its wake-up.
    /// </summary>
    Task Wake(Instant? asOf = null);

    /// <summary>Gets a read-only view of the ticket.</summary>
    Task<TicketView> View();
}
