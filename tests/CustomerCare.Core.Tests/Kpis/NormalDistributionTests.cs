// The normal quantile and tail behind every interval and p-value agree with 400-digit reference values to ~1e-15.
using CustomerCare.Core.Kpis;
using CustomerCare.Core.Kpis.Surveys;

namespace CustomerCare.Core.Tests.Kpis;

public sealed class NormalDistributionTests
{
    // References: mpmath with 400 digits, √2·erfinv(2p − 1) and ncdf(−x), rounded to the nearest double.
    [Theory]
    [InlineData(1e-300, -37.0470962993612)]
    [InlineData(1e-100, -21.273453560965326)]
    [InlineData(1e-20, -9.262340089798407)]
    [InlineData(1e-10, -6.361340902404057)]
    [InlineData(0.001, -3.0902323061678136)]
    [InlineData(0.01, -2.326347874040841)]
    [InlineData(0.025, -1.9599639845400543)]
    [InlineData(0.05, -1.6448536269514726)]
    [InlineData(0.1, -1.2815515655446004)]
    [InlineData(0.25, -0.6744897501960817)]
    [InlineData(0.4, -0.2533471031357997)]
    [InlineData(0.6, 0.2533471031357997)]
    [InlineData(0.975, 1.9599639845400538)]
    [InlineData(0.999, 3.090232306167813)]
    [InlineData(0.9999999999, 6.361340889697422)]
    public void Quantile_is_exact_to_double_precision(double p, double expected) =>
        AssertRelative(expected, NormalDistribution.Quantile(p), 1e-15);

    [Fact]
    public void Quantile_of_one_half_is_zero() => Assert.Equal(0, NormalDistribution.Quantile(0.5));

    [Theory]
    [InlineData(0.1, 0.460172162722971)]
    [InlineData(0.5, 0.3085375387259869)]
    [InlineData(1, 0.15865525393145705)]
    [InlineData(1.96, 0.024997895148220435)]
    [InlineData(2.5, 0.006209665325776135)]
    [InlineData(3, 0.0013498980316300946)]
    [InlineData(5, 2.866515718791939e-07)]
    [InlineData(7.9, 1.3945171466592643e-15)]
    [InlineData(8.1, 2.7479593923982286e-16)]
    [InlineData(10, 7.619853024160525e-24)]
    [InlineData(20, 2.7536241186062337e-89)]
    [InlineData(37, 5.725571222524577e-300)]
    public void Upper_tail_is_exact_to_about_one_part_in_1e15(double x, double expected)
    {
        AssertRelative(expected, NormalDistribution.UpperTail(x), 2e-15);
        AssertRelative(Math.Min(1, 2 * expected), NormalDistribution.TwoSidedPValue(-x), 2e-15);
    }

    [Fact]
    public void Critical_values_of_the_usual_levels_are_the_published_ones()
    {
        AssertRelative(1.9599639845400543, NormalDistribution.TwoSidedCritical(0.95), 1e-15);
        AssertRelative(1.6448536269514726, NormalDistribution.TwoSidedCritical(0.9), 1e-15);
        AssertRelative(2.5758293035489004, NormalDistribution.TwoSidedCritical(0.99), 1e-15);
        AssertRelative(0.6744897501960817, NormalDistribution.TwoSidedCritical(0.5), 1e-15);
    }

    [Fact]
    public void The_largest_confidence_below_one_gives_a_finite_critical_value_and_interval()
    {
        // Regression: 0.5 + c/2 rounded to 1 and the quantile of 1 is infinite, so the Wilson interval was NaN.
        AssertRelative(8.292361075813595, NormalDistribution.TwoSidedCritical(0.9999999999999999), 1e-14);
        var interval = new KpiRatio(8, 10).WilsonInterval(0.9999999999999999);
        Assert.True(interval.IsDefined);
        Assert.InRange(interval.Lower, 0, 0.8);
        Assert.InRange(interval.Upper, 0.8, 1);
    }

    [Fact]
    public void Intervals_and_p_values_use_the_exact_values()
    {
        var nps = new NpsResult(50, 30, 20);
        var wald = nps.ConfidenceInterval(NpsIntervalMethod.Wald, 0.95);
        AssertRelative(1.9599639845400543 * nps.StandardError, wald.HalfWidth, 1e-15);
        var comparison = Nps.Compare(new NpsResult(500, 300, 200), new NpsResult(400, 300, 300));
        AssertRelative(2 * NormalDistribution.UpperTail(Math.Abs(comparison.Z)), comparison.PValue, 1e-15);
    }

    private static void AssertRelative(double expected, double actual, double tolerance) =>
        Assert.True(Math.Abs(actual - expected) <= tolerance * Math.Abs(expected), $"expected {expected:R}, got {actual:R}");
}
