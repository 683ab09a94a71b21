// The report endpoints: the SLA board, compliance and KPIs over stored tickets, all computed by CustomerCare.Core.
using System.Globalization;
using CareDesk.Api.Data;
using CareDesk.Api.Tickets;
using CustomerCare.Core.DependencyInjection;
using CustomerCare.Core.Kpis;
using CustomerCare.Core.Kpis.Percentiles;
using CustomerCare.Core.Kpis.Resolution;
using CustomerCare.Core.Kpis.Service;
using CustomerCare.Core.Sla.Evaluation;
using CustomerCare.Core.Sla.Policies;
using CustomerCare.Core.Sla.Reporting;
using CustomerCare.Core.Tickets;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace CareDesk.Api.Reports;

/// <summary>Maps <c>/board</c> and <c>/reports/*</c>.</summary>
internal static class ReportEndpoints
{
    private const int BoardSize = 200;

    public static void MapReports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/board", Board).WithTags("Reports").WithSummary("Open tickets with their SLA status and business time left, most urgent first.");
        var reports = app.MapGroup("/reports").WithTags("Reports");
        reports.MapGet("/compliance", Compliance).WithSummary("SLA compliance by metric and policy of the tickets opened in [from, to).");
        reports.MapGet("/kpis", Kpis).WithSummary("Volumes, FCR, FRT/ART percentiles and SLA compliance of the tickets opened in [from, to).");
    }

    private static async Task<IResult> Board(string? at, DeskDb db, ISlaService sla, IClock clock, CancellationToken cancellationToken)
    {
        var check = new Validation();
        var now = check.Time("at", at, null) ?? clock.GetCurrentInstant();
        if (!check.IsValid)
        {
            return TypedResults.ValidationProblem(check.Errors);
        }

        var rows = await db.Tickets.AsNoTracking().Include(t => t.Events).OrderByDescending(t => t.OpenedTicks).Take(BoardSize * 5).ToListAsync(cancellationToken);
        var board = new List<BoardTicket>();
        foreach (var row in rows)
        {
            var timeline = TicketStore.ToTimeline(row, row.Events);
            if (timeline.OpenedAt > now || IsResolved(timeline, now))
            {
                continue;
            }

            var evaluation = sla.Evaluate(timeline, now);
            var running = evaluation.Results.Where(r => r.Status is SlaStatus.Active or SlaStatus.Warning or SlaStatus.Breached or SlaStatus.Paused)
                .OrderBy(r => r.Remaining).ToList();
            var worst = running.Count == 0 ? SlaStatus.Met : running.Max(r => r.Status);
            var next = running.FirstOrDefault(r => r.Status == worst);
            board.Add(new BoardTicket(row.Id, row.Subject, evaluation.Policy.Name, evaluation.Priority, row.Channel, worst,
                running.Count == 0 ? null : next.Metric.Name, running.Count == 0 ? null : next.Deadline,
                running.Count == 0 ? null : next.Remaining.TotalSeconds, running.Count == 0 ? "-" : TimeLeft(next.Remaining)));
        }

        var ordered = board.OrderByDescending(t => t.Status).ThenBy(t => t.RemainingSeconds ?? double.MaxValue).Take(BoardSize).ToList();
        var byStatus = board.GroupBy(t => t.Status.ToString().ToLowerInvariant()).ToDictionary(g => g.Key, g => g.Count());
        return TypedResults.Ok(new BoardView(now, byStatus, ordered));
    }

    private static async Task<IResult> Compliance(string? from, string? to, DeskDb db, CustomerCareModel model, ISlaService sla, IClock clock, CancellationToken cancellationToken)
    {
        if (await Window(from, to, db, clock, cancellationToken) is not { } window)
        {
            return TypedResults.ValidationProblem(WindowErrors(from, to));
        }

        var builder = new SlaComplianceReportBuilder();
        foreach (var timeline in window.Timelines)
        {
            builder.Add(sla.Evaluate(timeline, window.To));
        }

        var report = builder.Build();
        var rows = new List<ComplianceRow>();
        foreach (var policy in model.SlaPolicies!.Policies)
        {
            foreach (var metric in SlaMetric.BuiltIn)
            {
                var counts = report.Total(metric: metric.Name, policy: policy.Name);
                if (counts.Judged + counts.InProgress > 0)
                {
                    rows.Add(new ComplianceRow(metric.Name, policy.Name, counts.Met, counts.Breached, counts.InProgress, counts.Overdue, double.IsNaN(counts.MetRate) ? null : counts.MetRate));
                }
            }
        }

        return TypedResults.Ok(new ComplianceView(window.From, window.To, window.Timelines.Count, rows));
    }

    private static async Task<IResult> Kpis(string? from, string? to, DeskDb db, CustomerCareModel model, ISlaService sla, IClock clock, CancellationToken cancellationToken)
    {
        if (await Window(from, to, db, clock, cancellationToken) is not { } window)
        {
            return TypedResults.ValidationProblem(WindowErrors(from, to));
        }

        var resolution = default(ContactResolutionAccumulator);
        var compliance = default(SlaComplianceAccumulator);
        var first = new List<Duration>();
        var resolve = new List<Duration>();
        var byChannel = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var byPriority = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var timeline in window.Timelines)
        {
            var resolved = IsResolved(timeline, window.To);
            var replies = 0;
            foreach (var e in timeline.Events)
            {
                replies += e.Kind == TicketEventKind.AgentPublicReply && e.At <= window.To ? 1 : 0;
            }

            resolution.Add(new IssueContacts(Math.Max(1, replies), resolved));
            var evaluation = sla.Evaluate(timeline, window.To);
            foreach (var r in evaluation.Results)
            {
                if (r.Metric.Equals(SlaMetric.FirstResponse) && r.Stop is not null)
                {
                    first.Add(r.Elapsed);
                }

                if (r.Metric.Equals(SlaMetric.Resolution) && r.Status is not SlaStatus.NotApplicable)
                {
                    if (resolved)
                    {
                        resolve.Add(r.Elapsed);
                    }

                    compliance.Add((resolved, r.Status) switch
                    {
                        (true, SlaStatus.Met) => TicketSlaState.ResolvedWithinTarget,
                        (true, _) => TicketSlaState.ResolvedBreached,
                        (false, SlaStatus.Breached) => TicketSlaState.OpenBreached,
                        _ => TicketSlaState.OpenWithinTarget,
                    });
                }
            }

            Count(byChannel, timeline.Attributes.Channel ?? "unknown");
            Count(byPriority, evaluation.Priority);
        }

        var created = window.Timelines.Count;
        var resolvedCount = resolution.Result.Resolved;
        return TypedResults.Ok(new KpiView(window.From, window.To, created, resolvedCount, created - resolvedCount,
            new KpiRatio(resolvedCount, created), resolution.Result.FirstContactResolution(FcrBasis.Customers),
            compliance.Result.Compliance(SlaComplianceVariant.MetOverResolvedAndOpenBreached), Stats(first), Stats(resolve), byChannel, byPriority));
    }

    private static bool IsResolved(TicketTimeline timeline, Instant at)
    {
        var resolved = false;
        foreach (var e in timeline.Events)
        {
            if (e.At > at)
            {
                break;
            }

            resolved = e.Kind switch
            {
                TicketEventKind.Resolved or TicketEventKind.Closed => true,
                TicketEventKind.Reopened => false,
                _ => resolved,
            };
        }

        return resolved;
    }

    private static DurationStats Stats(List<Duration> values)
    {
        if (values.Count == 0)
        {
            return new DurationStats(0, null, null, null, null, null);
        }

        var scratch = new Duration[values.Count];
        ExactPercentiles.TryCalculate(values.ToArray(), 0.5, PercentileMethod.NearestRank, scratch, out var p50);
        ExactPercentiles.TryCalculate(values.ToArray(), 0.9, PercentileMethod.NearestRank, scratch, out var p90);
        var summary = default(DurationAccumulator);
        summary.Add(values.ToArray());
        summary.Result.TryGetMean(out var mean);
        return new DurationStats(values.Count, mean, p50, p90, p50.TotalSeconds, p90.TotalSeconds);
    }

    private static void Count(SortedDictionary<string, long> counts, string key) => counts[key] = counts.TryGetValue(key, out var n) ? n + 1 : 1;

    private static string TimeLeft(Duration remaining)
    {
        var sign = remaining < Duration.Zero ? "overdue " : string.Empty;
        var d = remaining < Duration.Zero ? -remaining : remaining;
        return sign + (d.TotalHours >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(long)d.TotalHours} h {d.Minutes:00} min")
            : string.Create(CultureInfo.InvariantCulture, $"{(long)d.TotalMinutes} min"));
    }

    private sealed record ReportWindow(Instant From, Instant To, List<TicketTimeline> Timelines);

    // [from, to): default the 30 days up to now.
    private static async Task<ReportWindow?> Window(string? from, string? to, DeskDb db, IClock clock, CancellationToken cancellationToken)
    {
        var check = new Validation();
        var end = check.Time("to", to, null) ?? clock.GetCurrentInstant();
        var start = check.Time("from", from, null) ?? end - Duration.FromDays(30);
        if (!check.IsValid || start >= end)
        {
            return null;
        }

        var (a, b) = (start.ToUnixTimeTicks(), end.ToUnixTimeTicks());
        var rows = await db.Tickets.AsNoTracking().Include(t => t.Events).Where(t => t.OpenedTicks >= a && t.OpenedTicks < b).ToListAsync(cancellationToken);
        return new ReportWindow(start, end, rows.Select(r => TicketStore.ToTimeline(r, r.Events)).ToList());
    }

    private static Dictionary<string, string[]> WindowErrors(string? from, string? to)
    {
        var check = new Validation();
        var end = check.Time("to", to, null);
        var start = check.Time("from", from, null);
        if (check.IsValid)
        {
            check.Fail("from", $"from must be before to (from {start?.ToString() ?? "30 days before to"}, to {end?.ToString() ?? "now"}).");
        }

        return check.Errors;
    }
}
