// The result of replaying a history of tickets through a baseline and a changed responsibility model.
namespace CustomerCare.Core.Responsibility;

/// <summary>Which tickets of a history a changed model would assign or escalate differently.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class WhatIfReport
{
    internal WhatIfReport(int ticketCount, IReadOnlyList<WhatIfChange> changes)
    {
        TicketCount = ticketCount;
        Changes = changes;
    }

    /// <summary>Gets the number of tickets replayed.</summary>
    public int TicketCount { get; }

    /// <summary>Gets the tickets handled differently, in history order.</summary>
    public IReadOnlyList<WhatIfChange> Changes { get; }

    /// <summary>Gets the number of tickets whose first assignment changed.</summary>
    public int AssignmentsChanged => Changes.Count(c => c.AssignmentChanged);

    /// <summary>Gets the number of tickets whose escalations changed.</summary>
    public int EscalationsChanged => Changes.Count(c => c.EscalationsChanged);

    /// <summary>Formats the report as <c>3 of 40 tickets change: 2 assignments, 1 escalation path</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        $"{Changes.Count} of {TicketCount} tickets change: {AssignmentsChanged} assignments, {EscalationsChanged} escalation paths";
}
