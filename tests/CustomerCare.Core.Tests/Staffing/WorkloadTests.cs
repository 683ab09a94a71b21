// Workload: traffic intensity from arrivals, interval and handling time.
using CustomerCare.Core.Staffing;
using NodaTime;

namespace CustomerCare.Core.Tests.Staffing;

public sealed class WorkloadTests
{
    [Fact]
    public void Traffic_is_arrivals_times_handling_time_over_the_interval()
    {
        // 100 calls × 180 s / 1,800 s = 10 Erlangs; λ = 100 / 1,800 s = 0.0556 calls per second.
        var workload = Workload.FromArrivals(100, Duration.FromMinutes(30), Duration.FromSeconds(180));

        Assert.Equal(10, workload.Erlangs, 12);
        Assert.Equal(100.0 / 1800, workload.ArrivalsPerSecond, 12);
        Assert.Equal(Duration.FromSeconds(180), workload.AverageHandlingTime);
        Assert.Equal(workload, Workload.FromErlangs(10, Duration.FromSeconds(180)));
        Assert.True(workload == Workload.FromErlangs(10, Duration.FromSeconds(180)));
        Assert.True(workload != Workload.FromErlangs(10, Duration.FromSeconds(181)));
        Assert.Equal("10 Erlangs at AHT 0:00:03:00", workload.ToString());
    }

    [Fact]
    public void Bad_inputs_are_rejected_with_the_parameter_named()
    {
        var aht = Duration.FromSeconds(180);
        var half = Duration.FromMinutes(30);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Workload.FromArrivals(-5, half, aht));
        Assert.Equal("arrivals", ex.ParamName);
        Assert.Contains("-5", ex.Message, StringComparison.Ordinal);
        Assert.Equal("arrivals", Assert.Throws<ArgumentOutOfRangeException>(() => Workload.FromArrivals(double.NaN, half, aht)).ParamName);
        Assert.Equal("interval", Assert.Throws<ArgumentOutOfRangeException>(() => Workload.FromArrivals(5, Duration.Zero, aht)).ParamName);
        var zeroAht = Assert.Throws<ArgumentOutOfRangeException>(() => Workload.FromArrivals(5, half, Duration.Zero));
        Assert.Equal("averageHandlingTime", zeroAht.ParamName);
        Assert.Contains("positive duration", zeroAht.Message, StringComparison.Ordinal);
        Assert.Equal("erlangs", Assert.Throws<ArgumentOutOfRangeException>(() => Workload.FromErlangs(-0.1, aht)).ParamName);
        Assert.Equal("averageHandlingTime", Assert.Throws<ArgumentOutOfRangeException>(() => Workload.FromErlangs(1, -aht)).ParamName);
    }
}
