// Response bodies of the report endpoints and of the dashboard's SLA board.
using CustomerCare.Core.Kpis;
using CustomerCare.Core.Sla.Evaluation;
using NodaTime;

namespace CareDesk.Api.Reports;

/// <summary>One open ticket on the SLA board: its most pressing running metric and the business time left on it.</summary>
public sealed record BoardTicket(long Id, string? Subject, string Policy, string Priority, string? Channel, SlaStatus Status, string? Metric, Instant? Deadline, double? RemainingSeconds, string TimeLeft);

/// <summary>The SLA board: open tickets by status, most urgent first.</summary>
public sealed record BoardView(Instant Now, IReadOnlyDictionary<string, int> ByStatus, IReadOnlyList<BoardTicket> Tickets);

/// <summary>Compliance of one metric under one policy; the met rate is null while nothing has been judged.</summary>
public sealed record ComplianceRow(string Metric, string Policy, long Met, long Breached, long InProgress, long Overdue, double? MetRate);

/// <summary>SLA compliance of the tickets opened in a window, as of its end.</summary>
public sealed record ComplianceView(Instant From, Instant To, int Tickets, IReadOnlyList<ComplianceRow> Rows);

/// <summary>Percentiles of a business-time distribution; null when there is no data.</summary>
public sealed record DurationStats(long Count, Duration? Mean, Duration? P50, Duration? P90, double? P50Seconds, double? P90Seconds);

/// <summary>The KPI report of the tickets opened in a window, as of its end.</summary>
public sealed record KpiView(
    Instant From,
    Instant To,
    long Created,
    long Resolved,
    long Backlog,
    KpiRatio ResolutionRate,
    KpiRatio FirstContactResolution,
    KpiRatio SlaCompliance,
    DurationStats FirstResponse,
    DurationStats Resolution,
    IReadOnlyDictionary<string, long> ByChannel,
    IReadOnlyDictionary<string, long> ByPriority);
