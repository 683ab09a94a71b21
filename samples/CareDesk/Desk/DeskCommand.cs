// The console desk: simulate (or read) a month of tickets, fold them through the library and print the month's report.
using System.Diagnostics;
using System.Globalization;
using CustomerCare.Core.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CareDesk.Desk;

/// <summary>The default command: the whole loop on a synthetic month, a user's export, or the guided tour.</summary>
internal sealed class DeskCommand : Command<DeskSettings>
{
    public override int Execute(CommandContext context, DeskSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Tour)
        {
            return Tour();
        }

        if (Console.IsOutputRedirected)
        {
            // CI logs and files: wide enough for the tables, no live display.
            AnsiConsole.Profile.Width = 120;
        }

        var timings = new PhaseTimings();
        var setup = new DeskSetup();
        timings.Lap("set-up (calendar, policies, segments, plans)");
        var stopwatch = Stopwatch.StartNew();
        DeskReport report;
        string source;
        if (settings.Input is { } path)
        {
            var tickets = new List<DeskTicket>();
            var bad = new List<BadRow>();
            var usable = TicketCsv.Read(path, tickets, bad);
            ReportView.BadRows(bad, tickets.Count);
            if (!usable || tickets.Count == 0)
            {
                AnsiConsole.MarkupLine(usable ? "[red]No usable ticket in the file.[/]" : "[red]The file cannot be used.[/]");
                return 1;
            }

            var month = settings.Month ?? YearMonth(tickets.Min(t => t.Opened));
            report = new DeskReport(setup, Period(month), tickets.Count);
            var outside = 0;
            foreach (var ticket in tickets)
            {
                if (report.Period.Contains(ticket.Opened))
                {
                    report.Add(ticket);
                }
                else
                {
                    outside++;
                }
            }

            timings.Lap("read and fold the export");
            source = Invariant($"{tickets.Count - outside:N0} tickets from {Path.GetFileName(path)}") + (outside > 0 ? Invariant($" ({outside} opened outside {month} not counted)") : string.Empty);
        }
        else
        {
            var month = settings.Month ?? new YearMonth(2027, 2);
            var threads = settings.Threads ?? Environment.ProcessorCount;
            var simulator = new Simulator(setup, Period(month), settings.Seed, settings.Tickets);
            report = new DeskReport(setup, Period(month), simulator.Count);
            timings.Lap(Invariant($"customer base ({simulator.CustomerCount:N0} profiles classified)"));
            Simulate(simulator, report, threads);
            report.Customers = simulator.Customers;
            timings.Lap(Invariant($"simulate and fold ({simulator.Chunks} chunks on up to {threads} threads)"));
            source = Invariant($"{simulator.Count:N0} synthetic tickets, seed {settings.Seed}");
        }

        report.Finish();
        var elapsed = stopwatch.Elapsed;
        timings.Lap(Invariant($"SLA evaluation and escalation trace ({report.Sampled:N0} sampled tickets)"));
        if (settings.CheckThreads)
        {
            if (!ThreadCheck.Run(setup, report.Period, settings, settings.Threads ?? Environment.ProcessorCount, report, source))
            {
                return 1;
            }

            timings.Lap("thread check (the same run on 1 thread, compared)");
        }

        Render(setup, report, source);
        timings.Lap("rendering");
        AnsiConsole.MarkupLine(Invariant($"[grey]Folded {report.Flow.Created:N0} tickets in {elapsed.TotalSeconds:0.00} s.[/]"));
        if (settings.Timings)
        {
            timings.Print();
        }

        return 0;
    }

    /// <summary>Prints every part of the report.</summary>
    public static void Render(DeskSetup setup, DeskReport report, string source)
    {
        ReportView.Setup(setup, report, source);
        ReportView.Volume(report);
        ReportView.Kpis(report);
        ReportView.Sla(report);
        ReportView.Goals(setup, report);
        ReportView.Staffing(report);
    }

    // A progress bar on a terminal; one plain line when the output is redirected (CI, files), where a live display would only add noise.
    private static void Simulate(Simulator simulator, DeskReport report, int threads)
    {
        if (Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            AnsiConsole.WriteLine(Invariant($"Simulating {simulator.Count:N0} tickets..."));
            simulator.Run(report, threads);
            return;
        }

        AnsiConsole.Progress().AutoClear(true).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask(Invariant($"Simulating {simulator.Count:N0} tickets"), maxValue: 1.0);
                simulator.Run(report, threads, p => task.Value = p);
            });
    }

    private static int Tour()
    {
        using var services = new ServiceCollection().AddCustomerCare().BuildServiceProvider();

        // The tour pins "now" so that its output is the same on every run; a real host keeps the system clock.
        var now = Instant.FromUtc(2026, 11, 23, 8, 30);
        Console.WriteLine($"CareDesk — a care desk in Ho Chi Minh City, as of {now} (clock: {services.GetRequiredService<IClock>().GetType().Name})");
        Console.WriteLine();
        foreach (var chapter in Chapters.All)
        {
            Console.WriteLine($"== {chapter.Title} ==");
            chapter.Run(now);
            Console.WriteLine();
        }

        return 0;
    }

    /// <summary>The first day of <paramref name="month"/> to the first day of the next, in the desk's zone.</summary>
    public static Interval Period(YearMonth month) =>
        new(month.OnDayOfMonth(1).AtStartOfDayInZone(DeskSetup.Zone).ToInstant(), month.PlusMonths(1).OnDayOfMonth(1).AtStartOfDayInZone(DeskSetup.Zone).ToInstant());

    private static YearMonth YearMonth(Instant instant)
    {
        var date = instant.InZone(DeskSetup.Zone).Date;
        return new YearMonth(date.Year, date.Month);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
