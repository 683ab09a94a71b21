// The version of one ticket's contribution: how many events it had and the instant it was evaluated at.
using NodaTime;

namespace CareDesk.Orleans.Aggregation;

/// <summary>Orders a ticket's contributions: more events wins, then a later evaluation. A duplicate has the same version and the same content.</summary>
[GenerateSerializer, Immutable]
public sealed record ContributionVersion([property: Id(0)] int Events, [property: Id(1)] Instant EvaluatedAt)
{
    /// <summary>Whether this version is strictly older than <paramref name="other"/>.</summary>
    public bool IsOlderThan(ContributionVersion other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Events != other.Events ? Events < other.Events : EvaluatedAt < other.EvaluatedAt;
    }
}
