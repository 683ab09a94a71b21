// Marks a public type of this package that is deliberately mutable; the convention tests allow exactly these (the core has its own copy).
namespace CustomerCare.Core.DependencyInjection.Internal;

/// <summary>Declares that a public type is mutable on purpose (here: registration-time builders).</summary>
/// <param name="reason">Why the type is mutable and how callers should share it across threads.</param>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
internal sealed class MutableByDesignAttribute(string reason) : Attribute
{
    /// <summary>Gets why the type is mutable.</summary>
    public string Reason { get; } = reason;
}
