// The --bench mode: events/s, replay time, report latency and memory per ticket grain, single process vs Orleans.
using System.Diagnostics;
using System.Globalization;
using CareDesk.Orleans.Aggregation;
using CareDesk.Orleans.Hosting;
using CareDesk.Orleans.Tickets;
using CustomerCare.Core.Sla.Evaluation;
using CustomerCare.Core.Sla.Reporting;

namespace CareDesk.Orleans.Replay;

/// <summary>Runs the same synthetic month several ways and prints a ready-to-paste Markdown table.</summary>
internal static class Bench
{
    public static async Task<bool> RunAsync(DriverOptions options)
    {
        var settings = new DeskSettings(DeskPolicies.Create(), options.Partitions, UseReminders: false, ReminderPeriod: TimeSpan.FromMinutes(1), WriteThrough: false);
        var tickets = SyntheticMonth.Generate(options.Tickets, options.Seed, SyntheticMonth.Start, SyntheticMonth.End);
        var events = tickets.Sum(t => (long)t.Events.Count);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Bench: {tickets.Count:N0} tickets, {events:N0} events ({(double)events / tickets.Count:0.0} a ticket), {Environment.ProcessorCount} cores, load average {LoadAverage()} at the start, {options.Partitions} partitions, {options.Concurrency} tickets in flight, in-memory storage."));
        Console.WriteLine();
        Console.WriteLine("| Run | Events/s | Replay | Report latency | Memory per ticket grain | Same report as single process |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | :---: |");

        _ = SingleProcessDesk.Summarise(settings, tickets.Take(10), SyntheticMonth.End); // warm-up
        var watch = Stopwatch.StartNew();
        var reference = SingleProcessDesk.Summarise(settings, tickets, SyntheticMonth.End);
        Row("Single process, no Orleans: each ticket evaluated once, at the month's end", events, watch.Elapsed, null, null, true);

        watch.Restart();
        var live = LiveSingleProcess(settings, tickets);
        Row("Single process, no Orleans: re-evaluated after every event (a grain's worst case)", events, watch.Elapsed, null, null, live.SameAs(reference));

        var same = true;
        foreach (var (silos, processes) in new[] { (1, false), (2, false), (2, true) })
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var clock = new ReplayClock(SyntheticMonth.Start);
            await using var cluster = processes
                ? await DeskCluster.StartProcessesAsync(silos, DeskKind.Synthetic, settings, clock, DeskStorage.Memory, null)
                : await DeskCluster.StartAsync(silos, settings, clock, DeskStorage.Memory, null);
            var childrenBefore = ChildMemory(cluster);
            watch.Restart();
            var acknowledged = await Replayer.ReplayAsync(cluster.Grains, tickets, options.Concurrency);
            var replay = watch.Elapsed;
            var memory = (processes ? ChildMemory(cluster) - childrenBefore : GC.GetTotalMemory(forceFullCollection: true) - before) / (double)tickets.Count;
            clock.AdvanceTo(SyntheticMonth.End);
            watch.Restart();
            var report = await cluster.Grains.GetGrain<IDeskGrain>(0).Report(SyntheticMonth.End);
            var latency = watch.Elapsed;
            var equal = report.Summary.SameAs(reference) && report.Events == events && acknowledged == events;
            same &= equal;
            Row(processes
                ? $"Orleans, {silos} silo processes and a client process (loopback TCP)¹"
                : $"Orleans, {silos} silo{(silos == 1 ? string.Empty : "s")} in one process (loopback TCP)", acknowledged, replay, latency, memory, equal);
        }

        Console.WriteLine();
        Console.WriteLine("Events/s: acknowledged (stored) events over the replay time. Report latency: desk clock moved to the month's end → every partition settled (due and stale tickets woken) → merged report in the driver. Memory per ticket grain: managed heap growth over the replay divided by tickets (the grain with its SLA clock and timers, its copy in memory storage, its partition entry); ¹ for silo processes, the growth of their private memory (garbage not yet collected included).");
        return same;
    }

    /// <summary>What a ticket grain does at worst (one event per burst), without Orleans: after each event, evaluate and summarise.</summary>
    private static KpiSummary LiveSingleProcess(DeskSettings settings, IReadOnlyList<SyntheticTicket> tickets)
    {
        var latest = new KpiSummary[tickets.Count];
        for (var n = 0; n < tickets.Count; n++)
        {
            var ticket = tickets[n];
            var clock = new SlaClock(settings.Policies, ticket.Attributes.ToAttributes());
            foreach (var dto in ticket.Events)
            {
                var e = dto.ToEvent();
                clock.Append(e);
                latest[n] = KpiSummary.From(new SlaComplianceReportBuilder().Add(clock.Evaluate(e.At)).Build(), [TicketIssue.From(clock.Events)]);
            }

            // The month's end: what a grain does when its transitions fall due.
            latest[n] = KpiSummary.From(new SlaComplianceReportBuilder().Add(clock.Evaluate(SyntheticMonth.End)).Build(), [TicketIssue.From(clock.Events)],
                SingleProcessDesk.Escalations(settings, ticket, clock.Events, SyntheticMonth.End));
        }

        return KpiSummary.Merge(latest);
    }

    private static long ChildMemory(DeskCluster cluster) => cluster.Children.Sum(p =>
    {
        p.Refresh();
        return p.PrivateMemorySize64;
    });

    private static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static void Row(string name, long events, TimeSpan replay, TimeSpan? latency, double? bytesPerTicket, bool same) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {events / replay.TotalSeconds:N0} | {replay.TotalSeconds:0.00} s | {(latency is { } l ? $"{l.TotalMilliseconds:N0} ms" : "–")} | {(bytesPerTicket is { } b ? $"{b / 1024:0.0} KiB" : "–")} | {(same ? "yes" : "NO")} |"));
}
