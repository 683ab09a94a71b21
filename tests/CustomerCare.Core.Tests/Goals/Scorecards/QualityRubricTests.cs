// Quality reviews: category scores, N/A renormalisation, critical categories, the period mean and every rejected rubric, hand-checked.
using CustomerCare.Core.Goals.Scorecards;

namespace CustomerCare.Core.Tests.Goals.Scorecards;

public sealed class QualityRubricTests
{
    private static readonly RubricRating Na = RubricRating.NotApplicable;

    // Greeting binary ×1, Empathy 5-point ×2, Solution 4-point ×3 critical (passes at 3), Tone 3-point ×1, Compliance binary ×2 critical.
    internal static QualityRubric Rubric() => new QualityRubricBuilder("Chat QA")
        .AddCategory("Greeting", RubricScale.Binary)
        .AddCategory("Empathy", RubricScale.FivePoint, weight: 2)
        .AddCategory("Solution", RubricScale.FourPoint, weight: 3, critical: true)
        .AddCategory("Tone", RubricScale.ThreePoint)
        .AddCategory("Compliance", RubricScale.Binary, weight: 2, critical: true)
        .Build();

    private static RubricRating R(byte rating) => RubricRating.Of(rating);

    [Fact]
    public void Scores_rated_categories_with_weights_renormalised_over_what_was_rated()
    {
        // Greeting 1 → 1, Empathy 4 → (4−1)/(5−1) = 0.75, Solution 3 → (3−1)/(4−1) = ⅔, Tone N/A, Compliance 1 → 1.
        // (1·1 + 2·0.75 + 3·⅔ + 2·1) / (1 + 2 + 3 + 2) = 6.5 / 8 = 0.8125; Tone's weight is left out of the base.
        var review = Rubric().Evaluate([R(1), R(4), R(3), Na, R(1)]);

        Assert.Equal(0.8125, review.Score, 12);
        Assert.Equal(4, review.Rated);
        Assert.Equal(0, review.Failed);
        Assert.False(review.CriticalFailed);
        Assert.Equal("81.25 % (4 rated, 0 failed)", review.ToString());
    }

    [Fact]
    public void A_failed_critical_category_zeroes_the_review_and_an_na_critical_one_does_not()
    {
        // Solution 2 is below its passing rating 3: the whole review scores 0 although Empathy and Tone are perfect.
        var failed = Rubric().Evaluate([R(0), R(5), R(2), R(3), Na]);
        Assert.Equal(0, failed.Score);
        Assert.True(failed.CriticalFailed);
        Assert.Equal(2, failed.Failed);
        Assert.Equal("0 % (4 rated, 2 failed, critical failed)", failed.ToString());

        // Compliance N/A: (1·1 + 2·0 + 3·1 + 1·0.5) / (1 + 2 + 3 + 1) = 4.5 / 7; Empathy 1 fails but is not critical.
        var naCritical = Rubric().Evaluate([R(1), R(1), R(4), R(2), Na]);
        Assert.Equal(4.5 / 7, naCritical.Score, 12);
        Assert.False(naCritical.CriticalFailed);
        Assert.Equal(1, naCritical.Failed);
    }

    [Fact]
    public void A_review_with_every_category_na_is_not_scored_and_stays_out_of_the_mean()
    {
        var review = Rubric().Evaluate([Na, Na, Na, Na, Na]);

        Assert.False(review.IsScored);
        Assert.True(double.IsNaN(review.Score));
        Assert.Equal("not scored (every category N/A)", review.ToString());
        Assert.Equal(default, review);
    }

    [Fact]
    public void The_period_score_is_the_mean_over_all_reviews_not_the_mean_of_daily_means()
    {
        var rubric = Rubric();
        var monday = default(QualityReviewAccumulator);
        monday.Add(rubric.Evaluate([R(1), R(4), R(3), Na, R(1)])); // 0.8125
        monday.Add(rubric.Evaluate([R(0), R(5), R(2), R(3), Na])); // 0 (critical)
        var tuesday = default(QualityReviewAccumulator);
        tuesday.Add(rubric.Evaluate([R(1), R(1), R(4), R(2), Na])); // 4.5/7
        tuesday.Add(rubric.Evaluate([Na, Na, Na, Na, Na])); // not scored

        var week = monday;
        week.Merge(tuesday);
        var result = week.Result;

        // (0.8125 + 0 + 4.5/7) / 3 = 0.485119…; the mean of the daily means would be (0.40625 + 0.642857…) / 2 = 0.524553….
        Assert.Equal((0.8125 + (4.5 / 7)) / 3, result.MeanScore, 14);
        Assert.Equal(3, result.Reviews);
        Assert.Equal(1, result.NotScored);
        Assert.Equal(1, result.CriticalFailures);
        Assert.Equal(4, week.Count);
        Assert.Equal(1.0 / 3, result.CriticalFailureRate.Value, 14);
        Assert.Equal("QA 48.5 % over 3 reviews (1 critical failures)", result.ToString());

        // Sample variance of 0.8125, 0 and 0.642857…: Σ(x − mean)² / 2.
        double[] scores = [0.8125, 0, 4.5 / 7];
        var mean = scores.Average();
        Assert.Equal(scores.Sum(x => (x - mean) * (x - mean)) / 2, result.Variance, 12);
    }

    [Fact]
    public void Custom_passing_ratings_and_the_category_index()
    {
        var rubric = new QualityRubricBuilder(" Strict ")
            .AddCategory("Accuracy", RubricScale.FivePoint, critical: true, passingRating: 5)
            .AddCategory(" Speed ", RubricScale.ThreePoint, weight: 0.5)
            .Build();

        Assert.Equal("Strict", rubric.Name);
        Assert.Equal(1, rubric.IndexOf("speed"));
        Assert.Equal(-1, rubric.IndexOf("tone"));
        Assert.Equal(5, rubric.Categories[0].PassingRating);
        Assert.Equal(2, rubric.Categories[1].PassingRating);
        Assert.Equal("Accuracy (5-point, weight 1, critical)", rubric.Categories[0].ToString());
        Assert.Equal("Strict: 2 categories, 1 critical", rubric.ToString());
        Assert.Equal(0, rubric.Evaluate([R(4), R(3)]).Score);
        Assert.Equal(1, rubric.Evaluate([R(5), R(3)]).Score);
    }

    [Fact]
    public void Default_passing_ratings_are_the_lowest_scoring_at_least_one_half()
    {
        var rubric = new QualityRubricBuilder("Scales")
            .AddCategory("b", RubricScale.Binary).AddCategory("3", RubricScale.ThreePoint)
            .AddCategory("4", RubricScale.FourPoint).AddCategory("5", RubricScale.FivePoint)
            .Build();

        Assert.Equal([1, 2, 3, 3], rubric.Categories.Select(c => (int)c.PassingRating));
        Assert.Equal([0, 1, 1, 1], rubric.Categories.Select(c => (int)c.Minimum));
        Assert.Equal([1, 3, 4, 5], rubric.Categories.Select(c => (int)c.Maximum));
    }

    [Fact]
    public void Evaluate_rejects_a_wrong_number_of_ratings_and_ratings_off_the_scale()
    {
        var rubric = Rubric();

        var count = Assert.Throws<ArgumentException>(() => rubric.Evaluate([R(1)]));
        Assert.Equal("ratings", count.ParamName);
        Assert.StartsWith("ratings must hold one rating per category of the rubric 'Chat QA' (5), in order", count.Message, StringComparison.Ordinal);

        var scale = Assert.Throws<ArgumentOutOfRangeException>(() => rubric.Evaluate([R(1), R(6), Na, Na, Na]));
        Assert.Equal("ratings", scale.ParamName);
        Assert.StartsWith("ratings[1] must be a rating from 1 to 5 for the category 'Empathy', or RubricRating.NotApplicable; it was 6.", scale.Message, StringComparison.Ordinal);

        var zero = Assert.Throws<ArgumentOutOfRangeException>(() => rubric.Evaluate([Na, R(0), Na, Na, Na]));
        Assert.Contains("ratings[1]", zero.Message, StringComparison.Ordinal);
        Assert.Equal("N/A", Na.ToString());
        Assert.Equal("4", R(4).ToString());
    }

    [Theory]
    [InlineData("blank name", "The rubric name is blank")]
    [InlineData("no categories", "The rubric has no categories")]
    [InlineData("blank category", "Category 1 '' has a blank name")]
    [InlineData("duplicate", "Category 2 'GREETING' repeats a category name")]
    [InlineData("zero weight", "Category 1 'Greeting' has the weight 0: a weight must be a finite number above 0")]
    [InlineData("negative weight", "Category 1 'Greeting' has the weight -1")]
    [InlineData("NaN weight", "Category 1 'Greeting' has the weight NaN")]
    [InlineData("infinite weight", "Category 1 'Greeting' has the weight Infinity")]
    [InlineData("bad scale", "Category 1 'Greeting' has the undefined scale 9")]
    [InlineData("pass at minimum", "Category 1 'Greeting' has the passing rating 1: on its scale (1–5) it must lie from 2 to 5")]
    [InlineData("pass above maximum", "Category 1 'Greeting' has the passing rating 2: on its scale (0–1) it must lie from 1 to 1")]
    public void Build_rejects_every_invalid_definition(string problem, string message)
    {
        var builder = new QualityRubricBuilder(problem == "blank name" ? " " : "QA");
        _ = problem switch
        {
            "blank name" => builder.AddCategory("Greeting", RubricScale.Binary),
            "no categories" => builder,
            "blank category" => builder.AddCategory("  ", RubricScale.Binary),
            "duplicate" => builder.AddCategory("Greeting", RubricScale.Binary).AddCategory("GREETING", RubricScale.Binary),
            "zero weight" => builder.AddCategory("Greeting", RubricScale.Binary, weight: 0),
            "negative weight" => builder.AddCategory("Greeting", RubricScale.Binary, weight: -1),
            "NaN weight" => builder.AddCategory("Greeting", RubricScale.Binary, weight: double.NaN),
            "infinite weight" => builder.AddCategory("Greeting", RubricScale.Binary, weight: double.PositiveInfinity),
            "bad scale" => builder.AddCategory("Greeting", (RubricScale)9),
            "pass at minimum" => builder.AddCategory("Greeting", RubricScale.FivePoint, passingRating: 1),
            _ => builder.AddCategory("Greeting", RubricScale.Binary, passingRating: 2),
        };

        var ex = Assert.Throws<InvalidOperationException>(builder.Build);

        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("The quality rubric '", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_lists_every_problem_and_refuses_a_second_build()
    {
        var bad = new QualityRubricBuilder("QA").AddCategory("a", RubricScale.Binary, weight: 0).AddCategory("A", RubricScale.Binary);
        var ex = Assert.Throws<InvalidOperationException>(bad.Build);
        Assert.Contains("weight 0", ex.Message, StringComparison.Ordinal);
        Assert.Contains("repeats a category name", ex.Message, StringComparison.Ordinal);

        var builder = new QualityRubricBuilder("QA").AddCategory("a", RubricScale.Binary);
        builder.Build();
        Assert.Equal("This QualityRubricBuilder was already built; start a new one.", Assert.Throws<InvalidOperationException>(builder.Build).Message);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => new QualityRubricBuilder(null!)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => builder.AddCategory(null!, RubricScale.Binary)).ParamName);
    }
}
