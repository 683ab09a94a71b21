// The global aggregator: replaces partition snapshots by version and merges them; rebuilt from the partitions when asked.
using CareDesk.Orleans.Hosting;
using NodaTime;
using Orleans.Concurrency;

namespace CareDesk.Orleans.Aggregation;

/// <summary>
/// Holds the latest snapshot of each partition. Not stored: after a failure it starts empty and <see cref="Report"/>
/// pulls every partition again, whose stored state is the truth.
/// </summary>
[Reentrant]
public sealed class DeskGrain : Grain, IDeskGrain
{
    private readonly Dictionary<int, PartitionSnapshot> _snapshots = [];
    private readonly DeskSettings _settings;

    public DeskGrain(DeskSettings settings) => _settings = settings;

    public Task<bool> Deliver(PartitionSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (_snapshots.TryGetValue(snapshot.Partition, out var held) && held.Version > snapshot.Version)
        {
            return Task.FromResult(false);
        }

        _snapshots[snapshot.Partition] = snapshot;
        return Task.FromResult(true);
    }

    public async Task<DeskReport> Report(Instant asOf)
    {
        var snapshots = await Task.WhenAll(Enumerable.Range(0, _settings.Partitions).Select(p => GrainFactory.GetGrain<IPartitionGrain>(p).Settle(asOf)));
        foreach (var s in snapshots)
        {
            await Deliver(s);
        }

        return Merge(asOf);
    }

    public Task<DeskReport> Current() => Task.FromResult(Merge(null));

    private DeskReport Merge(Instant? asOf) => new(asOf, _snapshots.Count, _snapshots.Values.Sum(s => s.Events), KpiSummary.Merge(_snapshots.Values.Select(s => s.Summary)));
}
