// Ticket counts per SLA state, from which each SLA-compliance variant is read.
using System.Globalization;
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Kpis.Service;

/// <summary>
/// Ticket counts per <see cref="TicketSlaState"/>; <see cref="Compliance(SlaComplianceVariant)"/> reads the chosen
/// variant as a <see cref="KpiRatio"/>. Immutable and thread-safe.
/// </summary>
public readonly record struct SlaComplianceResult
{
    /// <summary>Creates a result from counts.</summary>
    /// <param name="resolvedWithinTarget">Tickets resolved within target (met).</param>
    /// <param name="resolvedBreached">Tickets resolved after target.</param>
    /// <param name="openBreached">Open tickets past target.</param>
    /// <param name="openWithinTarget">Open tickets still within target.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or the four add up to more than <see cref="long.MaxValue"/>.</exception>
    public SlaComplianceResult(long resolvedWithinTarget, long resolvedBreached, long openBreached, long openWithinTarget)
    {
        Preconditions.NonNegative(resolvedWithinTarget, nameof(resolvedWithinTarget));
        Preconditions.NonNegative(resolvedBreached, nameof(resolvedBreached));
        Preconditions.NonNegative(openBreached, nameof(openBreached));
        Preconditions.NonNegative(openWithinTarget, nameof(openWithinTarget));
        var total = Preconditions.AddCount(resolvedWithinTarget, resolvedBreached, nameof(resolvedBreached));
        total = Preconditions.AddCount(total, openBreached, nameof(openBreached));
        Preconditions.AddCount(total, openWithinTarget, nameof(openWithinTarget));
        ResolvedWithinTarget = resolvedWithinTarget;
        ResolvedBreached = resolvedBreached;
        OpenBreached = openBreached;
        OpenWithinTarget = openWithinTarget;
    }

    /// <summary>Gets the tickets resolved within target (met).</summary>
    public long ResolvedWithinTarget { get; }

    /// <summary>Gets the tickets resolved after target.</summary>
    public long ResolvedBreached { get; }

    /// <summary>Gets the open tickets past target.</summary>
    public long OpenBreached { get; }

    /// <summary>Gets the open tickets still within target.</summary>
    public long OpenWithinTarget { get; }

    /// <summary>Gets all tickets (the four states).</summary>
    public long Total => ResolvedWithinTarget + ResolvedBreached + OpenBreached + OpenWithinTarget;

    /// <summary>Returns the counts as <c>SLA met 80 of 100 resolved (80.0 %); 5 open breached, 15 open within target</c> (invariant culture).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(CultureInfo.InvariantCulture);

    /// <summary>Returns the counts as <c>SLA met 80 of 100 resolved (80.0 %); 5 open breached, 15 open within target</c>.</summary>
    /// <param name="provider">The culture for numbers; null for the current culture.</param>
    /// <returns>The text.</returns>
    public string ToString(IFormatProvider? provider)
    {
        var resolved = Compliance(SlaComplianceVariant.MetOverResolved);
        return $"SLA met {ResolvedWithinTarget.ToString(provider)} of {resolved.Denominator.ToString(provider)} resolved ({(resolved.IsDefined ? KpiText.Percent(resolved.Value, provider) : "undefined")}); {OpenBreached.ToString(provider)} open breached, {OpenWithinTarget.ToString(provider)} open within target";
    }

    /// <summary>Returns SLA compliance in the chosen variant.</summary>
    /// <param name="variant">The denominator (see <see cref="SlaComplianceVariant"/>).</param>
    /// <returns>Met tickets over the variant's base; undefined when the base is empty.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="variant"/> is not defined.</exception>
    public KpiRatio Compliance(SlaComplianceVariant variant)
    {
        Preconditions.Defined(variant, "must be a defined SlaComplianceVariant");
        return variant switch
        {
            SlaComplianceVariant.MetOverResolved => new(ResolvedWithinTarget, ResolvedWithinTarget + ResolvedBreached),
            SlaComplianceVariant.MetOverCreated => new(ResolvedWithinTarget, Total),
            _ => new(ResolvedWithinTarget, ResolvedWithinTarget + ResolvedBreached + OpenBreached),
        };
    }
}
