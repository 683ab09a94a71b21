// The kinds of SLA metric: the five built-in help-desk clocks and custom start/stop metrics.
namespace CustomerCare.Core.Sla.Policies;

/// <summary>The kinds of SLA metric: what starts and stops each instance (see <see cref="SlaMetric"/> for the details).</summary>
public enum SlaMetricKind
{
    /// <summary>From opening to the first public agent reply; internal notes never count as a reply. By default a
    /// resolution stops it too (see <see cref="SlaPolicy.ResponsesOnResolve"/>).</summary>
    FirstResponse = 0,

    /// <summary>From the oldest unanswered customer message after the first public reply to the next public reply;
    /// one instance per wait (later customer messages before that reply open none).</summary>
    NextResponse = 1,

    /// <summary>From each public agent reply to the next one, until resolution; a public reply on a resolved ticket
    /// starts none until a reopen. Never paused.</summary>
    PeriodicUpdate = 2,

    /// <summary>As <see cref="PeriodicUpdate"/>, but paused by the policy's pause statuses for it (Zendesk's pausable update).</summary>
    PausablePeriodicUpdate = 3,

    /// <summary>From opening to resolution (a close without a resolve also resolves); a reopen continues the clock or
    /// starts a new cycle, as the policy's <see cref="ReopenMode"/> says.</summary>
    Resolution = 4,

    /// <summary>A custom time metric: an instance starts at a start event and stops at a stop event (JSM-style cycles).</summary>
    Custom = 5,
}
