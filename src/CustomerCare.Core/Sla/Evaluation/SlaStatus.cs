// The outcome vocabulary of an SLA metric instance: not applicable, active, paused, warning, breached, met.
namespace CustomerCare.Core.Sla.Evaluation;

/// <summary>The state of one SLA metric instance at the evaluation instant.</summary>
public enum SlaStatus
{
    /// <summary>The metric does not apply: no target for the ticket's priority, never started, the ticket is not open yet,
    /// or (when resolving does not fulfil responses) the ticket was closed while a response was awaited; such an
    /// unfinished instance keeps its start, its close as stop and the business time it used.</summary>
    NotApplicable = 0,

    /// <summary>Running, before its warning point.</summary>
    Active = 1,

    /// <summary>Running but paused now (the ticket is in a pause status of the metric): while paused with business time
    /// left it has no deadline, only remaining business time, because no one knows when the pause ends.</summary>
    Paused = 2,

    /// <summary>Running, at or after its warning point, up to and including its deadline.</summary>
    Warning = 3,

    /// <summary>Running with <c>now &gt; deadline</c>, or stopped after its deadline. At the deadline itself it is not breached yet.</summary>
    Breached = 4,

    /// <summary>Stopped at or before its deadline.</summary>
    Met = 5,
}

