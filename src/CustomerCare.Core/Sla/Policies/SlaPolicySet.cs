// An ordered, validated set of SLA policies with their calendars: selects a ticket's policy (first match wins) and evaluates it.
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Internal;
using CustomerCare.Core.Sla.Evaluation;
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CustomerCare.Core.Sla.Policies;

/// <summary>
/// The SLA configuration of a help desk: the priority scale, the named calendars, the policies in order and the
/// mandatory fallback. A ticket gets the first policy whose condition matches its attributes as of the evaluation
/// instant, or the fallback. Build one with <see cref="SlaPolicySetBuilder"/>; every configuration error is reported
/// then, never during evaluation.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe: one instance can evaluate tickets from many threads at once.</para>
/// <para>How a ticket is judged:</para>
/// <list type="bullet">
/// <item>First response stops at the first public agent reply (internal notes never count) and, by default, at the
/// first resolution; <see cref="SlaPolicy.ResponsesOnResolve"/> can pause it while resolved or let it run on.</item>
/// <item>Next response starts at the oldest customer message not yet answered after the first public reply and
/// stops at the next public reply.</item>
/// <item>Periodic updates run from each public reply to the next until resolution; none is owed while the ticket is
/// resolved.</item>
/// <item>Time spent in a pause status of a metric is excluded from its business time, like a closed period of the
/// calendar; a metric paused with budget left has no deadline, because no one knows when the pause ends.</item>
/// <item>An instance is met when it stops at or before its deadline, and breached when it stops after it or is still
/// running when <c>now &gt; deadline</c>; at the deadline itself it is not breached yet.</item>
/// <item>Only event timestamps count, not when the evaluation runs: events after <c>now</c> are ignored, and a late
/// reply is late whenever it is evaluated.</item>
/// <item>A reopen continues the resolution clock (the resolved time is excluded) or starts a new cycle, as
/// <see cref="SlaPolicy.Reopen"/> says. A customer message on a resolved ticket reopens it at its instant, unless
/// <see cref="SlaPolicy.CustomerReplyWhenResolved"/> refuses such a timeline.</item>
/// <item>Every result reports the business time it spent paused (<see cref="SlaMetricResult.Paused"/>).</item>
/// <item>The priority and policy that apply are those of the ticket as of <c>now</c>, and their targets apply from the
/// ticket's opening, as if the ticket had always had them.</item>
/// <item>Warnings are measured in business time, like targets, and last up to and including the deadline.</item>
/// <item>Business time and instants are exact to the nanosecond: nothing is rounded to minutes.</item>
/// </list>
/// </remarks>
public sealed class SlaPolicySet
{
    /// <summary>The reserved calendar name for calendar time (24/7): every second counts except pauses.</summary>
    public const string CalendarTime = "24/7";

    private readonly SlaPolicy[] _policies;
    private readonly PolicyPlan[] _plans;

    internal SlaPolicySet(PriorityScale priorities, SlaPolicy[] policies, IReadOnlyDictionary<string, BusinessCalendar?> calendars, IReadOnlyList<string> warnings)
    {
        Priorities = priorities;
        _policies = policies;
        _plans = [.. policies.Select(p => new PolicyPlan(p, priorities, calendars))];
        CalendarNames = [.. calendars.Keys.Order(StringComparer.Ordinal)];
        Warnings = warnings;
    }

    /// <summary>Gets the priority scale.</summary>
    public PriorityScale Priorities { get; }

    /// <summary>Gets the policies in the order they are tried; the last one is the <see cref="Fallback"/>.</summary>
    public IReadOnlyList<SlaPolicy> Policies => _policies;

    /// <summary>Gets the fallback policy, which applies when no other policy matches.</summary>
    public SlaPolicy Fallback => _policies[^1];

    /// <summary>Gets the names of the registered calendars, <see cref="CalendarTime"/> included.</summary>
    public IReadOnlyList<string> CalendarNames { get; }

    /// <summary>Gets the non-fatal findings of validation (e.g. a priority without target in some policy), one sentence each.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Selects the policy that applies to <paramref name="ticket"/> as of <paramref name="now"/> (first match wins).</summary>
    /// <param name="ticket">The ticket.</param>
    /// <param name="now">The instant whose attributes count.</param>
    /// <returns>The first matching policy, or the fallback.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ticket"/> is null.</exception>
    public SlaPolicy Select(TicketTimeline ticket, Instant now)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var events = ticket.Events;
        return _policies[SelectIndex(new TicketView(ticket.Attributes, events[..SlaEvaluator.CountUpTo(events, now)], Priorities))];
    }

    /// <summary>Evaluates every metric of the ticket's policy as of <paramref name="now"/>.</summary>
    /// <param name="ticket">The ticket; only its events at or before <paramref name="now"/> count.</param>
    /// <param name="now">The evaluation instant.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ticket"/> is null.</exception>
    /// <exception cref="ArgumentException">The ticket's priority is not on <see cref="Priorities"/>, or the policy
    /// refuses a customer message on the resolved ticket (<see cref="ResolvedReplyMode.Reject"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException">An instant or a deadline falls outside a business calendar's
    /// supported horizon (local dates 1900–2199), or a 24/7 deadline after the end of NodaTime's time line (year 9999).</exception>
    public SlaEvaluation Evaluate(TicketTimeline ticket, Instant now)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return Evaluate(ticket.Attributes, ticket.Events, now);
    }

    /// <summary>
    /// Evaluates into a caller-provided buffer without allocating (the allocation-free path for bulk work).
    /// </summary>
    /// <param name="ticket">The ticket; only its events at or before <paramref name="now"/> count.</param>
    /// <param name="now">The evaluation instant.</param>
    /// <param name="destination">Receives the results; <see cref="MaxResults"/> elements always suffice.</param>
    /// <param name="policy">The policy that applied.</param>
    /// <returns>The number of results written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ticket"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is too short, the priority is not on the scale, or
    /// the policy refuses a customer message on the resolved ticket.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An instant or a deadline falls outside a business calendar's horizon,
    /// or a 24/7 deadline after the end of NodaTime's time line.</exception>
    public int Evaluate(TicketTimeline ticket, Instant now, Span<SlaMetricResult> destination, out SlaPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var count = SlaEvaluator.Evaluate(this, ticket.Attributes, ticket.Events, now, destination, out var index, out _);
        policy = _policies[index];
        return count;
    }

    /// <summary>Gets an upper bound of the results one evaluation of <paramref name="ticket"/> can produce.</summary>
    /// <param name="ticket">The ticket.</param>
    /// <returns>(largest number of metrics of any policy) × (events + 1).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ticket"/> is null.</exception>
    public int MaxResults(TicketTimeline ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return MaxResultsFor(ticket.Count);
    }

    /// <summary>
    /// Reports the transitions (warning reached, breached, met) of the ticket's metric instances between two instants,
    /// in time order, so that a host can emit or schedule notifications and escalations.
    /// </summary>
    /// <param name="ticket">The ticket.</param>
    /// <param name="from">The start of the window (exclusive for warnings and stops; a breach at a deadline equal to
    /// <paramref name="from"/> counts, because the status turns breached only after the deadline).</param>
    /// <param name="to">The end of the window (inclusive).</param>
    /// <returns>The transitions, judged by the evaluation at <paramref name="to"/>: with the targets that apply then (they
    /// apply from the ticket's opening, so a priority raised inside the window may date a breach before
    /// <paramref name="from"/>; it is not reported again),
    /// and without transitions undone inside the window (a resolution met and then reopened in continue mode).
    /// Windows that follow each other therefore report each lasting transition exactly once.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ticket"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>, or as for <see cref="Evaluate(TicketTimeline, Instant)"/>.</exception>
    /// <exception cref="ArgumentException">As for <see cref="Evaluate(TicketTimeline, Instant)"/>.</exception>
    public IReadOnlyList<SlaNotification> Transitions(TicketTimeline ticket, Instant from, Instant to)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return TransitionsOf(ticket.Attributes, ticket.Events, from, to);
    }

    internal IReadOnlyList<SlaNotification> TransitionsOf(TicketAttributes attributes, ReadOnlySpan<TicketEvent> events, Instant from, Instant to)
    {
        if (to < from)
        {
            Preconditions.ThrowOutOfRange(nameof(to), to, $"must not be before from ({from})");
        }

        return SlaNotification.Between(Evaluate(attributes, events, to), from, to);
    }

    /// <summary>The compiled form of the policy at <paramref name="policyIndex"/>.</summary>
    internal PolicyPlan PlanOf(int policyIndex) => _plans[policyIndex];

    internal int SelectIndex(scoped in TicketView view)
    {
        // Stryker disable once Arithmetic : the fallback's condition is Always, so reaching it returns its index either way
        for (var i = 0; i < _policies.Length - 1; i++)
        {
            if (_policies[i].Condition.Matches(in view))
            {
                return i;
            }
        }

        return _policies.Length - 1;
    }

    /// <summary>Evaluates validated events (a timeline's or an incremental clock's).</summary>
    internal SlaEvaluation Evaluate(TicketAttributes attributes, ReadOnlySpan<TicketEvent> events, Instant now)
    {
        var results = SlaEvaluator.EvaluateToArray(this, attributes, events, now, out var policy, out var priority, out var segment);
        return new SlaEvaluation(now, _policies[policy], priority, attributes, segment, results);
    }

    internal int MaxResultsFor(int eventCount)
    {
        var metrics = 1;
        foreach (var p in _policies)
        {
            metrics = Math.Max(metrics, p.Metrics.Count);
        }

        return metrics * (eventCount + 1);
    }
}
