// What Erlang C predicts for one interval staffed with a given number of agents.
using NodaTime;

namespace CustomerCare.Core.Staffing;

/// <summary>
/// The steady state of an M/M/n queue (Erlang C: Poisson arrivals, exponential handling times, n agents, callers who
/// never hang up) as computed by <see cref="ErlangC.Evaluate"/>. Probabilities and rates are fractions in [0, 1].
/// </summary>
/// <remarks>
/// <para>When the agents cannot keep up (n ≤ A) the queue is <b>unstable</b>: it grows without bound, so
/// <see cref="IsStable"/> is false, <see cref="ProbabilityOfWaiting"/> is 1, <see cref="ServiceLevel"/> is 0,
/// <see cref="Occupancy"/> is 1 and <see cref="AverageSpeedOfAnswer"/> is null (infinite). These are results, not errors.
/// With no traffic (A = 0) nobody waits: P(wait) 0, service level 1, ASA zero.</para>
/// <para>An immutable value; thread-safe. Results come only from <see cref="ErlangC"/>; <c>default(ErlangCResult)</c> is
/// no prediction (it carries <c>default(Workload)</c> and 0 agents) and no member of the library accepts one.</para>
/// </remarks>
public readonly struct ErlangCResult
{
    internal ErlangCResult(Workload workload, int agents, Duration threshold, double probabilityOfWaiting, double serviceLevel, double asaSeconds, double occupancy)
    {
        Workload = workload;
        Agents = agents;
        ServiceLevelThreshold = threshold;
        ProbabilityOfWaiting = probabilityOfWaiting;
        ServiceLevel = serviceLevel;
        AverageSpeedOfAnswerSeconds = asaSeconds;
        Occupancy = occupancy;
    }

    /// <summary>Gets the workload the result was computed for.</summary>
    public Workload Workload { get; }

    /// <summary>Gets the number of agents n.</summary>
    public int Agents { get; }

    /// <summary>Gets the threshold of <see cref="ServiceLevel"/>.</summary>
    public Duration ServiceLevelThreshold { get; }

    /// <summary>Gets a value indicating whether the queue is stable (n &gt; A, or no traffic at all).</summary>
    public bool IsStable => double.IsFinite(AverageSpeedOfAnswerSeconds);

    /// <summary>Gets the probability that a call has to wait, C(n, A) = B / (1 − ρ(1 − B)) with ρ = A/n and B = B(n, A); 1 when unstable.</summary>
    public double ProbabilityOfWaiting { get; }

    /// <summary>Gets the fraction of calls answered within <see cref="ServiceLevelThreshold"/>, SL = 1 − C·e^−(n − A)·t/h; 0 when unstable.</summary>
    public double ServiceLevel { get; }

    /// <summary>
    /// Gets the average speed of answer (mean wait over all calls, those answered at once included), ASA = C·h / (n − A);
    /// null when the queue is unstable (the mean wait is infinite) or the wait exceeds what a <see cref="Duration"/> can hold.
    /// </summary>
    public Duration? AverageSpeedOfAnswer => ErlangMath.SecondsOrNull(AverageSpeedOfAnswerSeconds);

    /// <summary>Gets the average speed of answer in seconds; <see cref="double.PositiveInfinity"/> when the queue is unstable.</summary>
    public double AverageSpeedOfAnswerSeconds { get; }

    /// <summary>Gets the agent occupancy A / n, the fraction of the agents' time spent handling calls: 1 when unstable, NaN (undefined) with zero agents and no traffic.</summary>
    public double Occupancy { get; }

    /// <summary>Gets <see cref="ServiceLevel"/> in per cent, <c>100 · ServiceLevel</c> (a presentation helper, as <see cref="Kpis.KpiRatio.Percent"/>; the library's convention is the fraction).</summary>
    public double ServiceLevelPercent => ServiceLevel * 100;

    /// <summary>Gets <see cref="ProbabilityOfWaiting"/> in per cent, <c>100 · ProbabilityOfWaiting</c> (a presentation helper).</summary>
    public double ProbabilityOfWaitingPercent => ProbabilityOfWaiting * 100;

    /// <summary>Gets <see cref="Occupancy"/> in per cent, <c>100 · Occupancy</c> (a presentation helper).</summary>
    public double OccupancyPercent => Occupancy * 100;

    /// <summary>Returns a one-line summary such as "14 agents: SL 0.888 within 20 s, P(wait) 0.174, ASA 8.9 s, occupancy 0.714".</summary>
    /// <returns>The summary, with unrounded values rounded for display only.</returns>
    public override string ToString() => IsStable
        ? FormattableString.Invariant($"{Agents} agents: SL {ServiceLevel:0.000} within {ServiceLevelThreshold.TotalSeconds:0.#} s, P(wait) {ProbabilityOfWaiting:0.000}, ASA {AverageSpeedOfAnswerSeconds:0.0} s, occupancy {Occupancy:0.000}")
        : FormattableString.Invariant($"{Agents} agents: unstable queue ({Workload.Erlangs:0.###} Erlangs), every call waits and the wait grows without bound");
}
