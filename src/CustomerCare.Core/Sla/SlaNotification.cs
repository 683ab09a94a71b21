// A moment a host may want to act on: an SLA metric instance reached its warning point, breached, or was met.
using NodaTime;

namespace CustomerCare.Core.Sla;

/// <summary>The transitions an SLA metric instance goes through that hosts notify or escalate on.</summary>
public enum SlaNotificationKind
{
    /// <summary>A running instance reached its warning point.</summary>
    WarningReached = 0,

    /// <summary>A running instance passed its deadline.</summary>
    Breached = 1,

    /// <summary>An instance stopped at or before its deadline.</summary>
    Met = 2,
}

/// <summary>One transition of one metric instance, at the instant the timeline says it happened.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly struct SlaNotification : IEquatable<SlaNotification>
{
    internal SlaNotification(SlaNotificationKind kind, SlaMetric metric, int instance, Instant at)
    {
        Kind = kind;
        Metric = metric;
        Instance = instance;
        At = at;
    }

    /// <summary>Gets what happened.</summary>
    public SlaNotificationKind Kind { get; }

    /// <summary>Gets the metric.</summary>
    public SlaMetric Metric { get; }

    /// <summary>Gets the metric instance (see <see cref="SlaMetricResult.Instance"/>).</summary>
    public int Instance { get; }

    /// <summary>Gets when it happened: the warning point, the deadline (a breach starts right after it) or the stop.</summary>
    public Instant At { get; }

    /// <summary>Compares two notifications by value.</summary>
    /// <param name="left">The first notification.</param>
    /// <param name="right">The second notification.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(SlaNotification left, SlaNotification right) => left.Equals(right);

    /// <summary>Compares two notifications by value.</summary>
    /// <param name="left">The first notification.</param>
    /// <param name="right">The second notification.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(SlaNotification left, SlaNotification right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(SlaNotification other) => Kind == other.Kind && Equals(Metric, other.Metric) && Instance == other.Instance && At == other.At;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SlaNotification other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Metric, Instance, At);

    /// <summary>Formats the notification, e.g. <c>2025-01-27T10:00:00Z first_response#0 Breached</c>.</summary>
    /// <returns>The notification in words.</returns>
    public override string ToString() => $"{At} {Metric?.Name}#{Instance} {Kind}";

    /// <summary>
    /// Derives the transitions in the window from an evaluation at its end: a warning point in (from, to] while the
    /// instance still ran; a deadline in [from, to) with the instance breached at <c>to</c> (breached means
    /// <c>now &gt; deadline</c>, so it was not yet breached at <c>from</c>); a met stop in (from, to].
    /// </summary>
    internal static List<SlaNotification> Between(SlaEvaluation atEnd, Instant from, Instant to)
    {
        var list = new List<SlaNotification>();
        foreach (var r in atEnd.Results)
        {
            if (r.WarningAt is { } w && w > from && w <= to && (r.Stop is null || r.Stop > w))
            {
                list.Add(new SlaNotification(SlaNotificationKind.WarningReached, r.Metric, r.Instance, w));
            }

            if (r.Status == SlaStatus.Breached && r.Deadline is { } d && d >= from && d < to)
            {
                list.Add(new SlaNotification(SlaNotificationKind.Breached, r.Metric, r.Instance, d));
            }

            if (r.Status == SlaStatus.Met && r.Stop is { } s && s > from && s <= to)
            {
                list.Add(new SlaNotification(SlaNotificationKind.Met, r.Metric, r.Instance, s));
            }
        }

        list.Sort((a, b) => a.At != b.At ? a.At.CompareTo(b.At) : a.Kind.CompareTo(b.Kind));
        return list;
    }
}
