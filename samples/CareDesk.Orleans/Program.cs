// CareDesk.Orleans: replays a synthetic month of a care desk into a local Orleans cluster and prints the merged KPI report.
using System.Diagnostics;
using CareDesk.Orleans;
using CareDesk.Orleans.Aggregation;
using CareDesk.Orleans.Hosting;
using CareDesk.Orleans.Replay;

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

var settings = new DeskSettings(DeskPolicies.Create(), options.Partitions, UseReminders: options.Storage == DeskStorage.Postgres, ReminderPeriod: TimeSpan.FromMinutes(1), WriteThrough: options.Storage == DeskStorage.Postgres);
var tickets = SyntheticMonth.Generate(options.Tickets, options.Seed, SyntheticMonth.Start, SyntheticMonth.End);
var clock = new ReplayClock(SyntheticMonth.Start);
Console.WriteLine($"CareDesk.Orleans — {tickets.Count} tickets of a synthetic month (seed {options.Seed}) into {options.Silos} silo(s), {options.Partitions} partitions, {options.Storage} storage");

await using (var cluster = await DeskCluster.StartAsync(options.Silos, settings, clock, options.Storage, options.Connection))
{
    var watch = Stopwatch.StartNew();
    var events = await Replayer.ReplayAsync(cluster.Grains, tickets, options.Concurrency);
    var replay = watch.Elapsed;
    Console.WriteLine($"Replayed {events} events in {replay.TotalSeconds:0.0} s ({events / replay.TotalSeconds:0} events/s).");

    // The month is over: move the desk clock to its end, settle every partition and merge.
    clock.AdvanceTo(SyntheticMonth.End);
    watch.Restart();
    var report = await cluster.Grains.GetGrain<IDeskGrain>(0).Report(SyntheticMonth.End);
    Console.WriteLine($"Report merged from {report.Partitions} partition snapshots ({report.Events} acknowledged events) in {watch.Elapsed.TotalMilliseconds:0} ms.");
    Console.WriteLine();
    Console.WriteLine(DeskReport.Format(report.Summary, SyntheticMonth.End));
    Console.WriteLine();

    var reference = SingleProcessDesk.Summarise(settings, tickets, SyntheticMonth.End);
    var same = reference.SameAs(report.Summary) && report.Events == events;
    Console.WriteLine(same
        ? "Check: the merged report equals the single-process computation over the same tickets, exactly."
        : "Check FAILED: the merged report differs from the single-process computation.");
    return same ? 0 : 1;
}
