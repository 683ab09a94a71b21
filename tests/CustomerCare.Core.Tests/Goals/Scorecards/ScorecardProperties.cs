// Laws of staff scorecards: review accumulators and books merge into the one-pass result, and the period QA score is the mean over all reviews however the days split.
using CustomerCare.Core.Goals.Scorecards;
using CustomerCare.Core.Kpis;
using CustomerCare.Core.Kpis.ContactCentre;
using CustomerCare.Core.Kpis.Resolution;
using CustomerCare.Core.Kpis.Surveys;
using CustomerCare.Core.Tests.TestInfrastructure;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CustomerCare.Core.Tests.Goals.Scorecards;

public sealed class ScorecardProperties
{
    private static readonly QualityRubric Rubric = QualityRubricTests.Rubric();

    // One review: per category N/A (a draw of 0, one in six) or a rating on its scale.
    private static readonly Gen<RubricRating[]> Ratings =
        Gen.ArrayOf(Gen.Choose(0, 5), Rubric.Categories.Count).Select(draws => draws.Select((d, i) =>
        {
            var c = Rubric.Categories[i];
            return d == 0 ? RubricRating.NotApplicable : RubricRating.Of((byte)(c.Minimum + ((d - 1) % (c.Maximum - c.Minimum + 1))));
        }).ToArray());

    // Reviews, each with the day (0..6) it was done on.
    private static readonly Gen<(RubricRating[] Ratings, int Day)[]> Week =
        Gen.ArrayOf(Ratings.SelectMany(r => Gen.Choose(0, 6).Select(d => (r, d))));

    // Events for the scorecard book: agent 0..3, kind 0..4, a value, and the shard 0..2 that sees it.
    private static readonly Gen<(int Agent, int Kind, int Value, int Shard, RubricRating[] Review)[]> Events =
        Gen.ArrayOf(
            from agent in Gen.Choose(0, 3)
            from kind in Gen.Choose(0, 4)
            from value in Gen.Choose(0, 10)
            from shard in Gen.Choose(0, 2)
            from review in Ratings
            select (agent, kind, value, shard, review));

    private static readonly string[] Agents = ["ana", "bo", "cy", "dee"];

    [CareProperty]
    public Property Review_accumulators_merge_exactly_in_any_order() =>
        Prop.ForAll(Week.ToArbitrary(), Week.ToArbitrary(), Week.ToArbitrary(), (a, b, c) =>
        {
            var (leftFirst, rightFirst, reversed) = MergeLaws.ThreeWays(Of(a), Of(b), Of(c), static (ref QualityReviewAccumulator x, in QualityReviewAccumulator y) => x.Merge(y));
            var whole = Of([.. a, .. b, .. c]).Result;
            return leftFirst.Result == whole && rightFirst.Result == whole && reversed.Result == whole;
        });

    [CareProperty]
    public Property Period_score_is_the_mean_over_all_reviews_whatever_the_split_into_days() =>
        Prop.ForAll(Week.ToArbitrary(), reviews =>
        {
            var days = new QualityReviewAccumulator[7];
            foreach (var (ratings, day) in reviews)
            {
                days[day].Add(Rubric.Evaluate(ratings));
            }

            var week = default(QualityReviewAccumulator);
            foreach (var day in days.Reverse())
            {
                week.Merge(day);
            }

            var scores = reviews.Select(r => Rubric.Evaluate(r.Ratings)).Where(s => s.IsScored).Select(s => s.Score).ToArray();
            var result = week.Result;
            return result == Of(reviews).Result
                && result.Reviews == scores.Length
                && (scores.Length == 0 ? double.IsNaN(result.MeanScore) : Math.Abs(result.MeanScore - scores.Average()) < 1e-12);
        });

    [CareProperty]
    public Property Merged_books_equal_the_one_pass_book() =>
        Prop.ForAll(Events.ToArbitrary(), events =>
        {
            var roster = ScorecardBookTests.Roster();
            var whole = new ScorecardBook(roster, CsatScale.FivePoint);
            var shards = Enumerable.Range(0, 3).Select(_ => new ScorecardBook(roster, CsatScale.FivePoint)).ToArray();
            foreach (var e in events)
            {
                Apply(whole, e);
                Apply(shards[e.Shard], e);
            }

            var merged = shards[2];
            merged.Merge(shards[0]);
            merged.Merge(shards[1]);
            return Enum.GetValues<ScorecardLevel>().All(level =>
                merged.Rows(level).Zip(whole.Rows(level)).All(p => Same(p.First, p.Second)));
        });

    private static void Apply(ScorecardBook book, (int Agent, int Kind, int Value, int Shard, RubricRating[] Review) e)
    {
        var id = Agents[e.Agent];
        switch (e.Kind)
        {
            case 0: book.AddNps(id, (byte)e.Value); break;
            case 1: book.AddCsat(id, (byte)(1 + (e.Value % 5))); break;
            case 2: book.AddHandled(id, new HandledContact(Duration.FromSeconds(60 * e.Value), Duration.FromSeconds(e.Value), Duration.FromSeconds(30))); break;
            case 3: book.AddIssue(id, new IssueContacts(1 + (e.Value % 3), e.Value % 4 != 0)); break;
            default: book.AddReview(id, Rubric.Evaluate(e.Review)); break;
        }
    }

    private static bool Same(ScorecardRow a, ScorecardRow b) =>
        a.Id == b.Id && a.Nps == b.Nps && a.Csat == b.Csat && a.HandleTime == b.HandleTime && a.Resolution == b.Resolution && a.Quality == b.Quality
        && a.Lines.Select(l => l.Status).SequenceEqual(b.Lines.Select(l => l.Status))
        && a.Lines.Select(l => l.Value).SequenceEqual(b.Lines.Select(l => l.Value))
        && (a.Quality.Reviews < 2 || a.Quality.Variance.Equals(b.Quality.Variance))
        && StaffRoster.Kpis.All(k => a.Value(k).Equals(b.Value(k)) || (k == KpiId.AverageHandleTime && double.IsNaN(a.Value(k))));

    private static QualityReviewAccumulator Of((RubricRating[] Ratings, int Day)[] reviews)
    {
        var accumulator = default(QualityReviewAccumulator);
        foreach (var (ratings, _) in reviews)
        {
            accumulator.Add(Rubric.Evaluate(ratings));
        }

        return accumulator;
    }
}
