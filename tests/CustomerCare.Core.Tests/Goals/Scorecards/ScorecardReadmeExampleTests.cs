// The "Staff scorecards" README example, statement for statement, so that the lines it prints stay true.
using CustomerCare.Core.Goals.Scorecards;
using CustomerCare.Core.Kpis;
using CustomerCare.Core.Kpis.Surveys;

namespace CustomerCare.Core.Tests.Goals.Scorecards;

public sealed class ScorecardReadmeExampleTests
{
    [Fact]
    public void The_readme_example_prints_what_its_comments_say()
    {
        var rubric = new QualityRubricBuilder("Chat QA")
            .AddCategory("Greeting", RubricScale.Binary)
            .AddCategory("Empathy", RubricScale.FivePoint, weight: 2)
            .AddCategory("Correct solution", RubricScale.FourPoint, weight: 3, critical: true)
            .AddCategory("Tone", RubricScale.ThreePoint)
            .Build();

        var roster = new StaffRosterBuilder()
            .AddRole("Agent")
            .AddTarget("Agent", KpiId.CustomerSatisfaction, 0.80)
            .AddTarget("Agent", KpiId.QualityScore, 0.75)
            .AddAgent("ana", team: "Blue", tier: "L1", role: "Agent")
            .AddAgent("bo", team: "Blue", tier: "L1", role: "Agent")
            .Build();

        var book = new ScorecardBook(roster, CsatScale.FivePoint);
        book.AddReview("ana", rubric.Evaluate([RubricRating.Of(1), RubricRating.Of(4), RubricRating.Of(3), RubricRating.NotApplicable]));
        book.AddReview("ana", rubric.Evaluate([RubricRating.Of(1), RubricRating.Of(5), RubricRating.Of(2), RubricRating.Of(3)]));
        foreach (var answer in new byte[] { 5, 4, 4, 3 })
        {
            book.AddCsat("ana", answer);
        }

        for (var i = 0; i < 40; i++)
        {
            book.AddCsat("bo", i % 10 == 0 ? (byte)2 : (byte)5);
        }

        var ana = book.Agent("ana");
        Assert.Equal("Agent ana: 0 of 2 targets met", ana.ToString());
        Assert.Equal("Customer Satisfaction (CSAT) 0.75 vs ≥ 0.8: missed", ana.Lines[1].ToString());
        Assert.Equal("QA 37.5 % over 2 reviews (1 critical failures)", ana.Quality.ToString());

        var ranking = book.Rank(KpiId.CustomerSatisfaction, RankingMethod.WilsonLowerBound);
        Assert.Equal("1. bo 0.769 [0.769, 0.96] (observed 0.9, n = 40)", ranking.Entries[0].ToString());
        Assert.Equal("2. ana 0.301 [0.301, 0.954] (observed 0.75, n = 4)", ranking.Entries[1].ToString());
    }
}
