// Agent time components of a period, from which occupancy and utilisation are computed.
using CustomerCare.Core.Internal;
using NodaTime;

namespace CustomerCare.Core.Kpis.ContactCentre;

/// <summary>
/// Time of one agent (or a team: add with <c>+</c>) over a period: handling (talk + hold + after-call work),
/// available (logged in and idle, waiting for a contact) and paid. Staffed = handling + available.
/// Occupancy = handling / staffed; utilisation per <see cref="UtilisationVariant"/>. Fractions are NaN when the
/// base is zero. Immutable and thread-safe.
/// </summary>
public readonly record struct AgentTime
{
    /// <summary>Creates agent time.</summary>
    /// <param name="handling">Time spent handling contacts, zero or more.</param>
    /// <param name="available">Time logged in and idle, zero or more.</param>
    /// <param name="paid">Paid time, zero or more (breaks, training and meetings are paid but not staffed).</param>
    /// <exception cref="ArgumentOutOfRangeException">A component is negative.</exception>
    public AgentTime(Duration handling, Duration available, Duration paid)
    {
        Preconditions.NonNegative(handling, nameof(handling));
        Preconditions.NonNegative(available, nameof(available));
        Preconditions.NonNegative(paid, nameof(paid));
        Handling = handling;
        Available = available;
        Paid = paid;
    }

    /// <summary>Gets the handling time.</summary>
    public Duration Handling { get; }

    /// <summary>Gets the available (idle) time.</summary>
    public Duration Available { get; }

    /// <summary>Gets the paid time.</summary>
    public Duration Paid { get; }

    /// <summary>Gets the staffed (logged-in) time, handling + available.</summary>
    public Duration Staffed => Handling + Available;

    /// <summary>Gets occupancy = handling / (handling + available), a fraction 0..1; NaN when staffed time is zero.</summary>
    public double Occupancy => Fraction(Handling, Staffed);

    /// <summary>Returns utilisation in the chosen variant, a fraction (above 1 only if more time is staffed than paid).</summary>
    /// <param name="variant">Staffed or handling time over paid time.</param>
    /// <returns>The fraction; NaN when paid time is zero.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="variant"/> is not defined.</exception>
    public double Utilisation(UtilisationVariant variant)
    {
        Preconditions.Defined(variant, "must be StaffedOverPaid or HandlingOverPaid");
        return variant switch
        {
            UtilisationVariant.StaffedOverPaid => Fraction(Staffed, Paid),
            _ => Fraction(Handling, Paid),
        };
    }

    /// <summary>Sums the time of several agents or intervals.</summary>
    /// <param name="times">The parts; may be empty.</param>
    /// <returns>The total.</returns>
    public static AgentTime Sum(ReadOnlySpan<AgentTime> times)
    {
        var total = default(AgentTime);
        foreach (var time in times)
        {
            total += time;
        }

        return total;
    }

    /// <summary>Adds two agents' (or intervals') time.</summary>
    /// <param name="left">One part.</param>
    /// <param name="right">Another part.</param>
    /// <returns>The total.</returns>
    public static AgentTime operator +(AgentTime left, AgentTime right) => Add(left, right);

    /// <summary>Adds two agents' (or intervals') time.</summary>
    /// <param name="left">One part.</param>
    /// <param name="right">Another part.</param>
    /// <returns>The total.</returns>
    public static AgentTime Add(AgentTime left, AgentTime right) =>
        new(left.Handling + right.Handling, left.Available + right.Available, left.Paid + right.Paid);

    // Durations are divided as exact nanosecond counts in double; the ratio's relative error is below 1e-15.
    private static double Fraction(Duration part, Duration whole) =>
        whole == Duration.Zero ? double.NaN : part.TotalNanoseconds / whole.TotalNanoseconds;
}
