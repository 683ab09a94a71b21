// Shared goal fixtures: a ten-day UTC period, a Mon–Fri 9–17 calendar week, and targets used across the goal tests.
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Goals;
using CustomerCare.Core.Kpis;
using NodaTime;

namespace CustomerCare.Core.Tests.Goals;

internal static class GoalFixtures
{
    /// <summary>2026-01-01T00:00Z to 2026-01-11T00:00Z: each day is a tenth of the period.</summary>
    public static readonly GoalPeriod TenDays = GoalPeriod.FromInterval(new Interval(Day(0), Day(10)));

    /// <summary>December 2025 in UTC, before <see cref="TenDays"/>.</summary>
    public static readonly GoalPeriod December = GoalPeriod.FromDates(new DateInterval(new LocalDate(2025, 12, 1), new LocalDate(2025, 12, 31)), DateTimeZone.Utc);

    /// <summary>Monday to Friday, 09:00–17:00 UTC.</summary>
    public static readonly BusinessCalendar NineToFive = new BusinessCalendarBuilder(DateTimeZone.Utc)
        .AddWeekdays(new LocalTime(9, 0), new LocalTime(17, 0)).Build();

    /// <summary>Returns 2026-01-01T00:00Z plus <paramref name="days"/> days.</summary>
    public static Instant Day(double days) => Instant.FromUtc(2026, 1, 1, 0, 0) + Duration.FromHours(24 * days);

    /// <summary>CSAT ≥ 0.85 from a start of 0.80, ratio to target, unclamped.</summary>
    public static GoalTarget CsatFrom80() => new GoalTargetBuilder(KpiId.CustomerSatisfaction).AtLeast(0.85).StartingFrom(0.80)
        .Progress(ProgressFormula.RatioToTarget, ProgressClamp.Unclamped).Build();

    /// <summary>CSAT ≥ 0.85 as a level (no start), binary progress.</summary>
    public static GoalTarget CsatLevel() => new GoalTargetBuilder(KpiId.CustomerSatisfaction).AtLeast(0.85)
        .Progress(ProgressFormula.Binary, ProgressClamp.Unclamped).Build();

    /// <summary>Churn ≤ 0.03 from 0.05, distance covered, clamped.</summary>
    public static GoalTarget Churn() => new GoalTargetBuilder(KpiId.ChurnRate).AtMost(0.03).StartingFrom(0.05)
        .Progress(ProgressFormula.DistanceCovered, ProgressClamp.ZeroToOne).Build();

    /// <summary>AHT within 4–7 minutes.</summary>
    public static GoalTarget Aht() => new GoalTargetBuilder(KpiId.AverageHandleTime).Within(Duration.FromMinutes(4), Duration.FromMinutes(7)).Build();

    /// <summary>Asserts that <paramref name="act"/> throws <typeparamref name="T"/> naming <paramref name="paramName"/>, its message starting with <paramref name="message"/>.</summary>
    public static void Arg<T>(Func<object> act, string paramName, string message)
        where T : ArgumentException
    {
        var ex = Assert.Throws<T>(act);
        Assert.Equal(paramName, ex.ParamName);
        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
    }

    /// <summary>Asserts that <paramref name="build"/> throws <see cref="InvalidOperationException"/> with exactly <paramref name="message"/>.</summary>
    public static void Invalid(Func<object> build, string message) =>
        Assert.Equal(message, Assert.Throws<InvalidOperationException>(build).Message);
}
