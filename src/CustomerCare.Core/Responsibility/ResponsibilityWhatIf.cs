// What-if replay: runs a history of tickets through a baseline and a changed model and reports what would change.
using CustomerCare.Core.Sla.Policies;
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CustomerCare.Core.Responsibility;

/// <summary>Compares two responsibility models over the same history of tickets.</summary>
/// <remarks>Deterministic: the same models, history and instant always give the same report. Stateless and thread-safe.</remarks>
public static class ResponsibilityWhatIf
{
    /// <summary>
    /// Traces every ticket of <paramref name="history"/> through both models (<see cref="ResponsibilityModel.Trace"/>)
    /// and reports the tickets whose first assignment or escalation steps differ. Tiers are compared by name, so the
    /// models may be built separately (for example one read from JSON).
    /// </summary>
    /// <param name="baseline">The model in use.</param>
    /// <param name="changed">The proposed model.</param>
    /// <param name="history">The tickets.</param>
    /// <param name="sla">The SLA policies whose transitions escalate.</param>
    /// <param name="until">The end of every replay.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A ticket lacks a valid category or severity for either model.</exception>
    public static WhatIfReport Compare(ResponsibilityModel baseline, ResponsibilityModel changed, IReadOnlyList<TicketTimeline> history, SlaPolicySet sla, Instant until)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(changed);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(sla);
        var changes = new List<WhatIfChange>();
        for (var i = 0; i < history.Count; i++)
        {
            var ticket = history[i];
            var end = until < ticket.OpenedAt ? ticket.OpenedAt : until;
            var before = baseline.Trace(ticket, sla, end);
            var after = changed.Trace(ticket, sla, end);
            var change = new WhatIfChange(i, before, after);
            if (change.AssignmentChanged || change.EscalationsChanged)
            {
                changes.Add(change);
            }
        }

        return new WhatIfReport(history.Count, changes);
    }
}
