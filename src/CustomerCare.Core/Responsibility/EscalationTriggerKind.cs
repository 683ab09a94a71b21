// What can make an issue move one tier up.
namespace CustomerCare.Core.Responsibility;

/// <summary>The reasons an issue escalates.</summary>
public enum EscalationTriggerKind
{
    /// <summary>The severity changed; escalate while the matrix puts the new severity above the current tier.</summary>
    Severity = 0,

    /// <summary>An SLA metric reached its warning point (the instant the SLA engine computes).</summary>
    SlaWarning = 1,

    /// <summary>An SLA metric breached (the instant the SLA engine computes).</summary>
    SlaBreach = 2,

    /// <summary>The customer's segment requires a minimum tier (a care plan).</summary>
    Segment = 3,

    /// <summary>The customer contacted the desk repeatedly about the issue.</summary>
    RepeatContacts = 4,

    /// <summary>A request (refund, compensation) exceeds the current tier's authority.</summary>
    Authority = 5,
}
