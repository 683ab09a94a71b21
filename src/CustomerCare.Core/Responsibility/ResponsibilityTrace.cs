// A ticket replayed through a responsibility model: first assignment, every escalation step with its reason, per-tier SLA time.
using System.Text;

namespace CustomerCare.Core.Responsibility;

/// <summary>The result of <see cref="ResponsibilityModel.Trace"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ResponsibilityTrace
{
    internal ResponsibilityTrace(Assignment initial, Assignment final, IReadOnlyList<TracedEscalation> steps, IReadOnlyList<TierTime> tierTimes)
    {
        Initial = initial;
        Final = final;
        Steps = steps;
        TierTimes = tierTimes;
    }

    /// <summary>Gets the assignment when the ticket opened.</summary>
    public Assignment Initial { get; }

    /// <summary>Gets the assignment at the end of the trace.</summary>
    public Assignment Final { get; }

    /// <summary>Gets the escalation steps that did something (escalated, stayed at the top, or declined), in time order.</summary>
    public IReadOnlyList<TracedEscalation> Steps { get; }

    /// <summary>Gets the SLA time each owning tier used, in the order the tiers owned the ticket (empty when not covered).</summary>
    public IReadOnlyList<TierTime> TierTimes { get; }

    /// <summary>Formats the trace: the first owner, each step and the per-tier times.</summary>
    /// <returns>The trace in words, one line per step.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append("Initial: ").Append(Initial);
        foreach (var step in Steps)
        {
            text.AppendLine().Append(step);
        }

        if (TierTimes.Count > 0)
        {
            text.AppendLine().Append("SLA time per tier: ").Append(string.Join(", ", TierTimes));
        }

        return text.ToString();
    }
}
