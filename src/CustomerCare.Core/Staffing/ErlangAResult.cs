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
        AverageSpeedOfAnswerSeconds = asaSeconds;
        AverageWaitSeconds = averageWaitSeconds;
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
    /// Gets the average speed of answer: the mean wait of the calls that are answered (those answered at once
    /// included); null when no call is ever answered (zero agents).
    /// </summary>
    public Duration? AverageSpeedOfAnswer => ErlangMath.SecondsOrNull(AverageSpeedOfAnswerSeconds);

    /// <summary>Gets the average speed of answer in seconds; NaN when no call is ever answered.</summary>
    public double AverageSpeedOfAnswerSeconds { get; }

    /// <summary>Gets the mean time in queue over all callers, abandoning ones included: E[W] = P(abandon)·patience (Little's law on the abandonments).</summary>
    public Duration AverageWait => Duration.FromSeconds(AverageWaitSeconds);

    /// <summary>Gets the mean time in queue over all callers in seconds.</summary>
    public double AverageWaitSeconds { get; }

    /// <summary>Gets the agent occupancy A·(1 − P(abandon)) / n: carried traffic per agent; NaN (undefined) with zero agents.</summary>
    public double Occupancy { get; }

    /// <summary>Returns the service level under the chosen convention for calls that abandon before the threshold.</summary>
    /// <param name="definition">Which calls count; see <see cref="ServiceLevelDefinition"/>.</param>
    /// <returns>The service level, a fraction in [0, 1]; NaN for <see cref="ServiceLevelDefinition.ShortAbandonsExcluded"/> when every call abandons within the threshold (nothing is left to count).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="definition"/> is not a defined value.</exception>
    public double ServiceLevel(ServiceLevelDefinition definition)
    {
        Preconditions.Defined(definition, "must be a defined ServiceLevelDefinition");
        return definition switch
        {
            ServiceLevelDefinition.AnsweredOfOffered => AnsweredWithinThreshold,
            ServiceLevelDefinition.ShortAbandonsExcluded => AbandonedWithinThreshold >= 1 ? double.NaN : Math.Min(1, AnsweredWithinThreshold / (1 - AbandonedWithinThreshold)),
            _ => Math.Min(1, AnsweredWithinThreshold + AbandonedWithinThreshold),
        };
    }

    /// <summary>Returns a one-line summary such as "14 agents: answered within 20 s 0.893, P(wait) 0.17, P(abandon) 0.01, ASA 7.4 s".</summary>
    /// <returns>The summary, with unrounded values rounded for display only.</returns>
    public override string ToString() => FormattableString.Invariant(
        $"{Agents} agents: answered within {ServiceLevelThreshold.TotalSeconds:0.#} s {AnsweredWithinThreshold:0.000}, P(wait) {ProbabilityOfWaiting:0.000}, P(abandon) {ProbabilityOfAbandoning:0.000}, ASA {AverageSpeedOfAnswerSeconds:0.0} s");
}
