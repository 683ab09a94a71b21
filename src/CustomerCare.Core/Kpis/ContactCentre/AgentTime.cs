// Agent time components of a period, from which occupancy and utilisation are computed.
using System.Globalization;
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
    /// <exception cref="ArgumentOutOfRangeException">A component is negative, or handling + available is longer than a <see cref="Duration"/> holds (about 45,000 years).</exception>
    public AgentTime(Duration handling, Duration available, Duration paid)
    {
        Preconditions.NonNegative(handling, nameof(handling));
        Preconditions.NonNegative(available, nameof(available));
        Preconditions.NonNegative(paid, nameof(paid));
        // Both are non-negative, so Duration.MaxValue - available cannot overflow (cheaper than a 128-bit sum).
        if (handling > Duration.MaxValue - available)
        {
            Preconditions.ThrowOutOfRange(nameof(available), available, "makes the staffed time (handling + available) longer than a NodaTime Duration holds (about 45,000 years)");
        }
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
    /// <exception cref="OverflowException">A total is longer than a <see cref="Duration"/> holds (about 45,000 years).</exception>
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
    /// <exception cref="OverflowException">A total is longer than a <see cref="Duration"/> holds (about 45,000 years).</exception>
    public static AgentTime operator +(AgentTime left, AgentTime right) => Add(left, right);

    /// <summary>Adds two agents' (or intervals') time.</summary>
    /// <param name="left">One part.</param>
    /// <param name="right">Another part.</param>
    /// <returns>The total.</returns>
    /// <exception cref="OverflowException">A total is longer than a <see cref="Duration"/> holds (about 45,000 years).</exception>
    public static AgentTime Add(AgentTime left, AgentTime right)
    {
        var handling = DurationMath.Add(left.Handling, right.Handling);
        var available = DurationMath.Add(left.Available, right.Available);
        _ = DurationMath.Add(handling, available);
        return new(handling, available, DurationMath.Add(left.Paid, right.Paid));
    }

    /// <summary>Returns the time as <c>occupancy 85.0 % (handling 34 h of 40 h staffed), paid 45 h</c> (invariant culture).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(CultureInfo.InvariantCulture);

    /// <summary>Returns the time as <c>occupancy 85.0 % (handling 34 h of 40 h staffed), paid 45 h</c>.</summary>
    /// <param name="provider">The culture for numbers; null for the current culture.</param>
    /// <returns>The text.</returns>
    public string ToString(IFormatProvider? provider) =>
        $"occupancy {KpiText.Percent(Occupancy, provider)} (handling {KpiText.Duration(Handling, provider)} of {KpiText.Duration(Staffed, provider)} staffed), paid {KpiText.Duration(Paid, provider)}";

    // Durations are divided as exact nanosecond counts in double; the ratio's relative error is below 1e-15.
    private static double Fraction(Duration part, Duration whole) =>
        whole == Duration.Zero ? double.NaN : part.TotalNanoseconds / whole.TotalNanoseconds;
}
