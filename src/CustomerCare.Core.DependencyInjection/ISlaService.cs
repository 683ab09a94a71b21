// Evaluates tickets against the tenant's current SLA policy set "now" (the registered IClock), recording SLA metrics.
using CustomerCare.Core.Sla.Evaluation;
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CustomerCare.Core.DependencyInjection;

/// <summary>
/// The SLA desk of one tenant: evaluates tickets against the current <see cref="CustomerCareModel.SlaPolicies"/> at the
/// registered <see cref="IClock"/>'s now (or a given instant) and records each evaluation to the <c>CustomerCare</c> meter
/// (see <see cref="Diagnostics.CustomerCareMeter"/>). Resolve it as <c>ISlaService</c> or
/// <c>[FromKeyedServices("tenant")] ISlaService</c>. A singleton; thread-safe.
/// </summary>
public interface ISlaService
{
    /// <summary>Evaluates <paramref name="ticket"/> now, by the registered clock.</summary>
    /// <param name="ticket">The ticket.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ticket"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The tenant has no SLA policy set configured.</exception>
    /// <exception cref="ArgumentException">The ticket's priority is not on the policy set's scale.</exception>
    SlaEvaluation Evaluate(TicketTimeline ticket);

    /// <summary>Evaluates <paramref name="ticket"/> at <paramref name="now"/>.</summary>
    /// <param name="ticket">The ticket; only its events at or before <paramref name="now"/> count.</param>
    /// <param name="now">The evaluation instant.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ticket"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The tenant has no SLA policy set configured.</exception>
    /// <exception cref="ArgumentException">The ticket's priority is not on the policy set's scale.</exception>
    SlaEvaluation Evaluate(TicketTimeline ticket, Instant now);

    /// <summary>Lists the warnings, breaches and met instances of <paramref name="ticket"/> in <c>(since, now]</c>, now by the registered clock:
    /// call it with the previous call's now to see each transition once.</summary>
    /// <param name="ticket">The ticket.</param>
    /// <param name="since">The end of the previous window.</param>
    /// <returns>The transitions in time order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ticket"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The tenant has no SLA policy set configured.</exception>
    IReadOnlyList<SlaNotification> Transitions(TicketTimeline ticket, Instant since);
}
