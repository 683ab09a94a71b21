// Hand-checked NPS numbers: score, counts, variance, both intervals, the two-sample test and every rejection.
using CustomerCare.Core.Kpis.Surveys;
using CustomerCare.Core.Tests.TestInfrastructure;

namespace CustomerCare.Core.Tests.Kpis.Surveys;

public sealed class NpsTests
{
    private static readonly byte[] Issue = [10, 9, 9, 8, 7, 6];

    [Fact]
    public void Score_of_the_issue_example_is_a_third_not_a_rounded_34()
    {
        // promoters 10, 9, 9 = 3; passives 8, 7 = 2; detractors 6 = 1; 100 · (3 − 1) / 6 = 33.333…
        var result = Nps.Calculate(Issue);
        Assert.Equal(3, result.Promoters);
        Assert.Equal(2, result.Passives);
        Assert.Equal(1, result.Detractors);
        Assert.Equal(6, result.Count);
        Assert.Equal(100.0 / 3, result.Score, 12);
        Assert.Equal(0.5, result.PromoterShare.Value, 15);
        Assert.Equal(1.0 / 3, result.PassiveShare.Value, 15);
        Assert.Equal(1.0 / 6, result.DetractorShare.Value, 15);
    }

    [Fact]
    public void Variance_and_standard_error_follow_the_trinomial_model()
    {
        // p = 1/2, d = 1/6: p + d − (p − d)² = 2/3 − 1/9 = 5/9; Var = 10,000 · (5/9) / 6 = 925.926 points², SE = 30.429
        var result = Nps.Calculate(Issue);
        Assert.Equal(10_000.0 * 5 / 9 / 6, result.ScoreVariance, 9);
        Assert.Equal(30.429030972509224, result.StandardError, 9);
    }

    [Fact]
    public void Wald_interval_is_score_plus_minus_z_times_standard_error()
    {
        // 33.333 ± 1.959964 · 30.429 = [−26.306, 92.973]
        var interval = Nps.Calculate(Issue).ConfidenceInterval(NpsIntervalMethod.Wald, 0.95);
        Assert.Equal(-26.306471457238544, interval.Lower, 5);
        Assert.Equal(92.97313812390522, interval.Upper, 5);
        Assert.Equal(0.95, interval.Confidence);
    }

    [Fact]
    public void Adjusted_wald_adds_three_answers_and_three_quarters_to_each_tail_group()
    {
        // n′ = 9, p′ = 3.75/9, d′ = 1.75/9, centre 22.222; SE′ = 100 · √((p′ + d′ − (p′ − d′)²)/9) = 24.983
        var interval = Nps.Calculate(Issue).ConfidenceInterval(NpsIntervalMethod.AdjustedWald);
        Assert.Equal(-26.743258794104523, interval.Lower, 5);
        Assert.Equal(71.18770323854898, interval.Upper, 5);
    }

    [Fact]
    public void Intervals_are_clamped_to_the_scale_and_wald_degenerates_when_everyone_agrees()
    {
        var allPromoters = new NpsResult(promoters: 5, passives: 0, detractors: 0);
        var wald = allPromoters.ConfidenceInterval(NpsIntervalMethod.Wald);
        Assert.Equal(100, wald.Lower);
        Assert.Equal(100, wald.Upper);
        var adjusted = allPromoters.ConfidenceInterval(NpsIntervalMethod.AdjustedWald);
        Assert.True(adjusted.Lower < 100 && adjusted.Upper <= 100);
    }

    [Fact]
    public void Two_samples_are_compared_with_a_z_test()
    {
        // A: 50/30/20 → 30, Var 10,000·(0.7 − 0.09)/100 = 61; B: 40/30/30 → 10, Var 10,000·(0.7 − 0.01)/100 = 69
        // SE = √130 = 11.4018, z = 20/11.4018 = 1.7541, two-sided p = 0.0794
        var comparison = Nps.Compare(new NpsResult(50, 30, 20), new NpsResult(40, 30, 30));
        Assert.Equal(20, comparison.Difference, 12);
        Assert.Equal(Math.Sqrt(130), comparison.StandardError, 12);
        Assert.Equal(1.7541160386140586, comparison.Z, 9);
        Assert.Equal(0.07941062599894222, comparison.PValue, 6);
        var interval = comparison.ConfidenceInterval(0.95);
        Assert.Equal(20 - (1.959963984540054 * Math.Sqrt(130)), interval.Lower, 6);
    }

    [Fact]
    public void Comparing_with_an_empty_sample_is_undefined()
    {
        var comparison = Nps.Compare(Nps.Calculate(Issue), default);
        Assert.True(double.IsNaN(comparison.Difference));
        Assert.True(double.IsNaN(comparison.PValue));
        Assert.False(comparison.ConfidenceInterval().IsDefined);
    }

    [Fact]
    public void Empty_input_is_undefined_not_zero()
    {
        var result = Nps.Calculate(ReadOnlySpan<byte>.Empty);
        Assert.Equal(0, result.Count);
        Assert.True(double.IsNaN(result.Score));
        Assert.False(result.TryGetScore(out _));
        Assert.True(double.IsNaN(result.StandardError));
        Assert.False(result.ConfidenceInterval(NpsIntervalMethod.AdjustedWald).IsDefined);
        Assert.Equal(default, result);
    }

    [Fact]
    public void An_answer_above_ten_is_rejected_with_its_index_and_value()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Nps.Calculate([10, 9, 11]));
        Assert.Equal("scores", ex.ParamName);
        Assert.Contains("scores[2]", ex.Message, StringComparison.Ordinal);
        Assert.Contains("11", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_counts_bad_methods_and_bad_confidence_are_rejected()
    {
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => new NpsResult(1, -2, 3));
        Assert.Equal("passives", negative.ParamName);
        Assert.Contains("-2", negative.Message, StringComparison.Ordinal);

        var result = Nps.Calculate(Issue);
        var method = Assert.Throws<ArgumentOutOfRangeException>(() => result.ConfidenceInterval((NpsIntervalMethod)7));
        Assert.Equal("method", method.ParamName);
        var confidence = Assert.Throws<ArgumentOutOfRangeException>(() => result.ConfidenceInterval(NpsIntervalMethod.Wald, 1.0));
        Assert.Equal("confidence", confidence.ParamName);
        Assert.Contains("between 0 and 1", confidence.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Accumulator_adds_single_answers_and_spans_and_rejects_bad_ones()
    {
        var accumulator = default(NpsAccumulator);
        foreach (var score in Issue)
        {
            accumulator.Add(score);
        }

        accumulator.Add(Issue);
        Assert.Equal(new NpsResult(6, 4, 2), accumulator.Result);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => accumulator.Add((byte)12));
        Assert.Equal("score", ex.ParamName);
        Assert.Contains("12", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => accumulator.Add([1, 2, 13]));
        Assert.Equal(12, accumulator.Count);
    }

    [Fact]
    public void Calculator_and_accumulator_do_not_allocate()
    {
        var scores = new byte[10_000];
        var accumulator = default(NpsAccumulator);
        AllocationAssert.NoAllocations(() => Nps.Calculate(scores));
        AllocationAssert.NoAllocations(() => accumulator.Add(scores));
        AllocationAssert.NoAllocations(() => accumulator.Add((byte)9));
        AllocationAssert.NoAllocations(() => Nps.Calculate(scores).ConfidenceInterval(NpsIntervalMethod.AdjustedWald));
    }

    [Fact]
    public void Normal_quantiles_match_published_tables()
    {
        // The quantile approximation's relative error is about 1e-9, so 7 decimals is the honest tolerance.
        Assert.Equal(1.959963984540054, NormalDistributionProbe.Critical(0.95), 7);
        Assert.Equal(2.5758293035489004, NormalDistributionProbe.Critical(0.99), 7);
        Assert.Equal(1.6448536269514722, NormalDistributionProbe.Critical(0.90), 7);
        Assert.Equal(3.290526731491926, NormalDistributionProbe.Critical(0.999), 6);
        Assert.Equal(0.049995790296440745, NormalDistributionProbe.PValue(1.96), 6);
    }

    private static class NormalDistributionProbe
    {
        public static double Critical(double confidence) => Core.Kpis.NormalDistribution.TwoSidedCritical(confidence);

        public static double PValue(double z) => Core.Kpis.NormalDistribution.TwoSidedPValue(z);
    }
}
