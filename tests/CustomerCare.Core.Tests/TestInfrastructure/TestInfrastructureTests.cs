// The shared test helpers are code too: each is checked here so that a test built on them can fail.
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using NodaTime.Testing;
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
    public void Fake_clock_is_nodatime_testing_s_and_advances_the_instant_it_was_given()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 3, 29, 0, 30));
        clock.Advance(Duration.FromHours(2));

        Assert.Equal(Instant.FromUtc(2026, 3, 29, 2, 30), clock.GetCurrentInstant());
    }

    [CareProperty]
    public Property Generated_instants_stay_in_their_documented_range()
    {
        var min = NodaGen.MinDate.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
        var max = NodaGen.MaxDate.PlusDays(1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
        return Prop.ForAll(NodaGen.Instant.ToArbitrary(), i => i >= min && i < max && i.ToUnixTimeTicks() % NodaConstants.TicksPerSecond == 0);
    }

    [CareProperty]
    public Property Generated_zones_and_local_times_stay_in_their_documented_ranges() =>
        Prop.ForAll(NodaGen.Zone.ToArbitrary(), NodaGen.LocalDateTime.ToArbitrary(), (z, t) =>
            NodaGen.ZoneIds.Contains(z.Id) && t.Date >= NodaGen.MinDate && t.Date <= NodaGen.MaxDate && t.NanosecondOfSecond == 0);

    [Fact]
    public void Care_property_fixes_the_seed_on_ci_and_keeps_its_case_count()
    {
        var attribute = new CarePropertyAttribute(37);
        var cap = int.TryParse(Environment.GetEnvironmentVariable(CarePropertyAttribute.MaxTestVariable), out var c) && c > 0 ? c : int.MaxValue;

        Assert.Equal(Math.Min(37, cap), attribute.MaxTest);
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(CarePropertyAttribute.ReplayVariable)))
        {
            Assert.Equal(Environment.GetEnvironmentVariable(CarePropertyAttribute.ReplayVariable)!.Trim(), attribute.Replay);
        }
        else if (Environment.GetEnvironmentVariable("CI") == "true")
        {
            Assert.Equal(CarePropertyAttribute.CiReplay, attribute.Replay);
        }
        else
        {
            Assert.True(string.IsNullOrEmpty(attribute.Replay));
        }
    }

    [CareProperty]
    public Property Every_zone_round_trips_a_local_time_that_is_neither_skipped_nor_ambiguous() =>
        Prop.ForAll(NodaGen.Zone.ToArbitrary(), NodaGen.LocalDateTime.ToArbitrary(), (zone, local) =>
        {
            var mapping = zone.MapLocal(local);
            return mapping.Count != 1 || mapping.Single().LocalDateTime == local;
        });
}
