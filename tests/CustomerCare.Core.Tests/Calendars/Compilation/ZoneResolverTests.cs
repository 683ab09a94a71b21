// The compiled calendar's own lenient mapping must agree with NodaTime's LenientResolver around every clock change.
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Calendars.Compilation;
using CustomerCare.Core.Tests.TestInfrastructure;
using NodaTime;
using NodaTime.TimeZones;

namespace CustomerCare.Core.Tests.Calendars.Compilation;

public sealed class ZoneResolverTests
{
    [Fact]
    public void Resolve_agrees_with_the_lenient_resolver_around_every_transition_from_2000_to_2039()
    {
        foreach (var id in NodaGen.ZoneIds.Append("Australia/Lord_Howe").Append("Pacific/Apia"))
        {
            var zone = DateTimeZoneProviders.Tzdb[id];
            var resolver = new ZoneResolver(zone, TimeScale.ToNanoseconds(Instant.FromUtc(1899, 12, 1, 0, 0)), TimeScale.ToNanoseconds(Instant.FromUtc(2200, 2, 1, 0, 0)));
            var transitions = zone.GetZoneIntervals(Instant.FromUtc(2000, 1, 1, 0, 0), Instant.FromUtc(2040, 1, 1, 0, 0)).Where(z => z.HasStart).Select(z => z.Start);
            foreach (var transition in transitions)
            {
                var local = transition.InZone(zone).LocalDateTime;
                for (var minutes = -26 * 60; minutes <= 26 * 60; minutes += 15)
                {
                    var probe = local.PlusMinutes(minutes);
                    var expected = zone.ResolveLocal(probe, Resolvers.LenientResolver).ToInstant();
                    var actual = TimeScale.ToInstant(resolver.Resolve(TimeScale.LocalNanoseconds(probe)));
                    Assert.True(expected == actual, $"{id} {probe}: lenient {expected}, resolver {actual}");
                }
            }
        }
    }

    [Fact]
    public void Week_arithmetic_holds_across_a_zone_that_skipped_a_whole_day()
    {
        // Samoa skipped Friday 2011-12-30 (UTC-10 to UTC+14). A 24/7 calendar counts Thu 00:00 to Sat 00:00 local as
        // 24 h on the time line: Thursday lasts 24 h and Friday does not exist.
        var apia = DateTimeZoneProviders.Tzdb["Pacific/Apia"];
        var always = BusinessCalendar.AlwaysOpen(apia);
        var thursday = new LocalDateTime(2011, 12, 29, 0, 0).InZoneLeniently(apia).ToInstant();
        var saturday = new LocalDateTime(2011, 12, 31, 0, 0).InZoneLeniently(apia).ToInstant();
        Assert.Equal(Duration.FromHours(24), always.Elapsed(thursday, saturday));
        Assert.Equal(saturday, always.Add(thursday, Duration.FromHours(24)));
    }
}
