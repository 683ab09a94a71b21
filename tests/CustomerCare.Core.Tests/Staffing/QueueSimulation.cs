// A seeded simulation of the queue the Erlang formulas model (M/M/n and M/M/n+M, first come first served), to check them against it.
namespace CustomerCare.Core.Tests.Staffing;

/// <summary>What a simulation measured: the batch means of each rate and their standard errors.</summary>
internal sealed record SimulatedRates(Estimate Waited, Estimate AnsweredWithin, Estimate Abandoned, Estimate AbandonedWithin, Estimate MeanWaitOfAnswered, Estimate MeanWaitOfAllArrivals, int Calls);

/// <summary>A sample mean with its standard error estimated from independent-ish batch means.</summary>
internal readonly record struct Estimate(double Mean, double StandardError)
{
    public override string ToString() => FormattableString.Invariant($"{Mean:0.0000} ± {StandardError:0.0000}");
}

/// <summary>
/// Simulates calls one by one in arrival order. The event list is the agents' next-free times (a min-heap): under first
/// come first served a caller's offered wait is the time until the earliest agent frees, after every earlier caller has
/// either taken an agent or hung up; a caller whose patience runs out first abandons and takes no agent. This is the
/// exact sample path of the M/M/n+M queue (M/M/n with infinite patience), not an approximation of it.
/// Time unit: one average handling time (service rate 1, arrival rate = Erlangs).
/// </summary>
internal static class QueueSimulation
{
    public const int Batches = 20;

    public static SimulatedRates Run(double erlangs, int agents, double patienceInHandlingTimes, double thresholdInHandlingTimes, int calls, int seed)
    {
        var random = new Random(seed);
        var freeAt = new PriorityQueue<double, double>(agents);
        for (var i = 0; i < agents; i++)
        {
            freeAt.Enqueue(0, 0);
        }

        var warmUp = calls / 20;
        var perBatch = calls / Batches;
        var waited = new double[Batches];
        var answeredWithin = new double[Batches];
        var abandoned = new double[Batches];
        var abandonedWithin = new double[Batches];
        var waitOfAnswered = new double[Batches];
        var answered = new double[Batches];
        var waitOfAll = new double[Batches];
        var now = 0.0;
        for (var call = -warmUp; call < perBatch * Batches; call++)
        {
            now += Exponential(random, erlangs);
            var patience = double.IsPositiveInfinity(patienceInHandlingTimes) ? double.PositiveInfinity : Exponential(random, 1 / patienceInHandlingTimes);
            var offeredWait = Math.Max(0, freeAt.Peek() - now);
            var served = offeredWait < patience;
            if (served)
            {
                var start = now + offeredWait;
                var end = start + Exponential(random, 1);
                freeAt.DequeueEnqueue(end, end);
            }

            if (call < 0)
            {
                continue;
            }

            var b = call / perBatch;
            waited[b] += offeredWait > 0 ? 1 : 0;
            if (served)
            {
                answered[b]++;
                waitOfAnswered[b] += offeredWait;
                answeredWithin[b] += offeredWait <= thresholdInHandlingTimes ? 1 : 0;
                waitOfAll[b] += offeredWait;
            }
            else
            {
                abandoned[b]++;
                abandonedWithin[b] += patience <= thresholdInHandlingTimes ? 1 : 0;
                waitOfAll[b] += patience;
            }
        }

        for (var b = 0; b < Batches; b++)
        {
            waitOfAnswered[b] = answered[b] == 0 ? 0 : waitOfAnswered[b] / answered[b];
        }

        return new SimulatedRates(
            Of(waited, perBatch), Of(answeredWithin, perBatch), Of(abandoned, perBatch), Of(abandonedWithin, perBatch), Of(waitOfAnswered, 1), Of(waitOfAll, perBatch), perBatch * Batches);
    }

    private static double Exponential(Random random, double rate) => -Math.Log(1 - random.NextDouble()) / rate;

    private static Estimate Of(double[] batchTotals, double divisor)
    {
        var means = batchTotals.Select(t => t / divisor).ToArray();
        var mean = means.Average();
        var variance = means.Sum(m => (m - mean) * (m - mean)) / (means.Length - 1);
        return new Estimate(mean, Math.Sqrt(variance / means.Length));
    }
}
