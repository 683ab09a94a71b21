// The business timeline's contract (cumulative time, batch lookup, inversion) and its O(1) lookup tables, on every kind of calendar.
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Calendars.Compilation;
using CustomerCare.Core.Tests.TestInfrastructure;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using NodaTime.TimeZones;
using Xunit.Sdk;

namespace CustomerCare.Core.Tests.Calendars.Compilation;

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

public sealed class BusinessTimelineProperties
{
    private static readonly Gen<TimelineCase> Cases =
        from kind in Gen.Elements(Enum.GetValues<TimelineKind>())
        from spec in CalendarGen.Spec
        from year in Gen.Choose(1901, 2198)
        from dayOfYear in Gen.Choose(0, 364)
        from weeks in Gen.Choose(1, 6)
        from seeds in Gen.ArrayOf(Gen.Choose(int.MinValue, int.MaxValue).Select(i => (long)i), 64)
        select new TimelineCase(kind, spec, year, dayOfYear, weeks, seeds);

    [CareProperty(60)]
    public Property F_rises_one_for_one_inside_the_windows_and_is_flat_outside_at_every_week_and_chunk_edge() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var timeline = Build(c).BusinessTimeline;
            foreach (var t in Instants(timeline, c))
            {
                if (t >= timeline.MinSupported && t < timeline.EndSupported - 1)
                {
                    // F rises by exactly one nanosecond over each open nanosecond and stays flat over closed ones.
                    Check(c, $"F({t} + 1 ns) - F({t})", timeline.IsOpen(t) ? 1L : 0L, timeline.Cumulative(t + 1) - timeline.Cumulative(t));
                }
            }
        });

    [CareProperty(60)]
    public Property Inverting_F_is_exact_at_every_week_and_chunk_edge() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var timeline = Build(c).BusinessTimeline;
            CheckShape(c, timeline);
            var low = timeline.Cumulative(timeline.MinSupported);
            var high = timeline.Cumulative(timeline.EndSupported - 1);
            foreach (var target in Targets(timeline, c))
            {
                foreach (var strict in new[] { false, true })
                {
                    if (target > long.MinValue / 2 && target < long.MaxValue / 2)
                    {
                        CheckInversion(c, timeline, target, strict, low, high);
                    }
                    else
                    {
                        Check(c, $"TryInvert({target}) far outside F's range", false, timeline.TryInvert(target, strict, out _));
                    }
                }
            }
        });

    [CareProperty]
    public Property CumulativeSorted_equals_Cumulative_of_each_instant()
    {
        var ticket =
            from c in Cases
            from count in Gen.Choose(0, 16)
            from steps in TicketSteps(count)
            select (Case: c, Steps: steps);
        return Prop.ForAll(ticket.ToArbitrary(), x =>
        {
            var timeline = Build(x.Case).BusinessTimeline;
            var instants = TicketInstants(timeline, x.Case, x.Steps);
            var sorted = new long[instants.Length + 2];
            sorted[^1] = sorted[^2] = -42; // past the instants: must stay untouched
            timeline.CumulativeSorted(instants, sorted, default);
            for (var i = 0; i < instants.Length; i++)
            {
                Check(x.Case, $"CumulativeSorted[{i}] at {instants[i]}", timeline.Cumulative(instants[i]), sorted[i]);
            }

            Check(x.Case, "destination beyond the instants", (-42L, -42L), (sorted[^2], sorted[^1]));
        });
    }

    [CareProperty]
    public Property Advancing_inside_an_anchored_week_equals_advancing_from_the_cumulative_time()
    {
        // The SLA engine advances from the anchor of the point where a deadline's stretch starts: budgets from zero up
        // to several weeks, so both the in-week path and the fall-back are exercised; the anchors come from
        // CumulativeSorted as the engine gets them.
        var ticket =
            from c in Cases
            from count in Gen.Choose(1, 12)
            from steps in TicketSteps(count)
            from budgets in Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(0L)), (1, Gen.Constant(1L)), (6, Gen.Choose(1, 40 * 3600).Select(x => x * NodaConstants.NanosecondsPerSecond)), (1, Gen.Choose(1, 2000).Select(x => x * NodaConstants.NanosecondsPerHour))), count)
            select (Case: c, Steps: steps, Budgets: budgets);
        return Prop.ForAll(ticket.ToArbitrary(), x =>
        {
            var timeline = Build(x.Case).BusinessTimeline;
            var instants = TicketInstants(timeline, x.Case, x.Steps);
            var cumulative = new long[instants.Length];
            var anchors = new WeekAnchor[instants.Length];
            timeline.CumulativeSorted(instants, cumulative, anchors);
            var single = new WeekAnchor[1];
            for (var i = 0; i < instants.Length; i++)
            {
                timeline.CumulativeSorted([instants[i]], new long[1], single);
                Check(x.Case, $"anchor of {instants[i]}", single[0], anchors[i]);
                var expected = timeline.TryAdvance(cumulative[i], x.Budgets[i], out var expectedInstant);
                var actual = timeline.TryAdvance(anchors[i], cumulative[i], x.Budgets[i], out var actualInstant);
                Check(x.Case, $"advance {x.Budgets[i]} ns after {instants[i]}", (expected, expected ? expectedInstant : 0), (actual, actual ? actualInstant : 0));
            }
        });
    }

    [CareProperty(60)]
    public Property The_timeline_agrees_with_the_second_stepping_reference() =>
        Prop.ForAll(CalendarGen.SmallCase.ToArbitrary(), c =>
        {
            // The contract against a plain model of the rules: differences of F are elapsed business time, advancing
            // F(start) by a budget is the deadline, retreating from it again gives the latest start.
            var timeline = c.Spec.Build().BusinessTimeline;
            var reference = new ReferenceCalendar(c.Spec, [], c.Spec.Anchor.PlusDays(-4), c.Spec.Anchor.PlusDays(10));
            var start = c.Start.ToUnixTimeSeconds();
            var a = BusinessTimeline.ToPosition(c.Start);
            var b = BusinessTimeline.ToPosition(c.Start + Duration.FromSeconds(c.SpanSeconds));
            Assert.Equal(reference.Elapsed(start, start + c.SpanSeconds) * NodaConstants.NanosecondsPerSecond, timeline.Cumulative(b) - timeline.Cumulative(a));
            Assert.Equal(reference.IsOpen(start), timeline.IsOpen(a));
            if (reference.Add(start, c.BudgetSeconds, start + (4 * 86400)) is { } deadline)
            {
                var budget = c.BudgetSeconds * NodaConstants.NanosecondsPerSecond;
                Assert.True(timeline.TryAdvance(timeline.Cumulative(a), budget, out var actual));
                Assert.Equal(Instant.FromUnixTimeSeconds(deadline), BusinessTimeline.ToInstant(actual));
                Assert.True(timeline.TryRetreat(timeline.Cumulative(actual), budget, out var latest));
                Assert.Equal(budget, timeline.Cumulative(actual) - timeline.Cumulative(latest));
                Assert.True(latest >= a, $"retreating from the deadline lands at {latest}, before the start {a}");
            }
        });

    // The gaps between a ticket's events, in seconds: some simultaneous, most within a day, some over several days.
    private static Gen<int[]> TicketSteps(int count) =>
        Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(0)), (6, Gen.Choose(1, 86400)), (2, Gen.Choose(86400, 4 * 86400))), count);

    // A ticket's sorted instants from the case's anchor, kept inside the supported horizon.
    private static long[] TicketInstants(BusinessTimeline timeline, TimelineCase c, int[] steps)
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
        var timeline = BusinessCalendar.AlwaysOpen(DateTimeZone.Utc).BusinessTimeline;
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => timeline.CumulativeSorted([0, 1, 2], new long[2], default));
        Assert.NotNull(ex.Message);
    }

    [Fact]
    public void CumulativeSorted_on_a_Berlin_ticket_across_a_holiday_and_a_clock_change_matches_hand_checked_elapsed_time()
    {
        // Mon–Fri 09:00–17:00 in Berlin; Friday 2026-10-23 is a holiday; clocks go back on Sunday 2026-10-25.
        // Instants: Thu 22nd 10:00, Thu 16:00, Fri 23rd 12:00, Mon 26th 09:30, Mon 17:30.
        // Business time from the first: 0, 6 h (Thu 10–16), 7 h (Thu 10–17, Fri closed), 7.5 h, 15 h (Mon 9–17).
        var berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
        var calendar = new BusinessCalendarBuilder(berlin).AddWeekdays(new LocalTime(9, 0), new LocalTime(17, 0)).AddHoliday(new LocalDate(2026, 10, 23)).Build();
        long[] instants =
        [
            Ns(berlin, 2026, 10, 22, 10, 0), Ns(berlin, 2026, 10, 22, 16, 0), Ns(berlin, 2026, 10, 23, 12, 0),
            Ns(berlin, 2026, 10, 26, 9, 30), Ns(berlin, 2026, 10, 26, 17, 30),
        ];
        var f = new long[instants.Length];
        calendar.BusinessTimeline.CumulativeSorted(instants, f, default);
        var hours = f.Select(x => (x - f[0]) / (double)NodaConstants.NanosecondsPerHour).ToArray();
        Assert.Equal([0, 6, 7, 7.5, 15], hours);
    }

    [Fact]
    public void CumulativeSorted_allocates_nothing_once_warm()
    {
        var berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
        var timeline = new BusinessCalendarBuilder(berlin).AddWeekdays(new LocalTime(9, 0), new LocalTime(17, 0)).AddHoliday(new LocalDate(2026, 10, 23)).Build().BusinessTimeline;
        long[] instants = [Ns(berlin, 2026, 10, 20, 10, 0), Ns(berlin, 2026, 10, 22, 10, 0), Ns(berlin, 2026, 10, 27, 10, 0), Ns(berlin, 2026, 11, 3, 10, 0)];
        var destination = new long[instants.Length];
        timeline.CumulativeSorted(instants, destination, default);
        AllocationAssert.NoAllocations(() => timeline.CumulativeSorted(instants, destination, default));
    }

    [Fact]
    public void In_every_tzdb_zone_each_week_starts_at_its_local_Monday_resolved_leniently()
    {
        // Locate trusts the week starts; the first, a middle and the last chunk of every zone are checked against NodaTime.
        foreach (var id in DateTimeZoneProviders.Tzdb.Ids)
        {
            var zone = DateTimeZoneProviders.Tzdb[id];
            var timeline = new BusinessCalendarBuilder(zone).AddWeekdays(new LocalTime(9, 0), new LocalTime(17, 0)).AddYearlyHoliday(new AnnualDate(1, 1)).Build().BusinessTimeline;
            foreach (var k in new[] { 0, timeline.ChunkCount / 2, timeline.ChunkCount - 1 })
            {
                var chunk = timeline.ChunkAt(k);
                for (var i = 0; i <= chunk.Count; i++)
                {
                    var monday = TimeScale.DateOfDayNumber(TimeScale.MondayLocal(chunk.FirstWeek + i) / TimeScale.Day).AtMidnight();
                    var expected = BusinessTimeline.ToPosition(zone.ResolveLocal(monday, Resolvers.LenientResolver).ToInstant());
                    Assert.True(expected == chunk.WeekStart[i], $"{id}: week {chunk.FirstWeek + i} starts at {chunk.WeekStart[i]}, expected {expected}");
                }
            }
        }
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
                    var builder = new BusinessCalendarBuilder(zone);
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
                    var builder = new BusinessCalendarBuilder(zone).AddWindow(IsoDayOfWeek.Wednesday, new LocalTime(10, 0), new LocalTime(11, 0));
                    foreach (var date in Enumerable.Range(0, 7 * c.Weeks).Select(first.PlusDays).Concat(Enumerable.Range(0, 10).Select(c.Spec.Anchor.PlusDays)).Distinct())
                    {
                        builder.AddOverride(date, LocalTime.Midnight, LocalTime.Midnight);
                    }

                    return builder.Build();
                }
        }
    }

    // The shapes must be what they claim, or the property would test less than it says.
    private static void CheckShape(TimelineCase c, BusinessTimeline timeline)
    {
        var totals = WeekTotals(timeline, Anchor(timeline, c)).ToList();
        switch (c.Kind)
        {
            case TimelineKind.HolidayWeeks when c.Weeks >= 3 && Math.Abs(c.Year - c.Spec.Anchor.Year) > 1:
                // Three weeks of holidays hold a whole local week, Sunday before included, so nothing spills into it.
                Check(c, "some week holds no business time", true, totals.Contains(0));
                break;
            case TimelineKind.OverridesOnly:
                Check(c, "WeekTotal", 0L, timeline.WeekTotal);
                break;
            case TimelineKind.HugeOverrides:
                Check(c, "an override week holds at least 24 ordinary weeks", true, totals.Max() >= 24 * timeline.WeekTotal);
                break;
        }
    }

    // The business time of each week of the chunks around t.
    private static IEnumerable<long> WeekTotals(BusinessTimeline timeline, long t)
    {
        foreach (var chunk in ChunksAround(timeline, t))
        {
            for (var i = 0; i < chunk.Count; i++)
            {
                yield return chunk.WeekCumulative[i + 1] - chunk.WeekCumulative[i];
            }
        }
    }

    // The chunk holding t and its neighbours.
    private static IEnumerable<TimelineChunk> ChunksAround(BusinessTimeline timeline, long t)
    {
        var k = timeline.ChunkIndexOf(Math.Clamp(t, timeline.MinSupported, timeline.EndSupported - 1));
        for (var j = Math.Max(0, k - 1); j <= Math.Min(timeline.ChunkCount - 1, k + 1); j++)
        {
            yield return timeline.ChunkAt(j);
        }
    }

    private static BusinessCalendarBuilder Rebuild(CalendarSpec spec, bool withWindows)
    {
        var builder = new BusinessCalendarBuilder(spec.Zone);
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
    private static IEnumerable<long> Instants(BusinessTimeline timeline, TimelineCase c)
    {
        var min = timeline.MinSupported;
        var end = timeline.EndSupported;
        var width = (ulong)(end - min);
        var anchor = Anchor(timeline, c);
        yield return min;
        yield return end - 1;
        yield return min - 1;
        yield return end;
        yield return min - TimeScale.Week - 1;
        yield return end + TimeScale.Week + 1;
        foreach (var seed in c.Seeds)
        {
            yield return min + (long)(((ulong)seed * 0x9E3779B97F4A7C15UL) % width);
            yield return anchor + (seed % (30 * TimeScale.Day / 1_000_000) * 1_000_000);
        }

        // Every week start of the chunks around the anchor (chunk edges included), of the first and of the last chunk.
        foreach (var chunk in ChunksAround(timeline, anchor).Append(timeline.ChunkAt(0)).Append(timeline.ChunkAt(timeline.ChunkCount - 1)))
        {
            foreach (var s in chunk.WeekStart.ToArray())
            {
                foreach (var d in new[] { -1, 0, 1, TimeScale.Day })
                {
                    yield return s + d;
                }
            }
        }
    }

    // Cumulative targets exactly on every irregular week's start and end, one nanosecond either side, random ones over
    // the whole range and beyond it, and the extremes.
    private static IEnumerable<long> Targets(BusinessTimeline timeline, TimelineCase c)
    {
        var low = timeline.Cumulative(timeline.MinSupported);
        var high = timeline.Cumulative(timeline.EndSupported - 1);
        yield return long.MinValue;
        yield return long.MaxValue;
        yield return low;
        yield return high;
        foreach (var d in new[] { -TimeScale.Week, -1, 1, TimeScale.Week })
        {
            yield return low + d;
            yield return high + d;
        }

        var width = (ulong)(high - low) + 1;
        foreach (var seed in c.Seeds)
        {
            yield return low + (long)(((ulong)seed * 0x9E3779B97F4A7C15UL) % width);
        }

        // F at every week start of the chunks around the anchor, one nanosecond either side.
        foreach (var chunk in ChunksAround(timeline, Anchor(timeline, c)))
        {
            foreach (var s in chunk.WeekStart.ToArray())
            {
                var at = timeline.Cumulative(Math.Clamp(s, timeline.MinSupported, timeline.EndSupported - 1));
                yield return at - 1;
                yield return at;
                yield return at + 1;
            }
        }
    }

    private static long Anchor(BusinessTimeline timeline, TimelineCase c)
    {
        var date = c.Kind == TimelineKind.Random ? c.Spec.Anchor : new LocalDate(c.Year, 1, 1).PlusDays(c.DayOfYear - 3);
        var t = BusinessTimeline.ToPosition(date.AtStartOfDayInZone(c.Spec.Zone).ToInstant());
        return Math.Clamp(t, timeline.MinSupported, timeline.EndSupported - 1);
    }

    private static CalendarSpec Spec(string zoneId) => new(zoneId, [], [], [], [], [], new LocalDate(2020, 3, 1));

    private static long Ns(DateTimeZone zone, int year, int month, int day, int hour, int minute) =>
        BusinessTimeline.ToPosition(new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(zone).ToInstant());

    private static LocalTime Time(int minutes) => minutes == 1440 ? LocalTime.Midnight : LocalTime.FromMinutesSinceMidnight(minutes);

    // Inverting F, checked against its definition. Not strict: the earliest t with F(t) >= target. Strict: the latest t
    // with F(t) <= target. Either exists within the horizon whenever the target lies strictly inside F's range there.
    private static void CheckInversion(TimelineCase c, BusinessTimeline timeline, long target, bool strict, long low, long high)
    {
        var found = timeline.TryInvert(target, strict, out var t);
        var inside = strict ? low <= target && target < high : low < target && target <= high;
        if (inside)
        {
            Check(c, $"TryInvert({target}, strict {strict}) finds an instant", true, found);
        }

        if (!found)
        {
            return;
        }

        var f = timeline.Cumulative(t);
        if (strict)
        {
            Check(c, $"F(TryInvert({target}, strict)) <= target, and F rises right after", true, f <= target && (t + 1 >= timeline.EndSupported || timeline.Cumulative(t + 1) > target));
        }
        else
        {
            Check(c, $"F(TryInvert({target})) >= target, and F is below it just before", true, f >= target && (t <= timeline.MinSupported || timeline.Cumulative(t - 1) < target));
        }
    }

    private static void Check<T>(TimelineCase c, string what, T expected, T actual)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
        {
            throw new XunitException($"{what}: expected {expected}, actual {actual}\n  case: {c}");
        }
    }
}
