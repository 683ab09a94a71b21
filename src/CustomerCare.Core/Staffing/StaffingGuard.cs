// Argument checks specific to staffing: durations that must be positive and inputs that must be built by a factory.
using System.Runtime.CompilerServices;
using CustomerCare.Core.Internal;
using NodaTime;

namespace CustomerCare.Core.Staffing;

/// <summary>Validation helpers of the Staffing area; each throws with the parameter's name, the bad value and the rule.</summary>
internal static class StaffingGuard
{
    public static void PositiveDuration(Duration value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value <= Duration.Zero)
        {
            Guard.ThrowOutOfRange(paramName, value, "must be a positive duration");
        }
    }

    public static void NonNegativeDuration(Duration value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < Duration.Zero)
        {
            Guard.ThrowOutOfRange(paramName, value, "must not be a negative duration");
        }
    }

    public static void NonNegativeAgents(int value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < 0)
        {
            Guard.ThrowOutOfRange(paramName, value, "must be 0 or more agents");
        }
    }

    public static void ValidWorkload(Workload workload, [CallerArgumentExpression(nameof(workload))] string? paramName = null)
    {
        if (workload.AverageHandlingTime <= Duration.Zero)
        {
            Guard.ThrowArgument(paramName, $"{paramName} is default(Workload); create it with Workload.FromArrivals or Workload.FromErlangs.");
        }
    }

    /// <summary>Converts seconds to a <see cref="Duration"/>, or null when they are infinite or beyond Duration's range.</summary>
    public static Duration? SecondsOrNull(double seconds) =>
        double.IsFinite(seconds) && seconds <= MaxSeconds ? Duration.FromSeconds(seconds) : null;

    private static readonly double MaxSeconds = Duration.MaxValue.TotalSeconds / 2;
}
