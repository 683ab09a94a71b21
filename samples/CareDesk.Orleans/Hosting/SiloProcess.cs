// A silo in a process of its own: the driver starts this program with --silo-only for each silo of --processes.
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace CareDesk.Orleans.Hosting;

/// <summary>Starts silo processes (in the driver) and runs one (in the child).</summary>
public static class SiloProcess
{
    /// <summary>The first argument that makes this program a silo process.</summary>
    public const string Flag = "--silo-only";

    /// <summary>The environment variable that hands the PostgreSQL connection string to a child (kept off its command line).</summary>
    private const string ConnectionVariable = "CAREDESK_SILO_CONNECTION";

    /// <summary>Starts this program as a silo process; it runs until its standard input is closed (by the driver, or by the driver's death).</summary>
    public static Process Start(SiloEndpoints endpoints, DeskKind desk, int partitions, DeskStorage storage, string? connectionString, Instant clockStart)
    {
        var assembly = typeof(SiloProcess).Assembly.Location;
        var dotnet = Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
        var info = new ProcessStartInfo(dotnet) { RedirectStandardInput = true, UseShellExecute = false };
        foreach (var argument in new[]
                 {
                     assembly, Flag, endpoints.ClusterId, Text(endpoints.SiloPort), Text(endpoints.GatewayPort), Text(endpoints.PrimaryPort),
                     desk.ToString(), Text(partitions), storage.ToString(), Text((clockStart - NodaConstants.UnixEpoch).ToInt64Nanoseconds()),
                 })
        {
            info.ArgumentList.Add(argument);
        }

        if (connectionString is not null)
        {
            info.Environment[ConnectionVariable] = connectionString;
        }

        return Process.Start(info) ?? throw new InvalidOperationException($"could not start '{dotnet} {assembly}'");
    }

    /// <summary>Runs one silo with the arguments <see cref="Start"/> passed, until standard input closes; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length != 9 || args[0] != Flag)
        {
            await Console.Error.WriteLineAsync($"{Flag} is started by the driver (--processes), not by hand.");
            return 2;
        }

        var endpoints = new SiloEndpoints(args[1], Number(args[2]), Number(args[3]), Number(args[4]));
        var desk = Enum.Parse<DeskKind>(args[5]);
        var storage = Enum.Parse<DeskStorage>(args[7]);
        var settings = DeskSettings.For(desk, Number(args[6]), storage);
        var clock = new ReplayClock(NodaConstants.UnixEpoch + Duration.FromNanoseconds(long.Parse(args[8], CultureInfo.InvariantCulture)));
        using var host = DeskCluster.SiloHost(endpoints, settings, clock, storage, Environment.GetEnvironmentVariable(ConnectionVariable), LogLevel.Warning);
        await host.StartAsync();
        await Task.Run(() =>
        {
            while (Console.In.Read() >= 0)
            {
                // Nothing is sent; the end of input is the signal to stop.
            }
        });
        await host.StopAsync();
        return 0;
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static int Number(string text) => int.Parse(text, CultureInfo.InvariantCulture);
}
