// One agent of a staff roster: the id events are keyed by, and the team, tier and role it rolls up into.
namespace CustomerCare.Core.Goals.Scorecards;

/// <summary>An agent of a <see cref="StaffRoster"/>. Immutable and thread-safe.</summary>
/// <param name="Id">The agent's id, unique in the roster (ordinal).</param>
/// <param name="Team">The team the agent's numbers roll up into.</param>
/// <param name="Tier">The support tier (L1, L2…) the agent's numbers roll up into.</param>
/// <param name="Role">The role whose targets the agent's row is compared against.</param>
public sealed record StaffMember(string Id, string Team, string Tier, ScorecardRole Role)
{
    /// <summary>Returns the member as text, e.g. <c>ana (team Blue, tier L1, L1 agent)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id} (team {Team}, tier {Tier}, {Role.Name})";
}
