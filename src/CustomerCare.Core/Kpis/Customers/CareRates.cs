// Named constructors for the count-based care rates, so that a call site says which KPI it computes.
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Kpis.Customers;

/// <summary>
/// The simple count-based rates: proportions as <see cref="KpiRatio"/>, rates that may exceed 1 as
/// <see cref="KpiRate"/> (both: fraction with percent and per-1,000 helpers, undefined over an empty base, merged by
/// adding with <c>+</c>). Thread-safe.
/// </summary>
public static class CareRates
{
    /// <summary>Complaint rate = complaints / customers (or transactions, or contacts: say which in your report). May exceed 1.</summary>
    /// <param name="complaints">Complaints received, 0 or more.</param>
    /// <param name="basis">The base (customers, orders, contacts), 0 or more.</param>
    /// <returns>The rate; read <see cref="KpiRate.PerThousand"/> for "complaints per 1,000".</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static KpiRate ComplaintRate(long complaints, long basis)
    {
        Preconditions.NonNegative(complaints, nameof(complaints));
        Preconditions.NonNegative(basis, nameof(basis));
        return new(complaints, basis);
    }

    /// <summary>Product return rate = units returned / units sold. May exceed 1 when a period's returns come from earlier sales.</summary>
    /// <param name="unitsReturned">Units returned, 0 or more.</param>
    /// <param name="unitsSold">Units sold, 0 or more.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static KpiRate ProductReturnRate(long unitsReturned, long unitsSold)
    {
        Preconditions.NonNegative(unitsReturned, nameof(unitsReturned));
        Preconditions.NonNegative(unitsSold, nameof(unitsSold));
        return new(unitsReturned, unitsSold);
    }

    /// <summary>Resolution rate = issues resolved / issues received (of the issues received, those resolved).</summary>
    /// <param name="resolved">Issues resolved, 0..<paramref name="received"/>.</param>
    /// <param name="received">Issues received, 0 or more.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or more issues are resolved than received.</exception>
    public static KpiRatio ResolutionRate(long resolved, long received)
    {
        Preconditions.NonNegative(resolved, nameof(resolved));
        Preconditions.NonNegative(received, nameof(received));
        return new(resolved, received);
    }

    /// <summary>Customer retention rate (CRR) = (E − N)/S (see <see cref="CustomerBase"/>).</summary>
    /// <param name="atStart">Customers at the start, S.</param>
    /// <param name="acquired">New customers, N.</param>
    /// <param name="atEnd">Customers at the end, E.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    /// <exception cref="ArgumentException">The counts are inconsistent (E &lt; N or E &gt; S + N).</exception>
    public static KpiRatio RetentionRate(long atStart, long acquired, long atEnd) => new CustomerBase(atStart, acquired, atEnd).RetentionRate;

    /// <summary>Churn rate = customers lost / customers at the start, lost = S + N − E (see <see cref="CustomerBase"/>).</summary>
    /// <param name="atStart">Customers at the start, S.</param>
    /// <param name="acquired">New customers, N.</param>
    /// <param name="atEnd">Customers at the end, E.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    /// <exception cref="ArgumentException">The counts are inconsistent (E &lt; N or E &gt; S + N).</exception>
    public static KpiRatio ChurnRate(long atStart, long acquired, long atEnd) => new CustomerBase(atStart, acquired, atEnd).ChurnRate;
}
