// What Erlang A predicts for one interval when callers hang up after an exponentially distributed patience.
using CustomerCare.Core.Internal;
using NodaTime;

namespace CustomerCare.Core.Staffing;

/// <summary>
/// The steady state of an M/M/n+M queue (Erlang A, Palm's model: Erlang C plus callers who abandon after an
/// exponential patience with mean <see cref="AveragePatience"/>) as computed by <see cref="ErlangA.Evaluate"/>.
/// Probabilities are fractions in [0, 1]. Abandonment keeps the queue stable with any number of agents.
/// </summary>
/// <remarks>
/// An immutable value; thread-safe. Formulas: see <see cref="ErlangA"/>. Results come only from <see cref="ErlangA"/>;
/// <c>default(ErlangAResult)</c> is no prediction (it carries <c>default(Workload)</c> and 0 agents) and no member of
/// the library accepts one.
/// </remarks>
public readonly struct ErlangAResult
{
    internal ErlangAResult(
        Workload workload,
        int agents,
        Duration averagePatience,
        Duration threshold,
        double probabilityOfWaiting,
        double probabilityOfAbandoning,
        double answeredWithinThreshold,
        double abandonedWithinThreshold,
        double asaSeconds,
        double averageWaitSeconds,
        double occupancy)
    {
        Workload = workload;
        Agents = agents;
        AveragePatience = averagePatience;
        ServiceLevelThreshold = threshold;
        ProbabilityOfWaiting = probabilityOfWaiting;
        ProbabilityOfAbandoning = probabilityOfAbandoning;
        AnsweredWithinThreshold = answeredWithinThreshold;
        AbandonedWithinThreshold = abandonedWithinThreshold;
        AverageWaitOfAnsweredSeconds = asaSeconds;
        AverageWaitOfAllArrivalsSeconds = averageWaitSeconds;
        Occupancy = occupancy;
    }

    /// <summary>Gets the workload the result was computed for.</summary>
    public Workload Workload { get; }

    /// <summary>Gets the number of agents n.</summary>
    public int Agents { get; }

    /// <summary>Gets the callers' mean patience 1/θ.</summary>
    public Duration AveragePatience { get; }

    /// <summary>Gets the threshold T of the service level.</summary>
    public Duration ServiceLevelThreshold { get; }

    /// <summary>Gets the probability that a call finds every agent busy and has to wait.</summary>
    public double ProbabilityOfWaiting { get; }

    /// <summary>Gets the probability that a caller abandons before being answered.</summary>
    public double ProbabilityOfAbandoning { get; }

    /// <summary>Gets the fraction of offered calls answered within <see cref="ServiceLevelThreshold"/> (those answered at once included).</summary>
    public double AnsweredWithinThreshold { get; }

    /// <summary>Gets the fraction of offered calls that abandon within <see cref="ServiceLevelThreshold"/>.</summary>
    public double AbandonedWithinThreshold { get; }

    /// <summary>
    /// Gets the mean wait of the calls that are answered (those answered at once included), E[W | answered]: the
    /// average speed of answer (ASA) as <see cref="Kpis.ContactCentre.QueueResult"/> measures it (total answer wait /
    /// answered) and as a <see cref="StaffingTarget.MaximumAverageSpeedOfAnswer"/> goal is judged. Null when no call is
    /// ever answered (zero agents).
    /// </summary>
    public Duration? AverageWaitOfAnswered => ErlangMath.SecondsOrNull(AverageWaitOfAnsweredSeconds);

    /// <summary>Gets <see cref="AverageWaitOfAnswered"/> in seconds; NaN when no call is ever answered.</summary>
    public double AverageWaitOfAnsweredSeconds { get; }

    /// <summary>
    /// Gets the mean time in queue over all arrivals, abandoning callers included (they count with the time they waited):
    /// E[W] = P(abandon)·patience (Little's law on the abandonments). Not the ASA: it mixes answered and abandoned calls.
    /// </summary>
    public Duration AverageWaitOfAllArrivals => Duration.FromSeconds(AverageWaitOfAllArrivalsSeconds);

    /// <summary>Gets <see cref="AverageWaitOfAllArrivals"/> in seconds.</summary>
    public double AverageWaitOfAllArrivalsSeconds { get; }

    /// <summary>Gets the agent occupancy A·(1 − P(abandon)) / n: carried traffic per agent; NaN (undefined) with zero agents.</summary>
    public double Occupancy { get; }

    /// <summary>Gets <see cref="ProbabilityOfWaiting"/> in per cent, <c>100 · ProbabilityOfWaiting</c> (a presentation helper, as <see cref="Kpis.KpiRatio.Percent"/>; the library's convention is the fraction).</summary>
    public double ProbabilityOfWaitingPercent => ProbabilityOfWaiting * 100;

    /// <summary>Gets <see cref="ProbabilityOfAbandoning"/> in per cent, <c>100 · ProbabilityOfAbandoning</c> (a presentation helper).</summary>
    public double ProbabilityOfAbandoningPercent => ProbabilityOfAbandoning * 100;

    /// <summary>Gets <see cref="Occupancy"/> in per cent, <c>100 · Occupancy</c> (a presentation helper); NaN with zero agents.</summary>
    public double OccupancyPercent => Occupancy * 100;

    /// <summary>Returns <see cref="ServiceLevel"/> in per cent, <c>100 · ServiceLevel(definition)</c> (a presentation helper).</summary>
    /// <param name="definition">Which calls count; see <see cref="ServiceLevelDefinition"/>.</param>
    /// <returns>The service level in per cent, from 0 to 100 (NaN where the fraction is NaN).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="definition"/> is not a defined value.</exception>
    public double ServiceLevelPercent(ServiceLevelDefinition definition) => ServiceLevel(definition) * 100;

    /// <summary>Returns the service level under the chosen convention for calls that abandon before the threshold.</summary>
    /// <param name="definition">Which calls count; see <see cref="ServiceLevelDefinition"/>.</param>
    /// <returns>The service level, a fraction in [0, 1]; NaN for <see cref="ServiceLevelDefinition.AnsweredWithinOverAnsweredAndLateAbandons"/> when every call abandons within the threshold (nothing is left to count).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="definition"/> is not a defined value.</exception>
    public double ServiceLevel(ServiceLevelDefinition definition)
    {
        Preconditions.Defined(definition, "must be AnsweredWithinOverOffered, AnsweredAndAbandonedWithinOverOffered or AnsweredWithinOverAnsweredAndLateAbandons");
        return definition switch
        {
            ServiceLevelDefinition.AnsweredWithinOverOffered => AnsweredWithinThreshold,
            ServiceLevelDefinition.AnsweredWithinOverAnsweredAndLateAbandons => AbandonedWithinThreshold >= 1 ? double.NaN : Math.Min(1, AnsweredWithinThreshold / (1 - AbandonedWithinThreshold)),
            _ => Math.Min(1, AnsweredWithinThreshold + AbandonedWithinThreshold),
        };
    }

    /// <summary>Returns a one-line summary such as "14 agents: answered within 20 s 0.893, P(wait) 0.17, P(abandon) 0.01, ASA 7.4 s" (with zero agents: "0 agents: nobody is answered, P(abandon) 1.000, mean wait 90.0 s"). Invariant culture.</summary>
    /// <returns>The summary, with unrounded values rounded for display only; the ASA is <see cref="AverageWaitOfAnswered"/>.</returns>
    public override string ToString() => double.IsNaN(AverageWaitOfAnsweredSeconds)
        ? FormattableString.Invariant($"{Agents} agents: nobody is answered, P(abandon) {ProbabilityOfAbandoning:0.000}, mean wait {AverageWaitOfAllArrivalsSeconds:0.0} s")
        : FormattableString.Invariant($"{Agents} agents: answered within {ServiceLevelThreshold.TotalSeconds:0.#} s {AnsweredWithinThreshold:0.000}, P(wait) {ProbabilityOfWaiting:0.000}, P(abandon) {ProbabilityOfAbandoning:0.000}, ASA {AverageWaitOfAnsweredSeconds:0.0} s");
}
