// Loads tickets as library timelines and appends events one ticket at a time, so concurrent posts are neither lost nor duplicated.
using System.Collections.Concurrent;
using CareDesk.Api.Data;
using CustomerCare.Core.Responsibility;
using CustomerCare.Core.Tickets;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace CareDesk.Api.Tickets;

/// <summary>The outcome of appending an event.</summary>
internal enum AppendOutcome
{
    Appended,
    NotFound,
    Impossible,
}

/// <summary>
/// Reads and writes tickets. Appending is serialised per ticket in this process (a semaphore per ticket id) and
/// guarded in the database by the unique (ticket, sequence) index, so two posts at the same moment get consecutive
/// numbers; an event that would make the history impossible (the library's <see cref="TicketTimeline"/> rejects it)
/// is not stored. A singleton; thread-safe.
/// </summary>
internal sealed class TicketStore(IServiceScopeFactory scopes)
{
    private readonly ConcurrentDictionary<long, SemaphoreSlim> _locks = new();

    public static TicketTimeline ToTimeline(TicketRow ticket, IEnumerable<EventRow> events) =>
        new(Attributes(ticket), events.OrderBy(e => e.Sequence).Select(e => EventTypes.ToEvent(e.Type, Instant.FromUnixTimeTicks(e.AtTicks), e.Value)).ToList());

    public static TicketAttributes Attributes(TicketRow ticket) =>
        new(ticket.Priority, segment: ticket.Segment, channel: ticket.Channel, category: ticket.Category,
            custom: ticket.Severity is { } severity ? new Dictionary<string, string> { [ResponsibilityModel.SeverityAttribute] = severity } : null);

    public static async Task<(TicketRow Ticket, TicketTimeline Timeline)?> FindAsync(DeskDb db, long id, CancellationToken cancellationToken)
    {
        var ticket = await db.Tickets.AsNoTracking().Include(t => t.Events).SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        return ticket is null ? null : (ticket, ToTimeline(ticket, ticket.Events));
    }

    /// <summary>Appends one event; on <see cref="AppendOutcome.Impossible"/> the reason is the library's message.</summary>
    public async Task<(AppendOutcome Outcome, EventRow? Event, string? Reason)> AppendAsync(long id, string type, Instant at, string? value, CancellationToken cancellationToken)
    {
        var gate = _locks.GetOrAdd(id, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<DeskDb>();
            var ticket = await db.Tickets.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
            if (ticket is null)
            {
                return (AppendOutcome.NotFound, null, null);
            }

            var events = await db.Events.AsNoTracking().Where(e => e.TicketId == id).OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
            var row = new EventRow { TicketId = id, Sequence = events.Count, Type = type, Value = value, AtTicks = at.ToUnixTimeTicks() };
            try
            {
                _ = ToTimeline(ticket, [.. events, row]);
            }
            catch (ArgumentException e)
            {
                return (AppendOutcome.Impossible, null, e.Message);
            }

            db.Events.Add(row);
            await db.SaveChangesAsync(cancellationToken);
            return (AppendOutcome.Appended, row, null);
        }
        finally
        {
            gate.Release();
        }
    }
}
