// SLA compliance edges: row order by every key, rows without a segment, not-applicable results, merges into an empty builder, counts' refusals, rates and equality.
using CustomerCare.Core.Sla.Evaluation;
using CustomerCare.Core.Sla.Policies;
using CustomerCare.Core.Sla.Reporting;
using NodaTime;

namespace CustomerCare.Core.Tests.Sla.Reporting;

public sealed class SlaComplianceReportEdgeTests
{
    private static readonly Instant T0 = Instant.FromUtc(2025, 1, 27, 9, 0);

    private static readonly SlaPolicy A = Policy("A");

    private static readonly SlaPolicy B = Policy("B");

    private static SlaPolicy Policy(string name) => new SlaPolicyBuilder(name).Target(SlaMetric.FirstResponse, "normal", Duration.FromHours(1)).Build();

    private static SlaMetricResult Stopped(SlaMetric metric, SlaStatus status, int minutes) =>
        new(metric, 0, status, T0, T0 + Duration.FromMinutes(minutes), T0 + Duration.FromHours(1), null, Duration.FromHours(1), Duration.FromMinutes(minutes), 0);

    private static SlaMetricResult Met(SlaMetric metric, int minutes = 10) => Stopped(metric, SlaStatus.Met, minutes);

    private static SlaMetricResult NotApplicable(SlaMetric metric) => new(metric, 0, SlaStatus.NotApplicable, null, null, null, null, Duration.Zero, Duration.Zero, 0);

    [Fact]
    public void Rows_sort_by_metric_then_priority_then_policy_then_segment_and_a_missing_segment_stays_null()
    {
        var report = new SlaComplianceReportBuilder()
            .Add(A, "high", "s1", [Met(SlaMetric.Resolution)])
            .Add(A, "normal", "s1", [Met(SlaMetric.FirstResponse)])
            .Add(B, "high", "s1", [Met(SlaMetric.FirstResponse)])
            .Add(A, "high", "s2", [Met(SlaMetric.FirstResponse)])
            .Add(A, "high", "s1", [Met(SlaMetric.FirstResponse)])
            .Add(A, "low", null, [Stopped(SlaMetric.FirstResponse, SlaStatus.Breached, 70)])
            .Build();

        Assert.Equal(
            [
                "first_response / high / A / s1: met 1, breached 0 (0 overdue), in progress 0",
                "first_response / high / A / s2: met 1, breached 0 (0 overdue), in progress 0",
                "first_response / high / B / s1: met 1, breached 0 (0 overdue), in progress 0",
                "first_response / low / A / -: met 0, breached 1 (0 overdue), in progress 0",
                "first_response / normal / A / s1: met 1, breached 0 (0 overdue), in progress 0",
                "resolution / high / A / s1: met 1, breached 0 (0 overdue), in progress 0",
            ],
            report.Rows.Select(r => r.ToString()));
        Assert.Null(report.Rows[3].Segment);
    }

    [Fact]
    public void Not_applicable_results_count_in_no_row()
    {
        var report = new SlaComplianceReportBuilder().Add(A, "normal", null, [NotApplicable(SlaMetric.FirstResponse), Met(SlaMetric.Resolution)]).Build();

        Assert.Equal(1, report.Tickets);
        Assert.Equal("resolution", Assert.Single(report.Rows).Metric);
    }

    [Fact]
    public void Merging_into_an_empty_builder_keeps_counts_and_sorted_resolution_times()
    {
        var other = new SlaComplianceReportBuilder()
            .Add(A, "normal", null, [Met(SlaMetric.Resolution, 50), Met(SlaMetric.FirstResponse, 30)])
            .Add(A, "normal", null, [Met(SlaMetric.Resolution, 20)]);

        var report = new SlaComplianceReportBuilder().Merge(other).Build();

        Assert.Equal(2, report.Tickets);
        Assert.Equal(new SlaComplianceCounts(3, 0, 0), report.Total());
        Assert.Equal([Duration.FromMinutes(20), Duration.FromMinutes(50)], report.ResolutionTimes.Values);
        Assert.Equal([Duration.FromMinutes(30)], report.FirstResponseTimes.Values);
        Assert.True(report.ResolutionTimes.TryGetPercentile(1, out var max));
        Assert.Equal(Duration.FromMinutes(50), max);
    }

    [Fact]
    public void The_builder_refuses_null_arguments_by_name()
    {
        var builder = new SlaComplianceReportBuilder();

        Assert.Throws<ArgumentNullException>("evaluation", () => builder.Add(null!));
        Assert.Throws<ArgumentNullException>("policy", () => builder.Add(null!, "normal", null, []));
        Assert.Throws<ArgumentNullException>("priority", () => builder.Add(A, null!, null, []));
        Assert.Throws<ArgumentNullException>("other", () => builder.Merge(null!));
    }

    [Theory]
    [InlineData(-1, 0, 0, "met")]
    [InlineData(0, -1, 0, "breached")]
    [InlineData(0, 0, -1, "inProgress")]
    public void Counts_refuse_a_negative_count_by_name(long met, long breached, long inProgress, string name)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new SlaComplianceCounts(met, breached, inProgress));

        Assert.Equal(name, ex.ParamName);
        Assert.Equal($"{name} must be zero or more; it was -1. (Parameter '{name}')", ex.Message);
    }

    [Fact]
    public void Counts_give_the_breach_rate_and_compare_every_count()
    {
        var counts = new SlaComplianceCounts(3, 1, 2);

        Assert.Equal(0.25, counts.BreachRate);
        Assert.Equal(0.75, counts.MetRate);
        Assert.True(double.IsNaN(new SlaComplianceCounts(0, 0, 5).BreachRate));

        Assert.True(counts != new SlaComplianceCounts(3, 2, 2));
        Assert.False(counts != new SlaComplianceCounts(3, 1, 2));
        Assert.NotEqual(counts, new SlaComplianceCounts(3, 1, 3));
        Assert.NotEqual(new SlaComplianceCounts(3, 1, 2, overdue: 1), counts);
        Assert.Equal("met 3, breached 1 (0 overdue), in progress 2", counts.ToString());
    }
}
