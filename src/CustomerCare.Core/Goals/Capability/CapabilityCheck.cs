// Checks promises against a capability envelope: SLA targets vs staffed response and closures, staffing forecasts vs agents.
using System.Globalization;
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Sla.Policies;
using CustomerCare.Core.Staffing;
using NodaTime;

namespace CustomerCare.Core.Goals.Capability;

/// <summary>
/// The consistency check of a capability envelope: does what the business promises fit what it can do? Every problem
/// is a <see cref="CapabilityFinding"/> (never an exception), most severe first. Codes:
/// <list type="bullet">
/// <item><c>envelope.no_scope</c> (warning): no scope setting, so every request is declined.</item>
/// <item><c>envelope.never_staffed</c> (warning): a channel's calendar is closed throughout the window.</item>
/// <item><c>envelope.ceiling_above_budget</c> (warning): one grant at a ceiling would exceed a whole period's goodwill budget.</item>
/// <item><c>sla.faster_than_staffed</c> (error): a first-response target shorter than the fastest response the
/// envelope can staff on the channel for the priority.</item>
/// <item><c>sla.channel_closed_longer</c> (error): the channel is unstaffed, inside the window, for longer than the
/// first-response target counted on the SLA's calendar — a ticket arriving then breaches before anyone can answer.</item>
/// <item><c>sla.calendar_unknown</c> (warning): a policy measures on a calendar the envelope does not know, so closures could not be checked.</item>
/// <item><c>staffing.understaffed</c> (error): a forecast needs more agents than are available.</item>
/// <item><c>staffing.unknown_channel</c> (error): a forecast for a channel the envelope does not offer.</item>
/// <item><c>goal.faster_than_staffed</c> — a goal above a ceiling: a care goal's first-response-time target (its upper
/// bound, whatever the quantile) is shorter than the fastest first response a channel can staff (the quickest of the
/// channel's <see cref="CapabilityEnvelopeBuilder.FastestFirstResponse"/> settings). An error when no channel can
/// respond that fast, a warning when some cannot (their tickets work against the goal). Goals carry no money, so the
/// speed limits are the ceilings a goal can exceed; channels without a setting state no limit and are not judged.</item>
/// <item><c>funnel.base_mismatch</c> (warning) and <c>funnel.widening</c> (error) — a funnel inconsistency: each of a
/// funnel goal's <see cref="FunnelGoal.Findings"/>, with its message (a stage whose base is not the previous stage's
/// target; a stage targeting more than the previous one).</item>
/// </list>
/// Other checks can report with the same type; concatenate their findings and sort them with
/// <see cref="CapabilityFinding.MostSevereFirst"/>.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class CapabilityCheck
{
    /// <summary>Checks the envelope, and optionally an SLA policy set and staffing forecasts against it.</summary>
    /// <param name="envelope">The envelope.</param>
    /// <param name="window">The stretch of time to check staffed hours over (e.g. the coming four weeks); it must have a start and an end inside the calendars' horizon.</param>
    /// <param name="policies">The SLA policies to check, or null. For each channel and priority the check takes the
    /// policy a ticket with just that channel and priority gets (the first policy whose condition matches such a
    /// ticket, else the fallback) and its first-response target. Calendars are looked up by name among the
    /// envelope's calendars; <see cref="SlaPolicySet.CalendarTime"/> is 24/7.</param>
    /// <param name="forecasts">Staffing forecasts to check, or null. The agents needed come from
    /// <see cref="ErlangC.RequiredAgents"/> (or <see cref="ErlangA.RequiredAgents"/> when the forecast has a patience),
    /// counting each agent as <see cref="AgentCapacity.MaxConcurrent"/> servers of the channel.</param>
    /// <returns>The findings, most severe first; empty when everything fits.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="envelope"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="window"/> has no start or no end, or a forecast is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="window"/> lies outside a calendar's horizon.</exception>
    public static IReadOnlyList<CapabilityFinding> Evaluate(CapabilityEnvelope envelope, Interval window, SlaPolicySet? policies = null, IEnumerable<StaffingForecast>? forecasts = null) =>
        Evaluate(envelope, window, policies, forecasts, null, null);

    /// <summary>Checks the envelope, and optionally SLA policies, staffing forecasts, care goals and funnel goals against it.</summary>
    /// <param name="envelope">The envelope.</param>
    /// <param name="window">The stretch of time to check staffed hours over; it must have a start and an end inside the calendars' horizon.</param>
    /// <param name="policies">The SLA policies to check, or null (see <see cref="Evaluate(CapabilityEnvelope, Interval, SlaPolicySet?, IEnumerable{StaffingForecast}?)"/>).</param>
    /// <param name="forecasts">Staffing forecasts to check, or null.</param>
    /// <param name="goals">Care goals to check, or null: a first-response-time target shorter than the fastest
    /// response a channel can staff is reported as <c>goal.faster_than_staffed</c>.</param>
    /// <param name="funnels">Funnel goals to check, or null: each of their findings is reported as
    /// <c>funnel.base_mismatch</c> or <c>funnel.widening</c>.</param>
    /// <returns>The findings, most severe first; empty when everything fits.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="envelope"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="window"/> has no start or no end, or a forecast, goal or funnel is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="window"/> lies outside a calendar's horizon.</exception>
    public static IReadOnlyList<CapabilityFinding> Evaluate(
        CapabilityEnvelope envelope, Interval window, SlaPolicySet? policies, IEnumerable<StaffingForecast>? forecasts, IEnumerable<CareGoal>? goals, IEnumerable<FunnelGoal>? funnels)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        if (!window.HasStart || !window.HasEnd)
        {
            Internal.Preconditions.ThrowArgument(nameof(window), $"window must have a start and an end; it was {window}.");
        }

        var findings = new List<CapabilityFinding>();
        CheckEnvelope(envelope, window, findings);
        if (policies is not null)
        {
            CheckSla(envelope, window, policies, findings);
        }

        if (forecasts is not null)
        {
            CheckStaffing(envelope, forecasts, findings);
        }

        if (goals is not null)
        {
            GoalChecks.CheckGoals(envelope, goals, findings);
        }

        if (funnels is not null)
        {
            GoalChecks.CheckFunnels(funnels, findings);
        }

        findings.Sort(CapabilityFinding.MostSevereFirst);
        return findings;
    }

    private static void CheckEnvelope(CapabilityEnvelope envelope, Interval window, List<CapabilityFinding> findings)
    {
        if (envelope.ScopeSettings.Count == 0)
        {
            findings.Add(new(FindingSeverity.Warning, "envelope.no_scope", "scope",
                "No request kind is in scope, so every request is declined: add Scope(pattern, RequestScope.InScope) for what the business handles."));
        }

        foreach (var channel in envelope.ChannelPlans)
        {
            if (channel.Calendar.NextOpening(window.Start) is not { } opening || opening >= window.End)
            {
                findings.Add(new(FindingSeverity.Warning, "envelope.never_staffed", $"channel '{channel.Name}'",
                    Invariant($"Channel '{channel.Name}' is never staffed between {window.Start} and {window.End} (calendar '{channel.CalendarName}' is closed throughout): every request on it is declined.")));
            }
        }

        if (envelope.GoodwillBudget is { } budget)
        {
            foreach (var rule in envelope.CeilingSettings)
            {
                if (rule.Ceiling.Amount > budget.Amount)
                {
                    findings.Add(new(FindingSeverity.Warning, "envelope.ceiling_above_budget", $"ceiling '{rule.Pattern}'",
                        Invariant($"The ceiling {rule.Ceiling} for '{rule.Pattern}' is above the whole goodwill budget of {budget} per {envelope.GoodwillPeriod}: a grant at the ceiling can never be paid from the budget. Lower the ceiling or raise the budget.")));
                }
            }
        }
    }

    private static void CheckSla(CapabilityEnvelope envelope, Interval window, SlaPolicySet policies, List<CapabilityFinding> findings)
    {
        var longestClosure = new Dictionary<(string Channel, string Calendar), (Duration Length, Instant From, Instant To)?>();
        var unknownCalendars = new HashSet<(string Policy, string Calendar)>();
        foreach (var channel in envelope.ChannelPlans)
        {
            foreach (var priority in policies.Priorities.Names)
            {
                var policy = PolicyFor(policies, channel.Name, priority);
                if (policy.For(SlaMetric.FirstResponse) is not { } metric || !metric.TryGetTarget(priority, out var target))
                {
                    continue;
                }

                var subject = $"policy '{policy.Name}' / {channel.Name} / {priority}";
                if (envelope.TryGetFastestFirstResponse(channel.Name, priority, out var fastest) && target < fastest)
                {
                    findings.Add(new(FindingSeverity.Error, "sla.faster_than_staffed", subject,
                        Invariant($"Policy '{policy.Name}' promises a first response within {Show(target)} for {priority} tickets on {channel.Name}, but the fastest response the business can staff there is {Show(fastest)}: lengthen the target to at least {Show(fastest)} or staff a faster response.")));
                }

                BusinessCalendar? slaCalendar = null;
                if (!string.Equals(metric.Calendar, SlaPolicySet.CalendarTime, StringComparison.OrdinalIgnoreCase)
                    && !envelope.Calendars.TryGetValue(metric.Calendar, out slaCalendar))
                {
                    if (unknownCalendars.Add((policy.Name, metric.Calendar)))
                    {
                        findings.Add(new(FindingSeverity.Warning, "sla.calendar_unknown", $"policy '{policy.Name}'",
                            $"Policy '{policy.Name}' measures first response on calendar '{metric.Calendar}', which the envelope does not register, so closed channels could not be checked against it: register the calendar on the envelope under the same name."));
                    }

                    continue;
                }

                var key = (channel.Name, metric.Calendar);
                if (!longestClosure.TryGetValue(key, out var closure))
                {
                    closure = LongestClosure(channel.Calendar, slaCalendar, window);
                    longestClosure[key] = closure;
                }

                if (closure is { } c && c.Length > target)
                {
                    findings.Add(new(FindingSeverity.Error, "sla.channel_closed_longer", subject,
                        Invariant($"Channel '{channel.Name}' is unstaffed from {c.From} to {c.To}, {Show(c.Length)} on the SLA's calendar '{metric.Calendar}', but policy '{policy.Name}' promises a first response within {Show(target)} for {priority} tickets: a ticket arriving when the channel closes breaches before anyone can answer. Staff the channel then, measure the SLA on the channel's calendar, or lengthen the target.")));
                }
            }
        }
    }

    private static void CheckStaffing(CapabilityEnvelope envelope, IEnumerable<StaffingForecast> forecasts, List<CapabilityFinding> findings)
    {
        var i = 0;
        foreach (var forecast in forecasts)
        {
            if (forecast is null)
            {
                Internal.Preconditions.ThrowArgument(nameof(forecasts), $"forecasts[{i}] is null.");
            }

            i++;
            var subject = $"{forecast.Channel}{(forecast.Label is null ? string.Empty : " " + forecast.Label)}";
            if (!envelope.TryGetCalendar(forecast.Channel, out _))
            {
                findings.Add(new(FindingSeverity.Error, "staffing.unknown_channel", subject,
                    $"A staffing forecast is given for channel '{forecast.Channel}', which the envelope does not offer: add the channel or drop the forecast."));
                continue;
            }

            var concurrent = envelope.Capacity.MaxConcurrent(forecast.Channel);
            var servers = forecast.AveragePatience is { } patience
                ? ErlangA.RequiredAgents(forecast.Workload, patience, forecast.Target, forecast.Definition).Agents
                : ErlangC.RequiredAgents(forecast.Workload, forecast.Target).Agents;
            var needed = (int)(((long)servers + concurrent - 1) / concurrent);
            if (needed > forecast.AgentsAvailable)
            {
                var model = forecast.AveragePatience is null ? "Erlang C" : "Erlang A";
                var per = concurrent == 1 ? string.Empty : Invariant($" ({servers} concurrent items at {concurrent} per agent)");
                findings.Add(new(FindingSeverity.Error, "staffing.understaffed", subject,
                    Invariant($"On {subject} the forecast of {forecast.Workload} needs {needed} agents{per} to meet {forecast.Target} ({model}), but {forecast.AgentsAvailable} are available: add {needed - forecast.AgentsAvailable} agents or relax the promise.")));
            }
        }
    }

    private static SlaPolicy PolicyFor(SlaPolicySet policies, string channel, string priority)
    {
        var ticket = new Tickets.TicketAttributes(priority, channel: channel);
        var all = policies.Policies;
        for (var i = 0; i < all.Count - 1; i++)
        {
            if (all[i].Condition.Matches(ticket, policies.Priorities))
            {
                return all[i];
            }
        }

        return policies.Fallback;
    }

    // The longest closed stretch of the channel inside the window, measured as business time of the SLA's calendar
    // (elapsed time when it is 24/7). Stretches cut by the window's edges count only their part inside it.
    private static (Duration Length, Instant From, Instant To)? LongestClosure(BusinessCalendar channel, BusinessCalendar? sla, Interval window)
    {
        (Duration Length, Instant From, Instant To)? longest = null;
        var closedFrom = window.Start;
        foreach (var open in channel.OpenIntervals(window.Start, window.End))
        {
            Consider(closedFrom, open.Start);
            closedFrom = open.End;
        }

        Consider(closedFrom, window.End);
        return longest;

        void Consider(Instant from, Instant to)
        {
            if (to <= from)
            {
                return;
            }

            var length = sla is null ? to - from : sla.Elapsed(from, to);
            if (length > Duration.Zero && (longest is null || length > longest.Value.Length))
            {
                longest = (length, from, to);
            }
        }
    }

    private static string Show(Duration d) => DurationText.Format(d);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
