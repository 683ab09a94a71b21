// CSAT and CES scales, results and accumulators: exact rejection messages, both sides of every bound, one-liners.
using System.Globalization;
using CustomerCare.Core.Kpis.Surveys;

namespace CustomerCare.Core.Tests.Kpis.Surveys;

public sealed class ScaleGuardTests
{
    [Fact]
    public void Csat_scale_bounds_are_inclusive_and_every_rejection_says_what_to_fix()
    {
        // The top of each range is allowed: minimum 99, and a threshold equal to the maximum.
        var top = new CsatScale(99, 100, 100);
        Assert.Equal(99, top.Minimum);
        Assert.Equal(100, top.SatisfiedThreshold);
        Assert.Equal(5, new CsatScale(1, 5, 5).SatisfiedThreshold);

        AssertOutOfRange("minimum", "minimum must be from 0 to 99; it was 100.", () => new CsatScale(100, 101, 100));
        AssertOutOfRange("maximum", "maximum must be above the minimum (1) and at most 100; it was 101.", () => new CsatScale(1, 101, 4));
        AssertOutOfRange("satisfiedThreshold", "satisfiedThreshold must be above the minimum (1) and at most the maximum (5); it was 6.", () => new CsatScale(1, 5, 6));
    }

    [Fact]
    public void Ces_scale_rejections_name_the_rule()
    {
        AssertOutOfRange("points", "points must be 5 or 7; it was 6.", () => new CesScale(6, CesDirection.HigherIsEasier));
        AssertOutOfRange("direction", "direction must be HigherIsEasier or HigherIsHarder; it was 9.", () => new CesScale(5, (CesDirection)9, 2));
        AssertOutOfRange("easyBandSize", "easyBandSize must be from 1 to 4; it was 5.", () => new CesScale(5, CesDirection.HigherIsEasier, 5));
        AssertOutOfRange("easyBandSize", "easyBandSize must be from 1 to 6; it was 0.", () => new CesScale(7, CesDirection.HigherIsHarder, 0));
    }

    [Fact]
    public void Accumulators_refuse_a_default_scale_when_created()
    {
        var csat = Assert.Throws<ArgumentException>(() => new CsatAccumulator(default));
        Assert.Equal("scale", csat.ParamName);
        Assert.StartsWith("scale is default(CsatScale); use CsatScale.FivePoint or new CsatScale(minimum, maximum, satisfiedThreshold).", csat.Message, StringComparison.Ordinal);
        var ces = Assert.Throws<ArgumentException>(() => new CesAccumulator(default));
        Assert.Equal("scale", ces.ParamName);
        Assert.StartsWith("scale is default(CesScale); create it with new CesScale(points, direction).", ces.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_default_accumulator_refuses_int_answers_and_byte_spans_before_reading_its_empty_scale()
    {
        // Its empty scale is 0..0: without the scale check, 3 would be "outside the scale" and an empty span would count.
        var single = Assert.Throws<InvalidOperationException>(() => default(CsatAccumulator).Add(3));
        Assert.Equal("This CsatAccumulator is default and has no scale; create it with new CsatAccumulator(scale).", single.Message);
        Assert.Throws<InvalidOperationException>(() => default(CsatAccumulator).Add(ReadOnlySpan<byte>.Empty));
        Assert.Throws<InvalidOperationException>(() => default(CesAccumulator).Add((byte[])[1, 2]));
        Assert.Throws<InvalidOperationException>(() => default(CesAccumulator).Add(2));
    }

    [Fact]
    public void Single_answers_outside_the_scale_are_rejected_with_both_bounds()
    {
        var csat = new CsatAccumulator(CsatScale.FivePoint);
        AssertOutOfRange("answer", "answer must be a whole answer from 1 to 5; it was 6.", () => csat.Add((byte)6));
        AssertOutOfRange("answer", "answer must be a whole answer from 1 to 5; it was 0.", () => csat.Add(0));
        AssertOutOfRange("answer", "answer must be a whole answer from 1 to 5; it was 260.", () => csat.Add(260));
        var ces = new CesAccumulator(new CesScale(7, CesDirection.HigherIsHarder));
        AssertOutOfRange("answer", "answer must be a whole answer from 1 to 7; it was 8.", () => ces.Add(8));
        Assert.Equal(0, csat.Count);
        Assert.Equal(0, ces.Count);
    }

    [Fact]
    public void Counts_from_elsewhere_are_valid_up_to_and_including_each_bound()
    {
        // n = 2 on 1–5: satisfied may be 0..2 and the sum 2..10, both ends included.
        var all = new CsatResult(CsatScale.FivePoint, 2, 2, 10);
        Assert.Equal(2, all.Satisfied);
        Assert.Equal(10, all.ScoreSum);
        Assert.Equal(5, all.MeanScore);
        var none = new CsatResult(CsatScale.FivePoint, 2, 0, 2);
        Assert.Equal(1, none.MeanScore);
        Assert.Equal(0, none.TopBoxShare.Value);
        var ces = new CesResult(new CesScale(7, CesDirection.HigherIsEasier), 3, 3, 21);
        Assert.Equal(7, ces.MeanScore);
        Assert.Equal(1, ces.EasyShare.Value);
    }

    [Fact]
    public void Impossible_counts_are_rejected_with_the_rule_they_break()
    {
        AssertOutOfRange("satisfied", "satisfied must not be negative; it was -1.", () => new CsatResult(CsatScale.FivePoint, 2, -1, 6));
        AssertOutOfRange("satisfied", "satisfied must not exceed count (2); it was 3.", () => new CsatResult(CsatScale.FivePoint, 2, 3, 8));
        AssertOutOfRange("easy", "easy must not exceed count (1); it was 2.", () => new CesResult(new CesScale(5, CesDirection.HigherIsEasier), 1, 2, 3));

        // On 2–10 three answers sum to 6..30: 5 is too small (count ÷ minimum would be 1.5 and let it pass).
        var twoToTen = new CsatScale(2, 10, 8);
        AssertOutOfRange("scoreSum", "scoreSum must lie between count × 2 and count × 10; it was 5.", () => new CsatResult(twoToTen, 3, 0, 5));
        AssertOutOfRange("scoreSum", "scoreSum must lie between count × 2 and count × 10; it was 31.", () => new CsatResult(twoToTen, 3, 0, 31));
        Assert.Equal(2, new CsatResult(twoToTen, 3, 0, 6).MeanScore);
    }

    [Fact]
    public void Merging_an_accumulator_into_itself_doubles_it_until_the_count_overflows()
    {
        // Answers of 0 keep the sum and the satisfied count at 0, so only the answer count can overflow: 2⁶³ > long.MaxValue.
        var accumulator = new CsatAccumulator(new CsatScale(0, 10, 9));
        accumulator.Add((byte)0);
        for (var i = 0; i < 62; i++)
        {
            accumulator.Merge(accumulator);
        }

        Assert.Equal(1L << 62, accumulator.Count);
        Assert.Throws<OverflowException>(() => accumulator.Merge(accumulator));
        Assert.Equal(1L << 62, accumulator.Count);
        Assert.Equal(0, accumulator.Result.ScoreSum);
    }

    [Fact]
    public void Merging_throws_when_the_sum_overflows_before_the_count()
    {
        // Answers of 5: after 60 doublings the sum is 5 · 2⁶⁰ ≈ 5.8e18; one more would be 1.15e19 > long.MaxValue.
        var accumulator = new CesAccumulator(new CesScale(5, CesDirection.HigherIsEasier));
        accumulator.Add((byte)5);
        for (var i = 0; i < 60; i++)
        {
            accumulator.Merge(accumulator);
        }

        Assert.Equal(5L << 60, accumulator.Result.ScoreSum);
        Assert.Throws<OverflowException>(() => accumulator.Merge(accumulator));
        Assert.Equal(1L << 60, accumulator.Count);
        Assert.Equal(1L << 60, accumulator.Result.Easy);
    }

    [Fact]
    public void Csat_and_ces_print_exact_one_liners_and_n_a_when_empty()
    {
        // 5 of 8 satisfied: Wilson 95 % 0.3057–0.8632; mean 28 / 8 = 3.5.
        Assert.Equal(
            "CSAT 62.5 % (95 % CI 30.6 – 86.3 %, n = 8); mean 3.5 on 1–5",
            Csat.Calculate((byte[])[5, 4, 4, 3, 1, 5, 2, 4], CsatScale.FivePoint).ToString(CultureInfo.InvariantCulture));
        Assert.Equal("CSAT n/a (n = 0)", Csat.Calculate(ReadOnlySpan<byte>.Empty, CsatScale.FivePoint).ToString(CultureInfo.InvariantCulture));

        // Easy (1–2 when higher is harder): 1, 2, 1 = 3 of 6; mean 16 / 6 = 2.667 (four significant digits).
        var harder = new CesScale(5, CesDirection.HigherIsHarder);
        Assert.Equal("CES 2.667 on 1–5 (higher is harder); easy 50.0 %, n = 6", Ces.Calculate((byte[])[1, 2, 3, 4, 5, 1], harder).ToString(CultureInfo.InvariantCulture));
        Assert.Equal("CES n/a (n = 0)", Ces.Calculate(ReadOnlySpan<byte>.Empty, harder).ToString(CultureInfo.InvariantCulture));
    }

    private static void AssertOutOfRange(string parameter, string message, Func<object> create) =>
        AssertOutOfRange(parameter, message, () => { _ = create(); });

    private static void AssertOutOfRange(string parameter, string message, Action action)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(action);
        Assert.Equal(parameter, ex.ParamName);
        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
    }
}
