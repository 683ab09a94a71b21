// The outcome vocabulary of an SLA metric instance and the reopen choice a policy makes.
namespace CustomerCare.Core.Sla;

/// <summary>The state of one SLA metric instance at the evaluation instant.</summary>
public enum SlaStatus
{
    /// <summary>The metric does not apply: no target for the ticket's priority, never started, the ticket is not open yet,
    /// or (when resolving does not fulfil responses) the ticket was closed while a response was awaited; such an
    /// unfinished instance keeps its start, its close as stop and the business time it used.</summary>
    NotApplicable = 0,

    /// <summary>Running, before its warning point.</summary>
    Active = 1,

    /// <summary>Running but paused now; it has no deadline, only remaining business time (rule 4).</summary>
    Paused = 2,

    /// <summary>Running, at or after its warning point and not after its deadline (rule 9).</summary>
    Warning = 3,

    /// <summary>Running with <c>now &gt; deadline</c>, or stopped after its deadline (rule 5).</summary>
    Breached = 4,

    /// <summary>Stopped at or before its deadline (rule 5).</summary>
    Met = 5,
}

/// <summary>What the resolution clock does when a resolved ticket is reopened (SLA rule 7).</summary>
public enum ReopenMode
{
    /// <summary>The default: the same clock goes on; the time between resolution and reopen is excluded like a pause (Frappe Helpdesk, ERPNext, Zammad).</summary>
    Continue = 0,

    /// <summary>JSM cycles: the closed cycle keeps its result and a new resolution instance starts at the reopen.</summary>
    NewCycle = 1,
}
