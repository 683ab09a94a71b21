// Erlang A (Palm's M/M/n+M): staffing when callers hang up after an exponential patience, computed in log-space.
using CustomerCare.Core.Internal;
using NodaTime;

namespace CustomerCare.Core.Staffing;

/// <summary>
/// The Erlang A model (Palm 1946; Garnett, Mandelbaum and Reiman 2002): Poisson arrivals at rate λ, exponential
/// handling times with mean h = 1/μ, n agents, first come first served, and callers who abandon after an exponential
/// patience with mean 1/θ (M/M/n+M). Unlike Erlang C it is stable with any number of agents and predicts abandonment.
/// </summary>
/// <remarks>
/// <para>Formulas. The number of calls in the system is a birth-death chain; relative to the probability π_n that all
/// agents are busy with an empty queue, the state n + k has weight r_k = Π_{i=1..k} λ/(nμ + iθ). Let
/// T(c, λ) = Σ_{k≥0} Π_{i=1..k} λ/(c + iθ), S = T(nμ, λ), B = Erlang B(n, A) and N = 1/B − 1 + S (so π_n = 1/N). Then</para>
/// <list type="bullet">
/// <item>P(wait) = S / N (the incomplete-gamma form of Mandelbaum and Zeltyn, S = A(nμ/θ, λ/θ), written as a series);</item>
/// <item>P(abandon) = θ·E[queue] / λ = (θ/λ)·Σ k·r_k / N (Little's law on the abandonment flow);</item>
/// <item>mean wait over all arrivals (<see cref="ErlangAResult.AverageWaitOfAllArrivals"/>) E[W] = P(abandon)/θ;</item>
/// <item>P(answered after t) = (nμ/(nμ+θ))·e^{−(nμ+θ)t + λ·g(t)}·T(nμ+θ, λe^{−θt}) / N and
/// P(wait &gt; t) = e^{−(nμ+θ)t + λ·g(t)}·T(nμ, λe^{−θt}) / N with g(t) = (1 − e^{−θt})/θ: a caller with k ahead has an
/// offered wait V = Σ_{j=0..k} Exp(nμ + jθ), and e^{−θV} is Beta(nμ/θ, k + 1) distributed, which sums to these closed forms;</item>
/// <item>answered within t = 1 − P(abandon) − P(answered after t); abandoned within t = P(abandon) − P(wait &gt; t) + P(answered after t);</item>
/// <item>mean wait of answered calls, the ASA (<see cref="ErlangAResult.AverageWaitOfAnswered"/>) = E[W; answered] / (1 − P(abandon)) with E[W; answered] = nμ·(T/c² + Σ r_k·H_k / c) / N at
/// c = nμ + θ, H_k = Σ_{i≤k} 1/(c + iθ) (the derivative of T in c);</item>
/// <item>occupancy = A·(1 − P(abandon)) / n.</item>
/// </list>
/// <para>Numerics: B by its recurrence, the series summed with a running rescale so that only logarithms of the huge
/// sums of an overloaded centre are kept, and every ratio formed as a difference of logarithms; g(t) uses expm1 so that
/// the formulas tend smoothly to Erlang C as patience grows. A series stops when a geometric bound on its tail is below
/// 1e−17 of its sum; it has about max(0, (λ − nμ)/θ) + O(√(λ/θ)) terms, so a very patient, heavily overloaded queue costs
/// more. All members are pure, allocation-free and thread-safe.</para>
/// </remarks>
public static class ErlangA
{
    /// <summary>Predicts waiting, abandonment, service level, ASA and occupancy of <paramref name="agents"/> agents facing <paramref name="workload"/>.</summary>
    /// <param name="workload">The offered load; built by a <see cref="Workload"/> factory.</param>
    /// <param name="averagePatience">The callers' mean patience 1/θ; &gt; 0. Part of the demand, so it comes right after the workload (as in <see cref="RequiredAgents"/>).</param>
    /// <param name="agents">Number of agents n; from 0 to <see cref="ErlangLimits.MaximumAgents"/> (with none, every caller waits and abandons).</param>
    /// <param name="serviceLevelThreshold">Answer-time threshold T of the service level; ≥ 0.</param>
    /// <returns>The prediction.</returns>
    /// <exception cref="ArgumentException"><paramref name="workload"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="agents"/> is negative or above the maximum, <paramref name="serviceLevelThreshold"/> is negative,
    /// <paramref name="averagePatience"/> is not positive, or the queue is so overloaded and the callers so patient that
    /// its mean length (A − n)·patience/h exceeds 10⁸ callers (use Erlang C, which reports such a queue as unstable).
    /// </exception>
    public static ErlangAResult Evaluate(Workload workload, Duration averagePatience, int agents, Duration serviceLevelThreshold)
    {
        workload.EnsureCreated(nameof(workload));
        ErlangLimits.Agents(agents);
        Preconditions.Positive(averagePatience);
        Preconditions.NonNegative(serviceLevelThreshold);
        if (TooCostly(workload.Erlangs, agents, averagePatience, workload.AverageHandlingTime))
        {
            Preconditions.ThrowOutOfRange(
                nameof(averagePatience),
                averagePatience,
                FormattableString.Invariant($"is too long for a queue this overloaded ({workload.Erlangs:0.###} Erlangs on {agents} agents): the queue would hold about {(workload.Erlangs - agents) * averagePatience.TotalSeconds / workload.AverageHandlingTime.TotalSeconds:E1} callers, more than the {MaxQueueTerms:E0} terms this method sums; use a shorter patience or Erlang C, which reports such a queue as unstable"));
        }

        return Compute(workload, agents, averagePatience, serviceLevelThreshold);
    }

    /// <summary>The longest series summed, about a third of a second: the mean queue of an overloaded centre is (A − n)·patience/h callers.</summary>
    private const double MaxQueueTerms = 1e8;

    private static bool TooCostly(double erlangs, int agents, Duration averagePatience, Duration averageHandlingTime) =>
        (erlangs - agents) * averagePatience.TotalSeconds / averageHandlingTime.TotalSeconds > MaxQueueTerms;

    /// <summary>Returns the smallest number of agents meeting every goal of <paramref name="target"/>, with its prediction.</summary>
    /// <param name="workload">The offered load; built by a <see cref="Workload"/> factory.</param>
    /// <param name="averagePatience">The callers' mean patience 1/θ; &gt; 0.</param>
    /// <param name="target">The goals; at least one must be set.</param>
    /// <param name="definition">How calls abandoning before the threshold count in the service-level goal.</param>
    /// <returns>The prediction for the minimal n, at the target's service-level threshold (zero when it has no service-level goal). Without traffic, 0 agents.</returns>
    /// <exception cref="ArgumentException"><paramref name="workload"/> is <c>default</c>, or <paramref name="target"/> sets no goal.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="averagePatience"/> is not positive, <paramref name="definition"/> is not a defined value, or
    /// <paramref name="target"/> needs more than <see cref="ErlangLimits.MaximumAgents"/> agents.
    /// </exception>
    /// <remarks>
    /// Service level, P(abandon), ASA and occupancy all improve as agents are added, so the answer is bracketed by probing
    /// n = ⌈A⌉ and galloping away in steps of √A (doubling), then bisected: O(log √A) evaluations of O(n) each.
    /// </remarks>
    public static ErlangAResult RequiredAgents(Workload workload, Duration averagePatience, StaffingTarget target, ServiceLevelDefinition definition)
    {
        workload.EnsureCreated(nameof(workload));
        Preconditions.Positive(averagePatience);
        target.EnsureHasGoal(nameof(target));
        Preconditions.Defined(definition, "must be AnsweredWithinOverOffered, AnsweredAndAbandonedWithinOverOffered or AnsweredWithinOverAnsweredAndLateAbandons");

        var threshold = target.HasServiceLevel ? target.ServiceLevelThreshold : Duration.Zero;
        var erlangs = workload.Erlangs;
        if (erlangs == 0)
        {
            return Compute(workload, 0, averagePatience, threshold);
        }

        // With traffic, zero agents answer nobody and fail every goal except a service level that counts abandons within
        // the threshold as met, so 0 is a known failure otherwise. Probe at ⌈A⌉, then gallop in steps of √A (doubling) to
        // bracket the answer between a failing and a meeting count; then bisect.
        if (definition == ServiceLevelDefinition.AnsweredAndAbandonedWithinOverOffered && target.HasServiceLevel)
        {
            var none = Compute(workload, 0, averagePatience, threshold);
            if (Meets(none, target, definition))
            {
                return none;
            }
        }

        // Erlang B is carried along from the last failing count (lowB = B(lowAgents)) so that probes above it cost only the
        // recurrence steps in between; the operations are those of a fresh recurrence, so the results are identical.
        var lowAgents = 0;
        var lowB = 1.0;
        var step = (int)Math.Min(1 << 20, Math.Ceiling(Math.Sqrt(erlangs)));
        var start = (int)Math.Max(1, Math.Ceiling(erlangs));
        var highB = ErlangMath.ErlangB(erlangs, start);
        var high = Compute(workload, start, averagePatience, threshold, highB);
        if (Meets(high, target, definition))
        {
            while (high.Agents - step > 0)
            {
                var candidate = high.Agents - step;
                if (TooCostly(erlangs, candidate, averagePatience, workload.AverageHandlingTime))
                {
                    // So overloaded a queue with so patient callers is hopeless for any goal: count it as failing.
                    lowAgents = candidate;
                    lowB = ErlangMath.ErlangB(erlangs, candidate);
                    break;
                }

                var candidateB = ErlangMath.ErlangB(erlangs, candidate);
                var lower = Compute(workload, candidate, averagePatience, threshold, candidateB);
                if (!Meets(lower, target, definition))
                {
                    lowAgents = candidate;
                    lowB = candidateB;
                    break;
                }

                high = lower;
                step *= 2;
            }
        }
        else
        {
            while (true)
            {
                // Every goal is met once Erlang B underflows (about A + 40√A + 1100 agents, A ≤ 10⁶), except an
                // occupancy cap so low that it needs more than the documented maximum of agents.
                if (high.Agents >= ErlangLimits.MaximumAgents)
                {
                    ErlangLimits.ThrowTooManyAgents(nameof(target), target);
                }

                lowAgents = high.Agents;
                lowB = highB;
                var candidate = (int)Math.Min(ErlangLimits.MaximumAgents, (long)lowAgents + step);
                highB = ErlangBFrom(erlangs, lowAgents, lowB, candidate);
                high = Compute(workload, candidate, averagePatience, threshold, highB);
                if (Meets(high, target, definition))
                {
                    break;
                }

                step *= 2;
            }
        }

        while (high.Agents - lowAgents > 1)
        {
            var middleAgents = lowAgents + ((high.Agents - lowAgents) / 2);
            var middleB = ErlangBFrom(erlangs, lowAgents, lowB, middleAgents);
            if (TooCostly(erlangs, middleAgents, averagePatience, workload.AverageHandlingTime))
            {
                lowAgents = middleAgents;
                lowB = middleB;
                continue;
            }

            var middle = Compute(workload, middleAgents, averagePatience, threshold, middleB);
            if (Meets(middle, target, definition))
            {
                high = middle;
            }
            else
            {
                lowAgents = middleAgents;
                lowB = middleB;
            }
        }

        return high;
    }

    internal static bool Meets(in ErlangAResult result, in StaffingTarget target, ServiceLevelDefinition definition)
    {
        if (target.HasServiceLevel && !(result.ServiceLevel(definition) >= target.ServiceLevel))
        {
            return false;
        }

        if (target.MaximumAverageSpeedOfAnswer is { } asa && !(result.AverageWaitOfAnsweredSeconds <= asa.TotalSeconds))
        {
            return false;
        }

        if (target.MaximumOccupancy > 0 && !(result.Occupancy <= target.MaximumOccupancy))
        {
            return false;
        }

        return !(target.MaximumAbandonment > 0) || result.ProbabilityOfAbandoning <= target.MaximumAbandonment;
    }

    internal static ErlangAResult Compute(Workload workload, int agents, Duration averagePatience, Duration threshold) =>
        Compute(workload, agents, averagePatience, threshold, ErlangMath.ErlangB(workload.Erlangs, agents));

    /// <summary>B(to, A) by continuing the recurrence from B(from, A).</summary>
    private static double ErlangBFrom(double erlangs, int from, double erlangBFrom, int to)
    {
        var b = erlangBFrom;
        for (var k = from + 1; k <= to; k++)
        {
            b = ErlangMath.NextErlangB(erlangs, k, b);
        }

        return b;
    }

    private static ErlangAResult Compute(Workload workload, int agents, Duration averagePatience, Duration threshold, double erlangB)
    {
        // Time is measured in average handling times: μ = 1, λ = A, θ = h/patience, t = T/h.
        var lambda = workload.Erlangs;
        var h = workload.AverageHandlingTime.TotalSeconds;
        if (lambda == 0)
        {
            return new ErlangAResult(workload, agents, averagePatience, threshold, 0, 0, 1, 0, 0, 0, agents == 0 ? double.NaN : 0);
        }

        double n = agents;
        var theta = h / averagePatience.TotalSeconds;
        var t = threshold.TotalSeconds / h;

        var logOdds = Math.Log(-erlangB + 1) - Math.Log(erlangB); // ln(1/B − 1): −∞ without agents, +∞ when B underflows
        var queue = ErlangMath.Series(lambda, n, theta);
        var logS = queue.LogSum;
        var logN = ErlangMath.LogAddExp(logOdds, logS);
        if (double.IsPositiveInfinity(logN))
        {
            // B underflowed: so many agents that no call waits, to double precision.
            return new ErlangAResult(workload, agents, averagePatience, threshold, 0, 0, 1, 0, 0, 0, lambda / n);
        }

        var pWait = Math.Exp(logS - logN);
        var pAbandon = Clamp(Math.Exp(Math.Log(theta / lambda) + queue.LogScale + Math.Log(queue.Weighted) - logN));
        var pAnswered = 1 - pAbandon;

        var c = n + theta;
        double asaSeconds;
        if (agents == 0)
        {
            asaSeconds = double.NaN;
        }
        else
        {
            var answered = ErlangMath.Series(lambda, c, theta);
            var waitOfAnswered = n * Math.Exp(answered.LogScale - logN) * ((answered.Sum / (c * c)) + (answered.HarmonicWeighted / c));
            asaSeconds = waitOfAnswered / pAnswered * h;
        }

        double pAnsweredAfter, pWaitAfter;
        if (t == 0)
        {
            pAnsweredAfter = pAnswered - (1 - pWait);
            pWaitAfter = pWait;
        }
        else
        {
            var decay = Math.Exp(-theta * t);
            var logFactor = (-c * t) + (lambda * -ErlangMath.ExpMinusOne(-theta * t) / theta) - logN;
            var lateQueue = ErlangMath.Series(lambda * decay, n, theta);
            pWaitAfter = Math.Exp(logFactor + lateQueue.LogSum);
            pAnsweredAfter = agents == 0
                ? 0
                : Math.Exp(Math.Log(n / c) + logFactor + ErlangMath.Series(lambda * decay, c, theta).LogSum);
        }

        var answeredWithin = Clamp(pAnswered - pAnsweredAfter);
        var abandonedWithin = Clamp(pAbandon - pWaitAfter + pAnsweredAfter);
        return new ErlangAResult(
            workload,
            agents,
            averagePatience,
            threshold,
            Clamp(pWait),
            pAbandon,
            answeredWithin,
            abandonedWithin,
            asaSeconds,
            pAbandon / theta * h,
            agents == 0 ? double.NaN : lambda * pAnswered / n);
    }

    private static double Clamp(double probability) => Math.Clamp(probability, 0, 1);
}
