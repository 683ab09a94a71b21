// The SLA picture of one ticket at one instant: which policy and priority applied, and every metric instance's result.
using CustomerCare.Core.Sla.Policies;
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CustomerCare.Core.Sla.Evaluation;

/// <summary>The result of evaluating one ticket at <see cref="Now"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class SlaEvaluation
{
    private readonly SlaMetricResult[] _results;

    internal SlaEvaluation(Instant now, SlaPolicy policy, string priority, TicketAttributes attributes, string? segment, SlaMetricResult[] results)
    {
        Now = now;
        Policy = policy;
        Priority = priority;
        Attributes = attributes;
        Segment = segment;
        _results = results;
    }

    /// <summary>Gets the evaluation instant; events after it were not taken into account.</summary>
    public Instant Now { get; }

    /// <summary>Gets the policy that applied (first match on the ticket's attributes as of <see cref="Now"/>).</summary>
    public SlaPolicy Policy { get; }

    /// <summary>Gets the ticket's priority as of <see cref="Now"/>; its targets apply from the ticket's opening, as if the
    /// ticket had always had it.</summary>
    public string Priority { get; }

    /// <summary>Gets the name of the ticket's customer segment as of <see cref="Now"/>, or <see langword="null"/>.</summary>
    public string? Segment { get; }

    /// <summary>Gets the ticket's opening attributes.</summary>
    public TicketAttributes Attributes { get; }

    /// <summary>Gets one result per metric instance, grouped by metric in the policy's order, instances in time order.
    /// A metric with no instance (or no target for the priority) has a single <see cref="SlaStatus.NotApplicable"/> row.</summary>
    public IReadOnlyList<SlaMetricResult> Results => _results;

    /// <summary>Gets the results of one metric.</summary>
    /// <param name="metric">The metric.</param>
    /// <returns>Its instances in time order (empty when the policy does not measure it).</returns>
    public IReadOnlyList<SlaMetricResult> For(SlaMetric metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return Array.FindAll(_results, r => r.Metric.Equals(metric));
    }
}
