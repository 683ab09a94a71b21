// One thing that happened to a ticket at an instant; a ticket's SLA, goals and escalations are judged from a timeline of these.
using CustomerCare.Core.Internal;
using NodaTime;

namespace CustomerCare.Core.Tickets;

/// <summary>
/// An immutable event of a ticket's timeline: what happened (<see cref="Kind"/>), when (<see cref="At"/>) and, for
/// status, priority, segment and attribute changes, the new value. Opened, resolved and reopened events may also state
/// the status they set (<c>Opened(at, "pending")</c>), so that no separate status event at the same instant is needed.
/// Create events with the static factories.
/// </summary>
/// <remarks>Thread-safe (immutable). Equality is by value over all fields. <c>default</c> equals
/// <c>Opened(default(Instant))</c>: an opening at the Unix epoch, a valid if unlikely event.</remarks>
public readonly struct TicketEvent : IEquatable<TicketEvent>
{
    private TicketEvent(Instant at, TicketEventKind kind, string? key, string? value)
    {
        At = at;
        Kind = kind;
        Key = key;
        Value = value;
    }

    /// <summary>Gets the instant at which the event happened.</summary>
    public Instant At { get; }

    /// <summary>Gets what happened.</summary>
    public TicketEventKind Kind { get; }

    /// <summary>Gets the attribute name of an <see cref="TicketEventKind.AttributeChanged"/> event; otherwise <see langword="null"/>.</summary>
    public string? Key { get; }

    /// <summary>Gets the new status, priority, segment or attribute value, or the status an opened, resolved or reopened
    /// event sets; <see langword="null"/> for the other kinds and when such an event states no status.</summary>
    public string? Value { get; }

    /// <summary>The ticket was opened at <paramref name="at"/>.</summary>
    /// <param name="at">When the ticket was created.</param>
    /// <returns>The event.</returns>
    public static TicketEvent Opened(Instant at) => new(at, TicketEventKind.Opened, null, null);

    /// <summary>The ticket was opened at <paramref name="at"/> with the status <paramref name="status"/> (instead of <c>open</c>).</summary>
    /// <param name="at">When the ticket was created.</param>
    /// <param name="status">The status it was created with, e.g. <c>pending</c>; compared ordinally and case-insensitively by pause rules.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentException"><paramref name="status"/> is null, empty or white space.</exception>
    public static TicketEvent Opened(Instant at, string status) =>
        new(at, TicketEventKind.Opened, null, Preconditions.NotBlank(status, "must be a non-empty name"));

    /// <summary>The status became <paramref name="status"/> at <paramref name="at"/>.</summary>
    /// <param name="at">When the status changed.</param>
    /// <param name="status">The new status, compared ordinally and case-insensitively by pause rules.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentException"><paramref name="status"/> is null, empty or white space.</exception>
    public static TicketEvent StatusChanged(Instant at, string status) =>
        new(at, TicketEventKind.StatusChanged, null, Preconditions.NotBlank(status, "must be a non-empty name"));

    /// <summary>An agent replied publicly at <paramref name="at"/>.</summary>
    /// <param name="at">When the reply was sent.</param>
    /// <returns>The event.</returns>
    public static TicketEvent AgentPublicReply(Instant at) => new(at, TicketEventKind.AgentPublicReply, null, null);

    /// <summary>An agent wrote an internal note at <paramref name="at"/>.</summary>
    /// <param name="at">When the note was written.</param>
    /// <returns>The event.</returns>
    public static TicketEvent AgentInternalNote(Instant at) => new(at, TicketEventKind.AgentInternalNote, null, null);

    /// <summary>The customer wrote at <paramref name="at"/>.</summary>
    /// <param name="at">When the customer's message arrived.</param>
    /// <returns>The event.</returns>
    public static TicketEvent CustomerReply(Instant at) => new(at, TicketEventKind.CustomerReply, null, null);

    /// <summary>The priority became <paramref name="priority"/> at <paramref name="at"/>.</summary>
    /// <param name="at">When the priority changed.</param>
    /// <param name="priority">The new priority name (an SLA policy set checks it against its <see cref="Sla.Policies.PriorityScale"/>).</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentException"><paramref name="priority"/> is null, empty or white space.</exception>
    public static TicketEvent PriorityChanged(Instant at, string priority) =>
        new(at, TicketEventKind.PriorityChanged, null, Preconditions.NotBlank(priority, "must be a non-empty name"));

    /// <summary>The customer segment became <paramref name="segment"/> at <paramref name="at"/>.</summary>
    /// <param name="at">When the segment changed.</param>
    /// <param name="segment">The name of the new customer segment.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentException"><paramref name="segment"/> is null, empty or white space.</exception>
    public static TicketEvent SegmentChanged(Instant at, string segment) =>
        new(at, TicketEventKind.SegmentChanged, null, Preconditions.NotBlank(segment, "must be a non-empty name"));

    /// <summary>The attribute <paramref name="key"/> became <paramref name="value"/> at <paramref name="at"/>.</summary>
    /// <param name="at">When the attribute changed.</param>
    /// <param name="key">The attribute name: <c>channel</c>, <c>category</c> or a custom attribute.</param>
    /// <param name="value">The new value.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> or <paramref name="value"/> is null, empty or white space.</exception>
    public static TicketEvent AttributeChanged(Instant at, string key, string value) =>
        new(at, TicketEventKind.AttributeChanged, Preconditions.NotBlank(key, "must be a non-empty name"), Preconditions.NotBlank(value, "must be a non-empty name"));

    /// <summary>The ticket was resolved at <paramref name="at"/>.</summary>
    /// <param name="at">When the ticket was resolved.</param>
    /// <returns>The event.</returns>
    public static TicketEvent Resolved(Instant at) => new(at, TicketEventKind.Resolved, null, null);

    /// <summary>The ticket was resolved at <paramref name="at"/> and its status became <paramref name="status"/> (e.g. <c>solved</c>).</summary>
    /// <param name="at">When the ticket was resolved.</param>
    /// <param name="status">The status the resolution set; compared ordinally and case-insensitively by pause rules.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentException"><paramref name="status"/> is null, empty or white space.</exception>
    public static TicketEvent Resolved(Instant at, string status) =>
        new(at, TicketEventKind.Resolved, null, Preconditions.NotBlank(status, "must be a non-empty name"));

    /// <summary>The ticket was reopened at <paramref name="at"/>.</summary>
    /// <param name="at">When the ticket was reopened.</param>
    /// <returns>The event.</returns>
    public static TicketEvent Reopened(Instant at) => new(at, TicketEventKind.Reopened, null, null);

    /// <summary>The ticket was reopened at <paramref name="at"/> with the status <paramref name="status"/> (instead of <c>open</c>).</summary>
    /// <param name="at">When the ticket was reopened.</param>
    /// <param name="status">The status the reopen set, e.g. <c>open</c> or <c>pending</c>; compared ordinally and case-insensitively by pause rules.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentException"><paramref name="status"/> is null, empty or white space.</exception>
    public static TicketEvent Reopened(Instant at, string status) =>
        new(at, TicketEventKind.Reopened, null, Preconditions.NotBlank(status, "must be a non-empty name"));

    /// <summary>The ticket was closed at <paramref name="at"/>.</summary>
    /// <param name="at">When the ticket was closed.</param>
    /// <returns>The event.</returns>
    public static TicketEvent Closed(Instant at) => new(at, TicketEventKind.Closed, null, null);

    /// <summary>Compares two events by value.</summary>
    /// <param name="left">The first event.</param>
    /// <param name="right">The second event.</param>
    /// <returns><see langword="true"/> when all fields are equal.</returns>
    public static bool operator ==(TicketEvent left, TicketEvent right) => left.Equals(right);

    /// <summary>Compares two events by value.</summary>
    /// <param name="left">The first event.</param>
    /// <param name="right">The second event.</param>
    /// <returns><see langword="true"/> when any field differs.</returns>
    public static bool operator !=(TicketEvent left, TicketEvent right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(TicketEvent other) =>
        At == other.At && Kind == other.Kind && string.Equals(Key, other.Key, StringComparison.Ordinal) && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TicketEvent other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(At, Kind, Key, Value);

    /// <summary>Formats the event as <c>2025-01-27T09:00:00Z StatusChanged pending</c>.</summary>
    /// <returns>The event in words.</returns>
    public override string ToString() => Key is null
        ? (Value is null ? $"{At} {Kind}" : $"{At} {Kind} {Value}")
        : $"{At} {Kind} {Key}={Value}";
}
