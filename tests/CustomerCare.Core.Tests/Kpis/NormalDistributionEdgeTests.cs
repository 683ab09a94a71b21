// The normal helpers at their edges: the sign of the median quantile, the last grid point, infinite and NaN arguments.
using CustomerCare.Core.Kpis;

namespace CustomerCare.Core.Tests.Kpis;

public sealed class NormalDistributionEdgeTests
{
    [Fact]
    public void Quantile_of_one_half_is_positive_zero() =>
        Assert.Equal(0L, BitConverter.DoubleToInt64Bits(NormalDistribution.Quantile(0.5)));

    [Fact]
    public void At_the_last_grid_point_the_tail_is_the_tabulated_value()
    {
        // Q(8) is tabulated as the double nearest the true value; the continued fraction used beyond 8 lands one ulp above.
        Assert.Equal(6.220960574271784E-16, NormalDistribution.UpperTail(8));
        Assert.Equal(2 * 6.220960574271784E-16, NormalDistribution.TwoSidedPValue(-8));
    }

    [Fact]
    public void Infinite_arguments_have_a_zero_tail_and_nan_stays_nan()
    {
        Assert.Equal(0.0, NormalDistribution.UpperTail(double.PositiveInfinity));
        Assert.Equal(0.0, NormalDistribution.TwoSidedPValue(double.NegativeInfinity));
        Assert.True(double.IsNaN(NormalDistribution.TwoSidedPValue(double.NaN)));
    }

    [Fact]
    public void The_smallest_probability_has_a_finite_quantile()
    {
        // At p = 4.9e-324 the start value is about −38.5, where the density (about 2e-322) is still positive.
        var z = NormalDistribution.Quantile(double.Epsilon);
        Assert.InRange(z, -38.5, -38.4);
    }
}
