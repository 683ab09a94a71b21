// Every public type of the shipped assemblies is immutable and sealed, or says why not with [MutableByDesign].
namespace CustomerCare.Core.Tests.Conventions;

public sealed class ImmutabilityTests
{
    [Fact]
    public void Every_public_type_is_sealed_and_immutable_or_marked_mutable_by_design()
    {
        var violations = ImmutabilityRules.Violations(PublicApiTests.ShippedAssemblies.SelectMany(a => a.GetExportedTypes())).ToList();
        Assert.True(violations.Count == 0, "Public types that break the immutability convention:\n" + string.Join('\n', violations));
    }

    [Fact]
    public void The_rule_catches_unsealed_classes_setters_and_mutable_fields()
    {
        var violations = ImmutabilityRules.Violations([typeof(Unsealed), typeof(WithSetter), typeof(WithField), typeof(Good), typeof(GoodStruct)]).ToList();

        Assert.Contains(violations, v => v.Contains(nameof(Unsealed), StringComparison.Ordinal) && v.Contains("sealed", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains(nameof(WithSetter), StringComparison.Ordinal) && v.Contains("setter", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains(nameof(WithField), StringComparison.Ordinal) && v.Contains("mutable instance field", StringComparison.Ordinal));
        Assert.DoesNotContain(violations, v => v.Contains(nameof(Good), StringComparison.Ordinal));
        Assert.Equal(4, violations.Count); // WithSetter counts twice: its setter and its backing field
    }

#pragma warning disable CA1051, CA1812, CA1852 // fixtures for the rule above, bad on purpose
    public class Unsealed;

    public sealed class WithSetter
    {
        public int Value { get; set; }
    }

    public sealed class WithField
    {
        public int Value;
    }

    public sealed class Good(int value)
    {
        public int Value { get; } = value;

        public int Other { get; init; }
    }

    public readonly struct GoodStruct(int value)
    {
        public int Value { get; } = value;
    }
#pragma warning restore CA1051, CA1812, CA1852
}
