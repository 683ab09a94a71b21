// A partition's versioned snapshot: the merged summary of its tickets, which the desk aggregator keeps by partition.

namespace CareDesk.Orleans.Aggregation;

/// <summary>
/// The merged KPI summary of one partition's tickets. The desk keeps one snapshot per <see cref="Partition"/> and
/// replaces it only by a higher or equal <see cref="Version"/>, so a retried, duplicated or late delivery never adds twice.
/// </summary>
/// <param name="Partition">The partition number.</param>
/// <param name="Version">Increases with every change of the partition's content (and survives its re-activation).</param>
/// <param name="Events">The acknowledged events of its tickets.</param>
/// <param name="Summary">The merged summary of its tickets.</param>
[GenerateSerializer, Immutable]
public sealed record PartitionSnapshot([property: Id(0)] int Partition, [property: Id(1)] long Version, [property: Id(2)] long Events, [property: Id(3)] KpiSummary Summary);
