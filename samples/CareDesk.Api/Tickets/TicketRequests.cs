// The API's request bodies and their validation: every problem is reported against the field it is about.
using CustomerCare.Core.Sla.Policies;
using CustomerCare.Core.Tickets;
using NodaTime;
using NodaTime.Text;

namespace CareDesk.Api.Tickets;

/// <summary>Body of <c>POST /tickets</c>.</summary>
public sealed record CreateTicketRequest(string? Priority, string? Segment, string? Channel, string? Category, string? Severity, string? Subject, string? OpenedAt);

/// <summary>Body of <c>POST /tickets/{id}/events</c>.</summary>
public sealed record PostEventRequest(string? Type, string? At, string? Value);

/// <summary>Checks request bodies and query values, collecting "field → reasons" for a 400 ProblemDetails.</summary>
internal sealed class Validation
{
    private static readonly string[] Severities = ["S1", "S2", "S3", "S4"];

    public Dictionary<string, string[]> Errors { get; } = new(StringComparer.Ordinal);

    public bool IsValid => Errors.Count == 0;

    public void Fail(string field, string reason) =>
        Errors[field] = Errors.TryGetValue(field, out var existing) ? [.. existing, reason] : [reason];

    /// <summary>An optional instant: ISO-8601 with an offset or Z; not later than <paramref name="notAfter"/> when given.</summary>
    public Instant? Time(string field, string? text, Instant? notAfter)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parsed = OffsetDateTimePattern.ExtendedIso.Parse(text);
        if (!parsed.Success)
        {
            Fail(field, $"'{text}' is not an ISO-8601 time with an offset, like 2026-11-02T09:15:00+07:00 or 2026-11-02T02:15:00Z.");
            return null;
        }

        var instant = parsed.Value.ToInstant();
        if (notAfter is { } limit && instant > limit)
        {
            Fail(field, $"{text} is in the future (the server's clock says {limit}); record events when they happen.");
            return null;
        }

        return instant;
    }

    public void Ticket(CreateTicketRequest request, SlaPolicySet policies)
    {
        if (string.IsNullOrWhiteSpace(request.Priority))
        {
            Fail("priority", "priority is required.");
        }
        else if (!policies.Priorities.Contains(request.Priority))
        {
            Fail("priority", $"'{request.Priority}' is not a priority of the SLA policies; use one of {string.Join(", ", policies.Priorities.Names)}.");
        }

        if (request.Severity is { } severity && !Severities.Contains(severity))
        {
            Fail("severity", $"'{severity}' is not a severity; use one of {string.Join(", ", Severities)}.");
        }

        if (request.Category is { } category && !CategoryPath.TryParse(category, out _))
        {
            Fail("category", $"'{category}' is not a category path like orders/late-delivery (non-empty segments separated by '/', no '*').");
        }

        Length("segment", request.Segment, 80);
        Length("channel", request.Channel, 40);
        Length("subject", request.Subject, 200);
    }

    public void Event(PostEventRequest request, SlaPolicySet policies)
    {
        if (string.IsNullOrWhiteSpace(request.Type))
        {
            Fail("type", $"type is required; use one of {string.Join(", ", EventTypes.Postable)}.");
            return;
        }

        if (!EventTypes.Postable.Contains(request.Type))
        {
            Fail("type", $"'{request.Type}' is not an event type; use one of {string.Join(", ", EventTypes.Postable)}.");
            return;
        }

        if (EventTypes.NeedsValue(request.Type) && string.IsNullOrWhiteSpace(request.Value))
        {
            Fail("value", $"a '{request.Type}' event needs a value (the new {request.Type}).");
        }
        else if (!EventTypes.NeedsValue(request.Type) && request.Value is not null)
        {
            Fail("value", $"a '{request.Type}' event takes no value.");
        }
        else if (request.Type == "priority" && !policies.Priorities.Contains(request.Value!))
        {
            Fail("value", $"'{request.Value}' is not a priority of the SLA policies; use one of {string.Join(", ", policies.Priorities.Names)}.");
        }

        Length("value", request.Value, 200);
    }

    private void Length(string field, string? text, int maximum)
    {
        if (text is not null && (text.Length == 0 || text.Length > maximum))
        {
            Fail(field, $"{field} must be 1 to {maximum} characters long; it was {text.Length}.");
        }
    }
}
