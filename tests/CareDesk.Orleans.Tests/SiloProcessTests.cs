// --processes: silos in child processes of their own, a client in this one; the report is exact and the children are stopped.
using System.Diagnostics;
using CareDesk.Orleans.Aggregation;
using CareDesk.Orleans.Hosting;
using CareDesk.Orleans.Replay;

namespace CareDesk.Orleans.Tests;

public sealed class SiloProcessTests
{
    [Fact]
    public async Task Silos_in_separate_processes_give_the_exact_report_and_are_stopped_at_the_end()
    {
        var settings = DeskSettings.For(DeskKind.Synthetic, partitions: 4, DeskStorage.Memory);
        var tickets = SyntheticMonth.Generate(30, 11, SyntheticMonth.Start, SyntheticMonth.End, "X-");
        int[] children;
        await using (var cluster = await DeskCluster.StartProcessesAsync(2, DeskKind.Synthetic, settings, new ReplayClock(SyntheticMonth.Start), DeskStorage.Memory, null))
        {
            children = [.. cluster.Children.Select(c => c.Id)];
            Assert.Equal(2, children.Length);

            var acknowledged = await Replayer.ReplayAsync(cluster.Grains, tickets, concurrency: 16);
            // The children's replay clocks stay at the month's start: the report's "as of" travels with it.
            var report = await cluster.Grains.GetGrain<IDeskGrain>(0).Report(SyntheticMonth.End);

            Assert.True(SingleProcessDesk.Summarise(settings, tickets, SyntheticMonth.End).SameAs(report.Summary), "the merged summary differs from the single-process one");
            Assert.Equal(acknowledged, report.Events);
        }

        Assert.All(children, id => Assert.False(IsRunning(id), $"silo process {id} is still running"));
    }

    private static bool IsRunning(int id)
    {
        try
        {
            using var process = Process.GetProcessById(id);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false; // no such process any more
        }
    }
}
