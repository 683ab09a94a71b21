// The customer counts of one period, from which churn and retention are computed without the net-change mistake.
using System.Globalization;
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
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or S + N exceeds <see cref="long.MaxValue"/>.</exception>
    /// <exception cref="ArgumentException">E is below N or above S + N, which no real period produces.</exception>
    public CustomerBase(long atStart, long acquired, long atEnd)
    {
        Preconditions.NonNegative(atStart, nameof(atStart));
        Preconditions.NonNegative(acquired, nameof(acquired));
        Preconditions.NonNegative(atEnd, nameof(atEnd));
        var ceiling = Preconditions.AddCount(atStart, acquired, nameof(acquired));
        if (atEnd < acquired || atEnd > ceiling)
        {
            Preconditions.ThrowArgument(nameof(atEnd),
                $"atEnd ({atEnd}) must lie between acquired ({acquired}) and atStart + acquired ({ceiling}); check that the three counts describe the same period.");
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

    /// <summary>Returns the counts as <c>customers 1000 → 1100 (+250 new, 150 lost; retention 85.0 %, churn 15.0 %)</c> (invariant culture).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(CultureInfo.InvariantCulture);

    /// <summary>Returns the counts as <c>customers 1000 → 1100 (+250 new, 150 lost; retention 85.0 %, churn 15.0 %)</c>.</summary>
    /// <param name="provider">The culture for numbers; null for the current culture.</param>
    /// <returns>The text.</returns>
    public string ToString(IFormatProvider? provider) =>
        $"customers {AtStart.ToString(provider)} → {AtEnd.ToString(provider)} (+{Acquired.ToString(provider)} new, {Lost.ToString(provider)} lost; retention {KpiText.Percent(RetentionRate.Value, provider)}, churn {KpiText.Percent(ChurnRate.Value, provider)})";

    /// <summary>Adds two segments of the same period.</summary>
    /// <param name="left">One segment.</param>
    /// <param name="right">Another segment.</param>
    /// <returns>The combined counts.</returns>
    /// <exception cref="OverflowException">A sum exceeds <see cref="long.MaxValue"/>.</exception>
    public static CustomerBase operator +(CustomerBase left, CustomerBase right) => Add(left, right);

    /// <summary>Adds two segments of the same period.</summary>
    /// <param name="left">One segment.</param>
    /// <param name="right">Another segment.</param>
    /// <returns>The combined counts.</returns>
    /// <exception cref="OverflowException">A sum exceeds <see cref="long.MaxValue"/>.</exception>
    public static CustomerBase Add(CustomerBase left, CustomerBase right) =>
        new(checked(left.AtStart + right.AtStart), checked(left.Acquired + right.Acquired), checked(left.AtEnd + right.AtEnd));
}
