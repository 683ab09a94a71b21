// Staffing a day interval by interval: from a forecast of arrivals to agents and expected service level, without allocating.
using CustomerCare.Core.Internal;
using NodaTime;

namespace CustomerCare.Core.Staffing;

/// <summary>
/// Plans the agents of consecutive intervals (for example 48 half-hours) from a forecast of arrivals per interval,
/// using <see cref="ErlangC.RequiredAgents"/> for each interval and <see cref="Shrinkage.ScheduledAgents"/> for the roster.
/// </summary>
/// <remarks>Span in, span out: the caller owns both buffers, so a plan allocates nothing. Pure and thread-safe.</remarks>
public static class StaffingPlan
{
    /// <summary>Writes the staffing of each interval of <paramref name="arrivals"/> into <paramref name="destination"/>.</summary>
    /// <param name="arrivals">Forecast calls per interval, each finite and ≥ 0 (fractional forecasts are fine).</param>
    /// <param name="interval">Length of every interval; &gt; 0.</param>
    /// <param name="averageHandlingTime">Average handling time of a call; &gt; 0.</param>
    /// <param name="target">The goals each interval must meet; at least one must be set.</param>
    /// <param name="shrinkage">Fraction of scheduled time that is not productive, in [0, 1).</param>
    /// <param name="destination">Receives one <see cref="IntervalStaffing"/> per forecast interval, at the same index; at least as long as <paramref name="arrivals"/>. Entries beyond are left untouched.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// An arrival count is negative, not finite or makes more than <see cref="ErlangLimits.MaximumErlangs"/> Erlangs (the
    /// message names its index), a duration is not positive, <paramref name="shrinkage"/> is outside [0, 1), or
    /// <paramref name="target"/> needs more than <see cref="ErlangLimits.MaximumAgents"/> agents in an interval.
    /// </exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="arrivals"/>, or <paramref name="target"/> sets no goal.</exception>
    public static void Fill(
        ReadOnlySpan<double> arrivals,
        Duration interval,
        Duration averageHandlingTime,
        StaffingTarget target,
        double shrinkage,
        Span<IntervalStaffing> destination)
    {
        Preconditions.Positive(interval);
        Preconditions.Positive(averageHandlingTime);
        target.EnsureHasGoal(nameof(target));
        Shrinkage.ValidShrinkage(shrinkage);
        if (destination.Length < arrivals.Length)
        {
            Preconditions.ThrowArgument(nameof(destination), $"{nameof(destination)} holds {destination.Length} intervals but {nameof(arrivals)} has {arrivals.Length}; pass a destination at least as long.");
        }

        for (var i = 0; i < arrivals.Length; i++)
        {
            if (!(arrivals[i] >= 0) || double.IsPositiveInfinity(arrivals[i]))
            {
                Preconditions.ThrowAt(nameof(arrivals), i, arrivals[i], "must be a finite number of calls greater than or equal to 0");
            }

            // The same expression as Workload.FromArrivals, so that the check and the workload agree to the last bit.
            var erlangs = arrivals[i] * averageHandlingTime.TotalSeconds / interval.TotalSeconds;
            if (!(erlangs <= ErlangLimits.MaximumErlangs))
            {
                ErlangLimits.ThrowTooMuchTrafficAt(nameof(arrivals), i, arrivals[i], erlangs);
            }
        }

        for (var i = 0; i < arrivals.Length; i++)
        {
            var forecast = ErlangC.Solve(Workload.FromArrivals(arrivals[i], interval, averageHandlingTime), target);
            destination[i] = new IntervalStaffing(forecast, Shrinkage.ScheduledAgents(forecast.Agents, shrinkage));
        }
    }
}
