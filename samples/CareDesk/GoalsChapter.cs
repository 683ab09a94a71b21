// The goals chapter: the desk sets a quarter's goals for two segments and reads where they stand today.
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Goals;
using CustomerCare.Core.Kpis;
using NodaTime;

namespace CareDesk;

/// <summary>Sets goals for the VIP and new-customer segments and prints their evaluation.</summary>
internal static class GoalsChapter
{
    // The care funnel as the desk keeps it in its configuration: "referring 120 of 300" does not chain after core (360).
    private const string FunnelJson = """
        {
          "name": "Care funnel, this quarter",
          "period": { "from": "2026-10-01", "to": "2026-12-31", "zone": "Asia/Ho_Chi_Minh" },
          "stages": [
            { "name": "handled", "count": 1200 },
            { "name": "satisfied", "count": 720, "of": 1200 },
            { "name": "core", "rate": 0.5 },
            { "name": "referring", "count": 120, "of": 300 }
          ]
        }
        """;

    private static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];
    private static readonly GoalPeriod Quarter = GoalPeriod.FromDates(new DateInterval(new LocalDate(2026, 10, 1), new LocalDate(2026, 12, 31)), Zone);
    private static readonly GoalPeriod LastQuarter = GoalPeriod.FromDates(new DateInterval(new LocalDate(2026, 7, 1), new LocalDate(2026, 9, 30)), Zone);

    /// <summary>Gets the quarter's care goals (the capability chapter checks them against the envelope).</summary>
    public static IReadOnlyList<CareGoal> Goals { get; } = [Vip(), Newcomers()];

    /// <summary>Gets the quarter's care funnel, read from JSON.</summary>
    public static FunnelGoal Funnel { get; } = FunnelGoalJson.Read(FunnelJson);

    public static void Run(Instant now)
    {
        var desk = new BusinessCalendarBuilder(Zone).AddWeekdays(new LocalTime(8, 0), new LocalTime(17, 0))
            .AddWindow(IsoDayOfWeek.Saturday, new LocalTime(8, 0), new LocalTime(12, 0)).Build();

        // Quarter to date, from the desk's accumulators (fixed here so the output is stable).
        Print(Goals[0], now, desk, [0.845, Duration.FromMinutes(105).TotalSeconds, 0.034]);
        Print(Goals[1], now, desk, [0.70, Duration.FromMinutes(7.5).TotalSeconds, Duration.FromMinutes(25).TotalSeconds]);

        var funnel = Funnel;
        Console.WriteLine(funnel);
        foreach (var finding in funnel.Findings)
        {
            Console.WriteLine($"  finding: {finding}");
        }

        Console.WriteLine(funnel.Evaluate([1100, 690, 300, 95]));
    }

    private static CareGoal Vip() =>
        new CareGoalBuilder("Keep VIPs").For(CareObjective.Retain).ForSegments("vip").During(Quarter)
            .AddTarget(new GoalTargetBuilder(KpiId.CustomerSatisfaction).ImproveOn(new GoalBaseline(0.82, LastQuarter), ImprovementKind.Relative, 0.05)
                .Progress(ProgressFormula.DistanceCovered, ProgressClamp.ZeroToOne).Build())
            .AddTarget(new GoalTargetBuilder(KpiId.FirstResponseTime).AtMost(Duration.FromHours(2)).AtQuantile(0.9).InBusinessTime()
                .Progress(ProgressFormula.RatioToTarget, ProgressClamp.ZeroToOne).Build())
            .AddTarget(new GoalTargetBuilder(KpiId.ChurnRate).AtMost(0.03).Progress(ProgressFormula.Binary, ProgressClamp.Unclamped).Build())
            .Build();

    private static CareGoal Newcomers() =>
        new CareGoalBuilder("Solve newcomers' problems").For(CareObjective.Resolve).ForSegments("new").During(Quarter)
            .AddTarget(new GoalTargetBuilder(KpiId.FirstContactResolution).AtLeast(0.75).StartingFrom(0.62)
                .Progress(ProgressFormula.DistanceCovered, ProgressClamp.Unclamped).Build())
            .AddTarget(new GoalTargetBuilder(KpiId.AverageHandleTime).Within(Duration.FromMinutes(4), Duration.FromMinutes(7)).Build())
            .AddTarget(new GoalTargetBuilder(KpiId.FirstResponseTime).AtMost(Duration.FromMinutes(30))
                .Progress(ProgressFormula.RatioToTarget, ProgressClamp.ZeroToOne).Build())
            .Build();

    private static void Print(CareGoal goal, Instant now, BusinessCalendar desk, double[] observed)
    {
        var results = new TargetEvaluation[goal.Targets.Count];
        var status = goal.Evaluate(now, observed, results, desk);
        Console.WriteLine($"{goal} — {status}");
        foreach (var result in results)
        {
            Console.WriteLine($"  {result}");
        }
    }
}
