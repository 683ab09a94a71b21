// The outcome of a fair ranking: the method, its parameters and the ordered entries with their intervals.
using System.Globalization;
using CustomerCare.Core.Kpis;

namespace CustomerCare.Core.Goals.Scorecards;

/// <summary>
/// A ranking from <see cref="FairRanking"/>: <see cref="Entries"/> best first by <see cref="RankedEntry.Estimate"/>
/// (descending when higher is better, ascending when lower is better); ties broken by the larger sample first, then by
/// id (ordinal), never by input order; ids without observations last, unranked, by id. Immutable and thread-safe.
/// </summary>
public sealed class StaffRanking
{
    internal StaffRanking(RankingMethod method, KpiDirection direction, double confidence, EmpiricalBayesPrior? prior, RankedEntry[] entries)
    {
        Method = method;
        Direction = direction;
        Confidence = confidence;
        Prior = prior;
        Entries = Array.AsReadOnly(entries);
    }

    /// <summary>Gets the method ranked by.</summary>
    public RankingMethod Method { get; }

    /// <summary>Gets which way is better.</summary>
    public KpiDirection Direction { get; }

    /// <summary>Gets the confidence level of the intervals (and of the Wilson bound), strictly between 0 and 1.</summary>
    public double Confidence { get; }

    /// <summary>Gets the estimated prior for <see cref="RankingMethod.EmpiricalBayes"/>; null for the other methods.</summary>
    public EmpiricalBayesPrior? Prior { get; }

    /// <summary>Gets the entries, best first, unranked ids last.</summary>
    public IReadOnlyList<RankedEntry> Entries { get; }

    /// <summary>Returns the entry of <paramref name="id"/> (ordinal), or null.</summary>
    /// <param name="id">An id.</param>
    /// <returns>The entry, or null when the id was not ranked.</returns>
    public RankedEntry? Find(string id)
    {
        foreach (var entry in Entries)
        {
            if (string.Equals(entry.Id, id, StringComparison.Ordinal))
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>Returns the ranking as text, e.g. <c>Wilson lower bound, 95 %, 12 ids; best ana 0.81</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var name = Method switch
        {
            RankingMethod.WilsonLowerBound => Direction == KpiDirection.LowerIsBetter ? "Wilson upper bound" : "Wilson lower bound",
            RankingMethod.EmpiricalBayes => "empirical Bayes",
            _ => "raw",
        };
        var best = Entries.Count > 0 && Entries[0].Rank == 1 ? string.Create(CultureInfo.InvariantCulture, $"; best {Entries[0].Id} {Entries[0].Estimate:0.###}") : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{name}, {Confidence * 100:0.#} %, {Entries.Count} ids{best}");
    }
}
