// Care plans: lookup, minimum tiers for the responsibility model, next contact on business days, rejected plans.
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Responsibility;
using CustomerCare.Core.Segments;
using CustomerCare.Core.Segments.CarePlans;
using NodaTime;

namespace CustomerCare.Core.Tests.Segments.CarePlans;

public sealed class CarePlanCatalogueTests
{
    private static readonly DateTimeZone Saigon = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];

    // Mon–Fri 08:00–17:00, Sat 08:00–12:00, closed Sundays and on 1 January.
    private static readonly BusinessCalendar Desk = new BusinessCalendarBuilder(Saigon)
        .AddWeekdays(new LocalTime(8, 0), new LocalTime(17, 0))
        .AddWindow(IsoDayOfWeek.Saturday, new LocalTime(8, 0), new LocalTime(12, 0))
        .AddYearlyHoliday(new AnnualDate(1, 1))
        .Build();

    private static CarePlanCatalogue Plans() => new(Desk,
    [
        new CarePlanBuilder("vip").UseSlaPolicy("VIP").Prefer("phone").FallBackTo("chat", "email").RequireTier("senior").ContactEvery(ContactCadence.EveryMonths(3)).Build(),
        new CarePlanBuilder("elderly-alone").RaisePriority(1).Prefer("phone").AddNote("Take time; ask how they are.").ContactEvery(ContactCadence.EveryDays(30)).Build(),
        new CarePlanBuilder("standard").Build(),
    ]);

    private static Instant Local(int y, int m, int d, int h) => new LocalDateTime(y, m, d, h, 0).InZoneStrictly(Saigon).ToInstant();

    private static IMinimumTierSource Tiers(IMinimumTierSource source) => source;

    [Fact]
    public void Looks_up_plans_and_minimum_tiers_by_segment()
    {
        var tiers = Tiers(Plans());

        Assert.True(tiers.TryGetMinimumTier("VIP", out var tier));
        Assert.Equal("senior", tier);
        Assert.False(tiers.TryGetMinimumTier("standard", out _));
        Assert.False(tiers.TryGetMinimumTier("unknown", out _));
        Assert.True(Plans().TryGetPlan("elderly-alone", out var plan));
        Assert.Equal("elderly-alone: priority +1, phone, every 30 days", plan.ToString());
        Assert.Equal("vip: policy VIP, phone > chat > email, tier senior, every 3 months", Plans().Plans[0].ToString());
        Assert.Equal("standard: no special care", Plans().Plans[2].ToString());
    }

    [Fact]
    public void The_next_contact_is_due_after_the_cadence_on_the_next_open_day()
    {
        var plans = Plans();

        // Last call Tue 3 Nov 2026 → 3 Dec (Thu), open from 08:00.
        Assert.True(plans.TryGetNextContactDue("elderly-alone", Local(2026, 11, 3, 15), out var due));
        Assert.Equal(Local(2026, 12, 3, 8), due);

        // Last call Fri 4 Dec 2026 → Sun 3 Jan 2027 is closed → Mon 4 Jan.
        Assert.True(plans.TryGetNextContactDue("elderly-alone", Local(2026, 12, 4, 10), out due));
        Assert.Equal(Local(2027, 1, 4, 8), due);

        // Quarterly review from 1 Oct 2026 → Fri 1 Jan 2027 is a holiday → Sat 2 Jan 08:00.
        Assert.True(plans.TryGetNextContactDue("vip", Local(2026, 10, 1, 9), out due));
        Assert.Equal(Local(2027, 1, 2, 8), due);

        // Quarter from 30 November clamps to 28 February 2027 (a Sunday) → Mon 1 March.
        Assert.True(plans.TryGetNextContactDue("vip", Local(2026, 11, 30, 9), out due));
        Assert.Equal(Local(2027, 3, 1, 8), due);

        Assert.False(plans.TryGetNextContactDue("standard", Local(2026, 11, 30, 9), out _));
        Assert.False(plans.TryGetNextContactDue("nobody", Local(2026, 11, 30, 9), out _));
    }

    [Fact]
    public void Rejects_bad_plans_with_every_problem_listed()
    {
        var ex = Assert.Throws<SegmentDefinitionException>(() => new CarePlanBuilder("vip").UseSlaPolicy("VIP").RaisePriority(11).Prefer("phone", " ").FallBackTo("PHONE").Build());

        Assert.Equal(
        [
            "care_plans['vip']: the channel name must not be empty.",
            "care_plans['vip']: the plan sets both the SLA policy 'VIP' and a priority uplift of 11; choose one.",
            "care_plans['vip']: the priority uplift must be from 1 to 10 steps; it was 11.",
            "care_plans['vip']: the channel 'phone' is listed more than once.",
        ], ex.Problems.Select(p => p.ToString()));

        var builder = new CarePlanBuilder("x");
        builder.Build();
        Assert.Throws<InvalidOperationException>(builder.Build);
    }

    [Fact]
    public void Rejects_duplicate_plans_and_plans_for_unknown_segments()
    {
        var segments = new SegmentCatalogueBuilder(Saigon).Add("vip", SegmentRule.Equal(CommonAttributes.Region, "x")).WithDefault("standard").Build();
        var ex = Assert.Throws<SegmentDefinitionException>(() => new CarePlanCatalogue(Desk, [new CarePlanBuilder("vip").Build(), new CarePlanBuilder("VIP").Build(), new CarePlanBuilder("gold").Build()], segments));

        Assert.Equal(
        [
            "care_plans['VIP']: segment 'VIP' has more than one care plan; merge them.",
            "care_plans['gold']: the segment catalogue has no segment 'gold'; segments are 'vip', 'standard'.",
        ], ex.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Rejects_bad_arguments()
    {
        Assert.Equal("days", Assert.Throws<ArgumentOutOfRangeException>(() => ContactCadence.EveryDays(0)).ParamName);
        Assert.Equal("months", Assert.Throws<ArgumentOutOfRangeException>(() => ContactCadence.EveryMonths(121)).ParamName);
        Assert.Equal("segment", Assert.Throws<ArgumentNullException>(() => new CarePlanBuilder(null!)).ParamName);
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => new CarePlanCatalogue(null!, [])).ParamName);
        Assert.Equal("every 1 month", ContactCadence.EveryMonths(1).ToString());
    }
}
