// The documented range of the Erlang models: each input that used to hang is rejected at once, and the limits themselves stay fast.
using CustomerCare.Core.Staffing;
using NodaTime;

namespace CustomerCare.Core.Tests.Staffing;

/// <summary>
/// Regression tests for calls that ran without bound (killed after 10 s) before the limits existed. None is timed: each
/// would hang if the fix regressed, and returns at once when it holds.
/// </summary>
public sealed class ErlangLimitsTests
{
    private const string TrafficRule = StaffingErrorMessageTests.Traffic;
    private const string AgentsRule = StaffingErrorMessageTests.Agents;
    private static readonly Duration Aht = Duration.FromSeconds(180);
    private static readonly StaffingTarget EightyTwenty = StaffingTarget.ForServiceLevel(0.8, Duration.FromSeconds(20));

    [Fact]
    public void The_limits_are_one_million_Erlangs_and_ten_million_agents()
    {
        Assert.Equal(1_000_000, ErlangLimits.MaximumErlangs);
        Assert.Equal(10_000_000, ErlangLimits.MaximumAgents);
    }

    [Fact]
    public void Erlang_B_rejects_traffic_and_lines_beyond_the_limits()
    {
        AssertOutOfRange(() => ErlangB.RequiredLines(1e12, 0.01), "erlangs", $"erlangs {TrafficRule}; it was 1000000000000.");
        AssertOutOfRange(() => ErlangB.MaximumTraffic(int.MaxValue, 0.01), "lines", $"lines {AgentsRule}; it was 2147483647.");
        AssertOutOfRange(() => ErlangB.BlockingProbability(1_000_001, 3), "erlangs", $"erlangs {TrafficRule}; it was 1000001.");
        AssertOutOfRange(() => ErlangB.BlockingProbability(1, 10_000_001), "lines", $"lines {AgentsRule}; it was 10000001.");
    }

    [Fact]
    public void Erlang_C_rejects_traffic_and_agents_beyond_the_limits()
    {
        AssertOutOfRange(() => ErlangC.ProbabilityOfWaiting(1e308, int.MaxValue), "erlangs", $"erlangs {TrafficRule}; it was 1E+308.");
        AssertOutOfRange(() => ErlangC.ProbabilityOfWaiting(5, int.MaxValue), "agents", $"agents {AgentsRule}; it was 2147483647.");
        AssertOutOfRange(() => ErlangC.RequiredAgents(Workload.FromErlangs(3e9, Aht), EightyTwenty), "erlangs", $"erlangs {TrafficRule}; it was 3000000000.");
        AssertOutOfRange(() => ErlangC.Evaluate(Workload.FromErlangs(1, Aht), int.MaxValue, Duration.Zero), "agents", $"agents {AgentsRule}; it was 2147483647.");
    }

    [Fact]
    public void A_required_agents_search_beyond_ten_million_agents_is_rejected()
    {
        const string Message = "target needs more than 10,000,000 agents (ErlangLimits.MaximumAgents) for this workload; relax the goal or split the demand into independent queues; it was occupancy ≤ 1E-300.";
        var tiny = StaffingTarget.ForMaximumOccupancy(1e-300);
        AssertOutOfRange(() => ErlangC.RequiredAgents(Workload.FromErlangs(10, Aht), tiny), "target", Message);
        AssertOutOfRange(() => ErlangA.RequiredAgents(Workload.FromErlangs(10, Aht), Duration.FromSeconds(60), tiny, ServiceLevelDefinition.AnsweredWithinOverOffered), "target", Message);
        var plan = new IntervalStaffing[1];
        AssertOutOfRange(() => StaffingPlan.Fill([100], Duration.FromMinutes(30), Aht, tiny, 0, plan), "target", Message);
    }

    [Fact]
    public void Erlang_A_rejects_traffic_and_agents_beyond_the_limits()
    {
        AssertOutOfRange(() => ErlangA.Evaluate(Workload.FromErlangs(1e8, Aht), Aht, int.MaxValue, Duration.Zero), "erlangs", $"erlangs {TrafficRule}; it was 100000000.");
        AssertOutOfRange(() => ErlangA.Evaluate(Workload.FromErlangs(10, Aht), Aht, int.MaxValue, Duration.Zero), "agents", $"agents {AgentsRule}; it was 2147483647.");
    }

    [Fact]
    public void A_workload_or_plan_beyond_a_million_Erlangs_is_rejected_with_the_traffic_it_would_make()
    {
        // 1e300 calls in a nanosecond at a day each would be +∞ Erlangs.
        var infinite = Assert.Throws<ArgumentOutOfRangeException>(() => Workload.FromArrivals(1e300, Duration.FromNanoseconds(1), Duration.FromDays(1)));
        Assert.Equal("arrivals", infinite.ParamName);
        Assert.Equal(
            "arrivals makes ∞ Erlangs with this interval and handling time, more than the 1,000,000 the Erlang models accept (ErlangLimits.MaximumErlangs); split the demand into independent queues; it was 1E+300. (Parameter 'arrivals')",
            infinite.Message.Replace("Infinity", "∞", StringComparison.Ordinal));
        var plan = new IntervalStaffing[2];
        AssertOutOfRange(
            () => StaffingPlan.Fill([10, 1e12], Duration.FromMinutes(30), Aht, EightyTwenty, 0.3, plan),
            "arrivals",
            "arrivals[1] makes 1E+11 Erlangs with this interval and handling time, more than the 1,000,000 the Erlang models accept (ErlangLimits.MaximumErlangs); split the demand into independent queues; it was 1000000000000.");
        Assert.Equal(default, plan[0]);
    }

    [Fact]
    public void At_the_limits_every_model_answers()
    {
        var million = Workload.FromErlangs(ErlangLimits.MaximumErlangs, Aht);
        var lines = ErlangB.RequiredLines(ErlangLimits.MaximumErlangs, 0.01);
        Assert.InRange(lines, 990_000, 1_000_000); // B(n, A) ≈ 1 − n/A just below A: 99 % of the traffic in lines blocks 1 %
        Assert.True(ErlangB.BlockingProbability(ErlangLimits.MaximumErlangs, lines) <= 0.01);
        Assert.True(ErlangB.BlockingProbability(ErlangLimits.MaximumErlangs, lines - 1) > 0.01);

        var agents = ErlangC.RequiredAgents(million, EightyTwenty);
        Assert.InRange(agents.Agents, 1_000_001, 1_001_000);
        Assert.True(agents.ServiceLevel >= 0.8);
        var erlangA = ErlangA.RequiredAgents(million, Duration.FromSeconds(60), EightyTwenty, ServiceLevelDefinition.AnsweredWithinOverOffered);
        // Abandonment relieves an overloaded centre: about 80 % of the traffic in agents already answers 80 % in 20 s.
        Assert.InRange(erlangA.Agents, 700_000, agents.Agents);
        Assert.True(erlangA.ServiceLevel(ServiceLevelDefinition.AnsweredWithinOverOffered) >= 0.8);

        // Ten million agents on little traffic: Erlang B underflows to 0 long before the last agent, and the loop stops there.
        Assert.Equal(0, ErlangC.ProbabilityOfWaiting(1, ErlangLimits.MaximumAgents));
        Assert.Equal(0, ErlangA.Evaluate(Workload.FromErlangs(1, Aht), Aht, ErlangLimits.MaximumAgents, Duration.Zero).ProbabilityOfWaiting);
        Assert.Equal(0, ErlangB.BlockingProbability(ErlangLimits.MaximumErlangs, ErlangLimits.MaximumAgents));
    }

    [Fact]
    public void Maximum_traffic_of_nearly_a_million_lines_is_found_in_a_few_steps_and_is_exact()
    {
        // B(n, A) ≈ 1 − n/A far beyond n, so 900,000 lines at 1 % carry about 900,000 Erlangs (within the traffic limit).
        var traffic = ErlangB.MaximumTraffic(900_000, 0.01);

        Assert.InRange(traffic, 900_000, 920_000);
        Assert.True(ErlangB.BlockingProbability(traffic, 900_000) <= 0.01);
        Assert.True(ErlangB.BlockingProbability(traffic * (1 + 1e-9), 900_000) > 0.01);
        Assert.Equal(0.01, ErlangB.BlockingProbability(traffic, 900_000), 9);
    }

    private static void AssertOutOfRange(Action call, string paramName, string message)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(call);
        Assert.Equal(paramName, ex.ParamName);
        Assert.Equal($"{message} (Parameter '{paramName}')", ex.Message);
    }
}
