// The survey kernel on a scale that does not start at 0: an answer one above the maximum is caught by every path and position.
using System.Runtime.Intrinsics;
using CustomerCare.Core.Kpis.Surveys;

namespace CustomerCare.Core.Tests.Kpis.Surveys;

public sealed class ScoreKernelRangeTests
{
    private static readonly ScoreBands OneToFive = new(1, 5, 2, 4);

    // 100 answers: positions 0 and 40 lie in whole vectors (32 and 16 lanes), 97 in the scalar tail of both.
    [Theory]
    [InlineData(0)]
    [InlineData(40)]
    [InlineData(97)]
    public void An_answer_one_above_the_maximum_is_rejected_wherever_it_sits(int index)
    {
        // On 1–5 the valid offsets from the minimum are 0..4; 6 is offset 5 (a width of max + min = 6 would let it pass).
        var scores = Enumerable.Repeat((byte)3, 100).ToArray();
        scores[index] = 6;
        foreach (var path in Paths())
        {
            var ex = Assert.Throws<ArgumentOutOfRangeException>(() => path(scores));
            Assert.Equal("answers", ex.ParamName);
            Assert.StartsWith($"answers[{index}] must be a whole answer from 1 to 5; it was 6.", ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_short_span_with_an_answer_above_the_maximum_is_rejected_by_the_scalar_loop()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ScoreKernel.Tally((byte[])[5, 6], OneToFive, true, "answers"));
        Assert.StartsWith("answers[1] must be a whole answer from 1 to 5; it was 6.", ex.Message, StringComparison.Ordinal);
        Assert.Equal(new ScoreTally(2, 10, 0, 2), ScoreKernel.Tally((byte[])[5, 5], OneToFive, true, "answers"));
    }

    [Fact]
    public void Csat_and_ces_reject_an_answer_above_the_scale_in_long_spans()
    {
        var answers = Enumerable.Repeat((byte)4, 64).ToArray();
        answers[5] = 6;
        var csat = Assert.Throws<ArgumentOutOfRangeException>(() => Csat.Calculate(answers, CsatScale.FivePoint));
        Assert.StartsWith("answers[5] must be a whole answer from 1 to 5; it was 6.", csat.Message, StringComparison.Ordinal);
        answers[5] = 8;
        var ces = Assert.Throws<ArgumentOutOfRangeException>(() => Ces.Calculate(answers, new CesScale(7, CesDirection.HigherIsHarder)));
        Assert.StartsWith("answers[5] must be a whole answer from 1 to 7; it was 8.", ces.Message, StringComparison.Ordinal);
    }

    private static IEnumerable<Func<byte[], ScoreTally>> Paths()
    {
        yield return s => ScoreKernel.TallyScalar(s, OneToFive, true, "answers");
        yield return s => ScoreKernel.Tally(s, OneToFive, false, "answers");
        if (Vector128.IsHardwareAccelerated)
        {
            yield return s => ScoreKernel.Tally128(s, OneToFive, true, "answers");
            yield return s => ScoreKernel.Tally128(s, OneToFive, false, "answers");
        }

        if (Vector256.IsHardwareAccelerated)
        {
            yield return s => ScoreKernel.Tally256(s, OneToFive, true, "answers");
            yield return s => ScoreKernel.Tally256(s, OneToFive, false, "answers");
        }
    }
}
