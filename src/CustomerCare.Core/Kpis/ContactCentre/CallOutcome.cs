// How a queued contact left the queue.
namespace CustomerCare.Core.Kpis.ContactCentre;

/// <summary>How a contact offered to a queue ended.</summary>
public enum CallOutcome
{
    /// <summary>An agent answered it.</summary>
    Answered = 1,

    /// <summary>The customer hung up (or left the chat) before an agent answered.</summary>
    Abandoned,
}
