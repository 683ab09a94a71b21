// Keyed staff scorecards: per-agent values vs role targets, exact team and tier roll-ups, fair ranking by KPI, 0 B per event, rejected input.
using CustomerCare.Core.Goals.Scorecards;
using CustomerCare.Core.Kpis;
using CustomerCare.Core.Kpis.ContactCentre;
using CustomerCare.Core.Kpis.Resolution;
using CustomerCare.Core.Kpis.Surveys;
using CustomerCare.Core.Tests.TestInfrastructure;
using NodaTime;

namespace CustomerCare.Core.Tests.Goals.Scorecards;

public sealed class ScorecardBookTests
{
    internal static StaffRoster Roster() => new StaffRosterBuilder()
        .AddRole("L1 agent")
        .AddTarget("L1 agent", KpiId.CustomerSatisfaction, 0.8)
        .AddTarget("L1 agent", KpiId.AverageHandleTime, 300)
        .AddTarget("L1 agent", KpiId.QualityScore, 0.75)
        .AddRole("Specialist")
        .AddTarget("specialist", KpiId.FirstContactResolution, 0.7)
        .AddAgent("ana", "Blue", "L1", "L1 agent")
        .AddAgent("bo", "Blue", "L1", "L1 agent")
        .AddAgent("cy", "Red", "L2", "Specialist")
        .AddAgent("dee", "red", "L1", "L1 agent")
        .Build();

    private static ScorecardBook Filled()
    {
        var book = new ScorecardBook(Roster(), CsatScale.FivePoint);
        foreach (var answer in new byte[] { 5, 4, 3, 5 })
        {
            book.AddCsat("ana", answer); // 3 of 4 at or above 4
        }

        book.AddCsat("bo", 5);
        book.AddCsat("bo", 5);
        book.AddHandled("ana", new HandledContact(Duration.FromSeconds(200), Duration.Zero, Duration.FromSeconds(40)));
        book.AddHandled("ana", new HandledContact(Duration.FromSeconds(300), Duration.FromSeconds(30), Duration.FromSeconds(30)));
        var rubric = QualityRubricTests.Rubric();
        book.AddReview("ana", rubric.Evaluate([RubricRating.Of(1), RubricRating.Of(4), RubricRating.Of(3), default, RubricRating.Of(1)])); // 0.8125
        book.AddReview("ana", rubric.Evaluate([RubricRating.Of(1), RubricRating.Of(1), RubricRating.Of(4), RubricRating.Of(2), default])); // 4.5/7
        book.AddIssue("cy", new IssueContacts(1, true));
        book.AddIssue("cy", new IssueContacts(2, true));
        book.AddIssue("cy", new IssueContacts(1, true));
        book.AddNps("ana", 10);
        book.AddNps("ana", 9);
        book.AddNps("ana", 0);
        return book;
    }

    [Fact]
    public void An_agent_row_shows_each_kpi_against_the_roles_target()
    {
        var ana = Filled().Agent("ana");

        Assert.Equal("L1 agent", ana.Role!.Name);
        Assert.Equal(100.0 / 3, ana.Value(KpiId.NetPromoterScore), 12);            // (2 promoters − 1 detractor)/3
        Assert.Equal(0.75, ana.Value(KpiId.CustomerSatisfaction));                  // 3 of 4
        Assert.Equal(300, ana.Value(KpiId.AverageHandleTime));                      // (240 + 360)/2 seconds
        Assert.Equal((0.8125 + (4.5 / 7)) / 2, ana.Value(KpiId.QualityScore), 14);  // 0.727679
        Assert.True(double.IsNaN(ana.Value(KpiId.FirstContactResolution)));

        var status = ana.Lines.ToDictionary(l => l.Kpi, l => l.Status);
        Assert.Equal(TargetStatus.NoTarget, status[KpiId.NetPromoterScore]);
        Assert.Equal(TargetStatus.Missed, status[KpiId.CustomerSatisfaction]);
        Assert.Equal(TargetStatus.Met, status[KpiId.AverageHandleTime]);            // at most 300 s: equal meets it
        Assert.Equal(TargetStatus.Missed, status[KpiId.QualityScore]);
        Assert.Equal(StaffRoster.Kpis, ana.Lines.Select(l => l.Kpi));
        Assert.Equal("Agent ana: 1 of 3 targets met", ana.ToString());
        Assert.Equal("Customer Satisfaction (CSAT) 0.75 vs ≥ 0.8: missed", ana.Lines[1].ToString());
        Assert.Equal("Average Handle Time (AHT) 300 vs ≤ 300: met", ana.Lines[5].ToString());
        Assert.Equal("Net Promoter Score 33.333", ana.Lines[0].ToString());
    }

    [Fact]
    public void A_target_without_data_is_neither_met_nor_missed()
    {
        var bo = Filled().Agent("bo");

        Assert.Equal(TargetStatus.Met, bo.Lines.Single(l => l.Kpi == KpiId.CustomerSatisfaction).Status);
        Assert.Equal(TargetStatus.NoData, bo.Lines.Single(l => l.Kpi == KpiId.QualityScore).Status);
        Assert.Equal("Quality-review score no data vs ≥ 0.75: nodata", bo.Lines[6].ToString());
    }

    [Fact]
    public void Teams_and_tiers_are_the_exact_merge_of_their_agents()
    {
        var book = Filled();
        var blue = book.Team("BLUE");

        Assert.Equal("Blue", blue.Id);
        Assert.Equal(2, blue.Agents);
        Assert.Equal(5.0 / 6, blue.Value(KpiId.CustomerSatisfaction), 14);  // (3 + 2)/(4 + 2)
        Assert.Equal("L1 agent", blue.Role!.Name);                           // both agents share the role
        Assert.Equal(TargetStatus.Met, blue.Lines[1].Status);

        var red = book.Team("red");
        Assert.Null(red.Role);                                               // cy is a specialist, dee an L1 agent
        Assert.All(red.Lines, l => Assert.Equal(TargetStatus.NoTarget, l.Status));
        Assert.Equal(2.0 / 3, red.Value(KpiId.FirstContactResolution), 14);
        Assert.Equal("Team Red: no targets", red.ToString());

        var l1 = book.Tier("L1");
        Assert.Equal(3, l1.Agents);
        Assert.Equal(blue.Csat, l1.Csat);
        Assert.Equal(["ana", "bo", "cy", "dee"], book.Rows(ScorecardLevel.Agent).Select(r => r.Id));
        Assert.Equal(["Blue", "Red"], book.Rows(ScorecardLevel.Team).Select(r => r.Id));
        Assert.Equal(["L1", "L2"], book.Rows(ScorecardLevel.Tier).Select(r => r.Id));

        var cy = book.Agent("cy");
        Assert.Equal(2.0 / 3, cy.Value(KpiId.FirstContactResolution), 14);
        Assert.Equal(1.0 / 3, cy.Value(KpiId.RepeatContactRate), 14);
        Assert.Equal(1.0, cy.Value(KpiId.ResolutionRate));
        Assert.Equal(TargetStatus.Missed, cy.Lines[2].Status);
    }

    [Fact]
    public void Books_of_shards_merge_into_the_one_pass_book()
    {
        var whole = Filled();
        var roster = whole.Roster;
        var a = new ScorecardBook(roster, CsatScale.FivePoint);
        var b = new ScorecardBook(roster, CsatScale.FivePoint);
        a.AddCsat("bo", 5);
        b.AddCsat("bo", 1);
        a.Merge(b);

        Assert.Equal(new CsatResult(CsatScale.FivePoint, 2, 1, 6), a.Agent("bo").Csat);
        var other = new ScorecardBook(Roster(), CsatScale.FivePoint);
        var ex = Assert.Throws<ArgumentException>(() => a.Merge(other));
        Assert.Equal("other", ex.ParamName);
        Assert.StartsWith("other must be a book over the same StaffRoster instance", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => a.Merge(new ScorecardBook(roster, new CsatScale(1, 10, 8))));
    }

    [Fact]
    public void Ranks_agents_by_a_kpi_with_the_kpis_direction()
    {
        var book = Filled();

        var csat = book.Rank(KpiId.CustomerSatisfaction, RankingMethod.WilsonLowerBound);
        Assert.Equal(["ana", "bo", "cy", "dee"], csat.Entries.Select(e => e.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["bo", "ana"], csat.Entries.Where(e => e.Rank > 0).Select(e => e.Id)); // 2/2: 0.342 beats 3/4: 0.301
        Assert.Equal(new KpiRatio(2, 2).WilsonInterval().Lower, csat.Entries[0].Estimate);
        Assert.Equal(new KpiRatio(3, 4).WilsonInterval().Lower, csat.Entries[1].Estimate);

        var blue = book.Rank(KpiId.QualityScore, RankingMethod.EmpiricalBayes, team: "blue");
        Assert.Equal(["ana", "bo"], blue.Entries.Select(e => e.Id));
        var teams = book.Rank(KpiId.NetPromoterScore, RankingMethod.Raw, ScorecardLevel.Team);
        Assert.Equal("Blue", teams.Entries[0].Id);
        Assert.Equal(100.0 / 3, teams.Entries[0].Estimate, 12);

        var repeat = book.Rank(KpiId.RepeatContactRate, RankingMethod.Raw);
        Assert.Equal(KpiDirection.LowerIsBetter, repeat.Direction);
    }

    [Fact]
    public void Rank_rejects_aht_unknown_teams_and_misplaced_team_filters()
    {
        var book = Filled();

        var aht = Assert.Throws<ArgumentOutOfRangeException>(() => book.Rank(KpiId.AverageHandleTime, RankingMethod.Raw));
        Assert.Equal("kpi", aht.ParamName);
        Assert.Contains("AHT keeps no per-contact spread", aht.Message, StringComparison.Ordinal);
        Assert.Equal("kpi", Assert.Throws<ArgumentOutOfRangeException>(() => book.Rank(KpiId.ChurnRate, RankingMethod.Raw)).ParamName);
        Assert.Equal("team", Assert.Throws<ArgumentException>(() => book.Rank(KpiId.QualityScore, RankingMethod.Raw, team: "Green")).ParamName);
        Assert.Equal("team", Assert.Throws<ArgumentException>(() => book.Rank(KpiId.QualityScore, RankingMethod.Raw, ScorecardLevel.Team, team: "Blue")).ParamName);
        Assert.Equal("method", Assert.Throws<ArgumentException>(() => book.Rank(KpiId.QualityScore, RankingMethod.WilsonLowerBound)).ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => book.Rows((ScorecardLevel)9)).ParamName);
    }

    [Fact]
    public void Adding_events_for_known_agents_allocates_nothing()
    {
        var book = new ScorecardBook(Roster(), CsatScale.FivePoint);
        var contact = new HandledContact(Duration.FromSeconds(100), Duration.Zero, Duration.FromSeconds(20));
        var review = QualityRubricTests.Rubric().Evaluate([RubricRating.Of(1), default, default, default, default]);
        var issue = new IssueContacts(1, true);
        var id = "bo";

        AllocationAssert.NoAllocations(() =>
        {
            book.AddCsat(id, 4);
            book.AddNps(id, 9);
            book.AddHandled(id, contact);
            book.AddIssue(id, issue);
            book.AddReview(id, review);
        });
    }

    [Fact]
    public void Rejects_unknown_agents_teams_tiers_and_bad_values()
    {
        var book = Filled();

        var agent = Assert.Throws<ArgumentException>(() => book.AddCsat("zed", 5));
        Assert.Equal("agentId", agent.ParamName);
        Assert.StartsWith("agentId must be an agent of the roster; it was 'zed'.", agent.Message, StringComparison.Ordinal);
        Assert.Equal("agentId", Assert.Throws<ArgumentException>(() => book.Agent("ANA")).ParamName); // ids are ordinal
        var team = Assert.Throws<ArgumentException>(() => book.Team("Green"));
        Assert.Equal("team", team.ParamName);
        Assert.StartsWith("team must be a team of the roster (Blue, Red); it was 'Green'.", team.Message, StringComparison.Ordinal);
        Assert.Equal("tier", Assert.Throws<ArgumentException>(() => book.Tier("L3")).ParamName);
        Assert.Equal("answer", Assert.Throws<ArgumentOutOfRangeException>(() => book.AddCsat("ana", 6)).ParamName);
        Assert.Equal("score", Assert.Throws<ArgumentOutOfRangeException>(() => book.AddNps("ana", 11)).ParamName);
        Assert.Equal("issue", Assert.Throws<ArgumentOutOfRangeException>(() => book.AddIssue("ana", default)).ParamName);
        Assert.Equal("kpi", Assert.Throws<ArgumentOutOfRangeException>(() => book.Agent("ana").Value(KpiId.ChurnRate)).ParamName);
        Assert.Equal("roster", Assert.Throws<ArgumentNullException>(() => new ScorecardBook(null!, CsatScale.FivePoint)).ParamName);
        Assert.Throws<ArgumentException>(() => new ScorecardBook(book.Roster, default));
        Assert.Equal("Scorecards of 4 agents in 2 teams, 2 tiers, 2 roles", book.ToString());
    }
}
