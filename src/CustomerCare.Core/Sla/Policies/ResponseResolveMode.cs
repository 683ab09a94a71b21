// What resolving a ticket does to a first- or next-response instance that is still waiting for a public reply.
namespace CustomerCare.Core.Sla.Policies;

/// <summary>
/// What resolving a ticket does to a running first- or next-response instance (a policy's
/// <see cref="SlaPolicy.ResponsesOnResolve"/>). Help desks differ here; each choice is one of them.
/// </summary>
public enum ResponseResolveMode
{
    /// <summary>The default (Frappe Helpdesk, ERPNext): the resolution stops the instance and counts as the response, met when
    /// it comes by the deadline.</summary>
    Fulfil = 0,

    /// <summary>The instance does not run while the ticket is resolved and goes on after a reopen until a public reply; a
    /// ticket closed without that reply leaves it without a verdict.</summary>
    Pause = 1,

    /// <summary>Zendesk's first reply time as its reports measure it: resolving neither stops nor pauses the instance, which
    /// runs from its start to the public reply, resolved time included; a ticket closed without that reply leaves it
    /// without a verdict.</summary>
    RunOn = 2,
}
