// SLA compliance over many tickets: met/breached counts per metric, priority, policy and segment, and business-time distributions.
namespace CustomerCare.Core.Sla.Reporting;

/// <summary>
/// Compliance over many evaluated tickets. <see cref="Rows"/> hold the finest grain (metric × priority × policy ×
/// segment, ordinal order); <see cref="Total"/> sums any slice. Distributions hold the business time of stopped
/// first-response and resolution instances (met or breached), for percentiles or KPI accumulators.
/// </summary>
/// <remarks>Immutable and thread-safe. Build one with <see cref="SlaComplianceReportBuilder"/>.</remarks>
public sealed class SlaComplianceReport
{
    private readonly SlaComplianceRow[] _rows;

    internal SlaComplianceReport(long tickets, SlaComplianceRow[] rows, SlaDurationDistribution firstResponse, SlaDurationDistribution resolution)
    {
        Tickets = tickets;
        _rows = rows;
        FirstResponseTimes = firstResponse;
        ResolutionTimes = resolution;
    }

    /// <summary>Gets the number of tickets added.</summary>
    public long Tickets { get; }

    /// <summary>Gets the rows, ordered by metric, priority, policy and segment (ordinal).</summary>
    public IReadOnlyList<SlaComplianceRow> Rows => _rows;

    /// <summary>Gets the business times of stopped first-response instances.</summary>
    public SlaDurationDistribution FirstResponseTimes { get; }

    /// <summary>Gets the business times of stopped resolution instances (each cycle in new-cycle mode).</summary>
    public SlaDurationDistribution ResolutionTimes { get; }

    /// <summary>Sums the rows that match every given filter (<see langword="null"/> matches all; names are case-insensitive).</summary>
    /// <param name="metric">A metric name, or null.</param>
    /// <param name="priority">A priority, or null.</param>
    /// <param name="policy">A policy name, or null.</param>
    /// <param name="segment">A segment, or null for any segment.</param>
    /// <returns>The summed counts (all zero when nothing matches; rates are then NaN).</returns>
    public SlaComplianceCounts Total(string? metric = null, string? priority = null, string? policy = null, string? segment = null)
    {
        var total = default(SlaComplianceCounts);
        foreach (var row in _rows)
        {
            if (Matches(metric, row.Metric) && Matches(priority, row.Priority) && Matches(policy, row.Policy) && Matches(segment, row.Segment))
            {
                total += row.Counts;
            }
        }

        return total;
    }

    private static bool Matches(string? filter, string? value) => filter is null || string.Equals(filter, value, StringComparison.OrdinalIgnoreCase);
}
