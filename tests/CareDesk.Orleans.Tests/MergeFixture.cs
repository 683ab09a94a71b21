// One 2-silo test cluster shared by the aggregation tests, and every ticket they put into it (for the single-process reference).
using CareDesk.Orleans.Hosting;
using CareDesk.Orleans.Replay;
using Orleans.TestingHost;

namespace CareDesk.Orleans.Tests;

public sealed class MergeFixture : IAsyncLifetime
{
    private readonly List<SyntheticTicket> _tickets = [];

    public DeskSettings Settings { get; } = DeskTestCluster.Settings(partitions: 4);

    public ReplayClock Clock { get; } = new(SyntheticMonth.Start);

    public InProcessTestCluster Cluster { get; private set; } = null!;

    /// <summary>Gets every ticket put into the cluster so far, as accepted.</summary>
    public IReadOnlyList<SyntheticTicket> Tickets
    {
        get
        {
            lock (_tickets)
            {
                return [.. _tickets];
            }
        }
    }

    public void Add(IEnumerable<SyntheticTicket> tickets)
    {
        lock (_tickets)
        {
            _tickets.AddRange(tickets);
        }
    }

    public async Task InitializeAsync() => Cluster = await DeskTestCluster.StartAsync(2, Settings, Clock);

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}
