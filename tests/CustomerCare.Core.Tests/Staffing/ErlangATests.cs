// Erlang A checked against closed forms it must reproduce: the M/M/1+M queue with θ = μ, Erlang C in the limit, and the edge cases.
using CustomerCare.Core.Staffing;
using NodaTime;

namespace CustomerCare.Core.Tests.Staffing;

public sealed class ErlangATests
{
    private static readonly Duration Aht = Duration.FromSeconds(180);
    private static readonly Workload Classic = Workload.FromErlangs(10, Aht);
    private static readonly Duration Twenty = Duration.FromSeconds(20);

    [Fact]
    public void One_agent_with_patience_equal_to_the_handling_time_behaves_like_an_infinite_server_system()
    {
        // With n = 1 and θ = μ every caller leaves at rate 1 whatever it is doing, so the number in the system is
        // Poisson(λ): P(wait) = P(N ≥ 1) = 1 − e^−λ; the agent serves at rate P(busy), so P(answered) = (1 − e^−λ)/λ.
        // λ = 1: P(wait) = 0.632121, P(abandon) = 1 − 0.632121 = 0.367879; mean wait = P(abandon) × patience.
        var result = ErlangA.Evaluate(Workload.FromErlangs(1, Aht), Aht, 1, Duration.Zero);

        Assert.Equal(1 - Math.Exp(-1), result.ProbabilityOfWaiting, 12);
        Assert.Equal(Math.Exp(-1), result.ProbabilityOfAbandoning, 12);
        Assert.Equal(Math.Exp(-1) * 180, result.AverageWaitOfAllArrivalsSeconds, 9);
        Assert.Equal(1 - Math.Exp(-1), result.Occupancy, 12); // carried load 1 × (1 − e^−1) on one agent
        Assert.Equal(Math.Exp(-1), result.AnsweredWithinThreshold, 12); // within 0 s means answered at once
    }

    [Fact]
    public void Very_patient_callers_give_Erlang_C()
    {
        var patient = ErlangA.Evaluate(Classic, Aht * 1_000_000, 14, Twenty);
        var erlangC = ErlangC.Evaluate(Classic, 14, Twenty);

        Assert.Equal(erlangC.ProbabilityOfWaiting, patient.ProbabilityOfWaiting, 4);
        Assert.Equal(erlangC.ServiceLevel, patient.AnsweredWithinThreshold, 4);
        Assert.Equal(erlangC.AverageSpeedOfAnswerSeconds, patient.AverageWaitOfAnsweredSeconds, 2);
        Assert.Equal(0, patient.ProbabilityOfAbandoning, 4);
        Assert.Equal(erlangC.Occupancy, patient.Occupancy, 4);
    }

    [Fact]
    public void Abandonment_lowers_waiting_and_staffing_compared_with_Erlang_C()
    {
        var target = StaffingTarget.ForServiceLevel(0.8, Twenty);
        var impatient = ErlangA.RequiredAgents(Classic, Duration.FromSeconds(60), target, ServiceLevelDefinition.AnsweredWithinOverAnsweredAndLateAbandons);
        var erlangC = ErlangC.RequiredAgents(Classic, target);

        Assert.True(impatient.Agents <= erlangC.Agents);
        Assert.True(ErlangA.Evaluate(Classic, Duration.FromSeconds(60), 14, Twenty).ProbabilityOfWaiting < erlangC.ProbabilityOfWaiting);
    }

    [Fact]
    public void Without_agents_every_caller_waits_and_abandons()
    {
        var patience = Duration.FromSeconds(90);
        var result = ErlangA.Evaluate(Classic, patience, 0, Twenty);

        Assert.Equal(1, result.ProbabilityOfWaiting, 12);
        Assert.Equal(1, result.ProbabilityOfAbandoning, 12);
        Assert.Equal(0, result.AnsweredWithinThreshold, 12);
        Assert.Equal(1 - Math.Exp(-20.0 / 90), result.AbandonedWithinThreshold, 12);
        Assert.Equal(90, result.AverageWaitOfAllArrivalsSeconds, 9);
        Assert.Null(result.AverageWaitOfAnswered);
        Assert.True(double.IsNaN(result.Occupancy));
        Assert.Equal(1, result.ServiceLevel(ServiceLevelDefinition.AnsweredAndAbandonedWithinOverOffered) + Math.Exp(-20.0 / 90), 12);
    }

    [Fact]
    public void A_heavily_overloaded_centre_of_thousands_of_Erlangs_stays_finite_and_matches_the_fluid_limit()
    {
        // 5,000 Erlangs on 4,000 agents: the agents are always busy and serve 4,000 per AHT of the 5,000 arriving, so
        // about 20% abandon (the fluid limit, exact as the centre grows).
        var result = ErlangA.Evaluate(Workload.FromErlangs(5_000, Aht), Duration.FromSeconds(60), 4_000, Twenty);

        Assert.Equal(1, result.ProbabilityOfWaiting, 6);
        Assert.Equal(0.2, result.ProbabilityOfAbandoning, 2);
        Assert.Equal(0.8 * 5_000 / 4_000, result.Occupancy, 2);
        Assert.True(double.IsFinite(result.AverageWaitOfAnsweredSeconds));
    }

    [Fact]
    public void Thousands_of_Erlangs_with_very_patient_callers_agree_with_Erlang_C()
    {
        var workload = Workload.FromErlangs(5_000, Aht);
        var erlangC = ErlangC.Evaluate(workload, 5_060, Twenty);

        var erlangA = ErlangA.Evaluate(workload, Aht * 100_000, 5_060, Twenty);

        Assert.Equal(erlangC.ProbabilityOfWaiting, erlangA.ProbabilityOfWaiting, 3);
        Assert.Equal(erlangC.ServiceLevel, erlangA.AnsweredWithinThreshold, 3);
        Assert.Equal(erlangC.AverageSpeedOfAnswerSeconds, erlangA.AverageWaitOfAnsweredSeconds, 0);
    }

    [Fact]
    public void An_overloaded_queue_of_nearly_infinitely_patient_callers_is_refused_with_a_pointer_to_Erlang_C()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ErlangA.Evaluate(Classic, Duration.MaxValue, 9, Twenty));

        Assert.Equal("averagePatience", ex.ParamName);
        Assert.Contains("Erlang C", ex.Message, StringComparison.Ordinal);
        // Stable queues are fine with any patience, and RequiredAgents never probes the hopeless counts.
        Assert.True(ErlangA.Evaluate(Classic, Duration.MaxValue, 11, Twenty).ProbabilityOfWaiting > 0.6);
        Assert.Equal(14, ErlangA.RequiredAgents(Classic, Aht * 1e9, StaffingTarget.ForServiceLevel(0.8, Twenty), ServiceLevelDefinition.AnsweredWithinOverOffered).Agents);
        var fractional = Workload.FromErlangs(10.5, Aht);
        Assert.Equal(
            ErlangC.RequiredAgents(fractional, StaffingTarget.ForMaximumOccupancy(0.99)).Agents,
            ErlangA.RequiredAgents(fractional, Aht * 1e9, StaffingTarget.ForMaximumOccupancy(0.99), ServiceLevelDefinition.AnsweredWithinOverOffered).Agents);
    }

    [Fact]
    public void Far_more_agents_than_traffic_means_nobody_waits()
    {
        // B(2000, 1) underflows to 0: to double precision no call ever waits.
        var result = ErlangA.Evaluate(Workload.FromErlangs(1, Aht), Duration.FromSeconds(60), 2_000, Twenty);

        Assert.Equal(0, result.ProbabilityOfWaiting);
        Assert.Equal(1, result.AnsweredWithinThreshold);
        Assert.Equal(Duration.Zero, result.AverageWaitOfAnswered);
    }

    [Fact]
    public void No_traffic_needs_no_agents()
    {
        var none = Workload.FromErlangs(0, Aht);
        var result = ErlangA.RequiredAgents(none, Duration.FromSeconds(60), StaffingTarget.ForServiceLevel(0.9, Twenty), ServiceLevelDefinition.AnsweredWithinOverOffered);

        Assert.Equal(0, result.Agents);
        Assert.Equal(1, result.AnsweredWithinThreshold);
    }

    [Fact]
    public void The_three_service_level_definitions_are_ordered()
    {
        var result = ErlangA.Evaluate(Classic, Duration.FromSeconds(60), 11, Twenty);

        var strict = result.ServiceLevel(ServiceLevelDefinition.AnsweredWithinOverOffered);
        var excluded = result.ServiceLevel(ServiceLevelDefinition.AnsweredWithinOverAnsweredAndLateAbandons);
        var generous = result.ServiceLevel(ServiceLevelDefinition.AnsweredAndAbandonedWithinOverOffered);

        Assert.Equal(result.AnsweredWithinThreshold, strict);
        Assert.Equal(strict / (1 - result.AbandonedWithinThreshold), excluded, 12);
        Assert.Equal(strict + result.AbandonedWithinThreshold, generous, 12);
        Assert.True(strict < excluded && excluded < generous);
        Assert.Throws<ArgumentOutOfRangeException>(() => result.ServiceLevel((ServiceLevelDefinition)7));
    }

    [Fact]
    public void Counting_short_abandons_as_met_can_make_zero_agents_enough()
    {
        // Without agents every caller abandons; within 297 s at 294 s mean patience 1 − e^(−297/294) = 63.6% do so
        // "in time", which meets a 61.8% goal under AnsweredAndAbandonedWithinOverOffered and nothing under the other conventions.
        var workload = Workload.FromErlangs(267.67, Duration.FromSeconds(240));
        var patience = Duration.FromSeconds(294);
        var target = StaffingTarget.ForServiceLevel(0.618, Duration.FromSeconds(297));

        Assert.Equal(0, ErlangA.RequiredAgents(workload, patience, target, ServiceLevelDefinition.AnsweredAndAbandonedWithinOverOffered).Agents);
        Assert.True(ErlangA.RequiredAgents(workload, patience, target, ServiceLevelDefinition.AnsweredWithinOverOffered).Agents > 150);
    }

    [Fact]
    public void Required_agents_honours_an_abandonment_cap()
    {
        var patience = Duration.FromSeconds(60);
        var result = ErlangA.RequiredAgents(Classic, patience, default(StaffingTarget).WithMaximumAbandonment(0.02), ServiceLevelDefinition.AnsweredWithinOverOffered);

        Assert.True(result.ProbabilityOfAbandoning <= 0.02);
        Assert.True(ErlangA.Evaluate(Classic, patience, result.Agents - 1, Duration.Zero).ProbabilityOfAbandoning > 0.02);
    }

    [Fact]
    public void Bad_inputs_are_rejected_with_the_parameter_named()
    {
        var ex1 = Assert.Throws<ArgumentOutOfRangeException>(() => ErlangA.Evaluate(Classic, Duration.Zero, 10, Twenty));
        Assert.Equal("averagePatience", ex1.ParamName);
        Assert.Contains("positive", ex1.Message, StringComparison.Ordinal);
        Assert.Equal("agents", Assert.Throws<ArgumentOutOfRangeException>(() => ErlangA.Evaluate(Classic, Aht, -2, Twenty)).ParamName);
        Assert.Equal("serviceLevelThreshold", Assert.Throws<ArgumentOutOfRangeException>(() => ErlangA.Evaluate(Classic, Aht, 2, -Twenty)).ParamName);
        Assert.Equal("workload", Assert.Throws<ArgumentException>(() => ErlangA.Evaluate(default, Aht, 2, Twenty)).ParamName);
        Assert.Equal("target", Assert.Throws<ArgumentException>(() => ErlangA.RequiredAgents(Classic, Aht, default, ServiceLevelDefinition.AnsweredWithinOverOffered)).ParamName);
        var ex2 = Assert.Throws<ArgumentOutOfRangeException>(() => ErlangA.RequiredAgents(Classic, Aht, StaffingTarget.ForServiceLevel(0.8, Twenty), (ServiceLevelDefinition)9));
        Assert.Equal("definition", ex2.ParamName);
        Assert.Contains("9", ex2.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Percent_helpers_are_a_hundred_times_the_fractions_and_zero_agents_read_well()
    {
        var result = ErlangA.Evaluate(Classic, Duration.FromSeconds(60), 11, Twenty);
        Assert.Equal(result.ProbabilityOfWaiting * 100, result.ProbabilityOfWaitingPercent);
        Assert.Equal(result.ProbabilityOfAbandoning * 100, result.ProbabilityOfAbandoningPercent);
        Assert.Equal(result.Occupancy * 100, result.OccupancyPercent);
        Assert.Equal(result.ServiceLevel(ServiceLevelDefinition.AnsweredWithinOverOffered) * 100, result.ServiceLevelPercent(ServiceLevelDefinition.AnsweredWithinOverOffered));
        var erlangC = ErlangC.Evaluate(Classic, 14, Twenty);
        Assert.Equal(erlangC.ServiceLevel * 100, erlangC.ServiceLevelPercent);
        Assert.Equal(erlangC.ProbabilityOfWaiting * 100, erlangC.ProbabilityOfWaitingPercent);
        Assert.Equal(erlangC.Occupancy * 100, erlangC.OccupancyPercent);

        // Nobody to answer: every caller abandons after 90 s on average.
        Assert.Equal("0 agents: nobody is answered, P(abandon) 1.000, mean wait 90.0 s", ErlangA.Evaluate(Classic, Duration.FromSeconds(90), 0, Twenty).ToString());
    }
}
