// The global aggregator of the desk (key: 0): one snapshot per partition, merged into the desk's report.
using NodaTime;

namespace CareDesk.Orleans.Aggregation;

/// <summary>The desk-wide aggregator.</summary>
public interface IDeskGrain : IGrainWithIntegerKey
{
    /// <summary>Keeps <paramref name="snapshot"/> unless a newer one of its partition is held; returns whether it was kept.</summary>
    Task<bool> Deliver(PartitionSnapshot snapshot);

    /// <summary>
    /// Settles every partition as of <paramref name="asOf"/> and merges their snapshots. The tickets woken treat
    /// <paramref name="asOf"/> as the desk's now (if the desk clock is behind it), so it must not be later than any event
    /// still to come: escalations that happen by then are not undone by an earlier event arriving afterwards.
    /// </summary>
    Task<DeskReport> Report(Instant asOf);

    /// <summary>Merges the snapshots held now, without asking the partitions.</summary>
    Task<DeskReport> Current();
}
