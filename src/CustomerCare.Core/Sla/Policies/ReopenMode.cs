// What a policy does to the resolution clock when a resolved ticket is reopened.
namespace CustomerCare.Core.Sla.Policies;

/// <summary>What the resolution clock does when a resolved ticket is reopened (a policy's <see cref="SlaPolicy.Reopen"/>).</summary>
public enum ReopenMode
{
    /// <summary>The default: the same clock goes on; the time between resolution and reopen is excluded like a pause (Frappe Helpdesk, ERPNext, Zammad).</summary>
    Continue = 0,

    /// <summary>JSM cycles: the closed cycle keeps its result and a new resolution instance starts at the reopen.</summary>
    NewCycle = 1,
}
