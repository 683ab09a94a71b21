// The demand a team must staff for: how many calls arrive and how long each takes, as traffic in Erlangs.
using CustomerCare.Core.Internal;
using NodaTime;

namespace CustomerCare.Core.Staffing;

/// <summary>
/// The offered load of one interval: Poisson arrivals at a constant rate, each needing on average
/// <see cref="AverageHandlingTime"/> of an agent (talk plus wrap-up). Its traffic intensity in Erlangs is
/// A = λ·h, arrivals per unit of time times the average handling time; 10 Erlangs keep ten agents busy on average.
/// A workload holds at most <see cref="ErlangLimits.MaximumErlangs"/> Erlangs.
/// </summary>
/// <remarks>
/// An immutable value; thread-safe. <c>default(Workload)</c> is not a workload (it has no handling time, and its
/// <see cref="ArrivalsPerSecond"/> is NaN): every member that receives one (<see cref="ErlangC.Evaluate"/>,
/// <see cref="ErlangC.RequiredAgents"/>, <see cref="ErlangA.Evaluate"/>, <see cref="ErlangA.RequiredAgents"/>) throws an
/// <see cref="ArgumentException"/> naming the parameter. Create workloads with <see cref="FromArrivals"/> or <see cref="FromErlangs"/>.
/// </remarks>
public readonly struct Workload : IEquatable<Workload>
{
    private Workload(double erlangs, Duration averageHandlingTime)
    {
        Erlangs = erlangs;
        AverageHandlingTime = averageHandlingTime;
    }

    /// <summary>Gets the traffic intensity A in Erlangs (≥ 0): the average number of agents the calls keep busy.</summary>
    public double Erlangs { get; }

    /// <summary>Gets the average handling time h of one call (&gt; 0).</summary>
    public Duration AverageHandlingTime { get; }

    /// <summary>Gets the arrival rate λ = A / h in calls per second.</summary>
    public double ArrivalsPerSecond => Erlangs / AverageHandlingTime.TotalSeconds;

    /// <summary>
    /// Creates the workload of <paramref name="arrivals"/> calls arriving during <paramref name="interval"/>:
    /// A = arrivals × h / interval. 100 calls in 30 minutes at 180 s each are 100 × 180 / 1800 = 10 Erlangs.
    /// </summary>
    /// <param name="arrivals">Expected number of calls in the interval; finite and ≥ 0 (a forecast may be fractional).</param>
    /// <param name="interval">Length of the interval; &gt; 0.</param>
    /// <param name="averageHandlingTime">Average handling time per call; &gt; 0.</param>
    /// <returns>The workload.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A parameter is negative, zero where it must be positive, or not finite; or <paramref name="arrivals"/> makes more
    /// than <see cref="ErlangLimits.MaximumErlangs"/> Erlangs with this interval and handling time (the message names the traffic).
    /// </exception>
    public static Workload FromArrivals(double arrivals, Duration interval, Duration averageHandlingTime)
    {
        Preconditions.NonNegative(arrivals);
        Preconditions.Positive(interval);
        Preconditions.Positive(averageHandlingTime);
        var erlangs = arrivals * averageHandlingTime.TotalSeconds / interval.TotalSeconds;
        if (!(erlangs <= ErlangLimits.MaximumErlangs))
        {
            ErlangLimits.ThrowTooMuchTraffic(nameof(arrivals), arrivals, erlangs);
        }

        return new Workload(erlangs, averageHandlingTime);
    }

    /// <summary>Creates a workload of <paramref name="erlangs"/> Erlangs of calls lasting <paramref name="averageHandlingTime"/> on average.</summary>
    /// <param name="erlangs">Traffic intensity; finite, from 0 to <see cref="ErlangLimits.MaximumErlangs"/>.</param>
    /// <param name="averageHandlingTime">Average handling time per call; &gt; 0.</param>
    /// <returns>The workload.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="erlangs"/> is negative, not finite or above the maximum, or <paramref name="averageHandlingTime"/> is not positive.</exception>
    public static Workload FromErlangs(double erlangs, Duration averageHandlingTime)
    {
        ErlangLimits.Erlangs(erlangs);
        Preconditions.Positive(averageHandlingTime);
        return new Workload(erlangs, averageHandlingTime);
    }

    /// <inheritdoc/>
    public bool Equals(Workload other) => Erlangs.Equals(other.Erlangs) && AverageHandlingTime == other.AverageHandlingTime;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Workload other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Erlangs, AverageHandlingTime);

    /// <summary>Returns the workload as text, for example "10 Erlangs at AHT 0:00:03:00".</summary>
    /// <returns>The traffic in Erlangs and the average handling time.</returns>
    public override string ToString() => FormattableString.Invariant($"{Erlangs:0.###} Erlangs at AHT {AverageHandlingTime}");

    /// <summary>Compares two workloads for equality.</summary>
    /// <param name="left">The first workload.</param>
    /// <param name="right">The second workload.</param>
    /// <returns><see langword="true"/> when both have the same traffic and handling time.</returns>
    public static bool operator ==(Workload left, Workload right) => left.Equals(right);

    /// <summary>Compares two workloads for inequality.</summary>
    /// <param name="left">The first workload.</param>
    /// <param name="right">The second workload.</param>
    /// <returns><see langword="true"/> when they differ in traffic or handling time.</returns>
    public static bool operator !=(Workload left, Workload right) => !left.Equals(right);

    /// <summary>Throws unless this workload was made by a factory (<c>default(Workload)</c> has no handling time).</summary>
    internal void EnsureCreated(string? paramName)
    {
        if (AverageHandlingTime <= Duration.Zero)
        {
            Preconditions.ThrowArgument(paramName, $"{paramName} is default(Workload); create it with Workload.FromArrivals or Workload.FromErlangs.");
        }
    }
}
