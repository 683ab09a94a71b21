// A moment a host may want to act on: an SLA metric instance reached its warning point, breached, or was met.
using CustomerCare.Core.Sla.Policies;
using NodaTime;

namespace CustomerCare.Core.Sla.Evaluation;

/// <summary>One transition of one metric instance, at the instant the timeline says it happened.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Metric">The metric.</param>
/// <param name="Instance">The metric instance (see <see cref="SlaMetricResult.Instance"/>).</param>
/// <param name="At">When it happened: the warning point, the deadline (a breach starts right after it) or the stop.</param>
/// <remarks>Immutable and thread-safe; equality is member-wise (metrics compare by name). A record of what
/// happened: every combination of values is a possible notification, except that <c>default</c> has no
/// <see cref="Metric"/> and is never produced by the library.</remarks>
public readonly record struct SlaNotification(SlaNotificationKind Kind, SlaMetric Metric, int Instance, Instant At)
{
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
