// Resolves responsibility and escalates through the tenant's current responsibility model, recording escalations by tier.
using CustomerCare.Core.Responsibility;

namespace CustomerCare.Core.DependencyInjection;

/// <summary>
/// Responsibility of one tenant: resolves who owns an issue and escalates it with the current
/// <see cref="CustomerCareModel.Responsibility"/>, recording every step to the <c>CustomerCare</c> meter
/// (<see cref="Diagnostics.CustomerCareMeter.Escalations"/>). Resolve it as <c>IEscalationService</c> or
/// <c>[FromKeyedServices("tenant")] IEscalationService</c>. A singleton; thread-safe.
/// </summary>
public interface IEscalationService
{
    /// <summary>Finds the tier responsible for <paramref name="issue"/> (see <see cref="ResponsibilityModel.Resolve"/>).</summary>
    /// <param name="issue">The issue.</param>
    /// <returns>The assignment; an uncovered issue is a result, not an error.</returns>
    /// <exception cref="InvalidOperationException">The tenant has no responsibility model configured.</exception>
    Assignment Resolve(in ResponsibilityIssue issue);

    /// <summary>Takes one escalation step from <paramref name="current"/> (see <see cref="ResponsibilityModel.Escalate"/>) and records it.</summary>
    /// <param name="current">The current assignment.</param>
    /// <param name="trigger">Why the issue may move up.</param>
    /// <returns>The step, including steps that were not needed or declined.</returns>
    /// <exception cref="InvalidOperationException">The tenant has no responsibility model configured.</exception>
    EscalationStep Escalate(Assignment current, EscalationTrigger trigger);
}
