// A staff role (L1 agent, specialist, team lead) and the target thresholds its scorecard rows are compared against.
namespace CustomerCare.Core.Goals.Scorecards;

/// <summary>A role of a <see cref="StaffRoster"/> with its targets, at most one per KPI. Immutable and thread-safe.</summary>
public sealed class ScorecardRole
{
    private readonly RoleTarget[] _targets;

    internal ScorecardRole(string name, RoleTarget[] targets)
    {
        Name = name;
        _targets = targets;
        Targets = Array.AsReadOnly(targets);
    }

    /// <summary>Gets the role's name, unique in the roster (ignoring case).</summary>
    public string Name { get; }

    /// <summary>Gets the targets, in the order they were added.</summary>
    public IReadOnlyList<RoleTarget> Targets { get; }

    /// <summary>Returns the role's target for <paramref name="kpi"/>, or null.</summary>
    /// <param name="kpi">A KPI.</param>
    /// <returns>The target, or null when the role sets none for that KPI.</returns>
    public RoleTarget? TargetFor(Kpis.KpiId kpi)
    {
        foreach (var target in _targets)
        {
            if (target.Kpi == kpi)
            {
                return target;
            }
        }

        return null;
    }

    /// <summary>Returns the role as text, e.g. <c>L1 agent (3 targets)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name} ({_targets.Length} targets)";
}
