// Every KPI rejection says what was wrong and what to do, word for word: mutation testing found these messages unasserted.
using CustomerCare.Core.Kpis.ContactCentre;
using CustomerCare.Core.Kpis.Customers;
using CustomerCare.Core.Kpis.Percentiles;
using CustomerCare.Core.Kpis.Resolution;
using CustomerCare.Core.Kpis.Service;
using CustomerCare.Core.Kpis.Surveys;
using NodaTime;

namespace CustomerCare.Core.Tests.Kpis;

public sealed class KpiMessageMutationTests
{
    [Fact]
    public void Counts_that_no_period_produces_are_rejected_with_the_counts_in_the_message()
    {
        var flow = Assert.Throws<ArgumentException>(() => new TicketFlow(10, 5, 16));
        Assert.Equal("resolved", flow.ParamName);
        Assert.StartsWith("resolved (16) exceeds open at start + created (10 + 5); a period cannot resolve tickets it never had.", flow.Message, StringComparison.Ordinal);
        Assert.Equal(15, new TicketFlow(10, 5, 15).Resolved);

        var below = Assert.Throws<ArgumentException>(() => new CustomerBase(100, 20, 19));
        Assert.Equal("atEnd", below.ParamName);
        Assert.StartsWith("atEnd (19) must lie between acquired (20) and atStart + acquired (120); check that the three counts describe the same period.", below.Message, StringComparison.Ordinal);
        Assert.Equal("atEnd", Assert.Throws<ArgumentException>(() => new CustomerBase(100, 20, 121)).ParamName);
        Assert.Equal(20, new CustomerBase(100, 20, 20).AtEnd);
        Assert.Equal(120, new CustomerBase(100, 20, 120).AtEnd);
    }

    [Fact]
    public void Contact_resolution_counts_are_checked_one_rule_at_a_time()
    {
        var contacts = Assert.Throws<ArgumentOutOfRangeException>(() => ContactResolutionResult.FromCounts(10, 9, 0, 0, 0));
        Assert.Equal("contacts", contacts.ParamName);
        Assert.StartsWith("contacts must be at least issues (10): every issue has a first contact; it was 9.", contacts.Message, StringComparison.Ordinal);

        var resolved = Assert.Throws<ArgumentOutOfRangeException>(() => ContactResolutionResult.FromCounts(10, 10, 11, 0, 0));
        Assert.Equal("resolved", resolved.ParamName);
        Assert.StartsWith("resolved must not exceed issues (10); it was 11.", resolved.Message, StringComparison.Ordinal);

        // 10 issues, 14 contacts: 4 repeat contacts spread over 1 to 4 issues.
        var none = Assert.Throws<ArgumentOutOfRangeException>(() => ContactResolutionResult.FromCounts(10, 14, 5, 5, 0));
        Assert.Equal("issuesWithRepeat", none.ParamName);
        Assert.StartsWith("issuesWithRepeat must be from 1 to 4 for 10 issues and 14 contacts; it was 0.", none.Message, StringComparison.Ordinal);
        var many = Assert.Throws<ArgumentOutOfRangeException>(() => ContactResolutionResult.FromCounts(10, 14, 5, 5, 5));
        Assert.StartsWith("issuesWithRepeat must be from 1 to 4 for 10 issues and 14 contacts; it was 5.", many.Message, StringComparison.Ordinal);
        var noContacts = Assert.Throws<ArgumentOutOfRangeException>(() => ContactResolutionResult.FromCounts(3, 3, 0, 0, 1));
        Assert.StartsWith("issuesWithRepeat must be from 0 to 0 for 3 issues and 3 contacts; it was 1.", noContacts.Message, StringComparison.Ordinal);

        var first = Assert.Throws<ArgumentOutOfRangeException>(() => ContactResolutionResult.FromCounts(10, 14, 8, 7, 4));
        Assert.Equal("resolvedOnFirstContact", first.ParamName);
        Assert.StartsWith("resolvedOnFirstContact must not exceed resolved (8) nor the issues without a repeat (6); it was 7.", first.Message, StringComparison.Ordinal);
        Assert.Equal("resolvedOnFirstContact", Assert.Throws<ArgumentOutOfRangeException>(() => ContactResolutionResult.FromCounts(10, 14, 5, 6, 1)).ParamName);

        // The edges are allowed: every rule holds with equality.
        var edge = ContactResolutionResult.FromCounts(10, 14, 10, 6, 4);
        Assert.Equal(6, edge.ResolvedOnFirstContact);
    }

    [Fact]
    public void Nps_shares_that_do_not_add_up_name_the_sum()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => NpsResult.FromShares(100, 0.5, 0.3, 0.3));
        Assert.Equal("detractorShare", ex.ParamName);
        Assert.StartsWith("detractorShare makes the shares add up to 1.1; the three shares are fractions of the same answers and must add up to 1 (0.55, 0.25 and 0.20 for 55 % / 25 % / 20 %); it was 0.3.", ex.Message, StringComparison.Ordinal);

        // Within the 1.5-point tolerance the shares are normalised: 0.5/0.3/0.21 of 100 over 1.01 → 49.50, 29.70, 20.79;
        // floors 49, 29, 20 leave 2, given to the largest remainders (0.79, then 0.70) → 49, 30, 21.
        Assert.Equal(new NpsResult(49, 30, 21), NpsResult.FromShares(100, 0.5, 0.3, 0.21));
        Assert.Equal("promoterShare", Assert.Throws<ArgumentOutOfRangeException>(() => NpsResult.FromShares(100, 1.01, 0, 0)).ParamName);
        var share = Assert.Throws<ArgumentOutOfRangeException>(() => NpsResult.FromShares(100, 0.5, -0.1, 0.6));
        Assert.Equal("passiveShare", share.ParamName);
        Assert.StartsWith("passiveShare must be a fraction from 0 to 1 (0.55 for 55 %); it was -0.1.", share.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scales_thresholds_and_sketch_settings_must_match_to_merge()
    {
        var csat = new CsatAccumulator(CsatScale.FivePoint);
        var otherScale = Assert.Throws<ArgumentException>(() => csat.Merge(new CsatAccumulator(new CsatScale(1, 7, 6))));
        Assert.Equal("other", otherScale.ParamName);
        Assert.StartsWith("other uses the scale ", otherScale.Message, StringComparison.Ordinal);
        Assert.Contains("but this accumulator uses ", otherScale.Message, StringComparison.Ordinal);
        Assert.Contains("; only answers on the same scale can be merged.", otherScale.Message, StringComparison.Ordinal);
        var noScale = Assert.Throws<ArgumentException>(() => csat.Merge(default));
        Assert.StartsWith("other is default(CsatAccumulator) and has no scale; create it with new CsatAccumulator(scale).", noScale.Message, StringComparison.Ordinal);
        var defaultCes = Assert.Throws<InvalidOperationException>(() => default(CesAccumulator).Merge(new CesAccumulator(new CesScale(7, CesDirection.HigherIsEasier))));
        Assert.Equal("This CesAccumulator is default and has no scale; create it with new CesAccumulator(scale).", defaultCes.Message);

        var csatScale = Assert.Throws<ArgumentException>(() => Csat.Calculate((byte[])[4], default));
        Assert.Equal("scale", csatScale.ParamName);
        Assert.StartsWith("scale is default(CsatScale); use CsatScale.FivePoint or new CsatScale(minimum, maximum, satisfiedThreshold).", csatScale.Message, StringComparison.Ordinal);
        var cesScale = Assert.Throws<ArgumentException>(() => Ces.Calculate((byte[])[4], default));
        Assert.StartsWith("scale is default(CesScale); create it with new CesScale(points, direction).", cesScale.Message, StringComparison.Ordinal);

        var thresholds = new QueueThresholds(Duration.FromSeconds(20), Duration.FromSeconds(5));
        var queue = new QueueAccumulator(thresholds);
        var otherThresholds = Assert.Throws<ArgumentException>(() => queue.Merge(new QueueAccumulator(new QueueThresholds(Duration.FromSeconds(30), Duration.FromSeconds(5)))));
        Assert.StartsWith("other uses answer target 30 s, short abandon under 5 s, but this accumulator uses answer target 20 s, short abandon under 5 s; only contacts classified with the same thresholds can be merged.", otherThresholds.Message, StringComparison.Ordinal);
        var noThresholds = Assert.Throws<ArgumentException>(() => queue.Merge(default));
        Assert.StartsWith("other is default(QueueAccumulator) and has no thresholds; create it with new QueueAccumulator(thresholds).", noThresholds.Message, StringComparison.Ordinal);

        var sketch = new QuantileSketch(0.01);
        var accuracy = Assert.Throws<ArgumentException>(() => sketch.Merge(new QuantileSketch(0.02)));
        Assert.Equal("other", accuracy.ParamName);
        Assert.StartsWith("other was created with a different relative accuracy or tracked range; only sketches with equal settings can be merged.", accuracy.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => sketch.Merge(new QuantileSketch(0.01, minimumTrackedValue: 1e-6)));
        Assert.Throws<ArgumentException>(() => sketch.Merge(new QuantileSketch(0.01, maximumTrackedValue: 1e6)));
        var buckets = Assert.Throws<ArgumentOutOfRangeException>(() => new QuantileSketch(1e-6));
        Assert.StartsWith("relativeAccuracy together with the tracked range needs more than 1,000,000 buckets; widen the accuracy or narrow the range; it was ", buckets.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Index_weights_and_scratch_space_are_checked_with_their_counts()
    {
        var count = Assert.Throws<ArgumentException>(() => CustomerSatisfactionIndex.CalculateRescaled([1, 2], [1], 1, 5));
        Assert.StartsWith("weights has 1 items but itemMeans has 2; give one weight per item.", count.Message, StringComparison.Ordinal);
        var zero = Assert.Throws<ArgumentException>(() => CustomerSatisfactionIndex.CalculateTenPoint([5, 6], [0, 0]));
        Assert.StartsWith("weights are all 0; at least one item must carry weight.", zero.Message, StringComparison.Ordinal);
        var mean = Assert.Throws<ArgumentOutOfRangeException>(() => CustomerSatisfactionIndex.CalculateRescaled([3, 0.5], [1, 1], 1, 5));
        Assert.StartsWith("itemMeans[1] must lie on the scale 1..5; it was 0.5.", mean.Message, StringComparison.Ordinal);
        var max = Assert.Throws<ArgumentOutOfRangeException>(() => CustomerSatisfactionIndex.CalculateRescaled([3], [1], 1, 0.5));
        Assert.StartsWith("scaleMaximum must be finite and above scaleMinimum (1); it was 0.5.", max.Message, StringComparison.Ordinal);

        // A zero weight is allowed next to a positive one; the weighted mean of (8, 6) with (3, 1) on 1..10 is 75.
        Assert.Equal(100, CustomerSatisfactionIndex.CalculateTenPoint([10, 1], [1, 0]), 12);
        Assert.Equal(0, CustomerSatisfactionIndex.CalculateRescaled([1, 5], [2, 0], 1, 5), 12);

        var scratch = Assert.Throws<ArgumentException>(() => ExactPercentiles.Calculate([1.0, 2, 3, 4, 5], 0.5, PercentileMethod.NearestRank, new double[4]));
        Assert.StartsWith("scratch has 4 elements but the sample has 5; pass a scratch span at least as long as the values.", scratch.Message, StringComparison.Ordinal);
    }
}
