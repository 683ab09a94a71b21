// The stored state of a partition pre-aggregator: the latest contribution of each of its tickets and its snapshot version.
using NodaTime;

namespace CareDesk.Orleans.Aggregation;

/// <summary>One ticket's latest contribution; <see cref="Stale"/> when the ticket has accepted events it has not reported yet.</summary>
[GenerateSerializer, Immutable]
public sealed record TicketContribution([property: Id(0)] ContributionVersion Version, [property: Id(1)] KpiSummary Summary, [property: Id(2)] Instant? Next, [property: Id(3)] bool Stale = false);

/// <summary>What a partition stores.</summary>
[GenerateSerializer]
public sealed class PartitionState
{
    [Id(0)]
    public Dictionary<string, TicketContribution> Tickets { get; set; } = new(StringComparer.Ordinal);

    [Id(1)]
    public long Version { get; set; }
}
