// What a customer message on a resolved ticket means: an implicit reopen, or an impossible timeline.
namespace CustomerCare.Core.Sla.Policies;

/// <summary>
/// What a <see cref="Tickets.TicketEventKind.CustomerReply"/> on a resolved (not closed) ticket means to a policy
/// (its <see cref="SlaPolicy.CustomerReplyWhenResolved"/>).
/// </summary>
public enum ResolvedReplyMode
{
    /// <summary>The default (Zendesk, Frappe Helpdesk, Zammad): the message reopens the ticket at its instant, exactly like a
    /// <see cref="Tickets.TicketEventKind.Reopened"/> event just before it, and then counts as a customer message.</summary>
    Reopen = 0,

    /// <summary>Strict: such a timeline is refused when evaluated (an <see cref="ArgumentException"/> naming the message); the
    /// help desk's own Reopened event must come first.</summary>
    Reject = 1,
}
