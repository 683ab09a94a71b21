// Starts the desk as N Orleans silos in this process, talking over loopback TCP, and hands out a client.
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace CareDesk.Orleans.Hosting;

/// <summary>A local cluster of <see cref="Silos"/> silos on loopback, with in-memory clustering (the first silo is the primary) or PostgreSQL membership.</summary>
public sealed class DeskCluster : IAsyncDisposable
{
    private readonly List<IHost> _hosts;

    private DeskCluster(List<IHost> hosts, DeskSettings settings, ReplayClock clock)
    {
        _hosts = hosts;
        Settings = settings;
        Clock = clock;
    }

    /// <summary>Gets the grain factory of the first silo (a co-hosted client).</summary>
    public IGrainFactory Grains => _hosts[0].Services.GetRequiredService<IGrainFactory>();

    public DeskSettings Settings { get; }

    public ReplayClock Clock { get; }

    public int Silos => _hosts.Count;

    public static async Task<DeskCluster> StartAsync(int silos, DeskSettings settings, ReplayClock clock, DeskStorage storage, string? connectionString, LogLevel logLevel = LogLevel.Warning)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(silos, 1);
        var clusterId = $"caredesk-{Guid.NewGuid():N}";
        var ports = FreePorts(2 * silos);
        var primary = new IPEndPoint(IPAddress.Loopback, ports[0]);
        var hosts = new List<IHost>();
        try
        {
            for (var i = 0; i < silos; i++)
            {
                var (siloPort, gatewayPort) = (ports[2 * i], ports[(2 * i) + 1]);
                var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
                // A loaded machine makes the scheduler warn about slow turns; those warnings are noise for the sample.
                builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(logLevel).AddFilter("Orleans.Runtime.Scheduler", LogLevel.Error)
                    .AddFilter("Orleans.Runtime.Watchdog", LogLevel.Error).AddFilter("Orleans.Runtime.Silo", LogLevel.Error);
                builder.UseOrleans(silo =>
                {
                    if (storage == DeskStorage.Postgres)
                    {
                        silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (clusterId, "caredesk"));
                        silo.ConfigureEndpoints(IPAddress.Loopback, siloPort, gatewayPort);
                        silo.UseAdoNetClustering(o => (o.Invariant, o.ConnectionString) = (DeskSilo.PostgresInvariant, connectionString));
                    }
                    else
                    {
                        silo.UseLocalhostClustering(siloPort, gatewayPort, primary, "caredesk", clusterId);
                    }

                    silo.AddDesk(settings, clock, storage, connectionString);
                });
                var host = builder.Build();
                hosts.Add(host);
                await host.StartAsync();
            }
        }
        catch
        {
            foreach (var h in hosts)
            {
                h.Dispose();
            }

            throw;
        }

        return new DeskCluster(hosts, settings, clock);
    }

    public async ValueTask DisposeAsync()
    {
        // Stop the secondaries first, the primary (which holds in-memory membership) last.
        for (var i = _hosts.Count - 1; i >= 0; i--)
        {
            await _hosts[i].StopAsync();
            _hosts[i].Dispose();
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
