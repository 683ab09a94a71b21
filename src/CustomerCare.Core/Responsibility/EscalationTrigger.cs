// Why escalation is asked for: a severity change, an SLA warning or breach, a segment, repeat contacts or a request amount.
using CustomerCare.Core.Internal;
using CustomerCare.Core.Sla.Evaluation;
using CustomerCare.Core.Tickets;

namespace CustomerCare.Core.Responsibility;

/// <summary>A reason to escalate, created with one of the factory methods.</summary>
/// <remarks>Immutable and thread-safe. <c>default</c> is a severity trigger for severity 0 without a category and is rejected by <see cref="ResponsibilityModel.Escalate"/>.</remarks>
public readonly struct EscalationTrigger : IEquatable<EscalationTrigger>
{
    private EscalationTrigger(EscalationTriggerKind kind, IssueCategoryKey category, int severity, SlaNotification notification, string? segment, int contacts, CategoryPath requestKind, Money amount)
    {
        Kind = kind;
        Category = category;
        Severity = severity;
        Notification = notification;
        Segment = segment;
        Contacts = contacts;
        RequestKind = requestKind;
        Amount = amount;
    }

    /// <summary>Gets the kind of trigger.</summary>
    public EscalationTriggerKind Kind { get; }

    /// <summary>Gets the issue's category (severity triggers).</summary>
    public IssueCategoryKey Category { get; }

    /// <summary>Gets the new severity index (severity triggers).</summary>
    public int Severity { get; }

    /// <summary>Gets the SLA transition (SLA triggers).</summary>
    public SlaNotification Notification { get; }

    /// <summary>Gets the customer segment (segment triggers).</summary>
    public string? Segment { get; }

    /// <summary>Gets the number of customer contacts so far (repeat-contact triggers).</summary>
    public int Contacts { get; }

    /// <summary>Gets the request kind, e.g. <c>returns/refund</c> (authority triggers).</summary>
    public CategoryPath RequestKind { get; }

    /// <summary>Gets the amount asked for (authority triggers).</summary>
    public Money Amount { get; }

    /// <summary>The issue's severity became <paramref name="severity"/>.</summary>
    /// <param name="category">The issue's category key.</param>
    /// <param name="severity">The new severity index (0 is the most severe).</param>
    /// <returns>The trigger.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is negative.</exception>
    public static EscalationTrigger SeverityChanged(IssueCategoryKey category, int severity)
    {
        if (severity < 0)
        {
            Preconditions.ThrowOutOfRange(nameof(severity), severity, "must be a severity index of 0 or more");
        }

        return new(EscalationTriggerKind.Severity, category, severity, default, null, 0, default, default);
    }

    /// <summary>An SLA transition: a warning reached or a breach, at the instant the SLA engine computed.</summary>
    /// <param name="notification">A <see cref="SlaNotificationKind.WarningReached"/> or <see cref="SlaNotificationKind.Breached"/> transition.</param>
    /// <returns>The trigger.</returns>
    /// <exception cref="ArgumentException">The notification is a <see cref="SlaNotificationKind.Met"/> stop, which never escalates.</exception>
    public static EscalationTrigger Sla(SlaNotification notification)
    {
        var kind = notification.Kind switch
        {
            SlaNotificationKind.WarningReached => EscalationTriggerKind.SlaWarning,
            SlaNotificationKind.Breached => EscalationTriggerKind.SlaBreach,
            _ => (EscalationTriggerKind)(-1),
        };
        if (kind < 0)
        {
            Preconditions.ThrowArgument(nameof(notification), $"notification is a {notification.Kind} transition ({notification}); only WarningReached and Breached escalate.");
        }

        return new(kind, default, 0, notification, null, 0, default, default);
    }

    /// <summary>The customer belongs to <paramref name="segment"/>, whose care plan may require a minimum tier.</summary>
    /// <param name="segment">The segment's name.</param>
    /// <returns>The trigger.</returns>
    /// <exception cref="ArgumentException"><paramref name="segment"/> is null or blank.</exception>
    public static EscalationTrigger CustomerSegment(string segment)
    {
        if (string.IsNullOrWhiteSpace(segment))
        {
            Preconditions.ThrowArgument(nameof(segment), "segment must name a customer segment such as 'vip'; it was blank.");
        }

        return new(EscalationTriggerKind.Segment, default, 0, default, segment, 0, default, default);
    }

    /// <summary>The customer has contacted the desk <paramref name="contacts"/> times about the issue.</summary>
    /// <param name="contacts">The number of contacts, 1 or more.</param>
    /// <returns>The trigger.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="contacts"/> is below 1.</exception>
    public static EscalationTrigger RepeatContacts(int contacts)
    {
        if (contacts < 1)
        {
            Preconditions.ThrowOutOfRange(nameof(contacts), contacts, "must be 1 or more contacts");
        }

        return new(EscalationTriggerKind.RepeatContacts, default, 0, default, null, contacts, default, default);
    }

    /// <summary>The customer asks for <paramref name="amount"/> of <paramref name="requestKind"/> (a refund, compensation).</summary>
    /// <param name="requestKind">The request kind, e.g. <c>returns/refund</c>.</param>
    /// <param name="amount">The amount asked for.</param>
    /// <returns>The trigger.</returns>
    /// <exception cref="ArgumentException">Either argument is <c>default</c>.</exception>
    public static EscalationTrigger Request(CategoryPath requestKind, Money amount)
    {
        CategoryPath.EnsureDefined(requestKind, nameof(requestKind));
        Money.EnsureDefined(amount, nameof(amount));
        return new(EscalationTriggerKind.Authority, default, 0, default, null, 0, requestKind, amount);
    }

    /// <summary>Compares two triggers.</summary>
    /// <param name="left">The first trigger.</param>
    /// <param name="right">The second trigger.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(EscalationTrigger left, EscalationTrigger right) => left.Equals(right);

    /// <summary>Compares two triggers.</summary>
    /// <param name="left">The first trigger.</param>
    /// <param name="right">The second trigger.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(EscalationTrigger left, EscalationTrigger right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(EscalationTrigger other) =>
        Kind == other.Kind && Category == other.Category && Severity == other.Severity && Notification == other.Notification
        && string.Equals(Segment, other.Segment, StringComparison.OrdinalIgnoreCase) && Contacts == other.Contacts
        && RequestKind == other.RequestKind && Amount == other.Amount;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EscalationTrigger other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Category, Severity, Notification, Contacts, RequestKind, Amount);

    /// <summary>Formats the trigger, e.g. <c>SLA breach of first_response#0 at …</c> or <c>request returns/refund 400 EUR</c>.</summary>
    /// <returns>The trigger in words.</returns>
    public override string ToString() => Kind switch
    {
        EscalationTriggerKind.Severity => $"severity index {Severity} for {Category}",
        EscalationTriggerKind.SlaWarning => $"SLA warning of {Notification.Metric?.Name}#{Notification.Instance} at {Notification.At}",
        EscalationTriggerKind.SlaBreach => $"SLA breach of {Notification.Metric?.Name}#{Notification.Instance} at {Notification.At}",
        EscalationTriggerKind.Segment => $"segment '{Segment}'",
        EscalationTriggerKind.RepeatContacts => $"{Contacts} contacts",
        _ => $"request {RequestKind} {Amount}",
    };
}
