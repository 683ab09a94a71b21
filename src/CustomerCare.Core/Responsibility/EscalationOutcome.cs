// What one escalation step did.
namespace CustomerCare.Core.Responsibility;

/// <summary>The outcome of one <see cref="ResponsibilityModel.Escalate"/> call.</summary>
public enum EscalationOutcome
{
    /// <summary>The trigger does not call for a higher tier; the owner stays.</summary>
    NotNeeded = 0,

    /// <summary>The issue moved one level up.</summary>
    Escalated = 1,

    /// <summary>A higher tier is called for but the owner is already at the top; the owner stays.</summary>
    AtTop = 2,

    /// <summary>The request is above the business ceiling, or no tier may approve it: decline it (the owner stays).</summary>
    Declined = 3,
}
