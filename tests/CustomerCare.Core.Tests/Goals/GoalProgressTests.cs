// GoalProgress: every named formula and clamp option, hand-worked, including lower-is-better and the undefined cases.
using CustomerCare.Core.Goals;

namespace CustomerCare.Core.Tests.Goals;

public sealed class GoalProgressTests
{
    private const TargetDirection Higher = TargetDirection.HigherIsBetter;
    private const TargetDirection Lower = TargetDirection.LowerIsBetter;

    [Theory]
    [InlineData(Higher, 0.83, 0.85, 0.80, 0.6)] // (0.83 − 0.80) / (0.85 − 0.80)
    [InlineData(Lower, 0.04, 0.03, 0.05, 0.5)] // (0.04 − 0.05) / (0.03 − 0.05): moving down is progress
    [InlineData(Higher, 0.85, 0.85, 0.80, 1.0)]
    [InlineData(Lower, 0.03, 0.03, 0.05, 1.0)]
    [InlineData(Higher, 0.90, 0.85, 0.80, 2.0)] // past the target
    [InlineData(Higher, 0.75, 0.85, 0.80, -1.0)] // the wrong way
    [InlineData(Lower, 0.06, 0.03, 0.05, -0.5)]
    public void Distance_covered_is_current_minus_start_over_target_minus_start(TargetDirection direction, double current, double target, double start, double expected) =>
        Assert.Equal(expected, GoalProgress.Calculate(ProgressFormula.DistanceCovered, ProgressClamp.Unclamped, direction, current, target, start), 12);

    [Theory]
    [InlineData(0.90, 1.0)]
    [InlineData(0.75, 0.0)]
    [InlineData(0.83, 0.6)]
    public void Distance_covered_clamps_to_zero_one_when_asked(double current, double expected) =>
        Assert.Equal(expected, GoalProgress.Calculate(ProgressFormula.DistanceCovered, ProgressClamp.ZeroToOne, Higher, current, 0.85, 0.80), 12);

    [Fact]
    public void Distance_covered_from_a_start_equal_to_the_target_is_undefined_not_zero()
    {
        Assert.True(double.IsNaN(GoalProgress.Calculate(ProgressFormula.DistanceCovered, ProgressClamp.Unclamped, Higher, 0.85, 0.85, 0.85)));
        Assert.True(double.IsNaN(GoalProgress.Calculate(ProgressFormula.DistanceCovered, ProgressClamp.ZeroToOne, Higher, 0.90, 0.85, 0.85)));
    }

    [Theory]
    [InlineData(Higher, 0.83, 0.85, 0.83 / 0.85)]
    [InlineData(Higher, 0.85, 0.85, 1.0)]
    [InlineData(Higher, 0.90, 0.85, 0.90 / 0.85)]
    [InlineData(Lower, 480.0, 360.0, 0.75)] // AHT 8 min against 6 min: target / current
    [InlineData(Lower, 360.0, 360.0, 1.0)]
    [InlineData(Lower, 240.0, 360.0, 1.5)]
    [InlineData(Higher, -10.0, 30.0, -1.0 / 3)] // NPS below 0: a negative ratio, reported as computed
    public void Ratio_to_target_gives_a_larger_value_for_a_better_value(TargetDirection direction, double current, double target, double expected) =>
        Assert.Equal(expected, GoalProgress.Calculate(ProgressFormula.RatioToTarget, ProgressClamp.Unclamped, direction, current, target), 12);

    [Fact]
    public void Ratio_to_target_clamps_and_is_undefined_when_its_divisor_is_zero()
    {
        Assert.Equal(1.0, GoalProgress.Calculate(ProgressFormula.RatioToTarget, ProgressClamp.ZeroToOne, Lower, 240, 360));
        Assert.Equal(0.0, GoalProgress.Calculate(ProgressFormula.RatioToTarget, ProgressClamp.ZeroToOne, Higher, -10, 30));
        Assert.True(double.IsNaN(GoalProgress.Calculate(ProgressFormula.RatioToTarget, ProgressClamp.ZeroToOne, Lower, 0, 0.03))); // churn 0: target / 0
        Assert.True(double.IsNaN(GoalProgress.Calculate(ProgressFormula.RatioToTarget, ProgressClamp.Unclamped, Higher, 0.5, 0))); // current / 0
    }

    [Theory]
    [InlineData(Higher, 0.85, 1.0)]
    [InlineData(Higher, 0.8499, 0.0)]
    [InlineData(Lower, 0.03, 1.0)]
    [InlineData(Lower, 0.0301, 0.0)]
    public void Binary_is_one_when_met_and_zero_otherwise(TargetDirection direction, double current, double expected) =>
        Assert.Equal(expected, GoalProgress.Calculate(ProgressFormula.Binary, ProgressClamp.Unclamped, direction, current, direction == Higher ? 0.85 : 0.03));

    [Theory]
    [InlineData(ProgressFormula.DistanceCovered)]
    [InlineData(ProgressFormula.RatioToTarget)]
    [InlineData(ProgressFormula.Binary)]
    public void A_nan_current_value_gives_nan_for_every_formula(ProgressFormula formula) =>
        Assert.True(double.IsNaN(GoalProgress.Calculate(formula, ProgressClamp.ZeroToOne, Higher, double.NaN, 0.85, 0.80)));

    [Fact]
    public void Rejects_a_range_direction_undefined_enums_and_non_finite_targets_and_starts()
    {
        var range = Assert.Throws<ArgumentOutOfRangeException>(() => GoalProgress.Calculate(ProgressFormula.Binary, ProgressClamp.Unclamped, TargetDirection.WithinRange, 1, 1));
        Assert.Equal("direction", range.ParamName);
        Assert.StartsWith("direction must be HigherIsBetter or LowerIsBetter", range.Message, StringComparison.Ordinal);

        var formula = Assert.Throws<ArgumentOutOfRangeException>(() => GoalProgress.Calculate((ProgressFormula)9, ProgressClamp.Unclamped, Higher, 1, 1));
        Assert.Equal("formula", formula.ParamName);
        Assert.StartsWith("formula must be DistanceCovered, RatioToTarget or Binary; it was 9.", formula.Message, StringComparison.Ordinal);

        var clamp = Assert.Throws<ArgumentOutOfRangeException>(() => GoalProgress.Calculate(ProgressFormula.Binary, (ProgressClamp)0, Higher, 1, 1));
        Assert.Equal("clamp", clamp.ParamName);

        var target = Assert.Throws<ArgumentOutOfRangeException>(() => GoalProgress.Calculate(ProgressFormula.Binary, ProgressClamp.Unclamped, Higher, 1, double.NaN));
        Assert.Equal("target", target.ParamName);
        Assert.StartsWith("target must be a finite number; it was NaN.", target.Message, StringComparison.Ordinal);

        var start = Assert.Throws<ArgumentOutOfRangeException>(() => GoalProgress.Calculate(ProgressFormula.DistanceCovered, ProgressClamp.Unclamped, Higher, 1, 2));
        Assert.Equal("start", start.ParamName);
    }
}
