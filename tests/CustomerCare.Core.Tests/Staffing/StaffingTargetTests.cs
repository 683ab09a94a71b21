// StaffingTarget: goals are combined immutably and validated when set.
using CustomerCare.Core.Staffing;
using NodaTime;

namespace CustomerCare.Core.Tests.Staffing;

public sealed class StaffingTargetTests
{
    [Fact]
    public void Goals_combine_and_unset_goals_read_as_NaN_or_null()
    {
        var serviceLevel = StaffingTarget.ForServiceLevel(0.8, Duration.FromSeconds(20));
        var combined = serviceLevel.WithMaximumOccupancy(0.85).WithMaximumAverageSpeedOfAnswer(Duration.FromSeconds(30)).WithMaximumAbandonment(0.05);

        Assert.True(serviceLevel.HasServiceLevel);
        Assert.True(double.IsNaN(serviceLevel.MaximumOccupancy));
        Assert.True(double.IsNaN(serviceLevel.MaximumAbandonment));
        Assert.Null(serviceLevel.MaximumAverageSpeedOfAnswer);
        Assert.Equal(0.8, combined.ServiceLevel);
        Assert.Equal(Duration.FromSeconds(20), combined.ServiceLevelThreshold);
        Assert.Equal(0.85, combined.MaximumOccupancy);
        Assert.Equal(Duration.FromSeconds(30), combined.MaximumAverageSpeedOfAnswer);
        Assert.Equal(0.05, combined.MaximumAbandonment);
        Assert.NotEqual(serviceLevel, combined);
        Assert.Equal(combined, StaffingTarget.ForMaximumOccupancy(0.85).WithServiceLevel(0.8, Duration.FromSeconds(20)).WithMaximumAbandonment(0.05).WithMaximumAverageSpeedOfAnswer(Duration.FromSeconds(30)));
        Assert.False(default(StaffingTarget).HasAnyGoal);
        Assert.True(double.IsNaN(default(StaffingTarget).ServiceLevel));
        Assert.True(StaffingTarget.ForAverageSpeedOfAnswer(Duration.FromSeconds(5)).HasAnyGoal);
        Assert.Equal("SL ≥ 0.8 within 20 s, ASA ≤ 30 s, occupancy ≤ 0.85, abandonment ≤ 0.05", combined.ToString());
        Assert.Equal("no goal", default(StaffingTarget).ToString());
        Assert.Equal(combined.GetHashCode(), StaffingTarget.ForMaximumOccupancy(0.85).WithServiceLevel(0.8, Duration.FromSeconds(20)).WithMaximumAbandonment(0.05).WithMaximumAverageSpeedOfAnswer(Duration.FromSeconds(30)).GetHashCode());
    }

    [Fact]
    public void Goals_outside_their_range_are_rejected_with_the_parameter_named()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => StaffingTarget.ForServiceLevel(80, Duration.FromSeconds(20)));
        Assert.Equal("fraction", ex.ParamName);
        Assert.Contains("strictly between 0 and 1", ex.Message, StringComparison.Ordinal);
        Assert.Equal("fraction", Assert.Throws<ArgumentOutOfRangeException>(() => StaffingTarget.ForServiceLevel(0, Duration.FromSeconds(20))).ParamName);
        Assert.Equal("fraction", Assert.Throws<ArgumentOutOfRangeException>(() => StaffingTarget.ForServiceLevel(1, Duration.FromSeconds(20))).ParamName);
        Assert.Equal("threshold", Assert.Throws<ArgumentOutOfRangeException>(() => StaffingTarget.ForServiceLevel(0.8, Duration.FromSeconds(-1))).ParamName);
        Assert.Equal("maximum", Assert.Throws<ArgumentOutOfRangeException>(() => StaffingTarget.ForAverageSpeedOfAnswer(Duration.Zero)).ParamName);
        Assert.Equal("maximum", Assert.Throws<ArgumentOutOfRangeException>(() => StaffingTarget.ForMaximumOccupancy(1.2)).ParamName);
        Assert.Equal("maximum", Assert.Throws<ArgumentOutOfRangeException>(() => default(StaffingTarget).WithMaximumAbandonment(-0.1)).ParamName);
    }

    [Fact]
    public void Targets_are_equal_only_when_every_goal_is_equal()
    {
        var baseTarget = StaffingTarget.ForServiceLevel(0.8, Duration.FromSeconds(20)).WithMaximumAverageSpeedOfAnswer(Duration.FromSeconds(30)).WithMaximumOccupancy(0.85).WithMaximumAbandonment(0.05);
        var same = StaffingTarget.ForServiceLevel(0.8, Duration.FromSeconds(20)).WithMaximumAverageSpeedOfAnswer(Duration.FromSeconds(30)).WithMaximumOccupancy(0.85).WithMaximumAbandonment(0.05);
        Assert.True(baseTarget == same);
        Assert.False(baseTarget != same);
        Assert.NotEqual(baseTarget, baseTarget.WithServiceLevel(0.9, Duration.FromSeconds(20)));
        Assert.NotEqual(baseTarget, baseTarget.WithServiceLevel(0.8, Duration.FromSeconds(21)));
        Assert.NotEqual(baseTarget, baseTarget.WithMaximumAverageSpeedOfAnswer(Duration.FromSeconds(31)));
        Assert.NotEqual(baseTarget, baseTarget.WithMaximumOccupancy(0.9));
        Assert.NotEqual(baseTarget, baseTarget.WithMaximumAbandonment(0.06));
        Assert.True(baseTarget != baseTarget.WithMaximumOccupancy(0.9));
    }
}
