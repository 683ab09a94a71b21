// Goal evaluation throughput: 100,000 care goals (CSAT, NPS and churn targets) against accumulator snapshots, per goal, on elapsed and on business time.
using BenchmarkDotNet.Attributes;
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Goals;
using CustomerCare.Core.Kpis;
using CustomerCare.Core.Kpis.Surveys;
using NodaTime;

namespace CustomerCare.Core.Benchmarks.Goals;

/// <summary>
/// 100,000 goals of three targets each (CSAT ≥ 0.85 from a start, NPS ≥ 30 as a level, churn ≤ 0.03), each evaluated
/// mid-period against its own CSAT and NPS accumulator snapshots and a churn value. Each benchmark evaluates every goal
/// once; <c>OperationsPerInvoke</c> makes Mean and Allocated per goal (three targets).
/// </summary>
[MemoryDiagnoser]
public class GoalsBenchmarks
{
    private const int Goals = 100_000;
    private static readonly Instant At = Instant.FromUtc(2026, 2, 11, 15, 0);
    private readonly CareGoal[] _goals = new CareGoal[Goals];
    private readonly CsatAccumulator[] _csat = new CsatAccumulator[Goals];
    private readonly NpsAccumulator[] _nps = new NpsAccumulator[Goals];
    private readonly double[] _churn = new double[Goals];
    private readonly double[] _observed = new double[3];
    private readonly TargetEvaluation[] _results = new TargetEvaluation[3];
    private BusinessCalendar _calendar = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        var zone = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];
        _calendar = new BusinessCalendarBuilder(zone).AddWeekdays(new LocalTime(8, 0), new LocalTime(17, 0)).Build();
        var quarter = GoalPeriod.FromDates(new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 3, 31)), zone);
        for (var i = 0; i < Goals; i++)
        {
            _goals[i] = new CareGoalBuilder($"goal {i}").For(CareObjective.Satisfy).ForSegments($"segment {i % 50}").During(quarter)
                .AddTarget(new GoalTargetBuilder(KpiId.CustomerSatisfaction).AtLeast(0.80 + (random.Next(10) / 100.0)).StartingFrom(0.78)
                    .Progress(ProgressFormula.DistanceCovered, ProgressClamp.ZeroToOne).Build())
                .AddTarget(new GoalTargetBuilder(KpiId.NetPromoterScore).AtLeast(30).Progress(ProgressFormula.RatioToTarget, ProgressClamp.Unclamped).Build())
                .AddTarget(new GoalTargetBuilder(KpiId.ChurnRate).AtMost(0.03).Progress(ProgressFormula.Binary, ProgressClamp.Unclamped).Build())
                .Build();
            _csat[i] = new CsatAccumulator(CsatScale.FivePoint);
            _nps[i] = default;
            for (var k = 0; k < 40; k++)
            {
                _csat[i].Add((byte)random.Next(2, 6));
                _nps[i].Add((byte)random.Next(4, 11));
            }

            _churn[i] = random.Next(0, 60) / 1000.0;
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Goals)]
    public int ElapsedTime() => EvaluateAll(null);

    [Benchmark(OperationsPerInvoke = Goals)]
    public int BusinessTime() => EvaluateAll(_calendar);

    private int EvaluateAll(BusinessCalendar? calendar)
    {
        var onTrack = 0;
        for (var i = 0; i < Goals; i++)
        {
            _observed[0] = _csat[i].Result.TopBoxShare.Value;
            _observed[1] = _nps[i].Result.Score;
            _observed[2] = _churn[i];
            if (_goals[i].Evaluate(At, _observed, _results, calendar) == GoalStatus.OnTrack)
            {
                onTrack++;
            }
        }

        return onTrack;
    }
}
