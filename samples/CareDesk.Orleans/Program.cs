// CareDesk.Orleans: replays a synthetic month (or a user's export) of a care desk into a local Orleans cluster and prints the merged KPI report.
using System.Diagnostics;
using CareDesk.Desk;
using CareDesk.Orleans;
using CareDesk.Orleans.Aggregation;
using CareDesk.Orleans.Hosting;
using CareDesk.Orleans.Replay;

if (args.Length > 0 && args[0] == SiloProcess.Flag)
{
    return await SiloProcess.RunAsync(args);
}

var options = DriverOptions.Parse(args, out var error);
if (options is null)
{
    await Console.Error.WriteLineAsync($"{error}\n\n{DriverOptions.Usage}");
    return 2;
}

if (options.Bench)
{
    return await Bench.RunAsync(options) ? 0 : 1;
}

var desk = options.Input is null ? DeskKind.Synthetic : DeskKind.Console;
var settings = DeskSettings.For(desk, options.Partitions, options.Storage);
IReadOnlyList<SyntheticTicket> tickets;
NodaTime.Instant start, end;
CsvTickets? csv = null;
if (options.Input is { } path)
{
    csv = CsvTickets.Read(path, new DeskSetup(), out var bad);
    foreach (var row in bad)
    {
        Console.WriteLine(row.Line > 0 ? $"line {row.Line}: {row.Reason}" : row.Reason);
    }

    if (csv is null)
    {
        return 2;
    }

    (tickets, start, end) = (csv.Tickets, csv.Start, csv.End);
    Console.WriteLine($"CareDesk.Orleans — {tickets.Count} tickets from {path} ({bad.Count} rows left out, listed above) on the console desk's policies and responsibility matrix, as of {end}");
}
else
{
    tickets = SyntheticMonth.Generate(options.Tickets, options.Seed, SyntheticMonth.Start, SyntheticMonth.End);
    (start, end) = (SyntheticMonth.Start, SyntheticMonth.End);
    Console.WriteLine($"CareDesk.Orleans — {tickets.Count} tickets of a synthetic month (seed {options.Seed})");
}

var clock = new ReplayClock(start);
Console.WriteLine($"into {options.Silos} silo(s) {(options.Processes ? "in separate processes" : "in this process")}, {options.Partitions} partitions, {options.Storage} storage");
await using (var cluster = options.Processes
    ? await DeskCluster.StartProcessesAsync(options.Silos, desk, settings, clock, options.Storage, options.Connection)
    : await DeskCluster.StartAsync(options.Silos, settings, clock, options.Storage, options.Connection))
{
    var watch = Stopwatch.StartNew();
    var accepted = tickets.ToDictionary(t => t.Id, t => t.Events.Count, StringComparer.Ordinal);
    var events = await Replayer.ReplayAsync(cluster.Grains, tickets, options.Concurrency, (ticket, index, reason) =>
    {
        lock (accepted)
        {
            accepted[ticket.Id] = index;
        }

        var line = csv?.Lines[ticket.Id] is { } l ? $"line {l}: " : string.Empty;
        Console.WriteLine($"{line}ticket {ticket.Id}: event {index} ({ticket.Events[index].Kind} at {ticket.Events[index].At}) rejected: {reason}; its first {index} event(s) were kept");
    });
    var replay = watch.Elapsed;
    Console.WriteLine($"Replayed {events} events in {replay.TotalSeconds:0.0} s ({events / replay.TotalSeconds:0} events/s).");

    // The replay is over: move the desk clock to the end, settle every partition and merge.
    clock.AdvanceTo(end);
    watch.Restart();
    var report = await cluster.Grains.GetGrain<IDeskGrain>(0).Report(end);
    Console.WriteLine($"Report merged from {report.Partitions} partition snapshots ({report.Events} acknowledged events) in {watch.Elapsed.TotalMilliseconds:0} ms.");
    Console.WriteLine();
    Console.WriteLine(DeskReport.Format(report.Summary, end));
    Console.WriteLine();

    // The reference sees exactly what the desk accepted: a ticket with a rejected event keeps the events before it.
    var kept = tickets.Where(t => accepted[t.Id] > 0).Select(t => accepted[t.Id] == t.Events.Count ? t : t with { Events = [.. t.Events.Take(accepted[t.Id])] });
    var reference = SingleProcessDesk.Summarise(settings, kept, end);
    var same = reference.SameAs(report.Summary) && report.Events == events;
    Console.WriteLine(same
        ? "Check: the merged report equals the single-process computation over the same tickets, exactly."
        : "Check FAILED: the merged report differs from the single-process computation.");
    return same ? 0 : 1;
}
