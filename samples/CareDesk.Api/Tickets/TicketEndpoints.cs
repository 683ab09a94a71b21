// The ticket endpoints: create, read, post events, SLA status and escalations; every bad request is a ProblemDetails.
using CareDesk.Api.Data;
using CustomerCare.Core.DependencyInjection;
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CareDesk.Api.Tickets;

/// <summary>Maps <c>/tickets</c>.</summary>
internal static class TicketEndpoints
{
    public static void MapTickets(this IEndpointRouteBuilder app)
    {
        var tickets = app.MapGroup("/tickets").WithTags("Tickets");
        tickets.MapPost("/", Create).WithSummary("Opens a ticket (now, or at opened_at).");
        tickets.MapGet("/{id:long}", Get).WithSummary("A ticket with its events.");
        tickets.MapPost("/{id:long}/events", PostEvent).WithSummary("Appends an event; 409 if it would make the history impossible.");
        tickets.MapGet("/{id:long}/sla", Sla).WithSummary("The ticket's SLA status now (or at ?at=).");
        tickets.MapGet("/{id:long}/escalations", Escalations).WithSummary("Who is responsible and where SLA breaches escalated the ticket.");
    }

    public static IResult NotFound(long id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such ticket", detail: $"There is no ticket {id}.");

    private static async Task<IResult> Create(CreateTicketRequest request, DeskDb db, CustomerCareModel model, IClock clock, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        var check = new Validation();
        check.Ticket(request, model.SlaPolicies!);
        var opened = check.Time("opened_at", request.OpenedAt, now) ?? now;
        if (!check.IsValid)
        {
            return TypedResults.ValidationProblem(check.Errors);
        }

        var row = new TicketRow
        {
            Priority = request.Priority!,
            Segment = request.Segment,
            Channel = request.Channel,
            Category = request.Category ?? "general",
            Severity = request.Severity ?? "S3",
            Subject = request.Subject,
            OpenedTicks = opened.ToUnixTimeTicks(),
        };
        row.Events.Add(new EventRow { Sequence = 0, Type = "opened", AtTicks = row.OpenedTicks });
        db.Tickets.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/tickets/{row.Id}", TicketView.From(row));
    }

    private static async Task<IResult> Get(long id, DeskDb db, CancellationToken cancellationToken) =>
        await TicketStore.FindAsync(db, id, cancellationToken) is { } found ? TypedResults.Ok(TicketView.From(found.Ticket)) : NotFound(id);

    private static async Task<IResult> PostEvent(long id, PostEventRequest request, TicketStore store, CustomerCareModel model, IClock clock, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        var check = new Validation();
        check.Event(request, model.SlaPolicies!);
        var at = check.Time("at", request.At, now) ?? now;
        if (!check.IsValid)
        {
            return TypedResults.ValidationProblem(check.Errors);
        }

        var (outcome, row, reason) = await store.AppendAsync(id, request.Type!, at, request.Value, cancellationToken);
        return outcome switch
        {
            AppendOutcome.NotFound => NotFound(id),
            AppendOutcome.Impossible => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The event would make the ticket's history impossible", detail: reason),
            _ => TypedResults.Created($"/tickets/{id}", EventView.From(row!)),
        };
    }

    private static async Task<IResult> Sla(long id, string? at, DeskDb db, ISlaService sla, IClock clock, CancellationToken cancellationToken)
    {
        var (answer, _, timeline, when) = await Lookup(id, at, db, clock, cancellationToken);
        return answer ?? TypedResults.Ok(SlaView.From(id, sla.Evaluate(timeline!, when)));
    }

    private static async Task<IResult> Escalations(long id, string? at, DeskDb db, CustomerCareModel model, IClock clock, CancellationToken cancellationToken)
    {
        var (answer, ticket, timeline, when) = await Lookup(id, at, db, clock, cancellationToken);
        if (answer is not null)
        {
            return answer;
        }

        if (when < Instant.FromUnixTimeTicks(ticket!.OpenedTicks))
        {
            var check = new Validation();
            check.Fail("at", $"{when} is before the ticket was opened.");
            return TypedResults.ValidationProblem(check.Errors);
        }

        var trace = model.Responsibility!.Trace(timeline!, model.SlaPolicies!, when);
        var steps = trace.Steps.Select(s => new StepView(s.At, s.Step.From.Name, s.Step.To.Name, s.Step.Outcome.ToString(), s.Step.Reason)).ToList();
        var byTier = trace.TierTimes.GroupBy(t => t.Tier.Name).ToDictionary(g => g.Key, g => g.Aggregate(Duration.Zero, (sum, t) => sum + t.SlaTime));
        return TypedResults.Ok(new EscalationView(id, when, trace.Initial.Tier?.Name, trace.Initial.Raci.Select(r => r.ToString()).ToList(), steps, trace.Final.Tier?.Name, byTier));
    }

    // The shared start of the per-ticket queries: ?at= (default: now) and the stored ticket, or the 400/404 to answer instead.
    private static async Task<(IResult? Answer, TicketRow? Ticket, TicketTimeline? Timeline, Instant At)> Lookup(long id, string? at, DeskDb db, IClock clock, CancellationToken cancellationToken)
    {
        var check = new Validation();
        var when = check.Time("at", at, null) ?? clock.GetCurrentInstant();
        if (!check.IsValid)
        {
            return (TypedResults.ValidationProblem(check.Errors), null, null, when);
        }

        if (await TicketStore.FindAsync(db, id, cancellationToken) is not { } found)
        {
            return (NotFound(id), null, null, when);
        }

        return (null, found.Ticket, found.Timeline, when);
    }
}
