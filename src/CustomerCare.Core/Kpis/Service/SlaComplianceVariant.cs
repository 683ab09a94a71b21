// The three SLA-compliance formulas in use; they differ in how open tickets count.
namespace CustomerCare.Core.Kpis.Service;

/// <summary>How SLA compliance is computed. The numerator is always the tickets resolved within target ("met").</summary>
public enum SlaComplianceVariant
{
    /// <summary>Met / resolved. Ignores open tickets, so a growing pile of breached open tickets does not show.</summary>
    MetOverResolved = 1,

    /// <summary>Met / created (all four states). Open tickets within target count against compliance until they are resolved.</summary>
    MetOverCreated,

    /// <summary>Met / (resolved + open breached). Counts every ticket whose outcome is known: the strictest fair reading.</summary>
    MetOverResolvedAndOpenBreached,
}
