// Which of an agent's open work counts toward the agent's capacity.
namespace CustomerCare.Core.Goals.Capability;

/// <summary>How an agent's load is counted against the capacity.</summary>
public enum LoadCounting
{
    /// <summary>Every open item counts, paused or not.</summary>
    AllOpenWork = 0,

    /// <summary>Only items whose SLA clock runs count; items in a pausing status (waiting on the customer) do not.</summary>
    SlaClockRunning = 1,
}
