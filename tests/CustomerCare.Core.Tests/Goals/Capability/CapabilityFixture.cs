// The Ho Chi Minh City retail desk's envelope used by the capability tests: three channels, scope, ceilings, a monthly goodwill budget.
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Goals.Capability;
using NodaTime;

namespace CustomerCare.Core.Tests.Goals.Capability;

/// <summary>
/// Desk calendar Mon–Fri 08:00–17:00 in Asia/Ho_Chi_Minh (UTC+7, no DST); hotline always open. Phone on the hotline
/// weighs 6 of 6 units, chat on the desk 2, e-mail on the desk 1. Orders and returns in scope, warranty exceptions
/// need approval, repairs out of scope. Returns: ceiling 2,000,000 VND, approval above 500,000; late deliveries:
/// ceiling 200,000. Goodwill 5,000,000 VND a month.
/// </summary>
internal static class CapabilityFixture
{
    public static readonly DateTimeZone Saigon = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];

    public static readonly BusinessCalendar Desk = new BusinessCalendarBuilder(Saigon).AddWeekdays(new LocalTime(8, 0), new LocalTime(17, 0)).Build();

    public static readonly BusinessCalendar Hotline = BusinessCalendar.AlwaysOpen(Saigon);

    public static IReadOnlyDictionary<string, BusinessCalendar> NamedCalendars { get; } =
        new Dictionary<string, BusinessCalendar> { ["desk"] = Desk, ["hotline"] = Hotline };

    /// <summary>Monday 30 November 2026, 10:00 local.</summary>
    public static Instant MondayTen => Local(2026, 11, 30, 10, 0);

    /// <summary>Sunday 29 November 2026, 10:00 local.</summary>
    public static Instant SundayTen => Local(2026, 11, 29, 10, 0);

    public static Money Vnd(decimal amount) => new(amount, "VND");

    public static Instant Local(int year, int month, int day, int hour, int minute) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(Saigon).ToInstant();

    public static CapabilityEnvelopeBuilder Builder() => new CapabilityEnvelopeBuilder(Saigon, "VND")
        .AddCalendar("desk", Desk)
        .AddCalendar("hotline", Hotline)
        .Capacity(6, LoadCounting.SlaClockRunning)
        .AddChannel("phone", "hotline", 6)
        .AddChannel("chat", "desk", 2)
        .AddChannel("email", "desk", 1)
        .Scope("orders/**", RequestScope.InScope)
        .Scope("returns/**", RequestScope.InScope)
        .Scope("returns/warranty-exception", RequestScope.NeedsApproval)
        .Scope("repairs/**", RequestScope.OutOfScope)
        .Ceiling("returns/**", Vnd(2_000_000), Vnd(500_000))
        .Ceiling("orders/late-delivery", Vnd(200_000))
        .GoodwillBudget(Vnd(5_000_000), BudgetPeriod.Month)
        .FastestFirstResponse("chat", Duration.FromMinutes(2))
        .FastestFirstResponse("email", Duration.FromHours(1))
        .FastestFirstResponse("phone", Duration.FromSeconds(30), "urgent");

    public static CapabilityEnvelope Envelope() => Builder().Build();
}
