// The scorecard chapter: a month of the desk's agents — surveys, contacts, issues and QA reviews — on keyed scorecards, with role targets and fair rankings.
using System.Globalization;
using CustomerCare.Core.Goals.Scorecards;
using CustomerCare.Core.Kpis;
using CustomerCare.Core.Kpis.ContactCentre;
using CustomerCare.Core.Kpis.Resolution;
using CustomerCare.Core.Kpis.Surveys;
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CareDesk;

/// <summary>Prints the desk's agent scorecards, QA scores, ticket volume and fair rankings.</summary>
internal static class ScorecardChapter
{
    private static readonly string[] Agents = ["an", "binh", "chi", "dung", "hoa", "khanh"];

    public static void Run(Instant now)
    {
        var roster = new StaffRosterBuilder()
            .AddRole("Agent")
            .AddTarget("Agent", KpiId.CustomerSatisfaction, 0.80)
            .AddTarget("Agent", KpiId.AverageHandleTime, 420)
            .AddTarget("Agent", KpiId.QualityScore, 0.75)
            .AddRole("Specialist")
            .AddTarget("Specialist", KpiId.FirstContactResolution, 0.70)
            .AddTarget("Specialist", KpiId.QualityScore, 0.80)
            .AddAgent("an", "Phones", "L1", "Agent")
            .AddAgent("binh", "Phones", "L1", "Agent")
            .AddAgent("chi", "Phones", "L1", "Agent")
            .AddAgent("dung", "Digital", "L1", "Agent")
            .AddAgent("hoa", "Digital", "L2", "Specialist")
            .AddAgent("khanh", "Digital", "L2", "Specialist")
            .Build();
        var rubric = new QualityRubricBuilder("Conversation QA")
            .AddCategory("Greeting", RubricScale.Binary)
            .AddCategory("Empathy", RubricScale.FivePoint, weight: 2)
            .AddCategory("Correct solution", RubricScale.FourPoint, weight: 3, critical: true)
            .AddCategory("Data protection", RubricScale.Binary, weight: 2, critical: true)
            .Build();

        var book = new ScorecardBook(roster, CsatScale.FivePoint);
        var volume = new TicketVolume(DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"], VolumePeriod.Month);
        var month = new Month(seed: 11);
        var start = now.Minus(Duration.FromDays(30));
        CategoryPath[] categories = [CategoryPath.Parse("hardware/display"), CategoryPath.Parse("hardware/battery"), CategoryPath.Parse("billing/refund")];
        string[] channels = ["phone", "chat", "email"];
        for (var i = 0; i < Agents.Length; i++)
        {
            var agent = Agents[i];
            var surveys = i == 5 ? 6 : 40 + month.Next(80); // khanh joined late: few surveys
            for (var s = 0; s < surveys; s++)
            {
                book.AddCsat(agent, (byte)month.Pick([2, 3, 4, 4, 5, 5, 5, i == 5 ? 5 : 4]));
                book.AddNps(agent, (byte)month.Pick([3, 6, 7, 8, 9, 9, 10, 10]));
            }

            for (var c = 0; c < 120; c++)
            {
                book.AddHandled(agent, new HandledContact(Duration.FromSeconds(180 + month.Next(240) + (i * 20)), Duration.FromSeconds(month.Next(40)), Duration.FromSeconds(30 + month.Next(60))));
                book.AddIssue(agent, new IssueContacts(month.Pick([1, 1, 1, 2, 3]), month.Next(10) != 0));
                volume.Add(start + Duration.FromMinutes(month.Next(30 * 24 * 60)), categories[month.Next(3)], channels[month.Next(3)]);
            }

            for (var r = 0; r < (i == 5 ? 2 : 12); r++)
            {
                // Each agent has a habitual empathy level; a wrong solution or a data-protection slip zeroes the review.
                var review = rubric.Evaluate(
                [
                    RubricRating.Of((byte)(month.Next(6) == 0 ? 0 : 1)),
                    RubricRating.Of((byte)Math.Min(5, 1 + (i % 3) + month.Next(3))),
                    month.Next(8) == 0 ? RubricRating.NotApplicable : RubricRating.Of((byte)(month.Next(12) == 0 ? 2 : 3 + month.Next(2))),
                    RubricRating.Of((byte)(month.Next(40) == 0 ? 0 : 1)),
                ]);
                book.AddReview(agent, review);
            }
        }

        Line($"{rubric}; {roster}");
        Line($"  {"Agent",-6} {"Role",-10} {"CSAT",6} {"FCR",6} {"AHT s",6} {"QA",6}  targets");
        foreach (var row in book.Rows(ScorecardLevel.Agent))
        {
            var missed = string.Join(", ", row.Lines.Where(l => l.Status == TargetStatus.Missed).Select(l => KpiCatalog.Get(l.Kpi).Name));
            var met = row.Lines.Count(l => l.Status == TargetStatus.Met);
            var targets = row.Lines.Count(l => l.Status != TargetStatus.NoTarget);
            Line($"  {row.Id,-6} {row.Role!.Name,-10} {row.Value(KpiId.CustomerSatisfaction),6:P0} {row.Value(KpiId.FirstContactResolution),6:P0} {row.Value(KpiId.AverageHandleTime),6:0} {row.Value(KpiId.QualityScore),6:P1}  {met} of {targets} met{(missed.Length > 0 ? "; missed " + missed : string.Empty)}");
        }

        foreach (var team in book.Rows(ScorecardLevel.Team))
        {
            Line($"  Team {team.Id}: {team.Quality} — mean over all reviews, not of daily means");
        }

        Line($"  Ticket volume, last 30 days: {volume}; hardware/** by phone this month {volume.CountUnder(now.InZone(volume.Zone).Date, CategoryPath.Parse("hardware"), "phone")}");
        var wilson = book.Rank(KpiId.CustomerSatisfaction, RankingMethod.WilsonLowerBound);
        var raw = book.Rank(KpiId.CustomerSatisfaction, RankingMethod.Raw);
        Line($"  CSAT ranking, raw: {string.Join(" > ", raw.Entries.Select(e => e.Id))}; by Wilson lower bound: {string.Join(" > ", wilson.Entries.Select(e => e.Id))}");
        Line($"    {wilson.Find("khanh")} — 6 surveys are not ranked like 100");
        var qa = book.Rank(KpiId.QualityScore, RankingMethod.EmpiricalBayes);
        Line($"  QA ranking by empirical Bayes ({qa.Prior}): {string.Join(" > ", qa.Entries.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Id} {e.Estimate:P1}")))}");
    }

    private static void Line(FormattableString text) => Console.WriteLine(text.ToString(CultureInfo.InvariantCulture));

    // A small linear congruential generator, so the chapter prints the same on every run and runtime.
    private sealed class Month(ulong seed)
    {
        private ulong _state = seed;

        public int Pick(int[] choices) => choices[Next(choices.Length)];

        public int Next(int bound)
        {
            _state = (_state * 6364136223846793005UL) + 1442695040888963407UL;
            return (int)((_state >> 33) % (ulong)bound);
        }
    }
}
