// The transitions of an SLA metric instance a host notifies or escalates on.
namespace CustomerCare.Core.Sla.Evaluation;

/// <summary>The transitions an SLA metric instance goes through that hosts notify or escalate on.</summary>
public enum SlaNotificationKind
{
    /// <summary>A running instance reached its warning point.</summary>
    WarningReached = 0,

    /// <summary>A running instance passed its deadline.</summary>
    Breached = 1,

    /// <summary>An instance stopped at or before its deadline.</summary>
    Met = 2,
}
