// Posts the tickets' events into the cluster: each ticket's events in order, a bounded number of tickets at once.
using CareDesk.Orleans.Tickets;

namespace CareDesk.Orleans.Replay;

/// <summary>Replays tickets into ticket grains.</summary>
public static class Replayer
{
    /// <summary>
    /// Posts every event: each ticket's events one after the other (a post is answered once stored, and the next index
    /// is only valid after it), <paramref name="concurrency"/> tickets at a time, so that many posts are in flight.
    /// Returns the number of events acknowledged.
    /// </summary>
    /// <param name="grains">The cluster's grain factory.</param>
    /// <param name="tickets">The tickets to post.</param>
    /// <param name="concurrency">How many tickets are replayed at once.</param>
    /// <param name="rejected">
    /// Called (from any thread) with the ticket, the event's index and the reason when a grain rejects an event; that
    /// ticket's later events are not posted. When null, a rejection throws instead.
    /// </param>
    /// <param name="cancellationToken">Stops the replay.</param>
    /// <exception cref="InvalidOperationException">A ticket grain rejected an event and <paramref name="rejected"/> is null.</exception>
    public static async Task<long> ReplayAsync(IGrainFactory grains, IEnumerable<SyntheticTicket> tickets, int concurrency = 256, Action<SyntheticTicket, int, string>? rejected = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(grains);
        long acknowledged = 0;
        await Parallel.ForEachAsync(tickets, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken }, async (ticket, _) =>
        {
            var grain = grains.GetGrain<ITicketGrain>(ticket.Id);
            for (var i = 0; i < ticket.Events.Count; i++)
            {
                var result = await grain.Post(i, ticket.Events[i], i == 0 ? ticket.Attributes : null);
                if (!result.Accepted)
                {
                    if (rejected is null)
                    {
                        throw new InvalidOperationException($"Ticket {ticket.Id}, event {i}: {result.Reason}");
                    }

                    rejected(ticket, i, result.Reason!);
                    return;
                }

                Interlocked.Increment(ref acknowledged);
            }
        });
        return acknowledged;
    }
}
