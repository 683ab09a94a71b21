// The incremental SLA clock for CRMs that stream events: append events as they happen, ask for the SLA at any instant.
using System.Runtime.InteropServices;
using CustomerCare.Core.Internal;
using CustomerCare.Core.Sla.Policies;
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CustomerCare.Core.Sla.Evaluation;

/// <summary>
/// An SLA clock fed one event at a time. Each <see cref="Append"/> is checked at once against the history so far
/// (the same checks as <see cref="TicketTimeline"/>, O(1) per event), and a rejected event leaves the clock unchanged.
/// <see cref="Evaluate(Instant)"/> at any instant gives exactly what <see cref="SlaPolicySet.Evaluate(TicketTimeline, Instant)"/>
/// gives for the same events — it runs the same engine over the events held, so the two can never drift apart.
/// </summary>
/// <remarks>Not thread-safe: one clock per ticket, used by one thread at a time (or under the caller's lock).</remarks>
[MutableByDesign("Holds a ticket's growing event history; one clock per ticket, not shared between threads without a lock.")]
public sealed class SlaClock
{
    private readonly SlaPolicySet _policies;
    private readonly List<TicketEvent> _events = [];
    private TimelineValidator _validator;

    /// <summary>Starts a clock for a ticket with <paramref name="attributes"/>; append its Opened event first.</summary>
    /// <param name="policies">The policy set.</param>
    /// <param name="attributes">The ticket's opening attributes.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public SlaClock(SlaPolicySet policies, TicketAttributes attributes)
    {
        ArgumentNullException.ThrowIfNull(policies);
        ArgumentNullException.ThrowIfNull(attributes);
        _policies = policies;
        Attributes = attributes;
    }

    /// <summary>Gets the ticket's opening attributes.</summary>
    public TicketAttributes Attributes { get; }

    /// <summary>Gets the events appended so far, in order.</summary>
    public ReadOnlySpan<TicketEvent> Events => CollectionsMarshal.AsSpan(_events);

    /// <summary>Appends the next event.</summary>
    /// <param name="ticketEvent">An event no earlier than the last one, possible in the ticket's current state.</param>
    /// <exception cref="ArgumentException">The event is out of order or impossible (the message names its index and why); the clock is unchanged.</exception>
    public void Append(TicketEvent ticketEvent)
    {
        _validator.Accept(ticketEvent, _events.Count, nameof(ticketEvent));
        _events.Add(ticketEvent);
    }

    /// <summary>Evaluates the SLA as of <paramref name="now"/> (events after it are not counted).</summary>
    /// <param name="now">The evaluation instant.</param>
    /// <returns>The evaluation; no metric applies before the Opened event.</returns>
    /// <exception cref="ArgumentException">The ticket's priority is not on the policy set's scale, or the policy refuses a
    /// customer message on the resolved ticket (<see cref="ResolvedReplyMode.Reject"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException">As for <see cref="SlaPolicySet.Evaluate(TicketTimeline, Instant)"/>.</exception>
    public SlaEvaluation Evaluate(Instant now) => _policies.Evaluate(Attributes, Events, now);

    /// <summary>Evaluates into a caller-provided buffer without allocating.</summary>
    /// <param name="now">The evaluation instant.</param>
    /// <param name="destination">Receives the results; <see cref="MaxResults"/> elements always suffice.</param>
    /// <param name="policy">The policy that applied.</param>
    /// <returns>The number of results written.</returns>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is too short, the priority is not on the scale, or
    /// the policy refuses a customer message on the resolved ticket.</exception>
    /// <exception cref="ArgumentOutOfRangeException">As for <see cref="SlaPolicySet.Evaluate(TicketTimeline, Instant)"/>.</exception>
    public int Evaluate(Instant now, Span<SlaMetricResult> destination, out SlaPolicy policy)
    {
        var count = SlaEvaluator.Evaluate(_policies, Attributes, Events, now, destination, out var index, out _);
        policy = _policies.Policies[index];
        return count;
    }

    /// <summary>Gets an upper bound of the results of one evaluation with the events held now.</summary>
    public int MaxResults => _policies.MaxResultsFor(_events.Count);

    /// <summary>Reports the transitions between two instants (see <see cref="SlaPolicySet.Transitions"/>).</summary>
    /// <param name="from">The start of the window.</param>
    /// <param name="to">The end of the window.</param>
    /// <returns>The transitions in time order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public IReadOnlyList<SlaNotification> Transitions(Instant from, Instant to) => _policies.TransitionsOf(Attributes, Events, from, to);

    /// <summary>Copies the events held into an immutable timeline.</summary>
    /// <returns>The timeline.</returns>
    /// <exception cref="ArgumentException">No event was appended yet.</exception>
    public TicketTimeline ToTimeline() => new(Attributes, _events);
}
