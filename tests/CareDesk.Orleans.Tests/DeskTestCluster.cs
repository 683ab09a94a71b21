// Starts the desk on Orleans' in-process test cluster, with the settings and clock a test chooses.
using CareDesk.Orleans.Hosting;
using CustomerCare.Core.Sla.Policies;
using Microsoft.Extensions.Logging;
using NodaTime;
using Orleans.TestingHost;

namespace CareDesk.Orleans.Tests;

internal static class DeskTestCluster
{
    /// <summary>A policy for tickets on the "fast" channel: first response within 2 s on round-the-clock time, warned at half-time.</summary>
    public static readonly SlaPolicy Fast = new SlaPolicyBuilder("Fast").When(SlaCondition.Channel("fast"))
        .Target(SlaMetric.FirstResponse, Duration.FromSeconds(2), DeskPolicies.Priorities)
        .Warn(SlaMetric.FirstResponse, SlaWarning.AtShare(0.5))
        .Build();

    public static DeskSettings Settings(int partitions, bool reminders = false, bool writeThrough = false) =>
        new(DeskPolicies.Create(Fast), partitions, reminders, TimeSpan.FromSeconds(5), writeThrough);

    public static async Task<InProcessTestCluster> StartAsync(short silos, DeskSettings settings, IClock clock, DeskStorage storage = DeskStorage.Memory, string? connectionString = null, Action<ISiloBuilder>? configure = null)
    {
        var builder = new InProcessTestClusterBuilder(silos);
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureHost(host => host.Logging.SetMinimumLevel(LogLevel.Warning).AddFilter("Orleans.Runtime.Scheduler", LogLevel.Error));
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddDesk(settings, clock, storage, connectionString);
            configure?.Invoke(silo);
        });
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }
}
