// Compliance over several hand-worked tickets: counts per slice, rates as fractions (NaN when nothing judged), percentiles, merge.
using CustomerCare.Core.Kpis.Service;
using CustomerCare.Core.Sla.Evaluation;
using CustomerCare.Core.Sla.Policies;
using CustomerCare.Core.Sla.Reporting;
using CustomerCare.Core.Tests.TestInfrastructure;
using CustomerCare.Core.Tickets;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CustomerCare.Core.Tests.Sla.Reporting;

public sealed class SlaComplianceReportTests
{
    private static readonly Instant T0 = Instant.FromUtc(2025, 1, 27, 9, 0);

    private static readonly SlaPolicySet Set = new SlaPolicySetBuilder()
        .Add(new SlaPolicyBuilder("VIP").When(SlaCondition.Segment("vip"))
            .Target(SlaMetric.FirstResponse, Duration.FromMinutes(30), "normal", "urgent")
            .Target(SlaMetric.Resolution, Duration.FromHours(4), "normal", "urgent").Build())
        .Fallback(new SlaPolicyBuilder("Standard")
            .Target(SlaMetric.FirstResponse, Duration.FromHours(1), "normal", "urgent")
            .Target(SlaMetric.Resolution, Duration.FromHours(8), "normal", "urgent").Build())
        .Build();

    private static SlaEvaluation Ticket(string? segment, int replyMinutes, int? resolveMinutes)
    {
        var events = new List<TicketEvent> { TicketEvent.Opened(T0), TicketEvent.AgentPublicReply(T0 + Duration.FromMinutes(replyMinutes)) };
        if (resolveMinutes is { } r)
        {
            events.Add(TicketEvent.Resolved(T0 + Duration.FromMinutes(r)));
        }

        return Set.Evaluate(new TicketTimeline(new TicketAttributes("normal", segment), events), T0 + Duration.FromHours(10));
    }

    [Fact]
    public void Counts_rates_and_distributions_of_four_tickets()
    {
        // Standard: replies at 20 (met) and 90 min (breached, 60-min target); resolved 300 (met) and open (running at 10 h > 8 h: breached).
        // VIP: replies at 10 (met) and 40 min (breached, 30-min target); resolved 200 (met) and 260 min (breached, 240-min target).
        var report = new SlaComplianceReportBuilder()
            .Add(Ticket(null, 20, 300)).Add(Ticket(null, 90, null))
            .Add(Ticket("vip", 10, 200)).Add(Ticket("vip", 40, 260))
            .Build();

        Assert.Equal(4, report.Tickets);
        Assert.Equal(new SlaComplianceCounts(2, 2, 0), report.Total(metric: "first_response"));
        Assert.Equal(0.5, report.Total(metric: "first_response").MetRate);
        Assert.Equal(new SlaComplianceCounts(1, 1, 0, overdue: 1), report.Total(metric: "resolution", policy: "Standard"));
        Assert.Equal(new SlaComplianceCounts(4, 4, 0, overdue: 1), report.Total());
        Assert.Equal(new SlaComplianceCounts(2, 2, 0), report.Total(segment: "VIP"));
        Assert.True(double.IsNaN(report.Total(policy: "Nobody").MetRate));
        Assert.Equal(4, report.Rows.Count); // 2 metrics × 2 policies (one priority, segment follows the policy here)

        // Stopped first responses: 10, 20, 40, 90 min; median (nearest rank 2 of 4) = 20 min, p90 (rank 4) = 90 min.
        Assert.Equal([10, 20, 40, 90], report.FirstResponseTimes.Values.Select(d => (int)d.TotalMinutes));
        Assert.True(report.FirstResponseTimes.TryGetPercentile(0.5, out var median));
        Assert.Equal(Duration.FromMinutes(20), median);
        Assert.True(report.FirstResponseTimes.TryGetPercentile(0.9, out var p90));
        Assert.Equal(Duration.FromMinutes(90), p90);
        // Stopped resolutions only: 200, 260, 300 min (the open ticket is not in the distribution).
        Assert.Equal(Duration.FromMinutes(760), report.ResolutionTimes.Total);
    }

    [Fact]
    public void Counts_feed_the_kpi_compliance_variants()
    {
        // Resolution: Standard met at 300 min and one still open at 10 h (overdue); VIP met at 200 and stopped late at 260.
        var report = new SlaComplianceReportBuilder()
            .Add(Ticket(null, 20, 300)).Add(Ticket(null, 90, null))
            .Add(Ticket("vip", 10, 200)).Add(Ticket("vip", 40, 260))
            .Build();
        var resolution = report.Total(metric: "resolution");
        var kpi = resolution.ToKpi();

        Assert.Equal(new SlaComplianceCounts(2, 2, 0, overdue: 1), resolution);
        Assert.Equal(new SlaComplianceResult(resolvedWithinTarget: 2, resolvedBreached: 1, openBreached: 1, openWithinTarget: 0), kpi);
        Assert.Equal(2.0 / 3, kpi.Compliance(SlaComplianceVariant.MetOverResolved).Value);                 // 2 / (2 + 1)
        Assert.Equal(0.5, kpi.Compliance(SlaComplianceVariant.MetOverCreated).Value);                      // 2 / 4
        Assert.Equal(resolution.MetRate, kpi.Compliance(SlaComplianceVariant.MetOverResolvedAndOpenBreached).Value); // 2 / (3 + 1)
    }

    [Fact]
    public void Distributions_hand_their_values_to_the_kpi_duration_accumulator()
    {
        var report = new SlaComplianceReportBuilder().Add(Ticket(null, 20, 300)).Add(Ticket("vip", 10, 200)).Add(Ticket("vip", 40, 260)).Build();

        // Stopped first responses 10, 20, 40 min: total 70, mean 23 min 20 s, min 10, max 40.
        var summary = report.FirstResponseTimes.Summary;
        Assert.Equal(3, summary.Count);
        Assert.Equal(Duration.FromMinutes(70), summary.Total);
        Assert.True(summary.TryGetMean(out var mean));
        Assert.Equal(Duration.FromSeconds(1400), mean);
        Assert.Equal((Duration.FromMinutes(10), Duration.FromMinutes(40)), (summary.Minimum, summary.Maximum));

        // An accumulator from one report merges with another's exactly.
        var merged = report.FirstResponseTimes.ToAccumulator();
        merged.Merge(report.ResolutionTimes.ToAccumulator());
        Assert.Equal(6, merged.Result.Count);
        Assert.Equal(Duration.FromMinutes(70 + 760), merged.Result.Total);

        // An empty distribution has no mean.
        var empty = new SlaComplianceReportBuilder().Build().FirstResponseTimes;
        Assert.Equal(0, empty.Summary.Count);
        Assert.False(empty.Summary.TryGetMean(out _));
    }

    [Fact]
    public void Running_instances_within_target_are_in_progress()
    {
        var evaluation = Set.Evaluate(new TicketTimeline(new TicketAttributes("normal"), [TicketEvent.Opened(T0)]), T0 + Duration.FromMinutes(10));
        var report = new SlaComplianceReportBuilder().Add(evaluation).Build();

        Assert.Equal(new SlaComplianceCounts(0, 0, 2), report.Total());
        Assert.True(double.IsNaN(report.Total().MetRate));
        Assert.False(report.FirstResponseTimes.TryGetPercentile(0.5, out _));
    }

    [CareProperty(50)]
    public Property Merging_builders_equals_adding_everything_to_one()
    {
        var gen = Gen.ArrayOf(Gen.Zip(Gen.Choose(1, 120), Gen.Choose(0, 1)));
        return Prop.ForAll(gen.ToArbitrary(), tickets =>
        {
            var evaluations = tickets.Select(t => Ticket(t.Item2 == 0 ? null : "vip", t.Item1, t.Item1 * 3)).ToList();
            var one = new SlaComplianceReportBuilder();
            var left = new SlaComplianceReportBuilder();
            var right = new SlaComplianceReportBuilder();
            for (var i = 0; i < evaluations.Count; i++)
            {
                one.Add(evaluations[i]);
                (i % 2 == 0 ? left : right).Add(evaluations[i]);
            }

            var a = one.Build();
            var b = left.Merge(right).Build();
            Assert.Equal(a.Tickets, b.Tickets);
            Assert.Equal(a.Rows.Select(r => r.ToString()), b.Rows.Select(r => r.ToString()));
            Assert.Equal(a.FirstResponseTimes.Values, b.FirstResponseTimes.Values);
            Assert.Equal(a.Total().Met, evaluations.Sum(e => e.Results.Count(r => r.Status == SlaStatus.Met)));
        });
    }

    [Fact]
    public void Bad_arguments_are_rejected()
    {
        Assert.Equal("met", Assert.Throws<ArgumentOutOfRangeException>(() => new SlaComplianceCounts(-1, 0, 0)).ParamName);
        var overdue = Assert.Throws<ArgumentOutOfRangeException>(() => new SlaComplianceCounts(0, 2, 0, overdue: 3));
        Assert.Equal("overdue", overdue.ParamName);
        Assert.Contains("between 0 and breached (2)", overdue.Message, StringComparison.Ordinal);
        Assert.Equal("overdue", Assert.Throws<ArgumentOutOfRangeException>(() => new SlaComplianceCounts(0, 0, 0, overdue: -1)).ParamName);
        var empty = new SlaComplianceReportBuilder().Build();
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => empty.FirstResponseTimes.TryGetPercentile(0, out _));
        Assert.Contains("(0, 1]", ex.Message, StringComparison.Ordinal);
    }
}
