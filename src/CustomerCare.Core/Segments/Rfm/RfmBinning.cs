// How RFM scores are binned from a population.
namespace CustomerCare.Core.Segments.Rfm;

/// <summary>The binning method of RFM scores; every score run names the one it used.</summary>
public enum RfmBinning
{
    /// <summary>
    /// Value quantiles: cut point k of n is the population's lower k/n quantile (the value at 0-based rank
    /// ⌊k/n·(N − 1)⌋); a value above j cut points scores j + 1 (for recency, a value below j cut points). Equal values
    /// always get equal scores, and a value equal to a cut point gets the lower score. Bins may be unequal in size.
    /// </summary>
    ValueQuantiles,

    /// <summary>
    /// Rank-based equal-count bins: customers are ordered by value (recency: most days first), ties broken by
    /// <see cref="RfmObservation.Key"/> in ordinal order — never by input order — and the customer at rank i of N
    /// scores ⌊i·n/N⌋ + 1. Bins differ in size by at most one, but equal values may get different scores.
    /// </summary>
    RankEqualCount,
}
