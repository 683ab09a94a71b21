// One row of an SLA compliance report: the counts of one metric for one priority, policy and segment.
namespace CustomerCare.Core.Sla.Reporting;

/// <summary>One group of a compliance report: a metric under one policy, for one priority and segment.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class SlaComplianceRow
{
    internal SlaComplianceRow(string metric, string priority, string policy, string? segment, SlaComplianceCounts counts)
    {
        Metric = metric;
        Priority = priority;
        Policy = policy;
        Segment = segment;
        Counts = counts;
    }

    /// <summary>Gets the metric name.</summary>
    public string Metric { get; }

    /// <summary>Gets the priority (as of evaluation).</summary>
    public string Priority { get; }

    /// <summary>Gets the policy name.</summary>
    public string Policy { get; }

    /// <summary>Gets the segment, or <see langword="null"/> for tickets without one.</summary>
    public string? Segment { get; }

    /// <summary>Gets the counts.</summary>
    public SlaComplianceCounts Counts { get; }

    /// <summary>Formats the row.</summary>
    /// <returns>The row in words.</returns>
    public override string ToString() => $"{Metric} / {Priority} / {Policy} / {Segment ?? "-"}: {Counts}";
}
