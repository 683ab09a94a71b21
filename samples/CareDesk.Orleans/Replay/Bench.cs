// The --bench mode: events/s and end-to-end report latency, single process vs 1 and 2 silos in this process.
using System.Diagnostics;
using CareDesk.Orleans.Aggregation;
using CareDesk.Orleans.Hosting;
using CareDesk.Orleans.Tickets;
using CustomerCare.Core.Sla.Evaluation;
using CustomerCare.Core.Sla.Reporting;

namespace CareDesk.Orleans.Replay;

/// <summary>Runs the same synthetic month four ways and prints a Markdown table.</summary>
internal static class Bench
{
    public static async Task RunAsync(DriverOptions options)
    {
        var settings = new DeskSettings(DeskPolicies.Create(), options.Partitions, UseReminders: false, ReminderPeriod: TimeSpan.FromMinutes(1), WriteThrough: false);
        var tickets = SyntheticMonth.Generate(options.Tickets, options.Seed, SyntheticMonth.Start, SyntheticMonth.End);
        var events = tickets.Sum(t => (long)t.Events.Count);
        Console.WriteLine($"Bench: {tickets.Count} tickets, {events} events ({(double)events / tickets.Count:0.0} a ticket), {Environment.ProcessorCount} cores, {options.Partitions} partitions, in-memory storage.");
        Console.WriteLine();
        Console.WriteLine("| Run | Events/s | Replay | Report latency | Memory per ticket | Same report |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | :---: |");

        var reference = SingleProcessDesk.Summarise(settings.Policies, tickets.Take(10), SyntheticMonth.End); // warm-up
        var watch = Stopwatch.StartNew();
        reference = SingleProcessDesk.Summarise(settings.Policies, tickets, SyntheticMonth.End);
        Row("Single process, no Orleans: evaluate each ticket once at the end", events, watch.Elapsed, TimeSpan.Zero, double.NaN, true);

        watch.Restart();
        var live = LiveSingleProcess(settings, tickets);
        Row("Single process, no Orleans: re-evaluate after every event (as a grain does)", events, watch.Elapsed, TimeSpan.Zero, double.NaN, live.SameAs(reference));

        foreach (var silos in new[] { 1, 2 })
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var clock = new ReplayClock(SyntheticMonth.Start);
            await using var cluster = await DeskCluster.StartAsync(silos, settings, clock, DeskStorage.Memory, null);
            watch.Restart();
            var acknowledged = await Replayer.ReplayAsync(cluster.Grains, tickets);
            var replay = watch.Elapsed;
            var memory = (GC.GetTotalMemory(forceFullCollection: true) - before) / (double)tickets.Count;
            clock.AdvanceTo(SyntheticMonth.End);
            watch.Restart();
            var report = await cluster.Grains.GetGrain<IDeskGrain>(0).Report(SyntheticMonth.End);
            var latency = watch.Elapsed;
            Row($"Orleans, {silos} silo(s) in one process (loopback TCP)", acknowledged, replay, latency, memory, report.Summary.SameAs(reference));
        }

        Console.WriteLine();
        Console.WriteLine("Memory per ticket: managed heap growth over the replay divided by tickets (grain, its stored copy in memory storage, its partition entry).");
    }

    /// <summary>What every ticket grain does, without Orleans: after each event, evaluate and summarise; keep the latest summary.</summary>
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
            latest[n] = KpiSummary.From(new SlaComplianceReportBuilder().Add(clock.Evaluate(SyntheticMonth.End)).Build(), [TicketIssue.From(clock.Events)]);
        }

        return KpiSummary.Merge(latest);
    }

    private static void Row(string name, long events, TimeSpan replay, TimeSpan latency, double bytesPerTicket, bool same) =>
        Console.WriteLine($"| {name} | {events / replay.TotalSeconds:N0} | {replay.TotalSeconds:0.00} s | {(latency == TimeSpan.Zero ? "–" : $"{latency.TotalMilliseconds:N0} ms")} | {(double.IsNaN(bytesPerTicket) ? "–" : $"{bytesPerTicket / 1024:0.0} KiB")} | {(same ? "yes" : "NO")} |");
}
