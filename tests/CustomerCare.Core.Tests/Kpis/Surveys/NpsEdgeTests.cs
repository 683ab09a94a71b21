// NPS at its edges: every count guard, shares at 0 and 1, ties and non-unit totals in FromShares, overflowing merges, comparison text.
using System.Globalization;
using CustomerCare.Core.Kpis.Surveys;

namespace CustomerCare.Core.Tests.Kpis.Surveys;

public sealed class NpsEdgeTests
{
    [Theory]
    [InlineData(-1, 0, 0, "promoters")]
    [InlineData(0, -1, 0, "passives")]
    [InlineData(0, 0, -1, "detractors")]
    public void Each_negative_count_is_rejected_under_its_own_name(long promoters, long passives, long detractors, string parameter)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new NpsResult(promoters, passives, detractors));
        Assert.Equal(parameter, ex.ParamName);
        Assert.StartsWith($"{parameter} must not be negative; it was -1.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Accumulator_takes_zero_and_names_the_rule_for_a_byte_above_ten()
    {
        var accumulator = default(NpsAccumulator);
        accumulator.Add(0);
        accumulator.Add((byte)0);
        Assert.Equal(new NpsResult(0, 0, 2), accumulator.Result);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => accumulator.Add((byte)12));
        Assert.Equal("score", ex.ParamName);
        Assert.StartsWith("score must be a whole answer from 0 to 10; it was 12.", ex.Message, StringComparison.Ordinal);
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => accumulator.Add(-1));
        Assert.StartsWith("score must be a whole answer from 0 to 10; it was -1.", negative.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(8)]
    [InlineData(3)]
    public void Merging_throws_when_one_group_count_overflows_and_merges_nothing(byte answer)
    {
        // One answer doubled 62 times is 2⁶² answers of one group; once more is 2⁶³ > long.MaxValue.
        var accumulator = Doubled(answer, 62);
        var before = accumulator.Result;
        Assert.Throws<OverflowException>(() => accumulator.Merge(accumulator));
        Assert.Equal(before, accumulator.Result);
        Assert.Equal(1L << 62, accumulator.Count);
    }

    [Theory]
    [InlineData(8)]
    [InlineData(3)]
    public void Merging_throws_when_the_groups_fit_but_their_total_does_not(byte other)
    {
        // 2⁶² promoters plus 2⁶² passives (or detractors): each group fits in a long, the answer count 2⁶³ does not.
        var promoters = Doubled(10, 62);
        var second = Doubled(other, 62);
        Assert.Throws<OverflowException>(() => promoters.Merge(second));
        Assert.Equal(new NpsResult(1L << 62, 0, 0), promoters.Result);
    }

    [Fact]
    public void Shares_of_exactly_0_and_1_are_allowed()
    {
        Assert.Equal(new NpsResult(10, 0, 0), NpsResult.FromShares(10, 1, 0, 0));
        Assert.Equal(new NpsResult(0, 10, 0), NpsResult.FromShares(10, 0, 1, 0));
        Assert.Equal(new NpsResult(0, 0, 10), NpsResult.FromShares(10, 0, 0, 1));
    }

    [Fact]
    public void A_tie_between_remainders_goes_to_the_first_group()
    {
        // 0.5 of 1 answer each for promoters and passives: both remainders are 0.5, the promoter gets the answer.
        Assert.Equal(new NpsResult(1, 0, 0), NpsResult.FromShares(1, 0.5, 0.5, 0));
        Assert.Equal(new NpsResult(0, 1, 0), NpsResult.FromShares(1, 0, 0.5, 0.5));
    }

    [Fact]
    public void Shares_that_add_up_to_slightly_more_than_1_are_divided_by_their_total()
    {
        // 0.5 + 0.3 + 0.21 = 1.01: 1000 · share / 1.01 = 495.05, 297.03, 207.92 → 495 + 297 + 207 = 999; the one left
        // goes to the largest remainder (0.92, detractors). Multiplying by the total instead would give 303 passives.
        Assert.Equal(new NpsResult(495, 297, 208), NpsResult.FromShares(1000, 0.5, 0.3, 0.21));
    }

    [Fact]
    public void Every_share_is_checked_even_when_the_total_is_1()
    {
        // 0.51 + 0.5 − 0.01 = 1: the total alone would let a negative detractor share through.
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => NpsResult.FromShares(10, 0.51, 0.5, -0.01));
        Assert.Equal("detractorShare", ex.ParamName);
        Assert.StartsWith("detractorShare must be a fraction from 0 to 1 (0.55 for 55 %); it was -0.01.", ex.Message, StringComparison.Ordinal);
        var sum = Assert.Throws<ArgumentOutOfRangeException>(() => NpsResult.FromShares(10, 0.5, 0.3, 0.1));
        Assert.StartsWith("detractorShare makes the shares add up to 0.9; the three shares are fractions of the same answers and must add up to 1 (0.55, 0.25 and 0.20 for 55 % / 25 % / 20 %); it was 0.1.", sum.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Confidence_is_checked_before_the_method_and_the_method_message_names_both_choices()
    {
        var result = new NpsResult(3, 2, 1);
        var both = Assert.Throws<ArgumentOutOfRangeException>(() => result.ConfidenceInterval((NpsIntervalMethod)7, 1.5));
        Assert.Equal("confidence", both.ParamName);
        var method = Assert.Throws<ArgumentOutOfRangeException>(() => result.ConfidenceInterval((NpsIntervalMethod)7));
        Assert.StartsWith("method must be Wald or AdjustedWald; it was 7.", method.Message, StringComparison.Ordinal);
        var empty = Assert.Throws<ArgumentOutOfRangeException>(() => default(NpsResult).ConfidenceInterval(NpsIntervalMethod.Wald, 0));
        Assert.Equal("confidence", empty.ParamName);
    }

    [Fact]
    public void Comparison_interval_is_symmetric_around_the_difference()
    {
        // Δ = 20, SE = √130: 20 ± 1.959964 · 11.4018 = −2.347 … 42.347.
        var comparison = Nps.Compare(new NpsResult(50, 30, 20), new NpsResult(40, 30, 30));
        var interval = comparison.ConfidenceInterval();
        var half = 1.959963984540054 * Math.Sqrt(130);
        Assert.Equal(20 - half, interval.Lower, 9);
        Assert.Equal(20 + half, interval.Upper, 9);
        Assert.Equal(half, interval.HalfWidth, 9);
        Assert.Equal(0.95, interval.Confidence);
        var bad = Assert.Throws<ArgumentOutOfRangeException>(() => Nps.Compare(default, default).ConfidenceInterval(1.5));
        Assert.Equal("confidence", bad.ParamName);
    }

    [Fact]
    public void Comparison_prints_difference_interval_and_p_value()
    {
        // Δ = 20.0, CI −2.3 … 42.3, p = 0.07941 (four significant digits).
        var comparison = Nps.Compare(new NpsResult(50, 30, 20), new NpsResult(40, 30, 30));
        Assert.Equal("ΔNPS 20.0 (95 % CI -2.3 – 42.3, p = 0.07941)", comparison.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("ΔNPS n/a (95 % CI undefined, p = n/a)", Nps.Compare(default, new NpsResult(1, 0, 0)).ToString(CultureInfo.InvariantCulture));
        Assert.Equal(0, Nps.Compare(new NpsResult(0, 0, 5), new NpsResult(5, 0, 0)).PValue);
    }

    [Fact]
    public void Int_answers_are_tallied_without_a_sum()
    {
        // NPS needs only the band counts; the int tally leaves the sum at 0 when it is not asked for.
        Assert.Equal(new ScoreTally(3, 0, 1, 2), ScoreKernel.TallyInts((int[])[10, 9, 3], Nps.Bands, withSum: false, "scores"));
        Assert.Equal(new ScoreTally(3, 22, 1, 2), ScoreKernel.TallyInts((int[])[10, 9, 3], Nps.Bands, withSum: true, "scores"));
    }

    private static NpsAccumulator Doubled(byte answer, int times)
    {
        var accumulator = default(NpsAccumulator);
        accumulator.Add(answer);
        for (var i = 0; i < times; i++)
        {
            accumulator.Merge(accumulator);
        }

        return accumulator;
    }
}
