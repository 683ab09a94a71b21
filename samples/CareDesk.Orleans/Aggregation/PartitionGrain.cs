// The partition pre-aggregator: keeps each ticket's latest contribution (replace, never add), stores them, merges snapshots.
using System.Diagnostics;
using CareDesk.Orleans.Hosting;
using CareDesk.Orleans.Tickets;
using Microsoft.Extensions.Hosting;
using NodaTime;
using Orleans.Concurrency;

namespace CareDesk.Orleans.Aggregation;

/// <summary>
/// A pre-aggregator for the tickets hashed to one partition. Reentrant, so that <see cref="Settle"/> can wake tickets
/// that report back to it; every state change is a synchronous step, and writes are coalesced (one write covers all
/// reports that arrived while the previous one ran), so a report is acknowledged only once it is stored.
/// </summary>
[Reentrant]
public sealed class PartitionGrain : Grain, IPartitionGrain
{
    private static readonly TimeSpan PushEvery = TimeSpan.FromSeconds(5);
    private readonly IPersistentState<PartitionState> _state;
    private readonly DeskSettings _settings;
    private readonly CancellationToken _stopping;
    private long _changes;
    private long _stored;
    private Task? _writing;
    private PartitionSnapshot? _snapshot;
    private long _pushed = -1;
    private long _nextPushAt;

    public PartitionGrain([PersistentState("partition", "desk")] IPersistentState<PartitionState> state, DeskSettings settings, IHostApplicationLifetime lifetime)
    {
        _state = state;
        _settings = settings;
        _stopping = lifetime.ApplicationStopping;
    }

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Push the snapshot to the desk now and then, when it changed (the desk also pulls it when asked for a report).
        this.RegisterGrainTimer(PushAsync, new GrainTimerCreationOptions(PushEvery, PushEvery));
        return Task.CompletedTask;
    }

    public Task Report(string ticketId, ContributionVersion version, KpiSummary summary, Instant? nextTransition)
    {
        ArgumentNullException.ThrowIfNull(ticketId);
        ArgumentNullException.ThrowIfNull(version);
        var tickets = _state.State.Tickets;
        if (tickets.TryGetValue(ticketId, out var held) && version.IsOlderThan(held.Version))
        {
            return Task.CompletedTask; // an older contribution arrived late: the newer one stays
        }

        // A duplicate of the held version keeps its stale mark; only a newer report clears it.
        var stale = held is not null && held.Stale && !held.Version.IsOlderThan(version);
        tickets[ticketId] = new TicketContribution(version, summary, nextTransition, stale);
        _state.State.Version++;
        _snapshot = null;
        _changes++;
        return _settings.WriteThrough ? StoreAsync() : Task.CompletedTask;
    }

    public Task MarkStale(string ticketId)
    {
        ArgumentNullException.ThrowIfNull(ticketId);
        var tickets = _state.State.Tickets;
        if (!tickets.TryGetValue(ticketId, out var held) || held.Stale)
        {
            return Task.CompletedTask; // unknown: its first report is still on its way, and Settle cannot miss what it never held
        }

        // The snapshot's content is unchanged (Next and Stale are not in it), so its version stays.
        tickets[ticketId] = held with { Stale = true };
        _changes++;
        return _settings.WriteThrough ? StoreAsync() : Task.CompletedTask;
    }

    public Task<ContributionVersion?> VersionOf(string ticketId) =>
        Task.FromResult(_state.State.Tickets.TryGetValue(ticketId, out var held) ? held.Version : null);

    public async Task<PartitionSnapshot> Settle(Instant asOf)
    {
        for (var round = 0; round < 4; round++)
        {
            var due = _state.State.Tickets.Where(t => t.Value.Stale || t.Value.Next <= asOf).Select(t => t.Key).ToArray();
            if (due.Length == 0)
            {
                break;
            }

            await Task.WhenAll(due.Select(id => GrainFactory.GetGrain<ITicketGrain>(id).Wake(asOf)));
        }

        await StoreAsync();
        return Snapshot();
    }

    private PartitionSnapshot Snapshot()
    {
        if (_snapshot is null)
        {
            var tickets = _state.State.Tickets.Values;
            _snapshot = new PartitionSnapshot((int)this.GetPrimaryKeyLong(), _state.State.Version, tickets.Sum(t => (long)t.Version.Events), KpiSummary.Merge(tickets.Select(t => t.Summary)));
        }

        return _snapshot;
    }

    private async Task PushAsync()
    {
        if (_pushed == _state.State.Version || _stopping.IsCancellationRequested || Stopwatch.GetTimestamp() < _nextPushAt)
        {
            return; // nothing new, the silo is stopping (the desk may be gone already), or the last merge was costly
        }

        await StoreAsync();
        var started = Stopwatch.GetTimestamp();
        var snapshot = Snapshot();
        // A live view, not a guarantee (a report pulls every partition): spend at most ~5 % of the time re-merging.
        _nextPushAt = started + (20 * (Stopwatch.GetTimestamp() - started));
        try
        {
            await GrainFactory.GetGrain<IDeskGrain>(0).Deliver(snapshot);
            _pushed = snapshot.Version;
        }
        catch (OrleansException)
        {
            // The desk is unreachable (the cluster is shutting down or failing over): it pulls every partition when asked for a report.
        }
    }

    /// <summary>Waits until every change made so far is stored, starting at most one write at a time.</summary>
    private async Task StoreAsync()
    {
        var target = _changes;
        while (_stored < target)
        {
            if (_writing is null || _writing.IsCompleted)
            {
                _writing = WriteOnceAsync();
            }

            await _writing;
        }
    }

    private async Task WriteOnceAsync()
    {
        var covering = _changes;
        await _state.WriteStateAsync();
        _stored = Math.Max(_stored, covering);
    }
}
