// Starts the desk as N Orleans silos on loopback — in this process, or as child processes with a client here — and hands out a grain factory.
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace CareDesk.Orleans.Hosting;

/// <summary>
/// A local cluster of <see cref="Silos"/> silos on loopback, with localhost clustering (the first silo is the primary)
/// or PostgreSQL membership. Either every silo runs in this process (<see cref="StartAsync"/>), or each runs in a child
/// process and this process is a client (<see cref="StartProcessesAsync"/>); the children are stopped on dispose.
/// </summary>
public sealed class DeskCluster : IAsyncDisposable
{
    private readonly List<IHost> _hosts;
    private readonly List<Process> _children;

    private DeskCluster(List<IHost> hosts, List<Process> children, DeskSettings settings, ReplayClock clock, int silos)
    {
        _hosts = hosts;
        _children = children;
        Settings = settings;
        Clock = clock;
        Silos = silos;
    }

    /// <summary>Gets the grain factory: the first silo's (a co-hosted client), or the client of the silo processes.</summary>
    public IGrainFactory Grains => _hosts[0].Services.GetRequiredService<IGrainFactory>();

    public DeskSettings Settings { get; }

    public ReplayClock Clock { get; }

    public int Silos { get; }

    /// <summary>Gets the child processes running the silos (empty when the silos run in this process).</summary>
    public IReadOnlyList<Process> Children => _children;

    /// <summary>Starts <paramref name="silos"/> silos in this process.</summary>
    public static async Task<DeskCluster> StartAsync(int silos, DeskSettings settings, ReplayClock clock, DeskStorage storage, string? connectionString, LogLevel logLevel = LogLevel.Warning)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(silos, 1);
        var clusterId = $"caredesk-{Guid.NewGuid():N}";
        var ports = FreePorts(2 * silos);
        var hosts = new List<IHost>();
        try
        {
            for (var i = 0; i < silos; i++)
            {
                var host = SiloHost(new SiloEndpoints(clusterId, ports[2 * i], ports[(2 * i) + 1], ports[0]), settings, clock, storage, connectionString, logLevel);
                hosts.Add(host);
                await host.StartAsync();
            }
        }
        catch
        {
            hosts.ForEach(h => h.Dispose());
            throw;
        }

        return new DeskCluster(hosts, [], settings, clock, silos);
    }

    /// <summary>
    /// Starts <paramref name="silos"/> silo processes (this program with <see cref="SiloProcess.Flag"/>) and connects a
    /// client to them; waits until all have joined. <paramref name="settings"/> must be what <see cref="DeskSettings.For"/>
    /// gives for <paramref name="desk"/>, which the children build for themselves.
    /// </summary>
    public static async Task<DeskCluster> StartProcessesAsync(int silos, DeskKind desk, DeskSettings settings, ReplayClock clock, DeskStorage storage, string? connectionString, LogLevel logLevel = LogLevel.Warning)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(silos, 1);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(clock);
        var clusterId = $"caredesk-{Guid.NewGuid():N}";
        var ports = FreePorts(2 * silos);
        var children = new List<Process>();
        IHost? client = null;
        try
        {
            for (var i = 0; i < silos; i++)
            {
                var endpoints = new SiloEndpoints(clusterId, ports[2 * i], ports[(2 * i) + 1], ports[0]);
                children.Add(SiloProcess.Start(endpoints, desk, settings.Partitions, storage, connectionString, clock.GetCurrentInstant()));
            }

            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
            // While the children start, the client's connection attempts are refused: expected, so not worth a warning.
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(logLevel)
                .AddFilter("Orleans.Runtime.Messaging", LogLevel.Error).AddFilter("Orleans.Messaging", LogLevel.Error);
            builder.UseOrleansClient(c =>
            {
                if (storage == DeskStorage.Postgres)
                {
                    c.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (clusterId, DeskSilo.ServiceId));
                    c.UseAdoNetClustering(o => (o.Invariant, o.ConnectionString) = (DeskSilo.PostgresInvariant, DeskSilo.WithPoolLimit(connectionString!)));
                }
                else
                {
                    c.UseLocalhostClustering([.. Enumerable.Range(0, silos).Select(i => ports[(2 * i) + 1])], DeskSilo.ServiceId, clusterId);
                }

                // The children take a few seconds to start: keep trying to connect (a child that died ends the wait).
                c.UseConnectionRetryFilter(async (_, cancellationToken) =>
                {
                    if (children.Any(p => p.HasExited))
                    {
                        return false;
                    }

                    await Task.Delay(500, cancellationToken);
                    return true;
                });
            });
            client = builder.Build();
            await client.StartAsync();
            var management = client.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0);
            for (var waited = 0; (await management.GetHosts(onlyActive: true)).Count < silos; waited++)
            {
                if (waited == 240 || children.Any(p => p.HasExited))
                {
                    throw new InvalidOperationException($"the {silos} silo processes did not all join the cluster within a minute");
                }

                await Task.Delay(250);
            }
        }
        catch
        {
            client?.Dispose();
            await StopAsync(children);
            throw;
        }

        return new DeskCluster([client], children, settings, clock, silos);
    }

    /// <summary>Builds one silo's host (the caller starts it).</summary>
    internal static IHost SiloHost(SiloEndpoints endpoints, DeskSettings settings, ReplayClock clock, DeskStorage storage, string? connectionString, LogLevel logLevel)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        // A loaded machine makes the scheduler and the watchdog warn about slow turns; those warnings are noise for the sample.
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(logLevel).AddFilter("Orleans.Runtime.Scheduler", LogLevel.Error)
            .AddFilter("Orleans.Runtime.Watchdog", LogLevel.Error).AddFilter("Orleans.Runtime.Silo", LogLevel.Error);
        builder.UseOrleans(silo =>
        {
            if (storage == DeskStorage.Postgres)
            {
                silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (endpoints.ClusterId, DeskSilo.ServiceId));
                silo.ConfigureEndpoints(IPAddress.Loopback, endpoints.SiloPort, endpoints.GatewayPort);
                silo.UseAdoNetClustering(o => (o.Invariant, o.ConnectionString) = (DeskSilo.PostgresInvariant, DeskSilo.WithPoolLimit(connectionString!)));
            }
            else
            {
                silo.UseLocalhostClustering(endpoints.SiloPort, endpoints.GatewayPort, new IPEndPoint(IPAddress.Loopback, endpoints.PrimaryPort), DeskSilo.ServiceId, endpoints.ClusterId);
            }

            silo.AddDesk(settings, clock, storage, connectionString);
        });
        return builder.Build();
    }

    public async ValueTask DisposeAsync()
    {
        // Tell every silo it is stopping (partitions stop pushing to a desk that may be gone), then stop the secondaries
        // first, the primary (which holds localhost membership) last; then the silo processes.
        foreach (var host in _hosts)
        {
            host.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();
        }

        for (var i = _hosts.Count - 1; i >= 0; i--)
        {
            try
            {
                await _hosts[i].StopAsync();
            }
            finally
            {
                _hosts[i].Dispose();
            }
        }

        await StopAsync(_children);
    }

    /// <summary>Asks every child to stop (closing its standard input), waits a little, then kills what is left.</summary>
    private static async Task StopAsync(List<Process> children)
    {
        foreach (var child in children.Where(c => !c.HasExited))
        {
            child.StandardInput.Close();
        }

        for (var i = children.Count - 1; i >= 0; i--)
        {
            var child = children[i];
            try
            {
                if (!child.HasExited)
                {
                    using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(15));
                    try
                    {
                        await child.WaitForExitAsync(grace.Token);
                    }
                    catch (OperationCanceledException)
                    {
                        child.Kill(entireProcessTree: true);
                        await child.WaitForExitAsync();
                    }
                }
            }
            finally
            {
                child.Dispose();
            }
        }
    }

    private static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToArray();
        foreach (var l in listeners)
        {
            l.Start();
        }

        var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        foreach (var l in listeners)
        {
            l.Stop();
        }

        return ports;
    }
}
