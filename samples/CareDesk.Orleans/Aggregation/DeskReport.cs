// The desk's report: the merged summary of all partitions, with the printed KPI and compliance report.
using System.Globalization;
using System.Text;
using CustomerCare.Core.Kpis;
using CustomerCare.Core.Kpis.Percentiles;
using CustomerCare.Core.Kpis.Resolution;
using CustomerCare.Core.Responsibility;
using CustomerCare.Core.Sla.Reporting;
using NodaTime;

namespace CareDesk.Orleans.Aggregation;

/// <summary>The merged report.</summary>
/// <param name="AsOf">The instant the partitions were settled at; null for <see cref="IDeskGrain.Current"/>.</param>
/// <param name="Partitions">How many partition snapshots were merged.</param>
/// <param name="Events">The acknowledged events of all tickets.</param>
/// <param name="Summary">The merged summary.</param>
[GenerateSerializer, Immutable]
public sealed record DeskReport([property: Id(0)] Instant? AsOf, [property: Id(1)] int Partitions, [property: Id(2)] long Events, [property: Id(3)] KpiSummary Summary)
{
    /// <summary>Prints the KPI and compliance report of <paramref name="summary"/> (the same text for the cluster and the single process).</summary>
    public static string Format(KpiSummary summary, Instant asOf)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(c, $"KPI report as of {asOf} over {summary.Tickets} tickets");
        text.AppendLine("SLA compliance by metric (an instance counts once: met, breached, or running; overdue = breached and still running):");
        foreach (var metric in summary.Rows.GroupBy(r => r.Metric, StringComparer.Ordinal))
        {
            var t = metric.Aggregate(default(SlaComplianceCounts), (sum, r) => sum.Merge(r.Counts));
            text.AppendLine(c, $"  {metric.Key,-16} met {t.Met,7}  breached {t.Breached,7}  running {t.InProgress,6}  overdue {t.Overdue,6}  met rate {Rate(t.MetRate)}");
        }

        text.AppendLine("SLA compliance by policy (all metrics):");
        foreach (var policy in summary.Rows.GroupBy(r => r.Policy, StringComparer.Ordinal))
        {
            var t = policy.Aggregate(default(SlaComplianceCounts), (sum, r) => sum.Merge(r.Counts));
            text.AppendLine(c, $"  {policy.Key,-16} met {t.Met,7}  breached {t.Breached,7}  running {t.InProgress,6}  met rate {Rate(t.MetRate)}");
        }

        text.AppendLine(Times("First response", summary.FirstResponse));
        text.AppendLine(Times("Resolution", summary.Resolution));
        var escalated = summary.Escalations.Where(e => e.Outcome == EscalationOutcome.Escalated).ToArray();
        var atTop = summary.Escalations.Where(e => e.Outcome == EscalationOutcome.AtTop).Sum(e => e.Steps);
        text.AppendLine(c, $"Escalations on SLA transitions: {escalated.Sum(e => e.Steps)} steps up{(escalated.Length == 0 ? string.Empty : " — " + string.Join(", ", escalated.OrderByDescending(e => e.Steps).Select(e => $"to {e.Tier} {e.Steps}")))}; {atTop} more at the top tier");
        var fcr = summary.ContactResolution();
        text.Append(c, $"Contact resolution: {fcr.Issues} issues, {fcr.Resolved} resolved; first-contact resolution {Ratio(fcr.FirstContactResolution(FcrBasis.Customers))}, repeat contacts {Ratio(fcr.RepeatContactRate(RepeatContactVariant.IssuesWithRepeatOverIssues))} of issues");
        return text.ToString();
    }

    private static string Times(string name, Duration[] sorted)
    {
        var accumulator = new DurationAccumulator();
        accumulator.Add(sorted);
        var summary = accumulator.Result;
        if (!summary.TryGetMean(out var mean))
        {
            return $"{name} (business time): no judged instance";
        }

        ExactPercentiles.TryFromSorted(sorted, 0.5, PercentileMethod.NearestRank, out var p50);
        ExactPercentiles.TryFromSorted(sorted, 0.9, PercentileMethod.NearestRank, out var p90);
        return string.Create(CultureInfo.InvariantCulture, $"{name} (business time): {summary.Count} judged; mean {Minutes(mean)}, p50 {Minutes(p50)}, p90 {Minutes(p90)}, max {Minutes(summary.Maximum)}");
    }

    private static string Minutes(Duration d) => string.Create(CultureInfo.InvariantCulture, $"{d.TotalMinutes:0.0} min");

    private static string Rate(double rate) => double.IsNaN(rate) ? "n/a" : rate.ToString("P1", CultureInfo.InvariantCulture);

    private static string Ratio(KpiRatio ratio) => ratio.TryGetValue(out var v) ? v.ToString("P1", CultureInfo.InvariantCulture) : "n/a";
}
