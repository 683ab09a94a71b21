// The console desk's command-line options, parsed and validated by Spectre.Console.Cli.
using System.ComponentModel;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CareDesk.Desk;

/// <summary>Options of <c>dotnet run --project samples/CareDesk</c>; every one has a default, so the bare command runs a month.</summary>
internal sealed class DeskSettings : CommandSettings
{
    private static readonly YearMonthPattern MonthPattern = YearMonthPattern.CreateWithInvariantCulture("uuuu-MM");

    [CommandOption("--period <MONTH>")]
    [Description("The month to simulate or report, as yyyy-MM (default 2027-02, the month of Tết 2027; with --input, the month of the first ticket).")]
    public string? Period { get; init; }

    [CommandOption("--seed <SEED>")]
    [Description("Seed of the synthetic month; the same seed gives the same report.")]
    [DefaultValue(2026UL)]
    public ulong Seed { get; init; } = 2026;

    [CommandOption("--tickets <N>")]
    [Description("Number of tickets to simulate (default: a Poisson draw around 3,000 a month). 1,000,000 runs in seconds.")]
    public int? Tickets { get; init; }

    [CommandOption("--threads <N>")]
    [Description("Threads that simulate and fold tickets in parallel (default: one per core). The report does not depend on it.")]
    public int? Threads { get; init; }

    [CommandOption("--timings")]
    [Description("Print how long each phase took (set-up, simulation and fold, SLA sample, rendering), the CPU time and the bytes allocated.")]
    public bool Timings { get; init; }

    [CommandOption("--check-threads")]
    [Description("Also fold the simulation on one thread and check that the report is identical to the parallel one (exit code 1 if not).")]
    public bool CheckThreads { get; init; }

    [CommandOption("--input <CSV>")]
    [Description("Report on your own ticket export instead of a simulation (columns in samples/CareDesk/README.md).")]
    public string? Input { get; init; }

    [CommandOption("--tour")]
    [Description("Run the guided tour instead: one short chapter per capability of the library.")]
    public bool Tour { get; init; }

    /// <summary>The month as a NodaTime value, once <see cref="Validate"/> has accepted it.</summary>
    public YearMonth? Month => Period is null ? null : MonthPattern.Parse(Period).Value;

    public override ValidationResult Validate()
    {
        if (Period is not null && !MonthPattern.Parse(Period).Success)
        {
            return ValidationResult.Error($"--period must be a month as yyyy-MM, like 2027-02; it was '{Period}'.");
        }

        if (Tickets is { } n && (n < 1 || n > 50_000_000))
        {
            return ValidationResult.Error(string.Create(CultureInfo.InvariantCulture, $"--tickets must be between 1 and 50,000,000; it was {n}."));
        }

        if (Threads is { } t && (t < 1 || t > 256))
        {
            return ValidationResult.Error(string.Create(CultureInfo.InvariantCulture, $"--threads must be between 1 and 256; it was {t}."));
        }

        if (Input is not null && (Threads is not null || CheckThreads))
        {
            return ValidationResult.Error("--threads and --check-threads apply to a simulation, not to --input.");
        }

        if (Input is not null && Tickets is not null)
        {
            return ValidationResult.Error("--input and --tickets do not go together: the export decides how many tickets there are.");
        }

        return ValidationResult.Success();
    }
}
