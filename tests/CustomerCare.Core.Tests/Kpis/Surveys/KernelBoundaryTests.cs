// The survey kernel at every vector boundary, and NPS comparisons at their edges (mutation survivors of the hardening issue).
using CustomerCare.Core.Kpis.Surveys;

namespace CustomerCare.Core.Tests.Kpis.Surveys;

public sealed class KernelBoundaryTests
{
    [Theory]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(33)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(8160)]
    [InlineData(8161)]
    [InlineData(16_353)]
    public void Every_length_agrees_with_a_plain_count_and_names_the_first_bad_index(int length)
    {
        var scores = new byte[length];
        for (var i = 0; i < length; i++)
        {
            scores[i] = (byte)((i * 7) % 11);
        }

        long promoters = scores.Count(s => s >= 9), detractors = scores.Count(s => s <= 6);
        Assert.Equal(new NpsResult(promoters, length - promoters - detractors, detractors), Nps.Calculate(scores));
        var csat = Csat.Calculate(scores.Select(s => (byte)((s % 5) + 1)).ToArray(), CsatScale.FivePoint);
        Assert.Equal(scores.Sum(s => (s % 5) + 1), csat.ScoreSum);

        foreach (var bad in new[] { 0, length / 2, length - 1 })
        {
            var copy = (byte[])scores.Clone();
            copy[bad] = 11;
            var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Nps.Calculate(copy));
            Assert.StartsWith($"scores[{bad}] must be a whole answer from 0 to 10; it was 11.", ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Bounds_of_the_scale_are_valid_and_one_beyond_is_not()
    {
        var scale = new CsatScale(0, 100, 50);
        var ones = Enumerable.Repeat((byte)100, 40).Concat(Enumerable.Repeat((byte)0, 40)).ToArray();
        var result = Csat.Calculate(ones, scale);
        Assert.Equal(40, result.Satisfied);
        Assert.Equal(4000, result.ScoreSum);
        ones[79] = 101;
        Assert.StartsWith("answers[79] must be a whole answer from 0 to 100; it was 101.", Assert.Throws<ArgumentOutOfRangeException>(() => Csat.Calculate(ones, scale)).Message, StringComparison.Ordinal);
        var exactlyAtCuts = Nps.Calculate((byte[])[6, 7, 8, 9]);
        Assert.Equal(new NpsResult(1, 2, 1), exactlyAtCuts);
    }

    [Fact]
    public void Comparison_edges()
    {
        var empty = Nps.Compare(default, new NpsResult(1, 0, 0));
        Assert.True(double.IsNaN(empty.Difference));
        Assert.True(double.IsNaN(empty.PValue));
        Assert.False(empty.ConfidenceInterval().IsDefined);

        // All promoters against all detractors: SE = 0, Δ = 200, z = +∞, p = 0.
        var certain = Nps.Compare(new NpsResult(5, 0, 0), new NpsResult(0, 0, 5));
        Assert.Equal(200, certain.Difference);
        Assert.Equal(0, certain.StandardError);
        Assert.True(double.IsPositiveInfinity(certain.Z));
        Assert.Equal(0, certain.PValue);

        // Same samples: Δ = 0, p = 1.
        var same = Nps.Compare(new NpsResult(5, 3, 2), new NpsResult(5, 3, 2));
        Assert.Equal(0, same.Z);
        Assert.Equal(1, same.PValue);

        // 50/30/20 of 1000 vs 40/30/30: Δ = 20, Var = (0.7 − 0.09)/1000·10⁴ + (0.7 − 0.01)/1000·10⁴ = 13, SE = √13.
        var month = Nps.Compare(new NpsResult(500, 300, 200), new NpsResult(400, 300, 300));
        Assert.Equal(20, month.Difference, 12);
        Assert.Equal(Math.Sqrt(13), month.StandardError, 12);
        var interval = month.ConfidenceInterval(0.95);
        Assert.Equal(20, interval.Centre, 12);
        Assert.Equal(1.959963984540054 * Math.Sqrt(13), interval.HalfWidth, 12);
        var confidence = Assert.Throws<ArgumentOutOfRangeException>(() => month.ConfidenceInterval(1));
        Assert.StartsWith("confidence must lie strictly between 0 and 1 (for example 0.95); it was 1.", confidence.Message, StringComparison.Ordinal);
    }
}
