// Accumulates evaluated tickets into an SlaComplianceReport; allocation-light per ticket (counts in a dictionary, durations in lists).
using CustomerCare.Core.Internal;
using CustomerCare.Core.Sla.Evaluation;
using CustomerCare.Core.Sla.Policies;
using NodaTime;

namespace CustomerCare.Core.Sla.Reporting;

/// <summary>
/// Adds evaluated tickets and builds a <see cref="SlaComplianceReport"/>. Every metric instance counts once: met,
/// breached, or in progress; not-applicable instances are left out. Builders can be merged, so tickets can be
/// evaluated on several threads with one builder each.
/// </summary>
/// <remarks>Not thread-safe: one builder per thread, then <see cref="Merge"/>.</remarks>
[MutableByDesign("An accumulator; one per thread, combined with Merge.")]
public sealed class SlaComplianceReportBuilder
{
    private readonly Dictionary<(string Metric, string Priority, string Policy, string Segment), long[]> _counts = new();
    private readonly List<Duration> _firstResponse = [];
    private readonly List<Duration> _resolution = [];
    private long _tickets;

    /// <summary>Adds one ticket's evaluation.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> is null.</exception>
    public SlaComplianceReportBuilder Add(SlaEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return Add(evaluation.Policy, evaluation.Priority, evaluation.Segment, evaluation.Results is SlaMetricResult[] array ? array : [.. evaluation.Results]);
    }

    /// <summary>Adds one ticket's results from the allocation-free evaluation path.</summary>
    /// <param name="policy">The policy that applied.</param>
    /// <param name="priority">The ticket's priority as of evaluation.</param>
    /// <param name="segment">The ticket's segment, or null.</param>
    /// <param name="results">The results.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> or <paramref name="priority"/> is null.</exception>
    public SlaComplianceReportBuilder Add(SlaPolicy policy, string priority, string? segment, ReadOnlySpan<SlaMetricResult> results)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(priority);
        _tickets++;
        foreach (ref readonly var r in results)
        {
            // Slots: 0 met, 1 breached, 2 in progress, 3 overdue (breached and still running; also counted in slot 1).
            var slot = r.Status switch
            {
                SlaStatus.Met => 0,
                SlaStatus.Breached => 1,
                SlaStatus.Active or SlaStatus.Warning or SlaStatus.Paused => 2,
                _ => -1,
            };
            if (slot < 0)
            {
                continue;
            }

            var key = (r.Metric.Name, priority, policy.Name, segment ?? string.Empty);
            if (!_counts.TryGetValue(key, out var counts))
            {
                counts = new long[4];
                _counts[key] = counts;
            }

            counts[slot]++;
            if (slot == 1 && r.Stop is null)
            {
                counts[3]++;
            }

            if (r.Stop is not null && slot < 2)
            {
                if (r.Metric.Kind == SlaMetricKind.FirstResponse)
                {
                    _firstResponse.Add(r.Elapsed);
                }
                else if (r.Metric.Kind == SlaMetricKind.Resolution)
                {
                    _resolution.Add(r.Elapsed);
                }
            }
        }

        return this;
    }

    /// <summary>Adds everything <paramref name="other"/> has accumulated (exact: counts and durations are kept, not averaged).</summary>
    /// <param name="other">Another builder.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public SlaComplianceReportBuilder Merge(SlaComplianceReportBuilder other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var (key, theirs) in other._counts)
        {
            if (!_counts.TryGetValue(key, out var counts))
            {
                counts = new long[4];
                _counts[key] = counts;
            }

            for (var i = 0; i < counts.Length; i++)
            {
                counts[i] += theirs[i];
            }
        }

        _firstResponse.AddRange(other._firstResponse);
        _resolution.AddRange(other._resolution);
        _tickets += other._tickets;
        return this;
    }

    /// <summary>Builds the report from what was added so far; the builder can go on accumulating.</summary>
    /// <returns>The report.</returns>
    public SlaComplianceReport Build()
    {
        var rows = _counts
            .OrderBy(kv => kv.Key.Metric, StringComparer.Ordinal)
            .ThenBy(kv => kv.Key.Priority, StringComparer.Ordinal)
            .ThenBy(kv => kv.Key.Policy, StringComparer.Ordinal)
            .ThenBy(kv => kv.Key.Segment, StringComparer.Ordinal)
            .Select(kv => new SlaComplianceRow(kv.Key.Metric, kv.Key.Priority, kv.Key.Policy, kv.Key.Segment.Length == 0 ? null : kv.Key.Segment,
                new SlaComplianceCounts(kv.Value[0], kv.Value[1], kv.Value[2], kv.Value[3])))
            .ToArray();
        Duration[] first = [.. _firstResponse];
        Duration[] resolution = [.. _resolution];
        Array.Sort(first);
        Array.Sort(resolution);
        return new SlaComplianceReport(_tickets, rows, new SlaDurationDistribution(first), new SlaDurationDistribution(resolution));
    }
}
