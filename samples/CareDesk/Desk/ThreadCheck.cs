// --check-threads: folds the same simulation on one thread and checks that the parallel report is identical.
using System.Globalization;
using NodaTime;
using Spectre.Console;

namespace CareDesk.Desk;

/// <summary>
/// The self-check behind <c>--check-threads</c>: the parallel fold must give exactly the report of a one-thread fold,
/// fact by fact (bit for bit) and as printed.
/// </summary>
internal static class ThreadCheck
{
    /// <summary>Runs the one-thread fold and compares; prints the verdict and returns whether the reports are identical.</summary>
    /// <param name="setup">The desk.</param>
    /// <param name="period">The simulated month.</param>
    /// <param name="settings">The run's options (seed, ticket count).</param>
    /// <param name="threads">The threads the parallel report was folded on.</param>
    /// <param name="parallel">The report folded on <paramref name="threads"/> threads, already finished.</param>
    /// <param name="source">The report's heading.</param>
    public static bool Run(DeskSetup setup, Interval period, DeskSettings settings, int threads, DeskReport parallel, string source)
    {
        var simulator = new Simulator(setup, period, settings.Seed, settings.Tickets);
        var single = new DeskReport(setup, period, simulator.Count);
        simulator.Run(single, threads: 1);
        single.Customers = simulator.Customers;
        single.Finish();

        var difference = parallel.Facts().Zip(single.Facts())
            .FirstOrDefault(pair => !Equals(pair.First.Value, pair.Second.Value)).First.Name;
        if (difference is null && Rendered(setup, parallel, source) != Rendered(setup, single, source))
        {
            difference = "the printed report";
        }

        var verdict = difference is null
            ? $"[green]Thread check: {threads} threads and 1 thread give the same report ({simulator.Chunks} chunks; every fact equal bit for bit, same printed report).[/]"
            : $"[red]Thread check FAILED: {threads} threads and 1 thread differ in {Markup.Escape(difference)}.[/]";
        AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"{verdict}"));
        return difference is null;
    }

    // The report as printed to a 120-column plain console.
    private static string Rendered(DeskSetup setup, DeskReport report, string source)
    {
        var console = AnsiConsole.Console;
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        AnsiConsole.Profile.Width = 120;
        try
        {
            DeskCommand.Render(setup, report, source);
        }
        finally
        {
            AnsiConsole.Console = console;
        }

        return writer.ToString();
    }
}
