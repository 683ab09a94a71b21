// Whether short abandons count in the abandonment rate.
namespace CustomerCare.Core.Kpis.ContactCentre;

/// <summary>How the abandonment rate treats short abandons (O offered, Ab abandoned, S short abandons).</summary>
public enum AbandonmentVariant
{
    /// <summary>Ab / O: every abandon counts.</summary>
    AllAbandons = 1,

    /// <summary>(Ab − S) / (O − S): abandons shorter than <see cref="QueueThresholds.ShortAbandon"/> are removed from both counts.</summary>
    ExcludingShortAbandons,
}
