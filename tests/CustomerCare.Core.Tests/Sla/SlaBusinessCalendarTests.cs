// SLA clocks on a real business calendar (Ho Chi Minh City desk): pauses across nights and holidays, window ends, before-hours tickets.
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Sla.Evaluation;
using CustomerCare.Core.Sla.Policies;
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CustomerCare.Core.Tests.Sla;

public sealed class SlaBusinessCalendarTests
{
    private static readonly DateTimeZone Saigon = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];

    // Mon–Fri 08:00–12:00 + 13:30–17:30 (8 h), Sat 08:00–12:00; Wed 2025-01-29 (Tết) is a holiday.
    internal static readonly BusinessCalendar Desk = new BusinessCalendarBuilder(Saigon)
        .AddWeekdays(new LocalTime(8, 0), new LocalTime(12, 0))
        .AddWeekdays(new LocalTime(13, 30), new LocalTime(17, 30))
        .AddWindow(IsoDayOfWeek.Saturday, new LocalTime(8, 0), new LocalTime(12, 0))
        .AddHoliday(new LocalDate(2025, 1, 29))
        .Build();

    private static readonly SlaPolicySet Set = new SlaPolicySetBuilder()
        .AddCalendar("desk", Desk)
        .Fallback(new SlaPolicyBuilder("Standard").OnCalendar("desk")
            .Target(SlaMetric.FirstResponse, "normal", Duration.FromHours(2))
            .Warn(SlaMetric.FirstResponse, SlaWarning.AtShare(0.75))
            .Target(SlaMetric.Resolution, "normal", Duration.FromHours(8))
            .PauseOn(SlaMetric.Resolution, "pending")
            .Target(SlaMetric.NextResponse, "normal", Duration.FromHours(1))
            .OnCalendar(SlaMetric.NextResponse, SlaPolicySet.CalendarTime)
            .Build())
        .Build();

    private static Instant L(int month, int day, int hour, int minute = 0) =>
        new LocalDateTime(2025, month, day, hour, minute).InZoneStrictly(Saigon).ToInstant();

    private static TicketTimeline Ticket(params TicketEvent[] events) => new(new TicketAttributes("normal"), events);

    [Fact]
    public void A_pause_across_a_night_and_a_holiday_moves_the_deadline_by_the_paused_business_time()
    {
        // Opened Mon 27 Jan 16:00; pending Mon 17:00 → Thu 09:00. Counted: Mon 16:00–17:00 = 1 h. The pause swallows
        // Mon 17:00–17:30, all of Tue, the Tết holiday and Thu 08:00–09:00. 7 h left from Thu 09:00: 09:00–12:00 (3 h)
        // + 13:30–17:30 (4 h) → deadline Thu 17:30. On Thu 10:00: 1 h + 1 h = 2 h used.
        var ticket = Ticket(
            TicketEvent.Opened(L(1, 27, 16)), TicketEvent.AgentPublicReply(L(1, 27, 16, 10)),
            TicketEvent.StatusChanged(L(1, 27, 17), "pending"), TicketEvent.StatusChanged(L(1, 30, 9), "open"));

        var paused = Set.Evaluate(ticket, L(1, 28, 10)).For(SlaMetric.Resolution)[0];
        var running = Set.Evaluate(ticket, L(1, 30, 10)).For(SlaMetric.Resolution)[0];

        Assert.Equal((SlaStatus.Paused, Duration.FromHours(1), Duration.FromHours(7)), (paused.Status, paused.Elapsed, paused.Remaining));
        Assert.Null(paused.Deadline);
        Assert.Equal((SlaStatus.Active, Duration.FromHours(2), L(1, 30, 17, 30)), (running.Status, running.Elapsed, running.Deadline!.Value));
    }

    [Fact]
    public void Without_the_pause_the_same_ticket_would_be_due_on_tuesday()
    {
        // Mon 16:00–17:30 = 1.5 h; Tue 08:00–12:00 = 4 h (5.5 h); 13:30 + 2.5 h = 16:00.
        var ticket = Ticket(TicketEvent.Opened(L(1, 27, 16)));
        Assert.Equal(L(1, 28, 16), Set.Evaluate(ticket, L(1, 27, 16, 5)).For(SlaMetric.Resolution)[0].Deadline);
    }

    [Fact]
    public void A_ticket_opened_after_hours_waits_for_the_next_opening()
    {
        // Opened Sat 1 Feb 13:00 (closed since 12:00). Sunday closed. Monday 08:00 + 2 h = 10:00; warning at 1.5 h = 09:30.
        var ticket = Ticket(TicketEvent.Opened(L(2, 1, 13)));

        var sunday = Set.Evaluate(ticket, L(2, 2, 10)).For(SlaMetric.FirstResponse)[0];
        var monday = Set.Evaluate(ticket, L(2, 3, 9, 45)).For(SlaMetric.FirstResponse)[0];

        Assert.Equal((SlaStatus.Active, Duration.Zero, L(2, 3, 10), L(2, 3, 9, 30)), (sunday.Status, sunday.Elapsed, sunday.Deadline!.Value, sunday.WarningAt!.Value));
        Assert.Equal((SlaStatus.Warning, Duration.FromMinutes(105)), (monday.Status, monday.Elapsed));
    }

    [Fact]
    public void A_deadline_used_up_at_the_lunch_break_is_the_window_end()
    {
        // Opened Mon 10:00 + 2 h = 12:00 (not 13:30). A reply at 12:00 is met; at 13:00 (lunch, no business time
        // after the deadline) it is breached by zero business time: stopped after the deadline (rule 5).
        var onTime = Set.Evaluate(Ticket(TicketEvent.Opened(L(2, 3, 10)), TicketEvent.AgentPublicReply(L(2, 3, 12))), L(2, 3, 14)).For(SlaMetric.FirstResponse)[0];
        var late = Set.Evaluate(Ticket(TicketEvent.Opened(L(2, 3, 10)), TicketEvent.AgentPublicReply(L(2, 3, 13))), L(2, 3, 14)).For(SlaMetric.FirstResponse)[0];

        Assert.Equal((SlaStatus.Met, L(2, 3, 12)), (onTime.Status, onTime.Deadline!.Value));
        Assert.Equal((SlaStatus.Breached, Duration.Zero), (late.Status, late.Remaining));
    }

    [Fact]
    public void A_metric_can_use_calendar_time_while_others_use_business_hours()
    {
        // Next response on 24/7: customer writes Fri 31 Jan 17:00, reply Sat 10:00 → 17 h of 1 h, breached by 16 h.
        var ticket = Ticket(
            TicketEvent.Opened(L(1, 31, 9)), TicketEvent.AgentPublicReply(L(1, 31, 9, 30)),
            TicketEvent.CustomerReply(L(1, 31, 17)), TicketEvent.AgentPublicReply(L(2, 1, 10)));

        var r = Set.Evaluate(ticket, L(2, 1, 11)).For(SlaMetric.NextResponse)[0];

        Assert.Equal((SlaStatus.Breached, Duration.FromHours(-16)), (r.Status, r.Remaining));
    }

    [Fact]
    public void Registering_a_calendar_twice_or_under_the_reserved_name_is_rejected()
    {
        var builder = new SlaPolicySetBuilder().AddCalendar("desk", Desk);
        Assert.Contains("already registered", Assert.Throws<ArgumentException>(() => builder.AddCalendar("DESK", Desk)).Message, StringComparison.Ordinal);
        Assert.Contains("reserved", Assert.Throws<ArgumentException>(() => builder.AddCalendar("24/7", Desk)).Message, StringComparison.Ordinal);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => builder.AddCalendar(" ", Desk)).ParamName);
    }

    [Fact]
    public void Instants_outside_the_calendars_horizon_are_rejected_naming_the_ticket_or_now()
    {
        static Instant Local(int year, int month, int day) => new LocalDateTime(year, month, day, 9, 0).InZoneStrictly(Saigon).ToInstant();
        var early = Ticket(TicketEvent.Opened(Local(1899, 12, 1)));
        var tooEarly = Assert.Throws<ArgumentOutOfRangeException>(() => Set.Evaluate(early, Local(1950, 1, 2)));
        Assert.Equal("ticket", tooEarly.ParamName);
        Assert.Contains("the Opened event within the horizon of calendar 'desk'", tooEarly.Message, StringComparison.Ordinal);

        var late = Ticket(TicketEvent.Opened(Local(2199, 1, 2)));
        var tooLate = Assert.Throws<ArgumentOutOfRangeException>(() => Set.Evaluate(late, Local(2200, 2, 3)));
        Assert.Equal("now", tooLate.ParamName);
        Assert.Contains("keep now within the horizon", tooLate.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deadline_the_calendar_cannot_reach_before_its_horizon_ends_is_rejected()
    {
        // Opened Mon 2199-12-23 09:00: the 8 h resolution budget fits before the horizon (the week of 2199-12-31,
        // supported up to Mon 2200-01-05), but a 200 h one (4½ weeks of 44 h) does not, so no deadline exists.
        static Instant Local(int day, int hour) => new LocalDateTime(2199, 12, day, hour, 0).InZoneStrictly(Saigon).ToInstant();
        var ticket = Ticket(TicketEvent.Opened(Local(23, 9)));
        Assert.Equal(SlaStatus.Active, Set.Evaluate(ticket, Local(23, 10)).For(SlaMetric.Resolution)[0].Status);

        var slow = new SlaPolicySetBuilder().AddCalendar("desk", Desk)
            .Fallback(new SlaPolicyBuilder("Slow").OnCalendar("desk").Target(SlaMetric.Resolution, "normal", Duration.FromHours(200)).Build())
            .Build();
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => slow.Evaluate(ticket, Local(23, 10)));
        Assert.Equal("ticket", ex.ParamName);
        Assert.Contains("resolution instance whose", ex.Message, StringComparison.Ordinal);
        Assert.Contains("on calendar 'desk' cannot be used up before the calendar's horizon ends", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calendar_time_is_refused_more_than_a_century_after_opening()
    {
        var policies = new SlaPolicySetBuilder()
            .Fallback(new SlaPolicyBuilder("Plain").Target(SlaMetric.Resolution, "normal", Duration.FromHours(8)).Build())
            .Build();
        var opened = Instant.FromUtc(2025, 1, 6, 2, 0);
        var ticket = Ticket(TicketEvent.Opened(opened));

        var atTheLimit = policies.Evaluate(ticket, opened + SlaPolicyBuilder.MaxTarget).For(SlaMetric.Resolution)[0];
        Assert.Equal((SlaStatus.Breached, SlaPolicyBuilder.MaxTarget), (atTheLimit.Status, atTheLimit.Elapsed));

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => policies.Evaluate(ticket, opened + SlaPolicyBuilder.MaxTarget + Duration.FromSeconds(1)));
        Assert.Equal("now", ex.ParamName);
        Assert.Contains("100 years", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_century_target_on_an_always_open_calendar_late_in_its_horizon_has_no_deadline_rather_than_a_wrapped_one()
    {
        // An always-open calendar registered by name: its cumulative time in 2150 plus a 100-year target passes
        // long.MaxValue; the deadline (2250) is beyond the horizon, so the evaluation refuses instead of wrapping.
        var policies = new SlaPolicySetBuilder()
            .AddCalendar("always", BusinessCalendar.AlwaysOpen(DateTimeZone.Utc))
            .Fallback(new SlaPolicyBuilder("Slow").OnCalendar("always").Target(SlaMetric.Resolution, "normal", SlaPolicyBuilder.MaxTarget).Build())
            .Build();
        var opened = Instant.FromUtc(2150, 1, 5, 9, 0);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => policies.Evaluate(Ticket(TicketEvent.Opened(opened)), opened + Duration.FromDays(1)));
        Assert.Equal("ticket", ex.ParamName);
        Assert.Contains("cannot be used up before the calendar's horizon ends", ex.Message, StringComparison.Ordinal);

        // In 2000 the same target fits the horizon: deadline exactly 36,525 days later.
        var early = Instant.FromUtc(2000, 1, 3, 9, 0);
        var r = policies.Evaluate(Ticket(TicketEvent.Opened(early)), early + Duration.FromDays(1)).For(SlaMetric.Resolution)[0];
        Assert.Equal(early + SlaPolicyBuilder.MaxTarget, r.Deadline);
    }

    [Fact]
    public void A_ticket_on_a_business_calendar_is_refused_more_than_a_century_after_opening()
    {
        var opened = L(1, 6, 9);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Set.Evaluate(Ticket(TicketEvent.Opened(opened)), opened + SlaPolicyBuilder.MaxTarget + Duration.FromDays(1)));
        Assert.Equal("now", ex.ParamName);
        Assert.Contains("100 years", ex.Message, StringComparison.Ordinal);
    }
}
