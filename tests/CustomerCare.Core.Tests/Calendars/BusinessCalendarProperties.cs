// Laws of business-time arithmetic over random calendars, zones and instants, and agreement with a second-stepping reference.
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Tests.TestInfrastructure;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Xunit.Sdk;

namespace CustomerCare.Core.Tests.Calendars;

public sealed class BusinessCalendarProperties
{
    [CareProperty(60)]
    public Property Agrees_with_the_second_stepping_reference() =>
        Prop.ForAll(CalendarGen.SmallCase.ToArbitrary(), c =>
        {
            var calendar = c.Spec.Build();
            var pauses = ExclusionSet.FromSorted(c.Pauses);
            var reference = new ReferenceCalendar(c.Spec, [], c.Spec.Anchor.PlusDays(-4), c.Spec.Anchor.PlusDays(10));
            var paused = new ReferenceCalendar(c.Spec, c.Pauses, c.Spec.Anchor.PlusDays(-4), c.Spec.Anchor.PlusDays(10));
            var start = c.Start.ToUnixTimeSeconds();
            var limit = start + (4 * 86400);

            Check(c, "IsOpen", reference.IsOpen(start), calendar.IsOpen(c.Start));
            Check(c, "Elapsed", reference.Elapsed(start, start + c.SpanSeconds), (long)calendar.Elapsed(c.Start, c.Start + Duration.FromSeconds(c.SpanSeconds)).TotalSeconds);
            Check(c, "Elapsed with pauses", paused.Elapsed(start, start + c.SpanSeconds), (long)calendar.Elapsed(c.Start, c.Start + Duration.FromSeconds(c.SpanSeconds), pauses).TotalSeconds);
            if (reference.Add(start, c.BudgetSeconds, limit) is { } expected)
            {
                Check(c, "Add", Instant.FromUnixTimeSeconds(expected), calendar.Add(c.Start, Duration.FromSeconds(c.BudgetSeconds)));
            }

            if (paused.Add(start, c.BudgetSeconds, limit) is { } expectedPaused)
            {
                Check(c, "Add with pauses", Instant.FromUnixTimeSeconds(expectedPaused), calendar.Add(c.Start, Duration.FromSeconds(c.BudgetSeconds), pauses));
            }
        });

    [CareProperty]
    public Property Elapsed_inverts_Add_and_Subtract_inverts_Add() =>
        Prop.ForAll(CalendarGen.LargeCase.ToArbitrary(), c =>
        {
            var calendar = c.Spec.Build();
            var budget = Duration.FromSeconds(c.BudgetSeconds);
            foreach (var pauses in new[] { ExclusionSet.Empty, ExclusionSet.FromSorted(c.Pauses) })
            {
                var deadline = calendar.Add(c.Start, budget, pauses);
                Check(c, "deadline not before start", true, deadline >= c.Start);
                Check(c, "Elapsed(t, Add(t, d))", budget, calendar.Elapsed(c.Start, deadline, pauses));
                if (c.BudgetSeconds > 0)
                {
                    var latest = calendar.Subtract(deadline, budget, pauses);
                    Check(c, "Subtract(Add(t, d), d) >= t", true, latest >= c.Start);
                    Check(c, "Elapsed(Subtract(e, d), e)", budget, calendar.Elapsed(latest, deadline, pauses));
                    Check(c, "Add(Subtract(e, d), d)", deadline, calendar.Add(latest, budget, pauses));
                }
            }
        });

    [CareProperty]
    public Property Add_is_monotone_and_lands_on_an_open_instant_or_a_window_end() =>
        Prop.ForAll(CalendarGen.LargeCase.ToArbitrary(), c =>
        {
            var calendar = c.Spec.Build();
            var smaller = Duration.FromSeconds(c.BudgetSeconds / 2);
            var larger = Duration.FromSeconds(c.BudgetSeconds);
            var d1 = calendar.Add(c.Start, smaller);
            var d2 = calendar.Add(c.Start, larger);
            Check(c, "monotone", true, d1 <= d2);
            if (c.BudgetSeconds > 0)
            {
                Check(c, "open or a window end", true, calendar.IsOpen(d2) || calendar.IsOpen(d2 - Duration.Epsilon));
            }
            else
            {
                Check(c, "zero budget lands on an open instant", true, calendar.IsOpen(d2));
            }
        });

    [CareProperty]
    public Property Elapsed_is_additive_and_never_exceeds_wall_time() =>
        Prop.ForAll(CalendarGen.LargeCase.ToArbitrary(), c =>
        {
            var calendar = c.Spec.Build();
            var pauses = ExclusionSet.FromSorted(c.Pauses);
            var a = c.Start;
            var b = a + Duration.FromSeconds(c.SpanSeconds / 3);
            var e = a + Duration.FromSeconds(c.SpanSeconds);
            var whole = calendar.Elapsed(a, e, pauses);
            Check(c, "additive", whole, calendar.Elapsed(a, b, pauses) + calendar.Elapsed(b, e, pauses));
            Check(c, "at most wall time", true, whole <= e - a && whole >= Duration.Zero);
        });

    [CareProperty]
    public Property Open_intervals_cover_exactly_the_elapsed_business_time() =>
        Prop.ForAll(CalendarGen.LargeCase.ToArbitrary(), c =>
        {
            var calendar = c.Spec.Build();
            var pauses = ExclusionSet.FromSorted(c.Pauses);
            var end = c.Start + Duration.FromSeconds(c.SpanSeconds);
            var sum = Duration.Zero;
            var previousEnd = Instant.MinValue;
            foreach (var interval in calendar.OpenIntervals(c.Start, end, pauses))
            {
                Check(c, "disjoint, separated and ordered", true, interval.Start > previousEnd && interval.Start < interval.End);
                Check(c, "starts open", true, calendar.IsOpen(interval.Start));
                sum += interval.Duration;
                previousEnd = interval.End;
            }

            Check(c, "sum of open intervals", calendar.Elapsed(c.Start, end, pauses), sum);
        });

    [CareProperty]
    public Property Next_opening_and_next_closing_bound_the_open_runs() =>
        Prop.ForAll(CalendarGen.LargeCase.ToArbitrary(), c =>
        {
            var calendar = c.Spec.Build();
            var pauses = ExclusionSet.FromSorted(c.Pauses);
            var opening = calendar.NextOpening(c.Start, pauses);
            if (opening is { } o)
            {
                Check(c, "next opening is open", true, calendar.IsOpen(o) && calendar.Elapsed(o, o + Duration.Epsilon, pauses) > Duration.Zero);
                Check(c, "nothing open before the next opening", Duration.Zero, calendar.Elapsed(c.Start, o, pauses));
                var closing = calendar.NextClosing(o, pauses);
                if (closing is { } e)
                {
                    Check(c, "open all the way to the next closing", e - o, calendar.Elapsed(o, e, pauses));
                    Check(c, "closed at the next closing", Duration.Zero, calendar.Elapsed(e, e + Duration.Epsilon, pauses));
                }
            }
        });

    [CareProperty(50)]
    public Property Json_round_trips_every_random_calendar() =>
        Prop.ForAll(CalendarGen.LargeCase.ToArbitrary(), c =>
        {
            var calendar = c.Spec.Build();
            var json = BusinessCalendarJson.Write(calendar);
            var back = BusinessCalendarJson.Read(json);
            Check(c, "JSON is stable", json, BusinessCalendarJson.Write(back));
            var budget = Duration.FromSeconds(c.BudgetSeconds);
            Check(c, "same deadline after a round trip", calendar.Add(c.Start, budget), back.Add(c.Start, budget));
        });

    private static void Check<T>(CalendarCase c, string what, T expected, T actual)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
        {
            throw new XunitException($"{what}: expected {expected}, actual {actual}\n  case: {c}");
        }
    }
}
