// The state machine behind TicketTimeline's checks, shared with the incremental SlaClock so both reject the same histories.
using CustomerCare.Core.Internal;
using NodaTime;

namespace CustomerCare.Core.Tickets;

/// <summary>Accepts events one by one and throws on the first impossible one; a mutable struct, kept in a field.</summary>
internal struct TimelineValidator
{
    private int _count;
    private Instant _last;
    private int _resolvedAt;
    private int _closedAt;

    /// <summary>Gets whether the ticket is resolved (or closed) after the events accepted so far.</summary>
    public readonly bool IsResolved => _resolvedAt > 0;

    /// <summary>Checks <paramref name="e"/>, the event with index <paramref name="index"/>, against the history so far.</summary>
    public void Accept(in TicketEvent e, int index, string paramName)
    {
        if (_count == 0)
        {
            if (e.Kind != TicketEventKind.Opened)
            {
                Fail(paramName, index, e, "the first event must be Opened: a ticket cannot have anything happen before it was opened");
            }
        }
        else
        {
            if (e.At < _last)
            {
                Fail(paramName, index, e, $"it is earlier than the event before it (at {_last}): events must be in time order");
            }

            if (_closedAt > 0)
            {
                Fail(paramName, index, e, $"the ticket was closed by events[{_closedAt - 1}] and nothing may follow Closed");
            }

            switch (e.Kind)
            {
                case TicketEventKind.Opened:
                    Fail(paramName, index, e, "the ticket is already open: Opened may appear only once, as the first event");
                    break;
                case TicketEventKind.Resolved when _resolvedAt > 0:
                    Fail(paramName, index, e, $"the ticket is already resolved by events[{_resolvedAt - 1}]: add a Reopened event before resolving again");
                    break;
                case TicketEventKind.Reopened when _resolvedAt == 0:
                    Fail(paramName, index, e, "the ticket is not resolved: only a resolved ticket can be reopened");
                    break;
                default:
                    break;
            }
        }

        switch (e.Kind)
        {
            case TicketEventKind.Resolved:
                _resolvedAt = index + 1;
                break;
            case TicketEventKind.Reopened:
            case TicketEventKind.CustomerReply: // a customer message reopens a resolved ticket (an SLA policy may refuse it)
                _resolvedAt = 0;
                break;
            case TicketEventKind.Closed:
                _closedAt = index + 1;
                break;
            default:
                break;
        }

        _last = e.At;
        _count++;
    }

    private static void Fail(string paramName, int index, in TicketEvent e, string why) =>
        Preconditions.ThrowArgument(paramName, $"{paramName}[{index}] ({e.Kind} at {e.At}) is impossible: {why}.");
}
