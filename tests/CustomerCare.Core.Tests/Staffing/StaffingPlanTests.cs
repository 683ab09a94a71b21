// StaffingPlan: a day of intervals into a caller-supplied span, allocation-free.
using CustomerCare.Core.Staffing;
using CustomerCare.Core.Tests.TestInfrastructure;
using NodaTime;

namespace CustomerCare.Core.Tests.Staffing;

public sealed class StaffingPlanTests
{
    private static readonly Duration HalfHour = Duration.FromMinutes(30);
    private static readonly Duration Aht = Duration.FromSeconds(180);
    private static readonly StaffingTarget EightyTwenty = StaffingTarget.ForServiceLevel(0.8, Duration.FromSeconds(20));

    [Fact]
    public void Each_interval_gets_the_agents_its_forecast_needs()
    {
        double[] arrivals = [0, 100, 50, 200.5];
        var plan = new IntervalStaffing[5];

        StaffingPlan.Fill(arrivals, HalfHour, Aht, EightyTwenty, 0.3, plan);

        Assert.Equal(0, plan[0].Agents);
        Assert.Equal(0, plan[0].ScheduledAgents);
        Assert.Equal(14, plan[1].Agents);          // the classic example
        Assert.Equal(20, plan[1].ScheduledAgents); // 14 / 0.7
        Assert.Equal(0.888, plan[1].ServiceLevel, 3);
        Assert.Equal(10, plan[1].Erlangs, 12);
        for (var i = 0; i < arrivals.Length; i++)
        {
            var expected = ErlangC.RequiredAgents(Workload.FromArrivals(arrivals[i], HalfHour, Aht), EightyTwenty);
            Assert.Equal(expected.Agents, plan[i].Agents);
            Assert.Equal(expected.ServiceLevel, plan[i].Forecast.ServiceLevel);
        }

        Assert.Equal(default, plan[4]); // beyond the forecast: untouched
        Assert.StartsWith("10 Erlangs -> 14 agents, 20 scheduled; 14 agents: SL 0.888", plan[1].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_48_interval_plan_allocates_nothing()
    {
        var arrivals = Enumerable.Range(0, 48).Select(i => 20.0 + (150 * Math.Sin(Math.PI * i / 47))).ToArray();
        var plan = new IntervalStaffing[48];
        var fill = () => StaffingPlan.Fill(arrivals, HalfHour, Aht, EightyTwenty, 0.3, plan);

        AllocationAssert.NoAllocations(fill);
        Assert.All(plan, p => Assert.True(p.ServiceLevel >= 0.8));
    }

    [Fact]
    public void Single_evaluations_allocate_nothing()
    {
        var workload = Workload.FromErlangs(1_000, Aht);
        var patience = Duration.FromSeconds(60);

        AllocationAssert.NoAllocations(() => ErlangC.RequiredAgents(workload, EightyTwenty));
        AllocationAssert.NoAllocations(() => ErlangA.Evaluate(workload, patience, 1_010, Duration.FromSeconds(20)));
        AllocationAssert.NoAllocations(() => ErlangA.RequiredAgents(workload, patience, EightyTwenty, ServiceLevelDefinition.AnsweredWithinOverOffered), iterations: 5);
    }

    [Fact]
    public void Bad_inputs_are_rejected_with_the_parameter_and_index_named()
    {
        var plan = new IntervalStaffing[3];
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => StaffingPlan.Fill([10, -4, 3], HalfHour, Aht, EightyTwenty, 0.3, plan));
        Assert.Equal("arrivals", ex.ParamName);
        Assert.Contains("arrivals[1]", ex.Message, StringComparison.Ordinal);
        Assert.Contains("-4", ex.Message, StringComparison.Ordinal);
        Assert.Contains("arrivals[2]", Assert.Throws<ArgumentOutOfRangeException>(() => StaffingPlan.Fill([1, 2, double.NaN], HalfHour, Aht, EightyTwenty, 0.3, plan)).Message, StringComparison.Ordinal);

        var shortDestination = Assert.Throws<ArgumentException>(() => StaffingPlan.Fill([1, 2, 3], HalfHour, Aht, EightyTwenty, 0.3, new IntervalStaffing[2]));
        Assert.Equal("destination", shortDestination.ParamName);
        Assert.Contains("holds 2 intervals", shortDestination.Message, StringComparison.Ordinal);

        Assert.Equal("interval", Assert.Throws<ArgumentOutOfRangeException>(() => StaffingPlan.Fill([1], Duration.Zero, Aht, EightyTwenty, 0.3, plan)).ParamName);
        Assert.Equal("averageHandlingTime", Assert.Throws<ArgumentOutOfRangeException>(() => StaffingPlan.Fill([1], HalfHour, Duration.Zero, EightyTwenty, 0.3, plan)).ParamName);
        Assert.Equal("shrinkage", Assert.Throws<ArgumentOutOfRangeException>(() => StaffingPlan.Fill([1], HalfHour, Aht, EightyTwenty, 1, plan)).ParamName);
        Assert.Equal("target", Assert.Throws<ArgumentException>(() => StaffingPlan.Fill([1], HalfHour, Aht, default, 0.3, plan)).ParamName);
    }
}
