// Where a ticket stands against its SLA target at the end of a reporting period.
namespace CustomerCare.Core.Kpis.Service;

/// <summary>The SLA state of one ticket created in (or carried into) a reporting period, at the period's end.</summary>
public enum TicketSlaState
{
    /// <summary>Resolved, and within its target (the SLA was met).</summary>
    ResolvedWithinTarget = 1,

    /// <summary>Resolved, after its target (breached).</summary>
    ResolvedBreached,

    /// <summary>Still open and already past its target (breached, not yet resolved).</summary>
    OpenBreached,

    /// <summary>Still open and still within its target (neither met nor breached yet).</summary>
    OpenWithinTarget,
}
