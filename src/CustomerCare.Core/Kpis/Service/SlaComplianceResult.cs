// Ticket counts per SLA state, from which each SLA-compliance variant is read.
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
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public SlaComplianceResult(long resolvedWithinTarget, long resolvedBreached, long openBreached, long openWithinTarget)
    {
        Preconditions.NonNegative(resolvedWithinTarget, nameof(resolvedWithinTarget));
        Preconditions.NonNegative(resolvedBreached, nameof(resolvedBreached));
        Preconditions.NonNegative(openBreached, nameof(openBreached));
        Preconditions.NonNegative(openWithinTarget, nameof(openWithinTarget));
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
