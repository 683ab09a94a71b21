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

        var withAbandonment = ErlangA.Evaluate(workload, Duration.FromSeconds(90), 13, Duration.FromSeconds(20));
        Assert.InRange(withAbandonment.ServiceLevel(ServiceLevelDefinition.AnsweredWithinOverOffered), 0, 1);

        double[] forecast = [42, 68, 95, 110, 104];
        var plan = new IntervalStaffing[forecast.Length];
        StaffingPlan.Fill(forecast, Duration.FromMinutes(30), Duration.FromSeconds(180), target, shrinkage: 0.30, plan);
        Assert.All(plan, p => Assert.True(p.ServiceLevel >= 0.8));
    }

    [Fact]
    public void Readme_erlang_a_naming_and_occupancy_example_prints_what_it_says()
    {
        var workload = Workload.FromArrivals(100, Duration.FromMinutes(30), Duration.FromSeconds(180));

        // Traffic first (the workload and the callers' patience), then agents, then the target's threshold.
        var erlangA = ErlangA.Evaluate(workload, Duration.FromSeconds(90), 13, Duration.FromSeconds(20));
        Assert.Equal("13 agents: answered within 20 s 0.898, P(wait) 0.183, P(abandon) 0.043, ASA 3.2 s", erlangA.ToString());
        Assert.Equal(89.8, erlangA.ServiceLevelPercent(ServiceLevelDefinition.AnsweredWithinOverOffered), 1);
        Assert.Equal(3.2, erlangA.AverageWaitOfAnswered!.Value.TotalSeconds, 1);   // the ASA: mean wait of the answered calls
        Assert.Equal(3.9, erlangA.AverageWaitOfAllArrivals.TotalSeconds, 1);        // over all arrivals, abandons included
        Assert.Equal(erlangA.ProbabilityOfAbandoning * 90, erlangA.AverageWaitOfAllArrivalsSeconds, 9); // E[W] = P(abandon) · patience

        Assert.Equal(10.0 / 12, ErlangC.Occupancy(10, 12), 15);
        Assert.Equal(83.3, ErlangC.RequiredAgents(workload, StaffingTarget.ForMaximumOccupancy(0.85)).OccupancyPercent, 1);
    }
}
