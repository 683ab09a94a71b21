// Chapter "Business hours": the desk's calendar in Ho Chi Minh City, its deadlines and the business time tickets waited.
using System.Globalization;
using CustomerCare.Core.Calendars;
using NodaTime;
using NodaTime.Text;

namespace CareDesk;

/// <summary>The desk's opening hours and what they do to deadlines and waiting times.</summary>
internal static class CalendarsChapter
{
    private static readonly DateTimeZone Saigon = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];
    private static readonly LocalDateTimePattern Local = LocalDateTimePattern.CreateWithInvariantCulture("ddd dd MMM uuuu HH:mm");

    /// <summary>
    /// Mon–Fri 08:00–12:00 and 13:30–17:30, Sat 08:00–12:00; closed on the yearly public holidays and for Tết 2027
    /// (4–10 February), with a half day on the eve.
    /// </summary>
    public static BusinessCalendar Desk { get; } = BuildDesk();

    public static void Run(Instant now)
    {
        var local = now.InZone(Saigon).LocalDateTime;
        Console.WriteLine($"Opening hours in {Saigon.Id}: {Desk.WeeklyBusinessTime.TotalHours} business hours in an ordinary week.");
        Console.WriteLine($"It is {Show(now)} local; the desk is {(Desk.IsOpen(now) ? "open" : "closed")} and next closes at {Show(Desk.NextClosing(now))}.");

        // A first reply is due within 4 business hours of the ticket.
        Console.WriteLine($"Ticket in now, first reply within 4 business hours: due {Show(Desk.Add(now, Duration.FromHours(4)))}.");

        // The same ticket, but waiting on the customer (the SLA clock paused) tomorrow 09:00–14:00.
        var tomorrow = local.Date.PlusDays(1);
        var pause = new Interval(At(tomorrow.At(new LocalTime(9, 0))), At(tomorrow.At(new LocalTime(14, 0))));
        Console.WriteLine($"  ... paused {Show(pause.Start)} to {Show(pause.End)} for the customer: due {Show(Desk.Add(now, Duration.FromHours(4), ExclusionSet.FromSorted(pause)))}.");

        // A ticket just before Tết: the half day on the eve counts, the closure does not.
        var beforeTet = At(new LocalDateTime(2027, 2, 2, 16, 0));
        Console.WriteLine($"Ticket in {Show(beforeTet)}, resolution within 8 business hours: due {Show(Desk.Add(beforeTet, Duration.FromHours(8)))} (after Tết).");

        // Waiting time in business hours: a ticket from Saturday morning answered on Monday.
        var asked = At(new LocalDateTime(2026, 11, 21, 10, 0));
        var answered = At(new LocalDateTime(2026, 11, 23, 9, 15));
        Console.WriteLine($"Asked {Show(asked)}, answered {Show(answered)}: {Hours(Desk.Elapsed(asked, answered))} business hours of {Hours(answered - asked)} on the clock.");

        // To meet a Friday 12:00 deadline with 6 business hours of work, start no later than:
        var friday = At(new LocalDateTime(2026, 11, 27, 12, 0));
        Console.WriteLine($"6 business hours of work due {Show(friday)}: start by {Show(Desk.Subtract(friday, Duration.FromHours(6)))}.");

        Console.Write("Open tomorrow:");
        foreach (var open in Desk.OpenIntervals(At(tomorrow.AtMidnight()), At(tomorrow.PlusDays(1).AtMidnight())))
        {
            Console.Write($" {open.Start.InZone(Saigon):HH:mm}–{open.End.InZone(Saigon):HH:mm}");
        }

        Console.WriteLine();
    }

    private static BusinessCalendar BuildDesk()
    {
        var builder = new BusinessCalendarBuilder(Saigon)
            .AddWeekdays(new LocalTime(8, 0), new LocalTime(12, 0))
            .AddWeekdays(new LocalTime(13, 30), new LocalTime(17, 30))
            .AddWindow(IsoDayOfWeek.Saturday, new LocalTime(8, 0), new LocalTime(12, 0))
            .AddYearlyHoliday(new AnnualDate(1, 1))     // New Year's Day
            .AddYearlyHoliday(new AnnualDate(4, 30))    // Reunification Day
            .AddYearlyHoliday(new AnnualDate(5, 1))     // Labour Day
            .AddYearlyHoliday(new AnnualDate(9, 2))     // National Day
            .AddOverride(new LocalDate(2027, 2, 3), new LocalTime(8, 0), new LocalTime(11, 0)); // the eve of the Tết closure
        for (var day = new LocalDate(2027, 2, 4); day <= new LocalDate(2027, 2, 10); day = day.PlusDays(1))
        {
            builder.AddHoliday(day);
        }

        return builder.Build();
    }

    private static Instant At(LocalDateTime local) => local.InZoneLeniently(Saigon).ToInstant();

    private static string Show(Instant? instant) => instant is { } i ? Local.Format(i.InZone(Saigon).LocalDateTime) : "never";

    private static string Hours(Duration duration) => duration.TotalHours.ToString("0.##", CultureInfo.InvariantCulture);
}
