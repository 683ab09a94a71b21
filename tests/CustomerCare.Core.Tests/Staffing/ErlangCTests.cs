// Erlang C checked against the classic published example and hand-worked numbers.
using CustomerCare.Core.Staffing;
using NodaTime;

namespace CustomerCare.Core.Tests.Staffing;

public sealed class ErlangCTests
{
    // The classic example: 100 calls in 30 minutes, 180 s AHT, 80% answered within 20 s.
    // A = 100 × 180 s / 1800 s = 10 Erlangs.
    private static readonly Workload Classic = Workload.FromArrivals(100, Duration.FromMinutes(30), Duration.FromSeconds(180));
    private static readonly Duration Twenty = Duration.FromSeconds(20);

    [Fact]
    public void Classic_example_needs_14_agents_with_service_level_0_888_and_20_scheduled_after_30_percent_shrinkage()
    {
        var result = ErlangC.RequiredAgents(Classic, StaffingTarget.ForServiceLevel(0.8, Twenty));

        Assert.Equal(10, Classic.Erlangs, 12);
        Assert.Equal(14, result.Agents);
        // C = 0.17413; SL = 1 − 0.17413 × e^(−(14 − 10) × 20/180) = 1 − 0.17413 × 0.64118 = 0.88835.
        Assert.Equal(0.174, result.ProbabilityOfWaiting, 3);
        Assert.Equal(0.888, result.ServiceLevel, 3);
        // ASA = C × h / (n − A) = 0.17413 × 180 / 4 = 7.84 s; occupancy 10/14.
        Assert.Equal(7.836, result.AverageSpeedOfAnswerSeconds, 3);
        Assert.Equal(7.836, result.AverageSpeedOfAnswer!.Value.TotalSeconds, 3);
        Assert.Equal(10.0 / 14, result.Occupancy, 12);
        Assert.True(result.IsStable);
        Assert.Equal(20, Shrinkage.ScheduledAgents(result.Agents, 0.3)); // 14 / 0.7 = 20
    }

    [Theory]
    // agents, P(wait), service level within 20 s — the published table of the example.
    [InlineData(11, 0.6821, 0.3896)]
    [InlineData(12, 0.4494, 0.6402)]
    [InlineData(13, 0.2853, 0.7956)]
    [InlineData(14, 0.1741, 0.8884)]
    public void Classic_example_table_for_11_to_14_agents(int agents, double probabilityOfWaiting, double serviceLevel)
    {
        var result = ErlangC.Evaluate(Classic, agents, Twenty);

        Assert.Equal(probabilityOfWaiting, result.ProbabilityOfWaiting, 4);
        Assert.Equal(serviceLevel, result.ServiceLevel, 4);
        Assert.Equal(probabilityOfWaiting, ErlangC.ProbabilityOfWaiting(10, agents), 4);
    }

    [Fact]
    public void Single_agent_is_the_M_M_1_queue()
    {
        // M/M/1: P(wait) = ρ, SL(t) = 1 − ρ e^(−(1 − ρ)t/h), ASA = ρ h / (1 − ρ). ρ = 0.5, h = 60 s, t = 60 s.
        var result = ErlangC.Evaluate(Workload.FromErlangs(0.5, Duration.FromMinutes(1)), 1, Duration.FromMinutes(1));

        Assert.Equal(0.5, result.ProbabilityOfWaiting, 14);
        Assert.Equal(1 - (0.5 * Math.Exp(-0.5)), result.ServiceLevel, 14);
        Assert.Equal(60, result.AverageSpeedOfAnswerSeconds, 10);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(9)]
    [InlineData(0)]
    public void Agents_not_exceeding_the_traffic_make_an_unstable_queue_reported_as_a_result(int agents)
    {
        var result = ErlangC.Evaluate(Classic, agents, Twenty);

        Assert.False(result.IsStable);
        Assert.Equal(1, result.ProbabilityOfWaiting);
        Assert.Equal(0, result.ServiceLevel);
        Assert.Null(result.AverageSpeedOfAnswer);
        Assert.Equal(double.PositiveInfinity, result.AverageSpeedOfAnswerSeconds);
        Assert.Equal(1, result.Occupancy);
        Assert.Contains("unstable", result.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void No_traffic_needs_no_agents_and_nobody_waits()
    {
        var none = Workload.FromArrivals(0, Duration.FromMinutes(30), Duration.FromSeconds(180));

        var required = ErlangC.RequiredAgents(none, StaffingTarget.ForServiceLevel(0.8, Twenty));
        var staffed = ErlangC.Evaluate(none, 3, Twenty);

        Assert.Equal(0, required.Agents);
        Assert.True(required.IsStable);
        Assert.Equal(0, staffed.ProbabilityOfWaiting);
        Assert.Equal(1, staffed.ServiceLevel);
        Assert.Equal(Duration.Zero, staffed.AverageSpeedOfAnswer);
        Assert.Equal(0, staffed.Occupancy);
        Assert.True(double.IsNaN(required.Occupancy)); // no agents and no calls: occupancy is undefined
    }

    [Fact]
    public void Average_speed_of_answer_target()
    {
        // ASA with 13 agents = 0.28527 × 180 / 3 = 17.1 s, with 14 agents 7.8 s: a 10 s goal needs 14.
        var result = ErlangC.RequiredAgents(Classic, StaffingTarget.ForAverageSpeedOfAnswer(Duration.FromSeconds(10)));

        Assert.Equal(14, result.Agents);
        Assert.Equal(13, ErlangC.RequiredAgents(Classic, StaffingTarget.ForAverageSpeedOfAnswer(Duration.FromSeconds(18))).Agents);
    }

    [Fact]
    public void Occupancy_cap_uses_a_tolerant_ceiling()
    {
        // 10 / 0.8 = 12.5 → 13 agents; 10.5 / 0.7 = 15.000000000000002 → 15, not 16.
        Assert.Equal(13, ErlangC.RequiredAgents(Classic, StaffingTarget.ForMaximumOccupancy(0.8)).Agents);
        var workload = Workload.FromErlangs(10.5, Duration.FromSeconds(180));
        Assert.True(10.5 / 0.7 > 15);
        Assert.Equal(15, ErlangC.RequiredAgents(workload, StaffingTarget.ForMaximumOccupancy(0.7)).Agents);
    }

    [Fact]
    public void Combined_goals_take_the_most_demanding()
    {
        // 80/20 alone needs 14; an occupancy cap of 0.65 needs ⌈10 / 0.65⌉ = 16.
        var target = StaffingTarget.ForServiceLevel(0.8, Twenty).WithMaximumOccupancy(0.65);

        Assert.Equal(16, ErlangC.RequiredAgents(Classic, target).Agents);
        Assert.Equal(14, ErlangC.RequiredAgents(Classic, StaffingTarget.ForServiceLevel(0.8, Twenty).WithMaximumAbandonment(0.05)).Agents);
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(5_000)]
    [InlineData(20_000)]
    public void Thousands_of_Erlangs_stay_finite_and_close_to_the_square_root_staffing_rule(double erlangs)
    {
        var workload = Workload.FromErlangs(erlangs, Duration.FromSeconds(300));

        var result = ErlangC.RequiredAgents(workload, StaffingTarget.ForServiceLevel(0.8, Duration.FromSeconds(20)));

        // Square-root staffing (Halfin–Whitt): n ≈ A + β√A with β between 0 and 2 for an 80% goal.
        Assert.InRange(result.Agents, erlangs + 1, erlangs + (2 * Math.Sqrt(erlangs)));
        Assert.InRange(result.ProbabilityOfWaiting, 0, 1);
        Assert.True(result.ServiceLevel >= 0.8);
        Assert.True(ErlangC.Evaluate(workload, result.Agents - 1, Duration.FromSeconds(20)).ServiceLevel < 0.8);
    }

    [Fact]
    public void Bad_inputs_are_rejected_with_the_parameter_named()
    {
        var ex1 = Assert.Throws<ArgumentOutOfRangeException>(() => ErlangC.Evaluate(Classic, -1, Twenty));
        Assert.Equal("agents", ex1.ParamName);
        Assert.Contains("-1", ex1.Message, StringComparison.Ordinal);

        var ex2 = Assert.Throws<ArgumentOutOfRangeException>(() => ErlangC.Evaluate(Classic, 14, Duration.FromSeconds(-1)));
        Assert.Equal("serviceLevelThreshold", ex2.ParamName);

        var ex3 = Assert.Throws<ArgumentException>(() => ErlangC.Evaluate(default, 14, Twenty));
        Assert.Equal("workload", ex3.ParamName);
        Assert.Contains("default(Workload)", ex3.Message, StringComparison.Ordinal);

        var ex4 = Assert.Throws<ArgumentException>(() => ErlangC.RequiredAgents(Classic, default));
        Assert.Equal("target", ex4.ParamName);
        Assert.Contains("no goal", ex4.Message, StringComparison.Ordinal);

        var ex5 = Assert.Throws<ArgumentOutOfRangeException>(() => ErlangC.ProbabilityOfWaiting(double.NaN, 3));
        Assert.Equal("erlangs", ex5.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => ErlangC.ProbabilityOfWaiting(-1, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => ErlangC.ProbabilityOfWaiting(1, -3));
    }

    [Fact]
    public void Occupancy_from_traffic_is_traffic_over_agents_as_in_a_full_evaluation()
    {
        // 10 Erlangs on 12 agents: 10 / 12 = 0.8333; on 8 agents the agents cannot keep up: 1; no traffic: 0; nobody at all: undefined.
        Assert.Equal(10.0 / 12, ErlangC.Occupancy(10, 12), 15);
        Assert.Equal(1, ErlangC.Occupancy(10, 8));
        Assert.Equal(1, ErlangC.Occupancy(10, 10));
        Assert.Equal(0, ErlangC.Occupancy(0, 5));
        Assert.True(double.IsNaN(ErlangC.Occupancy(0, 0)));
        foreach (var agents in new[] { 0, 8, 10, 12, 40 })
        {
            Assert.Equal(ErlangC.Evaluate(Classic, agents, Twenty).Occupancy, ErlangC.Occupancy(Classic.Erlangs, agents));
        }
    }

    [Fact]
    public void Summary_reads_well()
    {
        var text = ErlangC.Evaluate(Classic, 14, Twenty).ToString();

        Assert.Equal("14 agents: SL 0.888 within 20 s, P(wait) 0.174, ASA 7.8 s, occupancy 0.714", text);
    }
}
