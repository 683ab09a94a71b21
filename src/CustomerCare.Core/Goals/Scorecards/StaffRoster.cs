// The validated list of agents, their teams, tiers and roles, that keyed scorecards are organised by.
using CustomerCare.Core.Kpis;

namespace CustomerCare.Core.Goals.Scorecards;

/// <summary>
/// Agents with their team, tier and role, and the roles with their targets. Build with
/// <see cref="StaffRosterBuilder"/>; a <see cref="ScorecardBook"/> keeps one accumulator per agent of the roster.
/// Immutable and thread-safe.
/// </summary>
public sealed class StaffRoster
{
    /// <summary>The KPIs a scorecard row reports and a role may set targets for, in row order.</summary>
    internal static readonly KpiId[] ScorecardKpis =
    [
        KpiId.NetPromoterScore, KpiId.CustomerSatisfaction, KpiId.FirstContactResolution, KpiId.RepeatContactRate,
        KpiId.ResolutionRate, KpiId.AverageHandleTime, KpiId.QualityScore,
    ];

    private readonly Dictionary<string, int> _index;

    internal StaffRoster(StaffMember[] members, ScorecardRole[] roles)
    {
        Members = Array.AsReadOnly(members);
        Roles = Array.AsReadOnly(roles);
        _index = new Dictionary<string, int>(members.Length, StringComparer.Ordinal);
        for (var i = 0; i < members.Length; i++)
        {
            _index.Add(members[i].Id, i);
        }

        Teams = Array.AsReadOnly(members.Select(m => m.Team).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToArray());
        Tiers = Array.AsReadOnly(members.Select(m => m.Tier).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToArray());
    }

    /// <summary>Gets the KPIs a scorecard row reports, in row order: NPS, CSAT, FCR, repeat-contact rate, resolution rate, AHT and QA score.</summary>
    public static IReadOnlyList<KpiId> Kpis { get; } = Array.AsReadOnly(ScorecardKpis);

    /// <summary>Gets the agents, in the order they were added.</summary>
    public IReadOnlyList<StaffMember> Members { get; }

    /// <summary>Gets the roles, in the order they were added.</summary>
    public IReadOnlyList<ScorecardRole> Roles { get; }

    /// <summary>Gets the team names, ordered (ignoring case).</summary>
    public IReadOnlyList<string> Teams { get; }

    /// <summary>Gets the tier names, ordered (ignoring case).</summary>
    public IReadOnlyList<string> Tiers { get; }

    /// <summary>Returns the agent with <paramref name="id"/> (ordinal), or null.</summary>
    /// <param name="id">An agent id.</param>
    /// <returns>The member, or null when the id is not on the roster.</returns>
    public StaffMember? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _index.TryGetValue(id, out var i) ? Members[i] : null;
    }

    /// <summary>Returns the roster as text, e.g. <c>12 agents in 3 teams, 2 tiers, 2 roles</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Members.Count} agents in {Teams.Count} teams, {Tiers.Count} tiers, {Roles.Count} roles";

    internal bool TryIndexOf(string id, out int index) => _index.TryGetValue(id, out index);
}
