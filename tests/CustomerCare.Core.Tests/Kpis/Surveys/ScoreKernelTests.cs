// The vectorised survey kernel must agree with the scalar loop on every length and reject bad answers wherever they sit.
using System.Runtime.Intrinsics;
using CustomerCare.Core.Kpis.Surveys;
using CustomerCare.Core.Tests.TestInfrastructure;
using FsCheck;
using FsCheck.Fluent;

namespace CustomerCare.Core.Tests.Kpis.Surveys;

public sealed class ScoreKernelTests
{
    private static readonly ScoreBands[] BandSets =
    [
        Nps.Bands,
        new(1, 5, 2, 4),
        new(1, 7, 3, 5),
        new(0, 100, 49, 90),
    ];

    public static TheoryData<int> BandIndexes => [0, 1, 2, 3];

    [Theory]
    [MemberData(nameof(BandIndexes))]
    public void Simd_and_scalar_agree_on_every_length_up_to_300(int bandIndex)
    {
        var bands = BandSets[bandIndex];
        var random = new Random(bandIndex + 17);
        for (var length = 0; length <= 300; length++)
        {
            var scores = RandomScores(random, length, bands);
            AssertAllPathsAgree(scores, bands);
        }
    }

    [CareProperty(40)]
    public Property Simd_and_scalar_agree_on_random_long_inputs()
    {
        var gen = from bandIndex in Gen.Choose(0, BandSets.Length - 1)
                  from length in Gen.Choose(0, 200_000)
                  from seed in Gen.Choose(0, int.MaxValue)
                  select (bandIndex, length, seed);
        return Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var bands = BandSets[c.bandIndex];
            AssertAllPathsAgree(RandomScores(new Random(c.seed), c.length, bands), bands);
        });
    }

    [Fact]
    public void Counters_do_not_wrap_when_every_lane_counts_in_every_block()
    {
        // 255 vectors fill a byte counter exactly; three blocks plus a tail cross two flushes.
        var scores = Enumerable.Repeat((byte)10, (255 * 32 * 3) + 17).ToArray();
        foreach (var withSum in new[] { false, true })
        {
            var tally = ScoreKernel.Tally(scores, Nps.Bands, withSum, nameof(scores));
            Assert.Equal(scores.Length, tally.AtOrAboveHigh);
            Assert.Equal(0, tally.AtOrBelowLow);
            Assert.Equal(withSum ? 10L * scores.Length : 0, tally.Sum);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    [InlineData(40)]
    [InlineData(8200)]
    [InlineData(9000)]
    [InlineData(9004)]
    public void An_invalid_answer_is_reported_with_its_index_by_every_path(int index)
    {
        var scores = new byte[9006];
        scores[index] = 11;
        scores[^1] = 200; // a later bad answer must not be the one reported
        foreach (var path in Paths())
        {
            var ex = Assert.Throws<ArgumentOutOfRangeException>(() => path(scores, Nps.Bands, false, "scores"));
            Assert.Equal("scores", ex.ParamName);
            Assert.Contains($"scores[{index}]", ex.Message, StringComparison.Ordinal);
            Assert.Contains("it was 11", ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_answer_below_the_scale_minimum_is_rejected()
    {
        var scores = Enumerable.Repeat((byte)3, 100).ToArray();
        scores[64] = 0;
        foreach (var path in Paths())
        {
            var ex = Assert.Throws<ArgumentOutOfRangeException>(() => path(scores, new ScoreBands(1, 5, 2, 4), true, "answers"));
            Assert.Contains("answers[64]", ex.Message, StringComparison.Ordinal);
            Assert.Contains("from 1 to 5", ex.Message, StringComparison.Ordinal);
        }
    }

    private static void AssertAllPathsAgree(byte[] scores, ScoreBands bands)
    {
        foreach (var withSum in new[] { false, true })
        {
            var expected = Reference(scores, bands, withSum);
            Assert.Equal(expected, ScoreKernel.TallyScalar(scores, bands, withSum, nameof(scores)));
            Assert.Equal(expected, ScoreKernel.Tally(scores, bands, withSum, nameof(scores)));
            if (Vector128.IsHardwareAccelerated)
            {
                Assert.Equal(expected, ScoreKernel.Tally128(scores, bands, withSum, nameof(scores)));
            }

            if (Vector256.IsHardwareAccelerated)
            {
                Assert.Equal(expected, ScoreKernel.Tally256(scores, bands, withSum, nameof(scores)));
            }
        }
    }

    // Deliberately naive, independent of the kernel.
    private static ScoreTally Reference(byte[] scores, ScoreBands bands, bool withSum) =>
        new(scores.Length, withSum ? scores.Sum(s => (long)s) : 0, scores.Count(s => s <= bands.Low), scores.Count(s => s >= bands.High));

    private static byte[] RandomScores(Random random, int length, ScoreBands bands)
    {
        var scores = new byte[length];
        for (var i = 0; i < length; i++)
        {
            scores[i] = (byte)random.Next(bands.Min, bands.Max + 1);
        }

        return scores;
    }

    private delegate ScoreTally TallyPath(ReadOnlySpan<byte> scores, ScoreBands bands, bool withSum, string paramName);

    private static IEnumerable<TallyPath> Paths()
    {
        yield return (s, b, w, p) => ScoreKernel.TallyScalar(s, b, w, p);
        yield return ScoreKernel.Tally;
        if (Vector128.IsHardwareAccelerated)
        {
            yield return ScoreKernel.Tally128;
        }

        if (Vector256.IsHardwareAccelerated)
        {
            yield return ScoreKernel.Tally256;
        }
    }
}
