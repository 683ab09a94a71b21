// Results from aggregate counts and sums (warehouse data), validated; FCR on a calls basis; CSI forms; SERVQUAL checks.
using System.Globalization;
using CustomerCare.Core.Kpis;
using CustomerCare.Core.Kpis.ContactCentre;
using CustomerCare.Core.Kpis.Resolution;
using CustomerCare.Core.Kpis.Surveys;
using NodaTime;

namespace CustomerCare.Core.Tests.Kpis;

public sealed class ResultFactoryTests
{
    private static readonly QueueThresholds Thresholds = new(Duration.FromSeconds(20), Duration.FromSeconds(5));

    [Fact]
    public void Queue_result_from_counts_equals_the_one_from_contacts()
    {
        QueuedContact[] contacts =
        [
            QueuedContact.Answered(Duration.FromSeconds(10)), QueuedContact.Answered(Duration.FromSeconds(30)),
            QueuedContact.Abandoned(Duration.FromSeconds(3)), QueuedContact.Abandoned(Duration.FromSeconds(60)),
        ];
        var expected = QueueMetrics.Calculate(contacts, Thresholds);
        Assert.Equal(expected, QueueResult.FromCounts(Thresholds, 2, 1, 2, 1, 1, Duration.FromSeconds(40)));
        Assert.Equal("offered 4: answered 2 (1 within 20 s), abandoned 2 (1 short); ASA 20 s", expected.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Queue_counts_that_cannot_happen_are_rejected()
    {
        var within = Assert.Throws<ArgumentOutOfRangeException>(() => QueueResult.FromCounts(Thresholds, 2, 3, 0, 0, 0, Duration.Zero));
        Assert.Equal("answeredWithinTarget", within.ParamName);
        Assert.StartsWith("answeredWithinTarget must not exceed answered (2); it was 3.", within.Message, StringComparison.Ordinal);
        var shortAbandons = Assert.Throws<ArgumentOutOfRangeException>(() => QueueResult.FromCounts(Thresholds, 0, 0, 3, 1, 2, Duration.Zero));
        Assert.Equal("shortAbandons", shortAbandons.ParamName);
        Assert.Equal("totalAnswerWait", Assert.Throws<ArgumentOutOfRangeException>(() => QueueResult.FromCounts(Thresholds, 0, 0, 1, 1, 0, Duration.FromSeconds(1))).ParamName);
        Assert.Equal("thresholds", Assert.Throws<ArgumentException>(() => QueueResult.FromCounts(default, 0, 0, 0, 0, 0, Duration.Zero)).ParamName);
        Assert.Equal("abandoned", Assert.Throws<ArgumentOutOfRangeException>(() => QueueResult.FromCounts(Thresholds, long.MaxValue, 0, 1, 1, 0, Duration.Zero)).ParamName);
        var longShort = new QueueThresholds(Duration.FromSeconds(20), Duration.FromSeconds(30));
        Assert.Equal("shortAbandons", Assert.Throws<ArgumentOutOfRangeException>(() => QueueResult.FromCounts(longShort, 0, 0, 3, 2, 1, Duration.Zero)).ParamName);
    }

    [Fact]
    public void Handle_time_and_duration_summaries_from_totals()
    {
        var result = HandleTimeResult.FromTotals(4, Duration.FromMinutes(20), Duration.FromMinutes(2), Duration.FromMinutes(4));
        Assert.True(result.TryGetAverageHandleTime(out var aht));
        Assert.Equal(Duration.FromSeconds(390), aht);
        Assert.Equal("AHT 6 min 30 s (n = 4)", result.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("handled", Assert.Throws<ArgumentOutOfRangeException>(() => HandleTimeResult.FromTotals(0, Duration.FromSeconds(1), Duration.Zero, Duration.Zero)).ParamName);
        Assert.Equal("totalHold", Assert.Throws<ArgumentOutOfRangeException>(() => HandleTimeResult.FromTotals(1, Duration.Zero, Duration.FromSeconds(-1), Duration.Zero)).ParamName);

        var summary = DurationSummary.FromTotals(3, Duration.FromHours(120), Duration.FromHours(20), Duration.FromHours(60));
        Assert.True(summary.TryGetMean(out var mean));
        Assert.Equal(Duration.FromHours(40), mean);
        Assert.Equal("mean 40 h (n = 3, min 20 h, max 60 h)", summary.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("mean n/a (n = 0)", default(DurationSummary).ToString(CultureInfo.InvariantCulture));
        var total = Assert.Throws<ArgumentOutOfRangeException>(() => DurationSummary.FromTotals(3, Duration.FromHours(200), Duration.FromHours(20), Duration.FromHours(60)));
        Assert.Equal("total", total.ParamName);
        Assert.Equal("maximum", Assert.Throws<ArgumentOutOfRangeException>(() => DurationSummary.FromTotals(1, Duration.Zero, Duration.FromHours(1), Duration.Zero)).ParamName);
    }

    [Fact]
    public void Fcr_on_a_calls_basis_and_contacts_per_issue()
    {
        // 4 issues, 6 contacts: one issue took three contacts. Calls basis = 4/6 = 1 − 2/6 repeat share.
        IssueContacts[] issues = [new(1, true), new(1, true), new(1, false), new(3, true)];
        var result = ContactResolution.Calculate(issues);
        Assert.Equal(new KpiRatio(4, 6), result.FirstContactResolution(FcrBasis.Calls));
        Assert.Equal(1 - result.RepeatContactRate(RepeatContactVariant.RepeatContactsOverContacts).Value, result.FirstContactResolution(FcrBasis.Calls).Value, 15);
        Assert.Equal(1.5, result.ContactsPerIssue.Value);
        Assert.Equal(result, ContactResolutionResult.FromCounts(4, 6, 3, 2, 1));
        Assert.Equal("FCR 50.0 % of 4 issues (6 contacts, 1.5 per issue); resolved 75.0 %", result.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("contacts", Assert.Throws<ArgumentOutOfRangeException>(() => ContactResolutionResult.FromCounts(4, 3, 0, 0, 0)).ParamName);
        Assert.Equal("resolved", Assert.Throws<ArgumentOutOfRangeException>(() => ContactResolutionResult.FromCounts(4, 6, 5, 0, 1)).ParamName);
        Assert.Equal("issuesWithRepeat", Assert.Throws<ArgumentOutOfRangeException>(() => ContactResolutionResult.FromCounts(4, 6, 3, 2, 0)).ParamName);
        var first = Assert.Throws<ArgumentOutOfRangeException>(() => ContactResolutionResult.FromCounts(4, 6, 4, 4, 1));
        Assert.StartsWith("resolvedOnFirstContact must not exceed resolved (4) nor the issues without a repeat (3); it was 4.", first.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Csi_has_a_rescaled_and_a_ten_point_form()
    {
        // 1–10 means 8 and 6, weights 3 and 1: weighted mean 7.5 → ten-point 75; rescaled 100·(7.5 − 1)/9 = 72.2.
        Assert.Equal(75, CustomerSatisfactionIndex.CalculateTenPoint([8, 6], [3, 1]), 12);
        Assert.Equal(650.0 / 9, CustomerSatisfactionIndex.CalculateRescaled([8, 6], [3, 1], 1, 10), 12);
        Assert.True(double.IsNaN(CustomerSatisfactionIndex.CalculateTenPoint([], [])));
        var mean = Assert.Throws<ArgumentOutOfRangeException>(() => CustomerSatisfactionIndex.CalculateTenPoint([0.5], [1]));
        Assert.StartsWith("itemMeans[0] must lie on the scale 1..10; it was 0.5.", mean.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Csi_with_extreme_scale_bounds_is_exact()
    {
        // Regression: the width 1e308 − (−1e308) overflowed to ∞ and the index came out 0 instead of 50.
        Assert.Equal(50, CustomerSatisfactionIndex.CalculateRescaled([3], [1], -1e308, 1e308), 12);
        Assert.Equal(100, CustomerSatisfactionIndex.CalculateRescaled([double.MaxValue], [1], -double.MaxValue, double.MaxValue), 12);
    }

    [Fact]
    public void Servqual_from_dimension_gaps_and_weighted_overall_with_non_unit_weights()
    {
        var result = ServqualResult.FromDimensionGaps(-0.5, -1, -0.75, -0.25, -0.5);
        Assert.Equal(-0.6, result.UnweightedOverall, 15);
        // Σ w·gap / Σ w = (20·−0.5 + 30·−1 + 20·−0.75 + 15·−0.25 + 15·−0.5) / 100 = −0.6625.
        Assert.Equal(-0.6625, result.WeightedOverall(new ServqualWeights(20, 30, 20, 15, 15)), 15);
        Assert.Equal(-1, result.WeightedOverall(new ServqualWeights(0, 2, 0, 0, 0)), 15);
        Assert.Equal("SERVQUAL gap -0.6 (T -0.5, Rel -1, Resp -0.75, A -0.25, E -0.5)", result.ToString(CultureInfo.InvariantCulture));
        var gap = Assert.Throws<ArgumentOutOfRangeException>(() => ServqualResult.FromDimensionGaps(0, double.NaN, 0, 0, 0));
        Assert.Equal("reliability", gap.ParamName);
        Assert.StartsWith("reliability must be a finite number; it was NaN.", gap.Message, StringComparison.Ordinal);
        var weights = Assert.Throws<ArgumentException>(() => result.WeightedOverall(default));
        Assert.Equal("weights", weights.ParamName);
    }

    [Fact]
    public void Servqual_weights_are_validated()
    {
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => new ServqualWeights(1, -1, 1, 1, 1));
        Assert.Equal("reliability", negative.ParamName);
        Assert.StartsWith("reliability must be a finite number greater than or equal to 0; it was -1.", negative.Message, StringComparison.Ordinal);
        Assert.Equal("tangibles", Assert.Throws<ArgumentOutOfRangeException>(() => new ServqualWeights(double.NaN, 1, 1, 1, 1)).ParamName);
        Assert.Equal("empathy", Assert.Throws<ArgumentOutOfRangeException>(() => new ServqualWeights(1, 1, 1, 1, double.PositiveInfinity)).ParamName);
        var zero = Assert.Throws<ArgumentException>(() => new ServqualWeights(0, 0, 0, 0, 0));
        Assert.Equal("empathy", zero.ParamName);
        Assert.StartsWith("all five weights are 0; at least one dimension must carry weight.", zero.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Servqual_accumulator_keeps_item_means_across_respondents_and_merges()
    {
        // Two respondents on the 22-item map: item gaps −1 and −3 average to −2 everywhere; a third merged in at 0.
        var map = ServqualItemMap.Standard22;
        var perceptions = new double[22];
        var low = Enumerable.Repeat(1.0, 22).ToArray();
        var high = Enumerable.Repeat(3.0, 22).ToArray();
        var accumulator = new ServqualAccumulator(map);
        accumulator.Add(perceptions, low);
        accumulator.Add(perceptions, high);
        Assert.Equal(-2, accumulator.Result.Tangibles, 15);
        Assert.Equal(-2, accumulator.Result.Empathy, 15);
        var other = new ServqualAccumulator(map);
        other.Add(perceptions, perceptions);
        accumulator.Merge(other);
        Assert.Equal(3, accumulator.Respondents);
        Assert.Equal(-4.0 / 3, accumulator.Result.Reliability, 15);
        Assert.Equal(-4.0 / 3, accumulator.Result.WeightedOverall(new ServqualWeights(1, 2, 3, 4, 5)), 15);
    }
}
