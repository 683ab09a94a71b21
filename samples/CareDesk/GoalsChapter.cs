// The goals chapter: the desk sets a quarter's goals for two segments and reads where they stand today.
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Goals;
using CustomerCare.Core.Kpis;
using NodaTime;

namespace CareDesk;

/// <summary>Sets goals for the VIP and new-customer segments and prints their evaluation.</summary>
internal static class GoalsChapter
{
    public static void Run(Instant now)
    {
        var zone = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];
        var desk = new BusinessCalendarBuilder(zone).AddWeekdays(new LocalTime(8, 0), new LocalTime(17, 0))
            .AddWindow(IsoDayOfWeek.Saturday, new LocalTime(8, 0), new LocalTime(12, 0)).Build();
        var quarter = GoalPeriod.FromDates(new DateInterval(new LocalDate(2026, 10, 1), new LocalDate(2026, 12, 31)), zone);
        var lastQuarter = GoalPeriod.FromDates(new DateInterval(new LocalDate(2026, 7, 1), new LocalDate(2026, 9, 30)), zone);

        var vip = new CareGoalBuilder("Keep VIPs").For(CareObjective.Retain).ForSegments("vip").During(quarter)
            .AddTarget(new GoalTargetBuilder(KpiId.CustomerSatisfaction).ImproveOn(new GoalBaseline(0.82, lastQuarter), ImprovementKind.Relative, 0.05)
                .Progress(ProgressFormula.DistanceCovered, ProgressClamp.ZeroToOne).Build())
            .AddTarget(new GoalTargetBuilder(KpiId.FirstResponseTime).AtMost(Duration.FromHours(2)).AtQuantile(0.9).InBusinessTime()
                .Progress(ProgressFormula.RatioToTarget, ProgressClamp.ZeroToOne).Build())
            .AddTarget(new GoalTargetBuilder(KpiId.ChurnRate).AtMost(0.03).Progress(ProgressFormula.Binary, ProgressClamp.Unclamped).Build())
            .Build();
        var newcomers = new CareGoalBuilder("Solve newcomers' problems").For(CareObjective.Resolve).ForSegments("new").During(quarter)
            .AddTarget(new GoalTargetBuilder(KpiId.FirstContactResolution).AtLeast(0.75).StartingFrom(0.62)
                .Progress(ProgressFormula.DistanceCovered, ProgressClamp.Unclamped).Build())
            .AddTarget(new GoalTargetBuilder(KpiId.AverageHandleTime).Within(Duration.FromMinutes(4), Duration.FromMinutes(7)).Build())
            .Build();

        // Quarter to date, from the desk's accumulators (fixed here so the output is stable).
        Print(vip, now, desk, [0.845, Duration.FromMinutes(105).TotalSeconds, 0.034]);
        Print(newcomers, now, desk, [0.70, Duration.FromMinutes(7.5).TotalSeconds]);

        var funnel = new FunnelGoalBuilder("Care funnel, this quarter").During(quarter)
            .Count("handled", 1200).Count("satisfied", 720, of: 1200).Rate("core", 0.5).Count("referring", 120, of: 300).Build();
        Console.WriteLine(funnel);
        foreach (var finding in funnel.Findings)
        {
            Console.WriteLine($"  finding: {finding}");
        }

        Console.WriteLine(funnel.Evaluate([1100, 690, 300, 95]));
    }

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
