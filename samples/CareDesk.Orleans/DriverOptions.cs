// The console driver's command line: --silos, --processes, --tickets, --input, --seed, --partitions, --concurrency, --storage, --connection, --bench.
using System.Globalization;
using CareDesk.Orleans.Hosting;

namespace CareDesk.Orleans;

/// <summary>The driver's options, parsed from the command line.</summary>
internal sealed record DriverOptions(int Silos, int Tickets, int Seed, int Partitions, DeskStorage Storage, string? Connection, bool Bench, int Concurrency = 256, string? Input = null, bool Processes = false)
{
    public const string Usage = """
        Usage: dotnet run --project samples/CareDesk.Orleans -c Release -- [options]
          --silos N            silos, on loopback (default 2)
          --processes          start the silos as separate processes (default: all in this process)
          --tickets N          tickets in the synthetic month (default 3000; --bench: 100000)
          --input FILE.csv     replay your own export instead (the console desk's columns)
          --seed N             seed of the synthetic month (default 2026)
          --partitions N       aggregation partitions (default 16)
          --concurrency N      tickets replayed at once, each in order (default 256)
          --storage memory|postgres   grain state storage (default memory: no set-up)
          --connection "..."   PostgreSQL connection string (with --storage postgres)
          --bench              events/s, report latency, memory: single process vs 1 silo, 2 silos, 2 silo processes
        """;

    /// <summary>Parses <paramref name="args"/>; on a bad argument returns null and sets <paramref name="error"/>.</summary>
    public static DriverOptions? Parse(string[] args, out string? error)
    {
        var o = new DriverOptions(2, -1, 2026, 16, DeskStorage.Memory, null, false);
        error = null;
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new FormatException($"{args[i]} needs a value");
            int Positive() => int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new FormatException($"{args[i - 1]} needs a positive whole number; it was '{args[i]}'");
            try
            {
                o = args[i] switch
                {
                    "--silos" => o with { Silos = Positive() },
                    "--processes" => o with { Processes = true },
                    "--input" => o with { Input = Value() },
                    "--tickets" => o with { Tickets = Positive() },
                    "--seed" => o with { Seed = Positive() },
                    "--partitions" => o with { Partitions = Positive() },
                    "--concurrency" => o with { Concurrency = Positive() },
                    "--storage" => o with
                    {
                        Storage = Value() switch
                        {
                            "memory" => DeskStorage.Memory,
                            "postgres" => DeskStorage.Postgres,
                            var s => throw new FormatException($"--storage must be memory or postgres; it was '{s}'"),
                        },
                    },
                    "--connection" => o with { Connection = Value() },
                    "--bench" => o with { Bench = true },
                    var a => throw new FormatException($"unknown option '{a}'"),
                };
            }
            catch (FormatException ex)
            {
                error = ex.Message;
                return null;
            }
        }

        if (o.Storage == DeskStorage.Postgres && string.IsNullOrWhiteSpace(o.Connection))
        {
            error = "--storage postgres needs --connection \"Host=...;Database=...;Username=...;Password=...\"";
            return null;
        }

        if (o.Input is not null && (o.Bench || o.Tickets > 0))
        {
            error = "--input replays the tickets of the file; leave out --bench and --tickets";
            return null;
        }

        return o with { Tickets = o.Tickets > 0 ? o.Tickets : o.Bench ? 100_000 : 3000 };
    }
}
