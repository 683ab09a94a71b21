// Keyed staff scorecards: one set of KPI accumulators per agent, rolled up exactly into teams and tiers, and ranked fairly.
using System.Globalization;
using CustomerCare.Core.Goals.Scorecards.Evaluation;
using CustomerCare.Core.Internal;
using CustomerCare.Core.Kpis;
using CustomerCare.Core.Kpis.ContactCentre;
using CustomerCare.Core.Kpis.Resolution;
using CustomerCare.Core.Kpis.Surveys;

namespace CustomerCare.Core.Goals.Scorecards;

/// <summary>
/// The scorecards of every agent of a <see cref="StaffRoster"/>: per agent, the library's own accumulators
/// (<see cref="NpsAccumulator"/>, <see cref="CsatAccumulator"/>, <see cref="HandleTimeAccumulator"/>,
/// <see cref="ContactResolutionAccumulator"/>) and a <see cref="QualityReviewAccumulator"/>, keyed by agent id.
/// Adding an event is one ordinal dictionary look-up and an in-place update: no allocation. Team and tier rows are the
/// exact merge of their agents. Books of different shards, threads or days over the same roster merge exactly with
/// <see cref="Merge"/>. Not thread-safe: give each thread its own book and merge.
/// </summary>
[MutableByDesign("Keyed struct accumulators updated in place on hot paths; each thread keeps its own book and merges.")]
public sealed class ScorecardBook
{
    private readonly StaffKpiAccumulator[] _agents;

    /// <summary>Creates an empty book.</summary>
    /// <param name="roster">The agents and roles.</param>
    /// <param name="csatScale">The scale of the CSAT answers.</param>
    /// <exception cref="ArgumentNullException"><paramref name="roster"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="csatScale"/> is <c>default</c>.</exception>
    public ScorecardBook(StaffRoster roster, CsatScale csatScale)
    {
        ArgumentNullException.ThrowIfNull(roster);
        Roster = roster;
        CsatScale = csatScale;
        _agents = new StaffKpiAccumulator[roster.Members.Count];
        for (var i = 0; i < _agents.Length; i++)
        {
            _agents[i] = new StaffKpiAccumulator(csatScale);
        }
    }

    /// <summary>Gets the roster.</summary>
    public StaffRoster Roster { get; }

    /// <summary>Gets the CSAT scale.</summary>
    public CsatScale CsatScale { get; }

    /// <summary>Adds an NPS answer the agent received.</summary>
    /// <param name="agentId">An agent of the roster.</param>
    /// <param name="score">The answer, 0–10.</param>
    /// <exception cref="ArgumentException"><paramref name="agentId"/> is not on the roster.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is above 10.</exception>
    public void AddNps(string agentId, byte score) => Slot(agentId).Nps.Add(score);

    /// <summary>Adds a CSAT answer the agent received.</summary>
    /// <param name="agentId">An agent of the roster.</param>
    /// <param name="answer">The answer on <see cref="CsatScale"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="agentId"/> is not on the roster.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="answer"/> lies outside the scale.</exception>
    public void AddCsat(string agentId, byte answer) => Slot(agentId).Csat.Add(answer);

    /// <summary>Adds a contact the agent handled (for AHT).</summary>
    /// <param name="agentId">An agent of the roster.</param>
    /// <param name="contact">The contact.</param>
    /// <exception cref="ArgumentException"><paramref name="agentId"/> is not on the roster.</exception>
    public void AddHandled(string agentId, HandledContact contact) => Slot(agentId).HandleTime.Add(contact);

    /// <summary>Adds an issue the agent owned (for FCR, repeat contacts and resolution).</summary>
    /// <param name="agentId">An agent of the roster.</param>
    /// <param name="issue">The issue's contacts and outcome.</param>
    /// <exception cref="ArgumentException"><paramref name="agentId"/> is not on the roster.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="issue"/> is <c>default</c>.</exception>
    public void AddIssue(string agentId, IssueContacts issue) => Slot(agentId).Resolution.Add(issue);

    /// <summary>Adds a quality review of the agent's work.</summary>
    /// <param name="agentId">An agent of the roster.</param>
    /// <param name="review">The review, scored by <see cref="QualityRubric.Evaluate(ReadOnlySpan{RubricRating})"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="agentId"/> is not on the roster.</exception>
    public void AddReview(string agentId, QualityReviewScore review) => Slot(agentId).Quality.Add(review);

    /// <summary>Adds every accumulator of <paramref name="other"/> (exact, associative and commutative).</summary>
    /// <param name="other">A book over the same roster instance and CSAT scale.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="other"/> uses another roster or scale.</exception>
    public void Merge(ScorecardBook other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!ReferenceEquals(other.Roster, Roster) || other.CsatScale != CsatScale)
        {
            Preconditions.ThrowArgument(nameof(other), "other must be a book over the same StaffRoster instance and CSAT scale; create every shard's book from one roster.");
        }

        for (var i = 0; i < _agents.Length; i++)
        {
            _agents[i].Merge(other._agents[i]);
        }
    }

    /// <summary>Returns the scorecard of one agent.</summary>
    /// <param name="agentId">An agent of the roster.</param>
    /// <returns>The row.</returns>
    /// <exception cref="ArgumentException"><paramref name="agentId"/> is not on the roster.</exception>
    public ScorecardRow Agent(string agentId)
    {
        var index = IndexOf(agentId);
        return new ScorecardRow(ScorecardLevel.Agent, agentId, Roster.Members[index].Role, 1, _agents[index]);
    }

    /// <summary>Returns the scorecard of a team: the exact merge of its agents.</summary>
    /// <param name="team">A team of the roster (ignoring case).</param>
    /// <returns>The row.</returns>
    /// <exception cref="ArgumentException"><paramref name="team"/> is not a team of the roster.</exception>
    public ScorecardRow Team(string team) => Group(ScorecardLevel.Team, team, nameof(team));

    /// <summary>Returns the scorecard of a support tier: the exact merge of its agents.</summary>
    /// <param name="tier">A tier of the roster (ignoring case).</param>
    /// <returns>The row.</returns>
    /// <exception cref="ArgumentException"><paramref name="tier"/> is not a tier of the roster.</exception>
    public ScorecardRow Tier(string tier) => Group(ScorecardLevel.Tier, tier, nameof(tier));

    /// <summary>Returns every row of a level, ordered by id (ordinal, ignoring case).</summary>
    /// <param name="level">Agents, teams or tiers.</param>
    /// <returns>The rows.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not defined.</exception>
    public IReadOnlyList<ScorecardRow> Rows(ScorecardLevel level) => level switch
    {
        ScorecardLevel.Agent => [.. Roster.Members.Select(m => m.Id).Order(StringComparer.OrdinalIgnoreCase).ThenBy(id => id, StringComparer.Ordinal).Select(Agent)],
        ScorecardLevel.Team => [.. Roster.Teams.Select(Team)],
        ScorecardLevel.Tier => [.. Roster.Tiers.Select(Tier)],
        _ => ThrowLevel(level),
    };

    /// <summary>
    /// Ranks the rows of a level by one KPI with a named method (see <see cref="FairRanking"/>). CSAT (top box), FCR,
    /// repeat-contact and resolution rates are ranked as proportions; NPS (the mean of +100/0/−100 per answer) and the QA
    /// score as means. AHT cannot be ranked from a book, which keeps no per-contact spread.
    /// </summary>
    /// <param name="kpi">The KPI; its direction comes from <see cref="KpiCatalog"/>.</param>
    /// <param name="method">The method; <see cref="RankingMethod.WilsonLowerBound"/> only for the proportions.</param>
    /// <param name="level">Agents (default), teams or tiers.</param>
    /// <param name="team">For agents: only this team's agents (so empirical Bayes shrinks toward the team mean); null for all.</param>
    /// <param name="confidence">The confidence level of the intervals, strictly between 0 and 1.</param>
    /// <returns>The ranking.</returns>
    /// <exception cref="ArgumentException">The method does not fit the KPI, or <paramref name="team"/> is unknown or given for a level other than agents.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kpi"/> cannot be ranked, or the level, method or confidence is invalid.</exception>
    public StaffRanking Rank(KpiId kpi, RankingMethod method, ScorecardLevel level = ScorecardLevel.Agent, string? team = null, double confidence = 0.95)
    {
        if (kpi == KpiId.AverageHandleTime || Array.IndexOf(StaffRoster.ScorecardKpis, kpi) < 0)
        {
            Preconditions.ThrowOutOfRange(nameof(kpi), kpi, "must be NetPromoterScore, CustomerSatisfaction, FirstContactResolution, RepeatContactRate, ResolutionRate or QualityScore (AHT keeps no per-contact spread to rank by)");
        }

        IEnumerable<ScorecardRow> rows = Rows(level);
        if (team is not null)
        {
            if (level != ScorecardLevel.Agent || !Roster.Teams.Contains(team, StringComparer.OrdinalIgnoreCase))
            {
                Preconditions.ThrowArgument(nameof(team), $"team must be a team of the roster and is only used to rank agents; it was '{team}'.");
            }

            rows = rows.Where(r => string.Equals(Roster.Find(r.Id)!.Team, team, StringComparison.OrdinalIgnoreCase));
        }

        var direction = KpiCatalog.Get(kpi).Direction;
        if (kpi is KpiId.NetPromoterScore or KpiId.QualityScore)
        {
            MeanSample[] means = [.. rows.Select(r => kpi == KpiId.QualityScore ? r.Quality.ToSample(r.Id) : NpsSample(r))];
            return FairRanking.Calculate(means, method, direction, confidence);
        }

        ProportionSample[] proportions = [.. rows.Select(r => new ProportionSample(r.Id, kpi switch
        {
            KpiId.CustomerSatisfaction => r.Csat.TopBoxShare,
            KpiId.FirstContactResolution => r.Resolution.FirstContactResolution(FcrBasis.Customers),
            KpiId.RepeatContactRate => r.Resolution.RepeatContactRate(RepeatContactVariant.IssuesWithRepeatOverIssues),
            _ => r.Resolution.ResolutionRate,
        }))];
        return FairRanking.Calculate(proportions, method, direction, confidence);
    }

    /// <summary>Returns the book as text, e.g. <c>Scorecards of 12 agents in 3 teams, 2 tiers, 2 roles</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"Scorecards of {Roster}";

    // NPS as the mean of +100 / 0 / −100 per answer: variance from Σv² = 10,000 · (promoters + detractors).
    private static MeanSample NpsSample(ScorecardRow row)
    {
        var n = row.Nps.Count;
        if (n == 0)
        {
            return new MeanSample(row.Id, 0, 0, 0);
        }

        var mean = row.Nps.Score;
        var variance = n < 2 ? 0 : Math.Max(0, ((10_000.0 * (row.Nps.Promoters + row.Nps.Detractors)) - (n * mean * mean)) / (n - 1));
        return new MeanSample(row.Id, n, mean, variance);
    }

    private static IReadOnlyList<ScorecardRow> ThrowLevel(ScorecardLevel level)
    {
        Preconditions.ThrowOutOfRange(nameof(level), level, "must be Agent, Team or Tier");
        return [];
    }

    private ScorecardRow Group(ScorecardLevel level, string name, string paramName)
    {
        ArgumentNullException.ThrowIfNull(name, paramName);
        var total = new StaffKpiAccumulator(CsatScale);
        ScorecardRole? role = null;
        var mixed = false;
        var agents = 0;
        string? canonical = null;
        for (var i = 0; i < _agents.Length; i++)
        {
            var member = Roster.Members[i];
            var key = level == ScorecardLevel.Team ? member.Team : member.Tier;
            if (!string.Equals(key, name.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            canonical ??= key;
            agents++;
            total.Merge(_agents[i]);
            mixed |= role is not null && !ReferenceEquals(role, member.Role);
            role = member.Role;
        }

        if (agents == 0)
        {
            Preconditions.ThrowArgument(paramName, string.Create(CultureInfo.InvariantCulture,
                $"{paramName} must be a {paramName} of the roster ({string.Join(", ", level == ScorecardLevel.Team ? Roster.Teams : Roster.Tiers)}); it was '{name}'."));
        }

        return new ScorecardRow(level, canonical!, mixed ? null : role, agents, total);
    }

    private int IndexOf(string agentId)
    {
        ArgumentNullException.ThrowIfNull(agentId);
        if (!Roster.TryIndexOf(agentId, out var index))
        {
            Preconditions.ThrowArgument(nameof(agentId), $"agentId must be an agent of the roster; it was '{agentId}'. Add the agent to the StaffRosterBuilder.");
        }

        return index;
    }

    private ref StaffKpiAccumulator Slot(string agentId) => ref _agents[IndexOf(agentId)];
}
