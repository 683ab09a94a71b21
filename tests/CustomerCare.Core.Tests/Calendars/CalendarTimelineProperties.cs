// The timeline's O(1) lookup tables must give exactly what the plain binary searches give, on every kind of calendar.
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Tests.TestInfrastructure;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Xunit.Sdk;

namespace CustomerCare.Core.Tests.Calendars;

/// <summary>What a random timeline case is made of; <see cref="Kind"/> picks the shape that stresses the tables.</summary>
public sealed record TimelineCase(TimelineKind Kind, CalendarSpec Spec, int Year, int DayOfYear, int Weeks, long[] Seeds)
{
    public override string ToString() => $"{Kind}: {Spec}; year {Year}, day {DayOfYear}, {Weeks} weeks; seeds [{string.Join(", ", Seeds)}]";
}

/// <summary>The calendar shapes the properties run on.</summary>
public enum TimelineKind
{
    /// <summary>A random calendar from <see cref="CalendarGen.Spec"/>, often near a clock change.</summary>
    Random,

    /// <summary>The random calendar plus one to several whole weeks of holidays: irregular weeks with zero business time
    /// in a row, so their cumulative totals are equal.</summary>
    HolidayWeeks,

    /// <summary>No weekly windows at all, open only on a few override dates spread over the horizon (WeekTotal 0).</summary>
    OverridesOnly,

    /// <summary>One hour a week, plus runs of 24-hour override days: override weeks up to 168 times WeekTotal.</summary>
    HugeOverrides,
}

public sealed class CalendarTimelineProperties
{
    private static readonly Gen<TimelineCase> Cases =
        from kind in Gen.Elements(Enum.GetValues<TimelineKind>())
        from spec in CalendarGen.Spec
        from year in Gen.Choose(1901, 2198)
        from dayOfYear in Gen.Choose(0, 364)
        from weeks in Gen.Choose(1, 6)
        from seeds in Gen.ArrayOf(Gen.Choose(int.MinValue, int.MaxValue).Select(i => (long)i), 64)
        select new TimelineCase(kind, spec, year, dayOfYear, weeks, seeds);

    [Fact]
    public void The_week_table_finds_the_same_irregular_weeks_as_the_binary_search()
    {
        PropertyTest.ForAll(Cases, c =>
        {
            var timeline = Build(c).Timeline;
            foreach (var t in Instants(timeline, c))
            {
                Check(c, $"irregular starts at or before {t}", timeline.IrregularStartsAtOrBeforeReference(t), timeline.IrregularStartsAtOrBefore(t));
                if (t >= timeline.MinSupported && t < timeline.EndSupported)
                {
                    Check(c, $"Cumulative({t})", timeline.CumulativeReference(t), timeline.Cumulative(t));
                }
            }
        }, maxTest: 60);
    }

    [Fact]
    public void The_cumulative_table_inverts_exactly_like_the_binary_search()
    {
        PropertyTest.ForAll(Cases, c =>
        {
            var timeline = Build(c).Timeline;
            CheckShape(c, timeline);
            foreach (var target in Targets(timeline, c))
            {
                foreach (var strict in new[] { false, true })
                {
                    Check(c, $"irregular cumulatives below {target} (strict {strict})", timeline.IrregularCumulativesBelowReference(target, strict), timeline.IrregularCumulativesBelow(target, strict));
                    if (target > long.MinValue / 2 && target < long.MaxValue / 2)
                    {
                        var expected = timeline.TryInvertReference(target, strict, out var expectedInstant);
                        var actual = timeline.TryInvert(target, strict, out var actualInstant);
                        Check(c, $"TryInvert({target}, strict {strict})", (expected, expected ? expectedInstant : 0), (actual, actual ? actualInstant : 0));
                    }
                }
            }
        }, maxTest: 60);
    }

    [Fact]
    public void CumulativeSorted_equals_Cumulative_of_each_instant()
    {
        var ticket =
            from c in Cases
            from count in Gen.Choose(0, 16)
            from steps in TicketSteps(count)
            select (Case: c, Steps: steps);
        PropertyTest.ForAll(ticket, x =>
        {
            var timeline = Build(x.Case).Timeline;
            var instants = TicketInstants(timeline, x.Case, x.Steps);
            var sorted = new long[instants.Length + 2];
            sorted[^1] = sorted[^2] = -42; // past the instants: must stay untouched
            timeline.CumulativeSorted(instants, sorted);
            for (var i = 0; i < instants.Length; i++)
            {
                Check(x.Case, $"CumulativeSorted[{i}] at {instants[i]}", timeline.Cumulative(instants[i]), sorted[i]);
            }

            Check(x.Case, "destination beyond the instants", (-42L, -42L), (sorted[^2], sorted[^1]));
        }, maxTest: 100);
    }

    [Fact]
    public void Inverting_inside_an_anchored_week_equals_TryInvert()
    {
        // The SLA engine inverts from the anchor of the point where a deadline's stretch starts: targets from that
        // point's cumulative time (strict) or just past it (not strict) up to several weeks beyond, so both the
        // in-week path and the fall-back are exercised; the anchors come from CumulativeSorted as the engine gets them.
        var ticket =
            from c in Cases
            from count in Gen.Choose(1, 12)
            from steps in TicketSteps(count)
            from budgets in Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(0L)), (1, Gen.Constant(1L)), (6, Gen.Choose(1, 40 * 3600).Select(x => x * NodaConstants.NanosecondsPerSecond)), (1, Gen.Choose(1, 2000).Select(x => x * NodaConstants.NanosecondsPerHour))), count)
            select (Case: c, Steps: steps, Budgets: budgets);
        PropertyTest.ForAll(ticket, x =>
        {
            var timeline = Build(x.Case).Timeline;
            var instants = TicketInstants(timeline, x.Case, x.Steps);
            var cumulative = new long[instants.Length];
            var anchors = new WeekAnchor[instants.Length];
            timeline.CumulativeSorted(instants, cumulative, anchors);
            for (var i = 0; i < instants.Length; i++)
            {
                Check(x.Case, $"anchor of {instants[i]}", timeline.AnchorOf(instants[i]), anchors[i]);
                var strict = x.Budgets[i] == 0;
                var target = cumulative[i] + x.Budgets[i];
                var expected = timeline.TryInvert(target, strict, out var expectedInstant);
                var actual = timeline.TryInvertInWeek(anchors[i], target, strict, out var actualInstant);
                Check(x.Case, $"invert {x.Budgets[i]} ns after {instants[i]} (strict {strict})", (expected, expected ? expectedInstant : 0), (actual, actual ? actualInstant : 0));
            }
        }, maxTest: 100);
    }

    [Fact]
    public void Counting_the_values_at_or_below_x_equals_an_upper_bound_search()
    {
        // Lengths 0 to 40 cover the empty array, the scalar-only path (< 4), whole vectors and every tail length;
        // duplicates and probes on, between and beyond the values check the "at or below" edge.
        var gen =
            from values in Gen.ArrayOf(Gen.Choose(-1000, 1000).Select(v => (long)v)).Select(a => a.Take(40).Order().ToArray())
            from probes in Gen.ArrayOf(Gen.Choose(-1100, 1100).Select(v => (long)v), 8)
            select (Values: values, Probes: probes);
        PropertyTest.ForAll(gen, x =>
        {
            foreach (var probe in x.Probes.Concat(x.Values).Concat(x.Values.Select(v => v - 1)))
            {
                var expected = x.Values.Count(v => v <= probe);
                Assert.Equal(expected, CalendarTimeline.CountAtOrBelow(x.Values, probe));
            }
        });
    }

    // The gaps between a ticket's events, in seconds: some simultaneous, most within a day, some over several days.
    private static Gen<int[]> TicketSteps(int count) =>
        Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(0)), (6, Gen.Choose(1, 86400)), (2, Gen.Choose(86400, 4 * 86400))), count);

    // A ticket's sorted instants from the case's anchor, kept inside the supported horizon.
    private static long[] TicketInstants(CalendarTimeline timeline, TimelineCase c, int[] steps)
    {
        var instants = new long[steps.Length];
        var t = Anchor(timeline, c);
        for (var i = 0; i < instants.Length; i++)
        {
            t += steps[i] * NodaConstants.NanosecondsPerSecond;
            instants[i] = Math.Min(t, timeline.EndSupported - 1);
        }

        return instants;
    }

    [Fact]
    public void CumulativeSorted_rejects_a_destination_shorter_than_the_instants()
    {
        var timeline = BusinessCalendar.AlwaysOpen(DateTimeZone.Utc).Timeline;
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => timeline.CumulativeSorted([0, 1, 2], new long[2]));
        Assert.NotNull(ex.Message);
    }

    [Fact]
    public void CumulativeSorted_on_a_Berlin_ticket_across_a_holiday_and_a_clock_change_matches_hand_checked_elapsed_time()
    {
        // Mon–Fri 09:00–17:00 in Berlin; Friday 2026-10-23 is a holiday; clocks go back on Sunday 2026-10-25.
        // Instants: Thu 22nd 10:00, Thu 16:00, Fri 23rd 12:00, Mon 26th 09:30, Mon 17:30.
        // Business time from the first: 0, 6 h (Thu 10–16), 7 h (Thu 10–17, Fri closed), 7.5 h, 15 h (Mon 9–17).
        var berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
        var calendar = BusinessCalendar.CreateBuilder(berlin).AddWeekdays(new LocalTime(9, 0), new LocalTime(17, 0)).AddHoliday(new LocalDate(2026, 10, 23)).Build();
        long[] instants =
        [
            Ns(berlin, 2026, 10, 22, 10, 0), Ns(berlin, 2026, 10, 22, 16, 0), Ns(berlin, 2026, 10, 23, 12, 0),
            Ns(berlin, 2026, 10, 26, 9, 30), Ns(berlin, 2026, 10, 26, 17, 30),
        ];
        var f = new long[instants.Length];
        calendar.Timeline.CumulativeSorted(instants, f);
        var hours = f.Select(x => (x - f[0]) / (double)NodaConstants.NanosecondsPerHour).ToArray();
        Assert.Equal([0, 6, 7, 7.5, 15], hours);
    }

    [Fact]
    public void CumulativeSorted_allocates_nothing_once_warm()
    {
        var berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
        var timeline = BusinessCalendar.CreateBuilder(berlin).AddWeekdays(new LocalTime(9, 0), new LocalTime(17, 0)).AddHoliday(new LocalDate(2026, 10, 23)).Build().Timeline;
        long[] instants = [Ns(berlin, 2026, 10, 20, 10, 0), Ns(berlin, 2026, 10, 22, 10, 0), Ns(berlin, 2026, 10, 27, 10, 0), Ns(berlin, 2026, 11, 3, 10, 0)];
        var destination = new long[instants.Length];
        timeline.CumulativeSorted(instants, destination);
        AllocationAssert.NoAllocations(() => timeline.CumulativeSorted(instants, destination));
    }

    [Fact]
    public void The_tables_stay_within_64_KB_for_the_full_horizon()
    {
        // 1900-01-01 to 2199-12-31 is ~15,650 weeks: one ushort per week for Locate and at most one per week for TryInvert.
        foreach (var calendar in new[] { BusinessCalendar.AlwaysOpen(DateTimeZoneProviders.Tzdb["Europe/Berlin"]), Build(new TimelineCase(TimelineKind.OverridesOnly, Spec("America/New_York"), 2020, 10, 2, [1, 2, 3])) })
        {
            var bytes = calendar.Timeline.LookupTableBytes;
            Assert.InRange(bytes, 2 * 15_000, 64 * 1024);
        }
    }

    [Fact]
    public void In_every_tzdb_zone_the_week_table_is_exact_at_every_irregular_start_and_scans_at_most_two_steps()
    {
        // Local Mondays lie 7 days apart less at most a day's offset change, so at most two irregular weeks start
        // inside one bucket after its start; a third step would mean the bound in the code's comment is wrong.
        foreach (var id in DateTimeZoneProviders.Tzdb.Ids)
        {
            var timeline = BusinessCalendar.CreateBuilder(DateTimeZoneProviders.Tzdb[id]).AddWeekdays(new LocalTime(9, 0), new LocalTime(17, 0)).AddYearlyHoliday(new AnnualDate(1, 1)).Build().Timeline;
            foreach (var start in timeline.IrregularStarts)
            {
                foreach (var t in new[] { start - 1, start, start + 1 })
                {
                    var expected = timeline.IrregularStartsAtOrBeforeReference(t);
                    Assert.True(expected == timeline.IrregularStartsAtOrBefore(t), $"{id}: at {t}, expected {expected}");
                    if (t >= timeline.MinSupported && t < timeline.EndSupported)
                    {
                        Assert.True(expected - timeline.IrregularStartsAtOrBeforeBucketStart(t) <= 2, $"{id}: more than two irregular starts in one bucket before {t}");
                    }
                }
            }
        }
    }

    [Fact]
    public void Lookups_outside_the_horizon_fall_back_to_the_binary_search()
    {
        var timeline = BusinessCalendar.CreateBuilder(DateTimeZoneProviders.Tzdb["Europe/Berlin"]).AddWeekdays(new LocalTime(9, 0), new LocalTime(17, 0)).Build().Timeline;
        foreach (var t in new[] { long.MinValue, timeline.MinSupported - (100 * CalendarTimeline.WeekLength), timeline.EndSupported + (100 * CalendarTimeline.WeekLength), long.MaxValue })
        {
            Assert.Equal(timeline.IrregularStartsAtOrBeforeReference(t), timeline.IrregularStartsAtOrBefore(t));
        }

        Assert.Equal(0, timeline.IrregularStartsAtOrBefore(long.MinValue));
        Assert.Equal(timeline.IrregularStarts.Length, timeline.IrregularStartsAtOrBefore(long.MaxValue));
        Assert.Equal(0, timeline.IrregularCumulativesBelow(long.MinValue, strict: true));
        Assert.Equal(timeline.IrregularCumulatives.Length, timeline.IrregularCumulativesBelow(long.MaxValue, strict: false));
    }

    private static BusinessCalendar Build(TimelineCase c)
    {
        var zone = c.Spec.Zone;
        var first = new LocalDate(c.Year, 1, 1).PlusDays(c.DayOfYear);
        switch (c.Kind)
        {
            case TimelineKind.Random:
                return c.Spec.Build();
            case TimelineKind.HolidayWeeks:
                {
                    var builder = Rebuild(c.Spec, withWindows: true);
                    var taken = new HashSet<LocalDate>([.. c.Spec.Holidays, .. c.Spec.Overrides.Select(o => o.Date), .. c.Spec.ClosedOverrides]);
                    foreach (var date in Enumerable.Range(0, 7 * c.Weeks).Select(first.PlusDays).Concat(Enumerable.Range(0, 14).Select(c.Spec.Anchor.PlusDays)).Where(taken.Add))
                    {
                        builder.AddHoliday(date);
                    }

                    return builder.Build();
                }

            case TimelineKind.OverridesOnly:
                {
                    var builder = BusinessCalendar.CreateBuilder(zone);
                    var dates = new SortedSet<LocalDate> { first, c.Spec.Anchor };
                    foreach (var seed in c.Seeds.Take(8))
                    {
                        dates.Add(new LocalDate(1901, 1, 1).PlusDays((int)(Math.Abs(seed) % (298 * 365))));
                    }

                    foreach (var date in dates)
                    {
                        builder.AddOverride(date, new LocalTime(8, 0), new LocalTime(20, 0));
                    }

                    return builder.Build();
                }

            default:
                {
                    var builder = BusinessCalendar.CreateBuilder(zone).AddWindow(IsoDayOfWeek.Wednesday, new LocalTime(10, 0), new LocalTime(11, 0));
                    foreach (var date in Enumerable.Range(0, 7 * c.Weeks).Select(first.PlusDays).Concat(Enumerable.Range(0, 10).Select(c.Spec.Anchor.PlusDays)).Distinct())
                    {
                        builder.AddOverride(date, LocalTime.Midnight, LocalTime.Midnight);
                    }

                    return builder.Build();
                }
        }
    }

    // The shapes must be what they claim, or the property would test less than it says.
    private static void CheckShape(TimelineCase c, CalendarTimeline timeline)
    {
        var totals = timeline.IrregularTotals.ToArray();
        switch (c.Kind)
        {
            case TimelineKind.HolidayWeeks when c.Weeks >= 3 && Math.Abs(c.Year - c.Spec.Anchor.Year) > 1:
                // Three weeks of holidays hold a whole local week, Sunday before included, so nothing spills into it.
                Check(c, "some irregular week holds no business time", true, totals.Contains(0));
                break;
            case TimelineKind.OverridesOnly:
                Check(c, "WeekTotal", 0L, timeline.WeekTotal);
                // Clock-change weeks (more than the override weeks) hold nothing, so their cumulatives repeat.
                var cumulative = timeline.IrregularCumulatives.ToArray();
                Check(c, "equal cumulatives in a row", true, cumulative.Length <= 20 || cumulative.Zip(cumulative.Skip(1)).Any(p => p.First == p.Second));
                break;
            case TimelineKind.HugeOverrides:
                Check(c, "an override week holds at least 24 ordinary weeks", true, totals.Max() >= 24 * timeline.WeekTotal);
                break;
        }
    }

    private static BusinessCalendarBuilder Rebuild(CalendarSpec spec, bool withWindows)
    {
        var builder = BusinessCalendar.CreateBuilder(spec.Zone);
        if (withWindows)
        {
            foreach (var (day, from, to) in spec.Windows)
            {
                builder.AddWindow((IsoDayOfWeek)day, Time(from), Time(to));
            }
        }

        foreach (var date in spec.Holidays)
        {
            builder.AddHoliday(date);
        }

        foreach (var (date, from, to) in spec.Overrides)
        {
            builder.AddOverride(date, Time(from), Time(to));
        }

        foreach (var date in spec.ClosedOverrides)
        {
            builder.OverrideFor(date);
        }

        foreach (var (from, to) in spec.Breaks)
        {
            builder.AddBreak(from, to);
        }

        return builder;
    }

    // Random instants over the whole horizon and near the case's dates, and every irregular week's start, just before
    // it and just after it (the buckets' edges), plus a little outside the horizon.
    private static IEnumerable<long> Instants(CalendarTimeline timeline, TimelineCase c)
    {
        var min = timeline.MinSupported;
        var end = timeline.EndSupported;
        var width = (ulong)(end - min);
        var anchor = Anchor(timeline, c);
        yield return min;
        yield return end - 1;
        yield return min - 1;
        yield return end;
        yield return min - CalendarTimeline.WeekLength - 1;
        yield return end + CalendarTimeline.WeekLength + 1;
        foreach (var seed in c.Seeds)
        {
            yield return min + (long)(((ulong)seed * 0x9E3779B97F4A7C15UL) % width);
            yield return anchor + (seed % (30 * CalendarTimeline.Day / 1_000_000) * 1_000_000);
        }

        // Bucket edges: the first and last buckets, and random ones.
        var (weekBase, weekBuckets) = timeline.WeekBuckets;
        foreach (var b in c.Seeds.Select(seed => (long)((ulong)seed % (ulong)weekBuckets)).Concat([0, 1, weekBuckets - 1, weekBuckets]))
        {
            var edge = weekBase + (b * CalendarTimeline.WeekLength);
            yield return edge - 1;
            yield return edge;
            yield return edge + 1;
        }

        var starts = timeline.IrregularStarts.ToArray();
        foreach (var s in starts)
        {
            foreach (var d in new[] { -CalendarTimeline.WeekLength, -1, 0, 1, CalendarTimeline.Day })
            {
                if (s + d >= min - (2 * CalendarTimeline.WeekLength))
                {
                    yield return s + d;
                }
            }
        }
    }

    // Cumulative targets exactly on every irregular week's start and end, one nanosecond either side, random ones over
    // the whole range and beyond it, and the extremes.
    private static IEnumerable<long> Targets(CalendarTimeline timeline, TimelineCase c)
    {
        var low = timeline.Cumulative(timeline.MinSupported);
        var high = timeline.Cumulative(timeline.EndSupported - 1);
        yield return long.MinValue;
        yield return long.MaxValue;
        yield return low;
        yield return high;
        foreach (var d in new[] { -CalendarTimeline.WeekLength, -1, 1, CalendarTimeline.WeekLength })
        {
            yield return low + d;
            yield return high + d;
        }

        var width = (ulong)(high - low) + 1;
        foreach (var seed in c.Seeds)
        {
            yield return low + (long)(((ulong)seed * 0x9E3779B97F4A7C15UL) % width);
        }

        var cumulative = timeline.IrregularCumulatives.ToArray();
        var totals = timeline.IrregularTotals.ToArray();
        var (cumulativeBase, shift, buckets) = timeline.CumulativeBuckets;
        var edges = c.Seeds.Select(seed => (ulong)seed % (ulong)buckets)
            .Concat(cumulative.Select(x => (ulong)(x - cumulativeBase) >> shift))
            .Concat([0UL, 1UL, (ulong)buckets - 1, (ulong)buckets, (ulong)buckets + 1]);
        foreach (var b in edges)
        {
            var edge = cumulativeBase + (long)(b << shift);
            yield return edge - 1;
            yield return edge;
            yield return edge + 1;
        }

        for (var j = 0; j < cumulative.Length; j++)
        {
            foreach (var at in new[] { cumulative[j], cumulative[j] + totals[j] })
            {
                yield return at - 1;
                yield return at;
                yield return at + 1;
            }
        }
    }

    private static long Anchor(CalendarTimeline timeline, TimelineCase c)
    {
        var date = c.Kind == TimelineKind.Random ? c.Spec.Anchor : new LocalDate(c.Year, 1, 1).PlusDays(c.DayOfYear - 3);
        var t = CalendarTimeline.ToNanoseconds(date.AtStartOfDayInZone(c.Spec.Zone).ToInstant());
        return Math.Clamp(t, timeline.MinSupported, timeline.EndSupported - 1);
    }

    private static CalendarSpec Spec(string zoneId) => new(zoneId, [], [], [], [], [], new LocalDate(2020, 3, 1));

    private static long Ns(DateTimeZone zone, int year, int month, int day, int hour, int minute) =>
        CalendarTimeline.ToNanoseconds(new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(zone).ToInstant());

    private static LocalTime Time(int minutes) => minutes == 1440 ? LocalTime.Midnight : LocalTime.FromMinutesSinceMidnight(minutes);

    private static void Check<T>(TimelineCase c, string what, T expected, T actual)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
        {
            throw new XunitException($"{what}: expected {expected}, actual {actual}\n  case: {c}");
        }
    }
}
