// One row of an interval plan: the forecast demand, the agents it needs and what they are expected to achieve.
namespace CustomerCare.Core.Staffing;

/// <summary>
/// The staffing of one interval of a <see cref="StaffingPlan"/>: the Erlang C prediction for the minimal number of
/// agents meeting the plan's target, and the number to schedule after shrinkage.
/// </summary>
/// <remarks>An immutable value; thread-safe. Rows come only from <see cref="StaffingPlan.Fill"/>; <c>default</c> is an unfilled row.</remarks>
public readonly struct IntervalStaffing
{
    internal IntervalStaffing(ErlangCResult forecast, int scheduledAgents)
    {
        Forecast = forecast;
        ScheduledAgents = scheduledAgents;
    }

    /// <summary>Gets the prediction for <see cref="Agents"/> agents: service level, P(wait), ASA and occupancy.</summary>
    public ErlangCResult Forecast { get; }

    /// <summary>Gets the traffic of the interval in Erlangs.</summary>
    public double Erlangs => Forecast.Workload.Erlangs;

    /// <summary>Gets the agents needed on the phones (the smallest number meeting the target; 0 for an interval without calls).</summary>
    public int Agents => Forecast.Agents;

    /// <summary>Gets the agents to schedule, ⌈<see cref="Agents"/> / (1 − shrinkage)⌉.</summary>
    public int ScheduledAgents { get; }

    /// <summary>Gets the expected service level with <see cref="Agents"/> agents, a fraction in [0, 1].</summary>
    public double ServiceLevel => Forecast.ServiceLevel;

    /// <summary>Gets <see cref="ServiceLevel"/> in per cent, <c>100 · ServiceLevel</c> (a presentation helper; the library's convention is the fraction).</summary>
    public double ServiceLevelPercent => Forecast.ServiceLevelPercent;

    /// <summary>Returns a one-line summary of the interval.</summary>
    /// <returns>Erlangs, agents, scheduled agents and the prediction.</returns>
    public override string ToString() => FormattableString.Invariant($"{Erlangs:0.##} Erlangs -> {Agents} agents, {ScheduledAgents} scheduled; {Forecast}");
}
