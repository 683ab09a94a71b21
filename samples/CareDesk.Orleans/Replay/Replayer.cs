// Posts the tickets' events into the cluster: each ticket's events in order, many tickets at once.
using CareDesk.Orleans.Tickets;

namespace CareDesk.Orleans.Replay;

/// <summary>Replays tickets into ticket grains.</summary>
public static class Replayer
{
    /// <summary>Posts every event (each ticket in order, <paramref name="parallelism"/> tickets at a time); returns the number of events acknowledged.</summary>
    /// <exception cref="InvalidOperationException">A ticket grain rejected an event (the message has its reason).</exception>
    public static async Task<long> ReplayAsync(IGrainFactory grains, IEnumerable<SyntheticTicket> tickets, int parallelism = 128, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(grains);
        long acknowledged = 0;
        await Parallel.ForEachAsync(tickets, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken }, async (ticket, _) =>
        {
            var grain = grains.GetGrain<ITicketGrain>(ticket.Id);
            for (var i = 0; i < ticket.Events.Count; i++)
            {
                var result = await grain.Post(i, ticket.Events[i], i == 0 ? ticket.Attributes : null);
                if (!result.Accepted)
                {
                    throw new InvalidOperationException($"Ticket {ticket.Id}, event {i}: {result.Reason}");
                }

                Interlocked.Increment(ref acknowledged);
            }
        });
        return acknowledged;
    }
}
