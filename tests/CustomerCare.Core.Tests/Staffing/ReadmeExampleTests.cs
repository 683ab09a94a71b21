// The README's Staffing example, kept compiling and true: if this test changes, change the README with it.
using CustomerCare.Core.Staffing;
using NodaTime;

namespace CustomerCare.Core.Tests.Staffing;

public sealed class ReadmeExampleTests
{
    [Fact]
    public void Readme_staffing_example_prints_what_it_says()
    {
        var workload = Workload.FromArrivals(100, Duration.FromMinutes(30), Duration.FromSeconds(180));
        var target = StaffingTarget.ForServiceLevel(0.80, Duration.FromSeconds(20));

        var needed = ErlangC.RequiredAgents(workload, target);
        Assert.Equal("14 agents: SL 0.888 within 20 s, P(wait) 0.174, ASA 7.8 s, occupancy 0.714", needed.ToString());
        Assert.Equal(20, Shrinkage.ScheduledAgents(needed.Agents, 0.30));

        var withAbandonment = ErlangA.Evaluate(workload, 13, Duration.FromSeconds(90), Duration.FromSeconds(20));
        Assert.InRange(withAbandonment.ServiceLevel(ServiceLevelDefinition.AnsweredOfOffered), 0, 1);

        double[] forecast = [42, 68, 95, 110, 104];
        var plan = new IntervalStaffing[forecast.Length];
        StaffingPlan.Fill(forecast, Duration.FromMinutes(30), Duration.FromSeconds(180), target, shrinkage: 0.30, plan);
        Assert.All(plan, p => Assert.True(p.ServiceLevel >= 0.8));
    }
}
