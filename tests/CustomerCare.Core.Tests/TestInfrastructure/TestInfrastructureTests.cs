// The shared test helpers are code too: each is checked here so that a test built on them can fail.
using FsCheck.Fluent;
using NodaTime;
using Xunit.Sdk;

namespace CustomerCare.Core.Tests.TestInfrastructure;

public sealed class TestInfrastructureTests
{
    [Fact]
    public void Allocation_assert_passes_a_call_that_does_not_allocate()
    {
        var values = new[] { 1, 2, 3 };
        var sum = 0;
        Action call = () => sum += values.AsSpan().IndexOf(3);

        AllocationAssert.NoAllocations(call);
        Assert.Equal(0, AllocationAssert.BytesAllocated(call));
    }

    [Fact]
    public void Allocation_assert_fails_a_call_that_allocates()
    {
        object? sink = null;
        Action call = () => sink = new int[4];

        var ex = Assert.Throws<XunitException>(() => AllocationAssert.NoAllocations(call, iterations: 10));
        Assert.Contains("10 calls allocated", ex.Message, StringComparison.Ordinal);
        Assert.True(AllocationAssert.BytesAllocated(call, 10) >= 10 * 16);
        GC.KeepAlive(sink);
    }

    [Fact]
    public void Fake_clock_reports_and_advances_the_instant_it_was_given()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 3, 29, 0, 30));
        clock.Advance(Duration.FromHours(2));

        Assert.Equal(Instant.FromUtc(2026, 3, 29, 2, 30), clock.GetCurrentInstant());
    }

    [Fact]
    public void Generated_values_stay_in_their_documented_ranges()
    {
        var min = NodaGen.MinDate.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
        var max = NodaGen.MaxDate.PlusDays(1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
        PropertyTest.ForAll(NodaGen.Instant, i => i >= min && i < max && i.ToUnixTimeTicks() % NodaConstants.TicksPerSecond == 0);
        PropertyTest.ForAll(NodaGen.Zone, z => NodaGen.ZoneIds.Contains(z.Id));
        PropertyTest.ForAll(NodaGen.LocalDateTime, t => t.Date >= NodaGen.MinDate && t.Date <= NodaGen.MaxDate && t.NanosecondOfSecond == 0);
    }

    [Fact]
    public void Property_runner_reports_a_falsified_property()
    {
        Assert.ThrowsAny<Exception>(() => PropertyTest.ForAll(NodaGen.Duration(100), d => d < Duration.FromSeconds(50), maxTest: 500));
    }

    [Fact]
    public void Every_zone_round_trips_a_local_time_that_is_neither_skipped_nor_ambiguous()
    {
        var cases = from zone in NodaGen.Zone
                    from local in NodaGen.LocalDateTime
                    select (zone, local);
        PropertyTest.ForAll(cases, c =>
        {
            var mapping = c.zone.MapLocal(c.local);
            return mapping.Count != 1 || mapping.Single().LocalDateTime == c.local;
        });
    }
}
