// Service level, abandonment and ASA from the contacts offered to a queue: one pass, no allocation.
namespace CustomerCare.Core.Kpis.ContactCentre;

/// <summary>Classifies queued contacts against <see cref="QueueThresholds"/>. Thread-safe, allocation-free.</summary>
public static class QueueMetrics
{
    /// <summary>Counts <paramref name="contacts"/>.</summary>
    /// <param name="contacts">The contacts offered; may be empty (every rate is then undefined).</param>
    /// <param name="thresholds">The answer target and short-abandon limit.</param>
    /// <returns>The counts; read service level and abandonment in the variant you report.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An element is <c>default</c> (no outcome); the message names its index.</exception>
    /// <exception cref="ArgumentException"><paramref name="thresholds"/> is <c>default</c>.</exception>
    public static QueueResult Calculate(ReadOnlySpan<QueuedContact> contacts, QueueThresholds thresholds)
    {
        var accumulator = new QueueAccumulator(thresholds);
        accumulator.Add(contacts);
        return accumulator.Result;
    }
}
