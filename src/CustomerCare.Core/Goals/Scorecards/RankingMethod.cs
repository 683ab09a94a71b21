// How a fair ranking turns each agent's sample into the number it is ranked by.
namespace CustomerCare.Core.Goals.Scorecards;

/// <summary>
/// The named method <see cref="FairRanking"/> ranks by, so that an agent with 5 surveys is not ranked like one with 500.
/// </summary>
public enum RankingMethod
{
    /// <summary>The observed value (rate or mean) as it is; small samples rank at their luckiest or unluckiest. The interval is still reported.</summary>
    Raw = 1,

    /// <summary>
    /// For proportions: the pessimistic end of the Wilson score interval — the lower bound when higher is better, the
    /// upper bound when lower is better. A small sample has a wide interval and so ranks below a large one with the same rate.
    /// </summary>
    WilsonLowerBound,

    /// <summary>
    /// Empirical-Bayes shrinkage of each mean toward the group mean (normal–normal model; the between-agent variance
    /// estimated by the one-way ANOVA method of moments and clamped at 0). A small sample moves further toward the
    /// group mean than a large one.
    /// </summary>
    EmpiricalBayes,
}
