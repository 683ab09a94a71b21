// Asserts that a warmed-up call allocates nothing on the managed heap (the unit-test twin of BenchmarkDotNet's MemoryDiagnoser).
using Xunit.Sdk;

namespace CustomerCare.Core.Tests.TestInfrastructure;

/// <summary>Measures managed allocations of the current thread around a call.</summary>
public static class AllocationAssert
{
    /// <summary>
    /// Runs <paramref name="action"/> a few times to let the JIT settle, then <paramref name="iterations"/> more
    /// times, and returns the bytes allocated on this thread by those iterations.
    /// </summary>
    /// <remarks>Create the delegate (and anything it captures) before calling, so that only the call itself is measured.</remarks>
    public static long BytesAllocated(Action action, int iterations = 100)
    {
        ArgumentNullException.ThrowIfNull(action);
        for (var i = 0; i < 5; i++)
        {
            action();
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < iterations; i++)
        {
            action();
        }

        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    /// <summary>
    /// Fails the test when <paramref name="action"/> allocates once warmed up. The runtime itself occasionally
    /// allocates on the calling thread while it promotes a hot method to optimised code, so one window that saw bytes
    /// is measured again: a call that really allocates shows bytes in every one of three windows.
    /// </summary>
    public static void NoAllocations(Action action, int iterations = 100)
    {
        var bytes = 0L;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            bytes = BytesAllocated(action, iterations);
            if (bytes == 0)
            {
                return;
            }
        }

        throw new XunitException($"Expected no allocations, but {iterations} calls allocated {bytes} bytes ({bytes / (double)iterations:0.#} bytes per call) in each of three windows.");
    }
}
