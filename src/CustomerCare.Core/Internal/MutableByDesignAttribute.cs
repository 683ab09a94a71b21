// Marks a public type that is deliberately mutable (a builder, an options class, a struct accumulator); the convention tests allow exactly these.
namespace CustomerCare.Core.Internal;

/// <summary>
/// Declares that a public type is mutable on purpose. Every other public class must be sealed (or static or
/// abstract) and every public class or struct immutable; the convention tests in CustomerCare.Core.Tests check it.
/// </summary>
/// <param name="reason">Why the type is mutable and how callers should share it across threads.</param>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
internal sealed class MutableByDesignAttribute(string reason) : Attribute
{
    /// <summary>Gets why the type is mutable.</summary>
    public string Reason { get; } = reason;
}
