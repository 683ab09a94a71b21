// SLA evaluation throughput: 100,000 tickets of about 10 events against 5 policies, per ticket, on business hours and on 24/7.
using BenchmarkDotNet.Attributes;
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Sla.Evaluation;
using CustomerCare.Core.Sla.Policies;
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CustomerCare.Core.Benchmarks.Sla;

/// <summary>
/// 100,000 generated tickets (about 10 events each: replies, customer messages, pending/on-hold, notes, priority
/// changes, resolves and reopens over a working week) evaluated against 5 policies (4 conditional + fallback, up to 5
/// metrics each). Each benchmark evaluates all tickets once; <c>OperationsPerInvoke</c> makes Mean and Allocated
/// per ticket. Tickets per second = 1 s / Mean.
/// </summary>
[MemoryDiagnoser]
public class SlaBenchmarks
{
    private const int TicketCount = 100_000;
    private static readonly DateTimeZone Saigon = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];

    private readonly TicketTimeline[] _tickets;
    private readonly SlaPolicySet _business;
    private readonly SlaPolicySet _calendarTime;
    private readonly SlaMetricResult[] _buffer;
    private readonly Instant _now;

    public SlaBenchmarks()
    {
        var desk = new BusinessCalendarBuilder(Saigon)
            .AddWeekdays(new LocalTime(8, 0), new LocalTime(12, 0))
            .AddWeekdays(new LocalTime(13, 30), new LocalTime(17, 30))
            .AddWindow(IsoDayOfWeek.Saturday, new LocalTime(8, 0), new LocalTime(12, 0))
            .AddHoliday(new LocalDate(2026, 2, 16)).AddHoliday(new LocalDate(2026, 2, 17)).AddHoliday(new LocalDate(2026, 2, 18))
            .AddYearlyHoliday(new AnnualDate(4, 30)).AddYearlyHoliday(new AnnualDate(5, 1)).AddYearlyHoliday(new AnnualDate(9, 2))
            .Build();
        _business = Policies(desk, "desk");
        _calendarTime = Policies(desk, SlaPolicySet.CalendarTime);

        var random = new Random(20261122);
        var start = new LocalDateTime(2026, 3, 2, 8, 0).InZoneStrictly(Saigon).ToInstant();
        _tickets = new TicketTimeline[TicketCount];
        for (var i = 0; i < TicketCount; i++)
        {
            _tickets[i] = Ticket(random, start + Duration.FromMinutes(random.Next(0, 5 * 24 * 60)));
        }

        _now = start + Duration.FromDays(9);
        _buffer = new SlaMetricResult[_business.MaxResults(_tickets.MaxBy(t => t.Count)!)];
        AverageEvents = _tickets.Average(t => t.Count);
    }

    public double AverageEvents { get; }

    [Benchmark(Baseline = true, OperationsPerInvoke = TicketCount)]
    public int Evaluate_business_hours()
    {
        var total = 0;
        foreach (var ticket in _tickets)
        {
            total += _business.Evaluate(ticket, _now, _buffer, out _);
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = TicketCount)]
    public int Evaluate_calendar_time()
    {
        var total = 0;
        foreach (var ticket in _tickets)
        {
            total += _calendarTime.Evaluate(ticket, _now, _buffer, out _);
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = TicketCount)]
    public int Evaluate_business_hours_with_result_objects()
    {
        var total = 0;
        foreach (var ticket in _tickets)
        {
            total += _business.Evaluate(ticket, _now).Results.Count;
        }

        return total;
    }

    private static SlaPolicySet Policies(BusinessCalendar desk, string calendar)
    {
        SlaPolicyBuilder Common(string name, int scale) => new SlaPolicyBuilder(name).OnCalendar(calendar)
            .Target(SlaMetric.FirstResponse, Duration.FromMinutes(30 * scale), "urgent", "high")
            .Target(SlaMetric.FirstResponse, Duration.FromMinutes(120 * scale), "normal", "low")
            .Warn(SlaMetric.FirstResponse, SlaWarning.AtShare(0.75))
            .Target(SlaMetric.NextResponse, Duration.FromMinutes(60 * scale), "urgent", "high", "normal", "low")
            .PauseOn(SlaMetric.NextResponse, "on-hold")
            .Target(SlaMetric.PausablePeriodicUpdate, Duration.FromHours(4 * scale), "urgent", "high", "normal", "low")
            .PauseOn(SlaMetric.PausablePeriodicUpdate, "pending")
            .Target(SlaMetric.Resolution, Duration.FromHours(8 * scale), "urgent", "high")
            .Target(SlaMetric.Resolution, Duration.FromHours(24 * scale), "normal", "low")
            .Warn(SlaMetric.Resolution, SlaWarning.Before(Duration.FromHours(1)))
            .PauseOn(SlaMetric.Resolution, "pending", "on-hold");
        return new SlaPolicySetBuilder()
            .AddCalendar("desk", desk)
            .Add(Common("VIP", 1).When(SlaCondition.Segment("vip")).Build())
            .Add(Common("Chat", 1).When(SlaCondition.Channel("chat") & !SlaCondition.HasTag("bulk")).Build())
            .Add(Common("Billing", 2).When(SlaCondition.Category("billing")).Reopen(ReopenMode.NewCycle).Build())
            .Add(Common("Urgent", 1).When(SlaCondition.PriorityAtLeast("high")).ResponsesOnResolve(ResponseResolveMode.Pause).Build())
            .Fallback(Common("Standard", 3).Build())
            .Build();
    }

    private static readonly string[] Priorities = ["urgent", "high", "normal", "low"];
    private static readonly string[] Segments = ["vip", "smb", "consumer", "consumer"];
    private static readonly string[] Channels = ["email", "chat", "phone", "email"];
    private static readonly string[] Categories = ["billing", "repair", "delivery", "other"];

    private static TicketTimeline Ticket(Random random, Instant opened)
    {
        var attributes = new TicketAttributes(
            Priorities[random.Next(4)], Segments[random.Next(4)], Channels[random.Next(4)], Categories[random.Next(4)],
            random.Next(10) == 0 ? ["bulk"] : null);
        var events = new List<TicketEvent>(12) { TicketEvent.Opened(opened) };
        var t = opened;
        var resolved = false;
        var count = random.Next(7, 13);
        for (var i = 1; i < count; i++)
        {
            t += Duration.FromMinutes(random.Next(5, 6 * 60));
            var pick = random.Next(100);
            if (resolved)
            {
                events.Add(TicketEvent.Reopened(t));
                resolved = false;
                continue;
            }

            events.Add(pick switch
            {
                < 30 => TicketEvent.AgentPublicReply(t),
                < 55 => TicketEvent.CustomerReply(t),
                < 65 => TicketEvent.StatusChanged(t, "pending"),
                < 70 => TicketEvent.StatusChanged(t, "on-hold"),
                < 78 => TicketEvent.StatusChanged(t, "open"),
                < 84 => TicketEvent.AgentInternalNote(t),
                < 87 => TicketEvent.PriorityChanged(t, Priorities[random.Next(4)]),
                _ => TicketEvent.Resolved(t),
            });
            resolved = events[^1].Kind == TicketEventKind.Resolved;
        }

        return new TicketTimeline(attributes, events);
    }
}
