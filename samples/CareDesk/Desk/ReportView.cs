// Renders the desk's month with Spectre.Console: tables and bar charts (plain text, no colours, when the output is redirected).
using System.Globalization;
using CustomerCare.Core.Goals;
using CustomerCare.Core.Goals.Capability;
using CustomerCare.Core.Kpis;
using CustomerCare.Core.Kpis.ContactCentre;
using CustomerCare.Core.Kpis.Percentiles;
using CustomerCare.Core.Kpis.Resolution;
using CustomerCare.Core.Kpis.Service;
using CustomerCare.Core.Kpis.Surveys;
using CustomerCare.Core.Sla.Policies;
using CustomerCare.Core.Staffing;
using NodaTime;
using Spectre.Console;

namespace CareDesk.Desk;

/// <summary>Prints each part of the report; every number comes from the library, this class only lays it out.</summary>
internal static class ReportView
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Setup(DeskSetup setup, DeskReport report, string source)
    {
        var local = report.Period.Start.InZone(DeskSetup.Zone).Date;
        AnsiConsole.Write(new Rule($"[bold]CareDesk[/] — {Markup.Escape(source)}, {local:MMMM uuuu} in {DeskSetup.Zone.Id}").LeftJustified());
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Desk").AddColumn("Set-up");
        table.AddRow("Business hours", $"Mon–Fri 08:00–12:00, 13:30–17:30; Sat 08:00–12:00 ({setup.Calendar.WeeklyBusinessTime.TotalHours:0.#} h a week); closed for Tết and public holidays");
        table.AddRow("SLA policies", Markup.Escape(string.Join(", ", setup.Policies.Policies.Select(p => p.Name))) + " (first match wins; Standard is the fallback)");
        table.AddRow("Care plans", Markup.Escape(string.Join("; ", setup.CarePlans.Plans.Select(p => p.ToString()))));
        table.AddRow("Escalation", Markup.Escape($"agent → team leader → deputy head → head, on SLA breach ({setup.Responsibility.Rules.Count} matrix rules)"));
        AnsiConsole.Write(table);
    }

    public static void Volume(DeskReport report)
    {
        var total = report.Flow.Created;
        AnsiConsole.Write(new Rule($"Volume: {total.ToString("N0", Invariant)} tickets").LeftJustified());
        var chart = new BarChart().Width(72).Label("Tickets by channel, segment and severity");
        for (var i = 0; i < DeskSetup.Channels.Length; i++)
        {
            chart.AddItem(DeskSetup.Channels[i], report.ByChannel[i], Color.SteelBlue);
        }

        foreach (var (segment, count) in report.BySegment.OrderByDescending(x => x.Value))
        {
            chart.AddItem("segment " + segment, count, Color.MediumPurple);
        }

        for (var i = 0; i < DeskSetup.Severities.Length; i++)
        {
            chart.AddItem(DeskSetup.Severities[i], report.BySeverity[i], Color.DarkOrange);
        }

        AnsiConsole.Write(chart);
        var days = new BarChart().Width(72).Label("Tickets opened per day (the dip is Tết)");
        var first = report.Period.Start.InZone(DeskSetup.Zone).Date;
        for (var d = 0; d < report.Days.Length; d++)
        {
            var date = first.PlusDays(d);
            days.AddItem(date.ToString("ddd dd", Invariant), report.Days[d], date.DayOfWeek == IsoDayOfWeek.Sunday ? Color.Grey : Color.SteelBlue);
        }

        AnsiConsole.Write(days);
    }

    public static void Kpis(DeskReport report)
    {
        AnsiConsole.Write(new Rule("KPI report").LeftJustified());
        var table = new Table().Border(TableBorder.Rounded).AddColumn("KPI").AddColumn(new TableColumn("Value").RightAligned()).AddColumn("Detail");
        var nps = report.Nps;
        if (nps.Count > 0)
        {
            var interval = nps.ConfidenceInterval(NpsIntervalMethod.AdjustedWald, 0.95);
            table.AddRow("NPS", F($"{nps.Score:0.0}"), F($"95% CI {interval.Lower:0.0} .. {interval.Upper:0.0} (adjusted Wald); {nps.Promoters} promoters, {nps.Passives} passives, {nps.Detractors} detractors"));
        }
        else
        {
            table.AddRow("NPS", "n/a", "no NPS answers");
        }

        var csat = report.Csat;
        var wilson = csat.WilsonInterval(0.95);
        table.AddRow("CSAT (4–5 of 5)", F($"{csat.TopBoxShare:P1}"), F($"95% CI {wilson.Lower:P1} .. {wilson.Upper:P1} (Wilson); mean {csat.MeanScore:0.00}; {csat.Count} answers"));
        var ces = report.Ces;
        table.AddRow("CES (easy, 5–7 of 7)", F($"{ces.EasyShare:P1}"), F($"mean {ces.MeanScore:0.00}; {ces.Count} answers"));
        var resolution = report.Resolution;
        table.AddRow("FCR", F($"{resolution.FirstContactResolution(FcrBasis.Customers).Value:P1}"), F($"of {resolution.Issues} tickets; repeat contacts {resolution.RepeatContactRate(RepeatContactVariant.RepeatContactsOverContacts).Value:P1} of contacts"));
        table.AddRow("FRT (business time)", Mean(report.FirstResponse), Percentiles(report.FirstResponseSketch));
        table.AddRow("ART (business time)", Mean(report.ResolutionTime), Percentiles(report.ResolutionSketch));
        table.AddRow("AHT (per ticket)", report.Handle.TryGetAverageHandleTime(out var aht) ? Show(aht) : "n/a", Percentiles(report.HandleSketch));
        var queue = report.Queue;
        table.AddRow("Service level (phone)", F($"{queue.ServiceLevel(ServiceLevelVariant.AnsweredWithinOverOfferedExcludingShortAbandons).Value:P1}"),
            F($"answered within 20 s of {queue.Offered} offered calls, short abandons (< 5 s) excluded; abandonment {queue.AbandonmentRate(AbandonmentVariant.ExcludingShortAbandons).Value:P1}"));
        var flow = report.Flow;
        table.AddRow("Backlog at month end", F($"{flow.Backlog:N0}"), F($"{flow.Created:N0} created, {flow.Resolved:N0} resolved in the period"));
        if (report.Customers is { } customers)
        {
            table.AddRow("Churn", F($"{customers.ChurnRate.Value:P1}"), F($"{customers.Lost} of {customers.AtStart} customers at the start left"));
            table.AddRow("Retention", F($"{customers.RetentionRate.Value:P1}"), F($"{customers.Acquired} new customers, {customers.AtEnd} at the end"));
        }
        else
        {
            table.AddRow("Churn / retention", "n/a", "the export has no customer base counts");
        }

        var compliance = report.Compliance;
        table.AddRow("SLA compliance (resolution)", F($"{compliance.Compliance(SlaComplianceVariant.MetOverResolvedAndOpenBreached).Value:P1}"),
            F($"{compliance.ResolvedWithinTarget} met, {compliance.ResolvedBreached} resolved late, {compliance.OpenBreached} open and late, {compliance.OpenWithinTarget} open within target"));
        AnsiConsole.Write(table);

        var chart = new BarChart().Width(72).Label("Resolution SLA compliance by segment (%)");
        foreach (var (segment, accumulator) in report.ComplianceBySegment.OrderBy(x => x.Key, StringComparer.Ordinal))
        {
            var value = accumulator.Result.Compliance(SlaComplianceVariant.MetOverResolvedAndOpenBreached).Value;
            chart.AddItem(segment, Math.Round(100 * (double.IsNaN(value) ? 0 : value), 1), Color.SeaGreen2);
        }

        AnsiConsole.Write(chart);
    }

    public static void Sla(DeskReport report)
    {
        AnsiConsole.Write(new Rule($"SLA evaluation and escalations ({report.Sampled} tickets, evenly sampled, as of the period's end)").LeftJustified());
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Policy").AddColumn("Metric")
            .AddColumn(new TableColumn("Met").RightAligned()).AddColumn(new TableColumn("Breached").RightAligned())
            .AddColumn(new TableColumn("Running").RightAligned()).AddColumn(new TableColumn("Met rate").RightAligned());
        var sla = report.SlaReport!;
        foreach (var policy in new[] { "VIP", "Chat", "Standard" })
        {
            foreach (var metric in new[] { SlaMetric.FirstResponse, SlaMetric.Resolution })
            {
                var counts = sla.Total(metric: metric.Name, policy: policy);
                if (counts.Judged + counts.InProgress > 0)
                {
                    table.AddRow(policy, metric.Name, F($"{counts.Met}"), F($"{counts.Breached}"), F($"{counts.InProgress}"), F($"{counts.MetRate:P1}"));
                }
            }
        }

        AnsiConsole.Write(table);
        var chart = new BarChart().Width(72).Label($"Escalations on SLA breach: {report.Escalations} steps, by the tier escalated to");
        foreach (var (tier, count) in report.EscalatedTo.OrderByDescending(x => x.Value))
        {
            chart.AddItem(tier, count, Color.IndianRed);
        }

        if (report.EscalatedTo.Count == 0)
        {
            chart.AddItem("none", 0, Color.Grey);
        }

        AnsiConsole.Write(chart);
        AnsiConsole.MarkupLine(Markup.Escape("Responsible tier at the end: " + string.Join(", ", report.FinalTier.OrderByDescending(x => x.Value).Select(x => $"{x.Key} {x.Value}"))));
    }

    public static void Goals(DeskSetup setup, DeskReport report)
    {
        AnsiConsole.Write(new Rule("Goals, within the desk's capability limits").LeftJustified());
        var period = GoalPeriod.FromInterval(report.Period);
        var vipCompliance = report.ComplianceBySegment.TryGetValue("vip", out var vip) ? vip.Result : default;
        report.FirstResponseSketch.TryGetQuantile(0.9, out var frt90);
        var churn = report.Customers is { } c ? c.ChurnRate.Value : double.NaN;
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Goal").AddColumn("Target").AddColumn("Status");
        Goal(table, DeskSetup.VipGoal(period), report.End, [report.Csat.TopBoxShare.Value, frt90.TotalSeconds, churn], setup);
        report.Handle.TryGetAverageHandleTime(out var aht);
        Goal(table, DeskSetup.DeskGoal(period), report.End, [report.Resolution.FirstContactResolution(FcrBasis.Customers).Value, aht.TotalSeconds], setup);
        AnsiConsole.Write(table);
        _ = vipCompliance;

        var forecast = Forecast(report);
        var findings = CapabilityCheck.Evaluate(setup.Envelope, report.Period, setup.Policies, forecast is null ? null : [forecast]);
        var check = new Table().Border(TableBorder.Rounded).AddColumn("Capability check: what the SLA promises and the phone plan ask of the desk");
        foreach (var finding in findings)
        {
            check.AddRow(Markup.Escape(finding.ToString()));
        }

        if (findings.Count == 0)
        {
            check.AddRow("no findings: every promise is within the desk's limits");
        }

        AnsiConsole.Write(check);
    }

    public static void Staffing(DeskReport report)
    {
        AnsiConsole.Write(new Rule("Staffing plan for an ordinary weekday (phone, Erlang C, 80% in 20 s, occupancy ≤ 90%, shrinkage 30%)").LeftJustified());
        var (calls, aht) = PhoneLoad(report);
        if (calls is null)
        {
            AnsiConsole.MarkupLine("No phone calls on ordinary weekdays: nothing to plan.");
            return;
        }

        var target = StaffingTarget.ForServiceLevel(0.80, Duration.FromSeconds(20)).WithMaximumOccupancy(0.90);
        var plan = new IntervalStaffing[calls.Length];
        StaffingPlan.Fill(calls, Duration.FromMinutes(30), aht, target, 0.3, plan);
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Half-hour").AddColumn(new TableColumn("Calls").RightAligned())
            .AddColumn(new TableColumn("Agents").RightAligned()).AddColumn(new TableColumn("Rostered").RightAligned()).AddColumn(new TableColumn("Service level").RightAligned());
        var chart = new BarChart().Width(72).Label($"Agents to roster per half-hour (AHT {Show(aht)})");
        for (var i = 0; i < plan.Length; i++)
        {
            var label = new LocalTime(8, 0).PlusMinutes(30 * i).ToString("HH:mm", Invariant);
            table.AddRow(label, F($"{calls[i]:0.0}"), F($"{plan[i].Agents}"), F($"{plan[i].ScheduledAgents}"), double.IsNaN(plan[i].ServiceLevel) ? "-" : F($"{plan[i].ServiceLevel:P1}"));
            chart.AddItem(label, plan[i].ScheduledAgents, Color.SteelBlue);
        }

        AnsiConsole.Write(table);
        AnsiConsole.Write(chart);
    }

    public static void BadRows(IReadOnlyList<BadRow> bad, int good)
    {
        if (bad.Count == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).Title($"{bad.Count} row(s) not used, {good} read").AddColumn("Line").AddColumn("Reason");
        foreach (var row in bad)
        {
            table.AddRow(row.Line.ToString(Invariant), Markup.Escape(row.Reason));
        }

        AnsiConsole.Write(table);
    }

    private static void Goal(Table table, CareGoal goal, Instant at, double[] observed, DeskSetup setup)
    {
        var results = new TargetEvaluation[goal.Targets.Count];
        var status = goal.Evaluate(at, observed, results, setup.Calendar);
        foreach (var result in results)
        {
            table.AddRow(Markup.Escape(goal.Name), Markup.Escape(result.ToString()), status.ToString());
        }
    }

    // Weekday phone calls per half-hour from 08:00 to 17:30, averaged over the period's ordinary weekdays.
    private static (double[]? Calls, Duration Aht) PhoneLoad(DeskReport report)
    {
        report.CountWeekdays();
        if (report.PhoneWeekdays == 0)
        {
            return (null, Duration.Zero);
        }

        var calls = new double[19];
        for (var i = 0; i < calls.Length; i++)
        {
            calls[i] = (double)report.PhoneByHalfHour[16 + i] / report.PhoneWeekdays;
        }

        var aht = report.Handle.TryGetAverageHandleTime(out var mean) ? mean : Duration.FromMinutes(6);
        return (calls.Sum() > 0 ? calls : null, aht);
    }

    private static StaffingForecast? Forecast(DeskReport report)
    {
        var (calls, aht) = PhoneLoad(report);
        if (calls is null)
        {
            return null;
        }

        var peak = calls.Max();
        return new StaffingForecast("phone", Workload.FromArrivals(Math.Max(peak, 0.01), Duration.FromMinutes(30), aht),
            StaffingTarget.ForServiceLevel(0.8, Duration.FromSeconds(20)), agentsAvailable: 4, label: "weekday peak half-hour");
    }

    private static string Mean(DurationSummary summary) => summary.TryGetMean(out var mean) ? Show(mean) : "n/a";

    private static string Percentiles(QuantileSketch sketch) =>
        sketch.TryGetQuantile(0.5, out var p50) && sketch.TryGetQuantile(0.9, out var p90) && sketch.TryGetQuantile(0.99, out var p99)
            ? $"p50 {Show(p50)}, p90 {Show(p90)}, p99 {Show(p99)} (sketch, ±1%)"
            : "no data";

    private static string Show(Duration d) =>
        d >= Duration.FromHours(1) ? F($"{d.TotalHours:0.0} h") : d >= Duration.FromMinutes(1) ? F($"{d.TotalMinutes:0.0} min") : F($"{d.TotalSeconds:0} s");

    private static string F(FormattableString text) => Markup.Escape(text.ToString(Invariant));
}
