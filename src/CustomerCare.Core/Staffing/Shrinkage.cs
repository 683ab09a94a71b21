// From agents on the phones to agents on the roster: shrinkage is the share of paid time not spent handling calls.
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Staffing;

/// <summary>
/// Converts the agents an interval needs on the phones into the agents to schedule, given shrinkage: the fraction of
/// paid time lost to breaks, training, meetings and absence. Scheduled = ⌈required / (1 − shrinkage)⌉.
/// </summary>
/// <remarks>
/// The ceiling tolerates floating-point noise: 21 / (1 − 0.3) evaluates to 30.000000000000004, which is 30 agents,
/// not 31. A quotient within a relative 1e−9 of an integer is taken as that integer. Pure and thread-safe.
/// </remarks>
public static class Shrinkage
{
    /// <summary>Returns the number of agents to schedule so that <paramref name="requiredAgents"/> remain after shrinkage.</summary>
    /// <param name="requiredAgents">Agents needed on the phones; ≥ 0.</param>
    /// <param name="shrinkage">Fraction of scheduled time that is not productive, in [0, 1) (0.3 = 30%).</param>
    /// <returns>⌈required / (1 − shrinkage)⌉ with a 1e−9 relative tolerance: 14 agents at 30% shrinkage give 20.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="requiredAgents"/> is negative, <paramref name="shrinkage"/> is outside [0, 1), or the result exceeds <see cref="int.MaxValue"/>.</exception>
    public static int ScheduledAgents(int requiredAgents, double shrinkage)
    {
        Preconditions.NonNegativeAgents(requiredAgents);
        ValidShrinkage(shrinkage);
        var scheduled = ErlangMath.CeilingWithTolerance(requiredAgents / (1 - shrinkage));
        if (scheduled > int.MaxValue)
        {
            Preconditions.ThrowOutOfRange(nameof(shrinkage), shrinkage, $"leaves too little productive time: {requiredAgents} agents would need more than {int.MaxValue} scheduled");
        }

        return (int)scheduled;
    }

    internal static void ValidShrinkage(double shrinkage, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(shrinkage))] string? paramName = null)
    {
        if (!(shrinkage >= 0 && shrinkage < 1))
        {
            Preconditions.ThrowOutOfRange(paramName, shrinkage, "must be a fraction in [0, 1) (0.3 means 30% of paid time is not productive)");
        }
    }
}
