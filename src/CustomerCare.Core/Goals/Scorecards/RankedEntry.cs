// One line of a fair ranking: the rank, the observed value, the value ranked by and its interval.
using System.Globalization;
using CustomerCare.Core.Kpis;

namespace CustomerCare.Core.Goals.Scorecards;

/// <summary>
/// One id's place in a <see cref="StaffRanking"/>. <see cref="Observed"/> is the raw rate or mean,
/// <see cref="Estimate"/> the value the method ranks by (the Wilson bound, the shrunk mean, or the raw value), and
/// <see cref="Interval"/> the interval around it (Wilson for proportions, normal for means, posterior for
/// empirical Bayes). An id with no observations is unranked: <see cref="Rank"/> 0 and NaN values.
/// Immutable and thread-safe.
/// </summary>
/// <param name="Rank">The 1-based rank; 0 when the id has no observations.</param>
/// <param name="Id">The agent, team or tier id.</param>
/// <param name="Count">The number of observations (trials or reviews).</param>
/// <param name="Observed">The observed rate or mean; NaN without observations.</param>
/// <param name="Estimate">The value ranked by; NaN without observations.</param>
/// <param name="Interval">The interval in the value's unit; undefined when it cannot be computed.</param>
public readonly record struct RankedEntry(int Rank, string Id, long Count, double Observed, double Estimate, KpiInterval Interval)
{
    /// <summary>Returns the entry as text, e.g. <c>1. ana 0.812 [0.74, 0.87] (observed 0.84, n = 120)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Rank == 0
        ? $"-. {Id} unranked (no observations)"
        : string.Create(CultureInfo.InvariantCulture,
            $"{Rank}. {Id} {Estimate:0.###} [{Interval.Lower:0.###}, {Interval.Upper:0.###}] (observed {Observed:0.###}, n = {Count})");
}
