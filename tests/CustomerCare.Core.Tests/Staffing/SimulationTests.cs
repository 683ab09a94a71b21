// The formulas checked against the queue they model: a seeded simulation of M/M/n and M/M/n+M must agree within its statistical error.
using CustomerCare.Core.Staffing;
using NodaTime;
using Xunit.Abstractions;

namespace CustomerCare.Core.Tests.Staffing;

/// <summary>
/// Each case simulates <see cref="Calls"/> calls (after a 5% warm-up) and splits them into 20 batches. The standard
/// error of a rate is estimated from the spread of the batch means, which accounts for the correlation between
/// successive callers in a queue; with 20 batches of 40,000 calls a rate near 0.2 has a binomial error of
/// √(0.2·0.8/800,000) ≈ 0.00045, inflated a few times by that correlation. A formula passes when it lies within
/// <see cref="Z"/> standard errors of the simulation (a false alarm once in several thousand runs; the seeds are fixed,
/// so a run is reproducible). Each check also requires the standard error to be small (below 0.005, or 0.01 AHT for the heavier-tailed ASA), so that the test has teeth.
/// Checked: P(wait), service level (answered within T), P(abandon), abandoned within T, and both waiting-time means
/// (of answered calls, the ASA, and over all arrivals, abandoning callers counted with the time they waited).
/// </summary>
public sealed class SimulationTests(ITestOutputHelper output)
{
    private const int Calls = 800_000;
    private const double Z = 4.5;

    [Theory]
    // Erlangs, agents, threshold in AHTs (20 s of 180 s), seed: the classic example at 12, 14 and 16 agents.
    [InlineData(10, 12, 20.0 / 180, 1)]
    [InlineData(10, 14, 20.0 / 180, 2)]
    [InlineData(10, 16, 20.0 / 180, 3)]
    [InlineData(50, 58, 0.1, 4)]
    public void Erlang_C_matches_a_simulated_M_M_n_queue(double erlangs, int agents, double threshold, int seed)
    {
        var aht = Duration.FromSeconds(180);
        var formula = ErlangC.Evaluate(Workload.FromErlangs(erlangs, aht), agents, Duration.FromSeconds(threshold * 180));

        var simulated = QueueSimulation.Run(erlangs, agents, double.PositiveInfinity, threshold, Calls, seed);

        output.WriteLine($"P(wait) {formula.ProbabilityOfWaiting:0.0000} vs {simulated.Waited}; SL {formula.ServiceLevel:0.0000} vs {simulated.AnsweredWithin}; ASA/h {formula.AverageSpeedOfAnswerSeconds / 180:0.0000} vs {simulated.MeanWaitOfAnswered}");
        Agrees(formula.ProbabilityOfWaiting, simulated.Waited, "P(wait)");
        Agrees(formula.ServiceLevel, simulated.AnsweredWithin, "service level");
        Agrees(formula.AverageSpeedOfAnswerSeconds / 180, simulated.MeanWaitOfAnswered, "ASA in AHTs", noiseLimit: 0.01);
        Agrees(formula.AverageSpeedOfAnswerSeconds / 180, simulated.MeanWaitOfAllArrivals, "mean wait over all arrivals in AHTs", noiseLimit: 0.01);
        Assert.Equal(0, simulated.Abandoned.Mean);
    }

    [Theory]
    // Erlangs, agents, mean patience in AHTs, threshold in AHTs, seed: under-, critically and over-staffed.
    [InlineData(10, 12, 1.0, 0.1, 11)]
    [InlineData(10, 10, 0.5, 0.1, 12)]
    [InlineData(10, 8, 2.0, 0.25, 13)]
    [InlineData(40, 38, 0.2, 0.05, 14)]
    public void Erlang_A_matches_a_simulated_M_M_n_plus_M_queue(double erlangs, int agents, double patience, double threshold, int seed)
    {
        var aht = Duration.FromSeconds(300);
        var formula = ErlangA.Evaluate(Workload.FromErlangs(erlangs, aht), Duration.FromSeconds(patience * 300), agents, Duration.FromSeconds(threshold * 300));

        var simulated = QueueSimulation.Run(erlangs, agents, patience, threshold, Calls, seed);

        output.WriteLine($"P(wait) {formula.ProbabilityOfWaiting:0.0000} vs {simulated.Waited}; P(abandon) {formula.ProbabilityOfAbandoning:0.0000} vs {simulated.Abandoned}");
        output.WriteLine($"answered within {formula.AnsweredWithinThreshold:0.0000} vs {simulated.AnsweredWithin}; abandoned within {formula.AbandonedWithinThreshold:0.0000} vs {simulated.AbandonedWithin}; ASA/h {formula.AverageWaitOfAnsweredSeconds / 300:0.0000} vs {simulated.MeanWaitOfAnswered}");
        Agrees(formula.ProbabilityOfWaiting, simulated.Waited, "P(wait)");
        Agrees(formula.ProbabilityOfAbandoning, simulated.Abandoned, "P(abandon)");
        Agrees(formula.AnsweredWithinThreshold, simulated.AnsweredWithin, "answered within the threshold");
        Agrees(formula.AbandonedWithinThreshold, simulated.AbandonedWithin, "abandoned within the threshold");
        Agrees(formula.AverageWaitOfAnsweredSeconds / 300, simulated.MeanWaitOfAnswered, "mean wait of answered calls (ASA) in AHTs", noiseLimit: 0.01);
        Agrees(formula.AverageWaitOfAllArrivalsSeconds / 300, simulated.MeanWaitOfAllArrivals, "mean wait over all arrivals in AHTs", noiseLimit: 0.01);
    }

    private static void Agrees(double formula, Estimate simulated, string what, double noiseLimit = 0.005)
    {
        Assert.True(simulated.StandardError < noiseLimit, $"{what}: the simulation is too noisy to judge ({simulated})");
        var tolerance = Z * Math.Max(simulated.StandardError, 1e-4);
        Assert.True(
            Math.Abs(formula - simulated.Mean) <= tolerance,
            FormattableString.Invariant($"{what}: formula {formula:0.00000} vs simulated {simulated}, tolerance {tolerance:0.00000}"));
    }
}
