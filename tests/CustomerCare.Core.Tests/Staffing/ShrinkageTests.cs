// Shrinkage: the roster ceiling must not be fooled by floating-point noise.
using CustomerCare.Core.Staffing;

namespace CustomerCare.Core.Tests.Staffing;

public sealed class ShrinkageTests
{
    [Theory]
    // 21 / 0.7 evaluates to 30.000000000000004 in doubles: a naive ceiling would schedule 31.
    [InlineData(21, 0.3, 30)]
    [InlineData(14, 0.3, 20)]
    [InlineData(13, 0.3, 19)] // 18.57 → 19
    [InlineData(10, 0, 10)]
    [InlineData(0, 0.5, 0)]
    [InlineData(7, 0.3, 10)]   // 7 / 0.7 = 10.000000000000002
    [InlineData(3, 0.1, 4)]    // 3.333 → 4
    public void Scheduled_agents_divide_by_the_productive_fraction_and_round_up(int required, double shrinkage, int expected)
    {
        Assert.Equal(expected, Shrinkage.ScheduledAgents(required, shrinkage));
    }

    [Fact]
    public void The_naive_ceiling_really_is_wrong_here()
    {
        Assert.Equal(31, Math.Ceiling(21 / (1 - 0.3)));
    }

    [Fact]
    public void Bad_inputs_are_rejected_with_the_parameter_named()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Shrinkage.ScheduledAgents(10, 1));
        Assert.Equal("shrinkage", ex.ParamName);
        Assert.Contains("[0, 1)", ex.Message, StringComparison.Ordinal);
        Assert.Equal("shrinkage", Assert.Throws<ArgumentOutOfRangeException>(() => Shrinkage.ScheduledAgents(10, -0.1)).ParamName);
        Assert.Equal("shrinkage", Assert.Throws<ArgumentOutOfRangeException>(() => Shrinkage.ScheduledAgents(10, double.NaN)).ParamName);
        Assert.Equal("requiredAgents", Assert.Throws<ArgumentOutOfRangeException>(() => Shrinkage.ScheduledAgents(-1, 0.3)).ParamName);
        var overflow = Assert.Throws<ArgumentOutOfRangeException>(() => Shrinkage.ScheduledAgents(int.MaxValue, 0.5));
        Assert.Contains("too little productive time", overflow.Message, StringComparison.Ordinal);
    }
}
