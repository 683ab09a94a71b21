// The customer counts of one period, from which churn and retention are computed without the net-change mistake.
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Kpis.Customers;

/// <summary>
/// Customers at the start (S), new during the period (N) and at the end (E). Retention (CRR) = (E − N)/S counts only
/// the customers of the start who are still there; churn = lost/S with lost = S + N − E, so churn = 1 − retention.
/// The net-change mistake, (E − S)/S, hides losses behind new sales and is not offered. Segments of the same period
/// add with <c>+</c>. Immutable and thread-safe.
/// </summary>
public readonly record struct CustomerBase
{
    /// <summary>Creates the counts of one period.</summary>
    /// <param name="atStart">Customers at the start, S ≥ 0.</param>
    /// <param name="acquired">New customers during the period, N ≥ 0.</param>
    /// <param name="atEnd">Customers at the end, E, with N ≤ E ≤ S + N (the new customers who stayed plus the retained).</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    /// <exception cref="ArgumentException">E is below N or above S + N, which no real period produces.</exception>
    public CustomerBase(long atStart, long acquired, long atEnd)
    {
        Preconditions.NonNegative(atStart, nameof(atStart));
        Preconditions.NonNegative(acquired, nameof(acquired));
        Preconditions.NonNegative(atEnd, nameof(atEnd));
        if (atEnd < acquired || atEnd > atStart + acquired)
        {
            Preconditions.ThrowArgument(nameof(atEnd),
                $"atEnd ({atEnd}) must lie between acquired ({acquired}) and atStart + acquired ({atStart + acquired}); check that the three counts describe the same period.");
        }

        AtStart = atStart;
        Acquired = acquired;
        AtEnd = atEnd;
    }

    /// <summary>Gets the customers at the start, S.</summary>
    public long AtStart { get; }

    /// <summary>Gets the new customers, N.</summary>
    public long Acquired { get; }

    /// <summary>Gets the customers at the end, E.</summary>
    public long AtEnd { get; }

    /// <summary>Gets the customers lost, S + N − E.</summary>
    public long Lost => AtStart + Acquired - AtEnd;

    /// <summary>Gets the customer retention rate, (E − N)/S; undefined when S = 0.</summary>
    public KpiRatio RetentionRate => new(AtEnd - Acquired, AtStart);

    /// <summary>Gets the churn rate, (S + N − E)/S; undefined when S = 0.</summary>
    public KpiRatio ChurnRate => new(Lost, AtStart);

    /// <summary>Adds two segments of the same period.</summary>
    /// <param name="left">One segment.</param>
    /// <param name="right">Another segment.</param>
    /// <returns>The combined counts.</returns>
    public static CustomerBase operator +(CustomerBase left, CustomerBase right) => Add(left, right);

    /// <summary>Adds two segments of the same period.</summary>
    /// <param name="left">One segment.</param>
    /// <param name="right">Another segment.</param>
    /// <returns>The combined counts.</returns>
    public static CustomerBase Add(CustomerBase left, CustomerBase right) =>
        new(checked(left.AtStart + right.AtStart), checked(left.Acquired + right.Acquired), checked(left.AtEnd + right.AtEnd));
}
