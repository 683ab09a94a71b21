// Assembles and validates a StaffRoster: roles with their targets, and agents with their team, tier and role.
using System.Globalization;
using CustomerCare.Core.Internal;
using CustomerCare.Core.Kpis;

namespace CustomerCare.Core.Goals.Scorecards;

/// <summary>
/// Builds an immutable <see cref="StaffRoster"/>. <see cref="Build"/> rejects, in one
/// <see cref="InvalidOperationException"/> listing every problem: no agents; blank or duplicate role names (ignoring
/// case); targets for an unknown role, for a KPI a scorecard does not report (see <see cref="StaffRoster.Kpis"/>),
/// twice for one KPI, or with a threshold outside the KPI's range; blank or duplicate agent ids (ordinal); blank teams
/// or tiers; agents with an unknown role.
/// </summary>
/// <remarks>Not thread-safe; use one builder on one thread. <see cref="Build"/> may be called once.</remarks>
[MutableByDesign("A builder; it produces an immutable StaffRoster and refuses reuse after Build.")]
public sealed class StaffRosterBuilder
{
    private readonly List<string> _roles = [];
    private readonly List<(string Role, KpiId Kpi, double Threshold)> _targets = [];
    private readonly List<(string Id, string Team, string Tier, string Role)> _agents = [];
    private bool _built;

    /// <summary>Adds a role.</summary>
    /// <param name="name">The role's name, unique ignoring case.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public StaffRosterBuilder AddRole(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        _roles.Add(name.Trim());
        return this;
    }

    /// <summary>Sets a role's target for one KPI; the direction (at least / at most) is the KPI's from <see cref="KpiCatalog"/>.</summary>
    /// <param name="role">The role's name.</param>
    /// <param name="kpi">One of <see cref="StaffRoster.Kpis"/>.</param>
    /// <param name="threshold">The value to reach in the KPI's unit (fractions for rates and the QA score, points for NPS, seconds for AHT).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="role"/> is null.</exception>
    public StaffRosterBuilder AddTarget(string role, KpiId kpi, double threshold)
    {
        ArgumentNullException.ThrowIfNull(role);
        _targets.Add((role.Trim(), kpi, threshold));
        return this;
    }

    /// <summary>Adds an agent.</summary>
    /// <param name="id">The agent's id, unique (ordinal); events are keyed by it.</param>
    /// <param name="team">The team.</param>
    /// <param name="tier">The support tier.</param>
    /// <param name="role">The name of a role added with <see cref="AddRole"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public StaffRosterBuilder AddAgent(string id, string team, string tier, string role)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(tier);
        ArgumentNullException.ThrowIfNull(role);
        _agents.Add((id.Trim(), team.Trim(), tier.Trim(), role.Trim()));
        return this;
    }

    /// <summary>Builds and validates the roster.</summary>
    /// <returns>The immutable roster.</returns>
    /// <exception cref="InvalidOperationException">The definition is invalid (the message lists every problem and its fix), or the builder was already used.</exception>
    public StaffRoster Build()
    {
        if (_built)
        {
            Preconditions.ThrowInvalidOperation("This StaffRosterBuilder was already built; start a new one.");
        }

        _built = true;
        var errors = new List<string>();
        var targets = new Dictionary<string, List<RoleTarget>>(StringComparer.OrdinalIgnoreCase);
        foreach (var role in _roles)
        {
            if (role.Length == 0)
            {
                errors.Add("A role has a blank name: name every role.");
            }
            else if (!targets.TryAdd(role, []))
            {
                errors.Add($"The role '{role}' is added twice (names are compared ignoring case): add each role once.");
            }
        }

        foreach (var (role, kpi, threshold) in _targets)
        {
            var at = string.Create(CultureInfo.InvariantCulture, $"The target {kpi} = {threshold} of role '{role}'");
            if (!targets.TryGetValue(role, out var list))
            {
                errors.Add($"{at} names an unknown role: add the role with AddRole first.");
                continue;
            }

            if (Array.IndexOf(StaffRoster.ScorecardKpis, kpi) < 0)
            {
                errors.Add($"{at} is for a KPI a scorecard does not report: use one of {string.Join(", ", StaffRoster.ScorecardKpis)}.");
                continue;
            }

            var descriptor = KpiCatalog.Get(kpi);
            if (!descriptor.IsInRange(threshold))
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{at} lies outside the KPI's range {descriptor.Minimum}..{descriptor.Maximum} ({descriptor.Unit}; rates and the QA score are fractions, AHT is in seconds): give a threshold in range."));
                continue;
            }

            if (list.Exists(t => t.Kpi == kpi))
            {
                errors.Add($"{at} repeats a KPI the role already has a target for: give one target per KPI and role.");
                continue;
            }

            list.Add(new RoleTarget(kpi, descriptor.Direction, threshold));
        }

        var roles = targets.ToDictionary(p => p.Key, p => new ScorecardRole(p.Key, [.. p.Value]), StringComparer.OrdinalIgnoreCase);
        if (_agents.Count == 0)
        {
            errors.Add("The roster has no agents: add at least one with AddAgent.");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var members = new List<StaffMember>(_agents.Count);
        foreach (var (id, team, tier, role) in _agents)
        {
            var at = $"The agent '{id}'";
            if (id.Length == 0)
            {
                errors.Add("An agent has a blank id: give every agent an id.");
            }
            else if (!ids.Add(id))
            {
                errors.Add($"{at} is added twice: agent ids must be unique (compared ordinally).");
            }

            if (team.Length == 0 || tier.Length == 0)
            {
                errors.Add($"{at} has a blank team or tier: give every agent a team and a tier.");
            }

            if (!roles.TryGetValue(role, out var scorecardRole))
            {
                errors.Add($"{at} has the unknown role '{role}': add the role with AddRole.");
                continue;
            }

            members.Add(new StaffMember(id, team, tier, scorecardRole));
        }

        if (errors.Count > 0)
        {
            Preconditions.ThrowInvalidOperation($"The staff roster is invalid:{Environment.NewLine}- {string.Join(Environment.NewLine + "- ", errors)}");
        }

        return new StaffRoster([.. members], [.. _roles.Select(r => roles[r])]);
    }
}
