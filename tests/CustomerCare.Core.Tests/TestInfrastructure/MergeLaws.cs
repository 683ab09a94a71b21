// Merges three accumulators in three orders, so that property tests can check associativity and commutativity in one line.
namespace CustomerCare.Core.Tests.TestInfrastructure;

/// <summary>Merges <paramref name="other"/> into <paramref name="into"/> (a struct accumulator's <c>Merge</c>).</summary>
/// <typeparam name="T">The accumulator type.</typeparam>
public delegate void Merger<T>(ref T into, in T other);

/// <summary>Helpers for the merge laws every mergeable accumulator must obey.</summary>
public static class MergeLaws
{
    /// <summary>
    /// Returns (a·b)·c, a·(b·c) and (c·b)·a, each computed on copies, so that a test can assert the three are equal
    /// (associativity and commutativity) and equal to the calculator on the concatenated input (exactness).
    /// </summary>
    public static (T LeftFirst, T RightFirst, T Reversed) ThreeWays<T>(T a, T b, T c, Merger<T> merge)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(merge);
        var leftFirst = a;
        merge(ref leftFirst, b);
        merge(ref leftFirst, c);
        var bc = b;
        merge(ref bc, c);
        var rightFirst = a;
        merge(ref rightFirst, bc);
        var reversed = c;
        merge(ref reversed, b);
        merge(ref reversed, a);
        return (leftFirst, rightFirst, reversed);
    }
}
