// The level a scorecard row summarises: one agent, a team, or a support tier.
namespace CustomerCare.Core.Goals.Scorecards;

/// <summary>What a <see cref="ScorecardRow"/> summarises.</summary>
public enum ScorecardLevel
{
    /// <summary>One agent.</summary>
    Agent = 1,

    /// <summary>Every agent of a team (the merge of their accumulators).</summary>
    Team,

    /// <summary>Every agent of a support tier (the merge of their accumulators).</summary>
    Tier,
}
