// A condition on one ticket event, used to start and stop custom time metrics (e.g. "status entered: in progress").
using CustomerCare.Core.Internal;
using CustomerCare.Core.Tickets;

namespace CustomerCare.Core.Sla.Policies;

/// <summary>
/// Matches ticket events of one kind and, optionally, one value: <c>SlaEventMatch.Of(TicketEventKind.Opened)</c>,
/// <c>SlaEventMatch.StatusEntered("in progress")</c>. Values compare ordinally, case-insensitively.
/// </summary>
/// <remarks>Immutable and thread-safe. <c>default</c> equals <c>Of(TicketEventKind.Opened)</c>: it matches the
/// opening of a ticket.</remarks>
public readonly struct SlaEventMatch : IEquatable<SlaEventMatch>
{
    private SlaEventMatch(TicketEventKind kind, string? value)
    {
        Kind = kind;
        Value = value;
    }

    /// <summary>Gets the event kind to match.</summary>
    public TicketEventKind Kind { get; }

    /// <summary>Gets the value the event must carry, or <see langword="null"/> to match any value.</summary>
    public string? Value { get; }

    /// <summary>Matches every event of <paramref name="kind"/>.</summary>
    /// <param name="kind">The event kind.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    public static SlaEventMatch Of(TicketEventKind kind)
    {
        if (!Enum.IsDefined(kind))
        {
            Preconditions.ThrowOutOfRange(nameof(kind), kind, "must be a defined TicketEventKind");
        }

        return new SlaEventMatch(kind, null);
    }

    /// <summary>Matches events of <paramref name="kind"/> whose value is <paramref name="value"/>.</summary>
    /// <param name="kind">The event kind (one that carries a value: status, priority, segment or attribute change).</param>
    /// <param name="value">The value to match.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is blank, or <paramref name="kind"/> carries no value.</exception>
    public static SlaEventMatch Of(TicketEventKind kind, string value)
    {
        _ = Of(kind);
        Preconditions.NotBlank(value, "must be non-empty");

        if (kind is not (TicketEventKind.StatusChanged or TicketEventKind.PriorityChanged or TicketEventKind.SegmentChanged or TicketEventKind.AttributeChanged))
        {
            Preconditions.ThrowArgument(nameof(kind), $"{kind} events carry no value; match them with Of({kind}) alone.");
        }

        return new SlaEventMatch(kind, value);
    }

    /// <summary>Matches a change of status to <paramref name="status"/>.</summary>
    /// <param name="status">The status entered.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentException"><paramref name="status"/> is blank.</exception>
    public static SlaEventMatch StatusEntered(string status) => Of(TicketEventKind.StatusChanged, status);

    /// <summary>Compares two conditions by value.</summary>
    /// <param name="left">The first condition.</param>
    /// <param name="right">The second condition.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(SlaEventMatch left, SlaEventMatch right) => left.Equals(right);

    /// <summary>Compares two conditions by value.</summary>
    /// <param name="left">The first condition.</param>
    /// <param name="right">The second condition.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(SlaEventMatch left, SlaEventMatch right) => !left.Equals(right);

    /// <summary>Gets whether <paramref name="e"/> satisfies the condition.</summary>
    /// <param name="e">An event.</param>
    /// <returns><see langword="true"/> when the kind matches and, if a value is required, the value too. A status match
    /// (<c>StatusChanged:pending</c>) also matches an opened, resolved or reopened event that states that status.</returns>
    public bool Matches(in TicketEvent e) =>
        (e.Kind == Kind && (Value is null || string.Equals(Value, e.Value, StringComparison.OrdinalIgnoreCase)))
        || (Kind == TicketEventKind.StatusChanged && Value is not null && e.Value is not null
            && e.Kind is TicketEventKind.Opened or TicketEventKind.Resolved or TicketEventKind.Reopened
            && string.Equals(Value, e.Value, StringComparison.OrdinalIgnoreCase));

    /// <inheritdoc/>
    public bool Equals(SlaEventMatch other) => Kind == other.Kind && string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SlaEventMatch other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Value));

    /// <summary>Formats the condition as <c>StatusChanged:pending</c> or <c>Opened</c>.</summary>
    /// <returns>The condition in words.</returns>
    public override string ToString() => Value is null ? Kind.ToString() : $"{Kind}:{Value}";
}
