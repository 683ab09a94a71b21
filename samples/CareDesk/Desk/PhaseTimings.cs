// Measures the console desk's phases (elapsed time only, never business time) and prints them with --timings.
using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace CareDesk.Desk;

/// <summary>
/// Wall time per phase from a <see cref="Stopwatch"/>, plus the process's CPU time and the bytes allocated. Stopwatch
/// measures elapsed time only; business time always comes from NodaTime.
/// </summary>
internal sealed class PhaseTimings
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly List<(string Phase, TimeSpan Wall, TimeSpan Cpu, long Allocated)> _phases = [];
    private readonly TimeSpan _cpuAtStart = Cpu();
    private TimeSpan _last;
    private TimeSpan _lastCpu;
    private long _lastAllocated = GC.GetTotalAllocatedBytes();

    public PhaseTimings() => _lastCpu = _cpuAtStart;

    /// <summary>Closes the current phase under <paramref name="phase"/> and starts the next one.</summary>
    public void Lap(string phase)
    {
        var now = _watch.Elapsed;
        var cpu = Cpu();
        var allocated = GC.GetTotalAllocatedBytes();
        _phases.Add((phase, now - _last, cpu - _lastCpu, allocated - _lastAllocated));
        _last = now;
        _lastCpu = cpu;
        _lastAllocated = allocated;
    }

    /// <summary>Prints the phases, and the time from process start to the first phase (runtime start-up, JIT of the command line).</summary>
    public void Print()
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Phase").AddColumn(new TableColumn("Wall").RightAligned())
            .AddColumn(new TableColumn("CPU (all threads)").RightAligned()).AddColumn(new TableColumn("Allocated").RightAligned());
        table.AddRow("process start to the command (runtime, CLI parsing)", "–", S(_cpuAtStart), "–");
        foreach (var (phase, wall, cpu, allocated) in _phases)
        {
            table.AddRow(Markup.Escape(phase), S(wall), S(cpu), Mb(allocated));
        }

        table.AddRow("[bold]total in the command[/]", S(_last), S(_lastCpu - _cpuAtStart), Mb(_phases.Sum(p => p.Allocated)));
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"[grey]{Environment.ProcessorCount} logical cores; process CPU time so far {Cpu().TotalSeconds:0.00} s; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576.0:0} MB.[/]"));
    }

    private static TimeSpan Cpu() => Process.GetCurrentProcess().TotalProcessorTime;

    private static string S(TimeSpan time) => string.Create(CultureInfo.InvariantCulture, $"{time.TotalSeconds:0.000} s");

    private static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1_048_576.0:0.0} MB");
}
