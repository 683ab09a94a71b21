// Staff rosters: roles, targets and agents as built, and every rejected definition with what to fix.
using CustomerCare.Core.Goals.Scorecards;
using CustomerCare.Core.Kpis;

namespace CustomerCare.Core.Tests.Goals.Scorecards;

public sealed class StaffRosterTests
{
    [Fact]
    public void Builds_roles_with_directions_from_the_catalogue_and_agents_with_their_groups()
    {
        var roster = ScorecardBookTests.Roster();

        Assert.Equal(["L1 agent", "Specialist"], roster.Roles.Select(r => r.Name));
        var l1 = roster.Roles[0];
        Assert.Equal(new RoleTarget(KpiId.AverageHandleTime, KpiDirection.LowerIsBetter, 300), l1.TargetFor(KpiId.AverageHandleTime));
        Assert.Null(l1.TargetFor(KpiId.NetPromoterScore));
        Assert.Equal("Customer Satisfaction (CSAT) ≥ 0.8", l1.Targets[0].ToString());
        Assert.True(l1.Targets[0].IsMetBy(0.8));
        Assert.False(l1.Targets[0].IsMetBy(double.NaN));
        Assert.Equal("L1 agent (3 targets)", l1.ToString());
        Assert.Equal(["Blue", "Red"], roster.Teams); // "Red" and "red" are one team, spelled as first added
        Assert.Equal("cy (team Red, tier L2, Specialist)", roster.Find("cy")!.ToString());
        Assert.Null(roster.Find("Cy"));
        Assert.Equal("4 agents in 2 teams, 2 tiers, 2 roles", roster.ToString());
    }

    [Theory]
    [InlineData("no agents", "The roster has no agents")]
    [InlineData("blank role", "A role has a blank name")]
    [InlineData("duplicate role", "The role 'l1' is added twice")]
    [InlineData("target for unknown role", "The target CustomerSatisfaction = 0.8 of role 'L9' names an unknown role")]
    [InlineData("unsupported KPI", "The target ChurnRate = 0.1 of role 'L1' is for a KPI a scorecard does not report")]
    [InlineData("threshold out of range", "The target CustomerSatisfaction = 85 of role 'L1' lies outside the KPI's range 0..1")]
    [InlineData("NaN threshold", "The target QualityScore = NaN of role 'L1' lies outside the KPI's range")]
    [InlineData("duplicate target", "The target CustomerSatisfaction = 0.9 of role 'l1' repeats a KPI")]
    [InlineData("blank id", "An agent has a blank id")]
    [InlineData("duplicate id", "The agent 'ana' is added twice")]
    [InlineData("blank team", "The agent 'ana' has a blank team or tier")]
    [InlineData("unknown role", "The agent 'ana' has the unknown role 'L2'")]
    public void Build_rejects_every_invalid_definition(string problem, string message)
    {
        var builder = new StaffRosterBuilder().AddRole(problem == "blank role" ? " " : "L1");
        _ = problem switch
        {
            "no agents" => builder,
            "blank role" => builder.AddAgent("ana", "Blue", "L1", " "),
            "duplicate role" => builder.AddRole("l1").AddAgent("ana", "Blue", "L1", "L1"),
            "target for unknown role" => builder.AddTarget("L9", KpiId.CustomerSatisfaction, 0.8).AddAgent("ana", "Blue", "L1", "L1"),
            "unsupported KPI" => builder.AddTarget("L1", KpiId.ChurnRate, 0.1).AddAgent("ana", "Blue", "L1", "L1"),
            "threshold out of range" => builder.AddTarget("L1", KpiId.CustomerSatisfaction, 85).AddAgent("ana", "Blue", "L1", "L1"),
            "NaN threshold" => builder.AddTarget("L1", KpiId.QualityScore, double.NaN).AddAgent("ana", "Blue", "L1", "L1"),
            "duplicate target" => builder.AddTarget("L1", KpiId.CustomerSatisfaction, 0.8).AddTarget("l1", KpiId.CustomerSatisfaction, 0.9).AddAgent("ana", "Blue", "L1", "L1"),
            "blank id" => builder.AddAgent(" ", "Blue", "L1", "L1"),
            "duplicate id" => builder.AddAgent("ana", "Blue", "L1", "L1").AddAgent("ana", "Red", "L1", "L1"),
            "blank team" => builder.AddAgent("ana", "", "L1", "L1"),
            _ => builder.AddAgent("ana", "Blue", "L1", "L2"),
        };

        var ex = Assert.Throws<InvalidOperationException>(builder.Build);

        Assert.StartsWith("The staff roster is invalid:", ex.Message, StringComparison.Ordinal);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_second_build_and_null_arguments()
    {
        var builder = new StaffRosterBuilder().AddRole("r").AddAgent("a", "t", "x", "r");
        builder.Build();

        Assert.Equal("This StaffRosterBuilder was already built; start a new one.", Assert.Throws<InvalidOperationException>(builder.Build).Message);
        Assert.Equal("team", Assert.Throws<ArgumentNullException>(() => new StaffRosterBuilder().AddAgent("a", null!, "x", "r")).ParamName);
        Assert.Equal("role", Assert.Throws<ArgumentNullException>(() => new StaffRosterBuilder().AddTarget(null!, KpiId.QualityScore, 1)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => new StaffRosterBuilder().AddRole(null!)).ParamName);
    }
}
