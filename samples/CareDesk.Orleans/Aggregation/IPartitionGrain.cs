// The pre-aggregator of one partition of the tickets (key: the partition number).
using NodaTime;

namespace CareDesk.Orleans.Aggregation;

/// <summary>Holds the latest contribution of each of its tickets and merges them into versioned snapshots.</summary>
public interface IPartitionGrain : IGrainWithIntegerKey
{
    /// <summary>Replaces the contribution of <paramref name="ticketId"/> if <paramref name="version"/> is not older than the one held; returns once stored.</summary>
    Task Report(string ticketId, ContributionVersion version, KpiSummary summary, Instant? nextTransition);

    /// <summary>Marks the contribution held for <paramref name="ticketId"/> as outdated (newer events are on their way), so that <see cref="Settle"/> wakes the ticket; returns once stored.</summary>
    Task MarkStale(string ticketId);

    /// <summary>Gets the version of the contribution held for <paramref name="ticketId"/>, or null (a look that wakes no ticket).</summary>
    Task<ContributionVersion?> VersionOf(string ticketId);

    /// <summary>Wakes every ticket whose next transition is due by <paramref name="asOf"/>, or whose contribution is stale, as of <paramref name="asOf"/> (see <see cref="IDeskGrain.Report"/>), then gives the snapshot.</summary>
    Task<PartitionSnapshot> Settle(Instant asOf);
}
