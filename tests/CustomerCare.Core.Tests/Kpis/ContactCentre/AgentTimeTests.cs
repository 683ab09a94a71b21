// Hand-checked AHT, occupancy and both utilisation variants.
using CustomerCare.Core.Kpis.ContactCentre;
using CustomerCare.Core.Tests.TestInfrastructure;
using NodaTime;

namespace CustomerCare.Core.Tests.Kpis.ContactCentre;

public sealed class AgentTimeTests
{
    private static readonly HandledContact[] Handled =
    [
        new(Duration.FromSeconds(300), Duration.FromSeconds(60), Duration.FromSeconds(120)), // 480 s
        new(Duration.FromSeconds(240), Duration.Zero, Duration.FromSeconds(60)),             // 300 s
        new(Duration.FromSeconds(420), Duration.FromSeconds(30), Duration.FromSeconds(90)),  // 540 s
    ];

    [Fact]
    public void Aht_is_talk_plus_hold_plus_wrap_over_handled()
    {
        // (480 + 300 + 540) / 3 = 1320 / 3 = 440 s = 7 min 20 s
        var result = HandleTime.Calculate(Handled);
        Assert.True(result.TryGetAverageHandleTime(out var aht));
        Assert.Equal(Duration.FromSeconds(440), aht);
        Assert.Equal(Duration.FromSeconds(960), result.TotalTalk);
        Assert.Equal(Duration.FromSeconds(1320), result.TotalHandleTime);
        Assert.False(HandleTime.Calculate([]).TryGetAverageHandleTime(out _));
    }

    [Fact]
    public void Aht_is_rounded_to_the_nearest_nanosecond_only()
    {
        // 1 s over 3 contacts = 333,333,333.33 ns → 333,333,333 ns
        var accumulator = default(HandleTimeAccumulator);
        accumulator.Add(new HandledContact(Duration.FromSeconds(1), Duration.Zero, Duration.Zero));
        var other = default(HandleTimeAccumulator);
        other.Add([new(Duration.Zero, Duration.Zero, Duration.Zero), new(Duration.Zero, Duration.Zero, Duration.Zero)]);
        accumulator.Merge(other);
        Assert.True(accumulator.Result.TryGetAverageHandleTime(out var aht));
        Assert.Equal(Duration.FromNanoseconds(333_333_333), aht);
        AllocationAssert.NoAllocations(() => HandleTime.Calculate(Handled));
    }

    [Fact]
    public void Occupancy_and_utilisation()
    {
        // handling 6 h, available 1.5 h, paid 8 h: occupancy 6 / 7.5 = 0.8; utilisation 7.5 / 8 = 0.9375 or 6 / 8 = 0.75
        var morning = new AgentTime(Duration.FromHours(3), Duration.FromMinutes(45), Duration.FromHours(4));
        var day = AgentTime.Sum([morning, morning]);
        Assert.Equal(0.8, day.Occupancy, 15);
        Assert.Equal(0.9375, day.Utilisation(UtilisationVariant.StaffedOverPaid), 15);
        Assert.Equal(0.75, day.Utilisation(UtilisationVariant.HandlingOverPaid), 15);
        Assert.True(double.IsNaN(default(AgentTime).Occupancy));
        Assert.True(double.IsNaN(default(AgentTime).Utilisation(UtilisationVariant.StaffedOverPaid)));
    }

    [Fact]
    public void Bad_input_is_rejected()
    {
        Assert.Equal("hold", Assert.Throws<ArgumentOutOfRangeException>(() => new HandledContact(Duration.Zero, Duration.FromSeconds(-1), Duration.Zero)).ParamName);
        Assert.Equal("paid", Assert.Throws<ArgumentOutOfRangeException>(() => new AgentTime(Duration.Zero, Duration.Zero, Duration.FromHours(-1))).ParamName);
        Assert.Equal("variant", Assert.Throws<ArgumentOutOfRangeException>(() => default(AgentTime).Utilisation(0)).ParamName);
    }
}
