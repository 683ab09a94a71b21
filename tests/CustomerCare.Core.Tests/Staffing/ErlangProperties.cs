// The laws of the Erlang models as FsCheck properties: monotone in agents, Erlang A tends to Erlang C, required agents is minimal.
using CustomerCare.Core.Staffing;
using CustomerCare.Core.Tests.TestInfrastructure;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CustomerCare.Core.Tests.Staffing;

public sealed class ErlangProperties
{
    private static readonly Duration Aht = Duration.FromSeconds(240);

    /// <summary>Traffic from 0.01 to 300 Erlangs.</summary>
    private static readonly Gen<double> Erlangs = Gen.Choose(1, 30_000).Select(i => i / 100.0);

    /// <summary>Thresholds from 0 to 5 minutes, whole seconds.</summary>
    private static readonly Gen<Duration> Threshold = Gen.Choose(0, 300).Select(s => Duration.FromSeconds(s));

    /// <summary>Mean patience from 5 s to 30 minutes.</summary>
    private static readonly Gen<Duration> Patience = Gen.Choose(5, 1_800).Select(s => Duration.FromSeconds(s));

    private static readonly Gen<double> Fraction = Gen.Choose(1, 999).Select(i => i / 1000.0);

    private static readonly Gen<(double Erlangs, int Agents, Duration Threshold)> Queue =
        from a in Erlangs
        from extra in Gen.Choose(-20, 60)
        from t in Threshold
        select (a, Math.Max(0, (int)Math.Floor(a) + extra), t);

    [CareProperty(200)]
    public Property Erlang_C_service_level_rises_and_waiting_falls_as_agents_are_added() =>
        Prop.ForAll(Queue.ToArbitrary(), q =>
        {
            var workload = Workload.FromErlangs(q.Erlangs, Aht);
            var fewer = ErlangC.Evaluate(workload, q.Agents, q.Threshold);
            var more = ErlangC.Evaluate(workload, q.Agents + 1, q.Threshold);
            return more.ServiceLevel >= fewer.ServiceLevel
                && more.ProbabilityOfWaiting <= fewer.ProbabilityOfWaiting
                && more.AverageSpeedOfAnswerSeconds <= fewer.AverageSpeedOfAnswerSeconds
                && fewer.ProbabilityOfWaiting is >= 0 and <= 1 && fewer.ServiceLevel is >= 0 and <= 1;
        });

    [CareProperty]
    public Property Erlang_A_service_level_rises_and_waiting_and_abandonment_fall_as_agents_are_added() =>
        Prop.ForAll(Queue.SelectMany(q => Patience, (q, p) => (q.Erlangs, q.Agents, q.Threshold, Patience: p)).ToArbitrary(), q =>
        {
            var workload = Workload.FromErlangs(q.Erlangs, Aht);
            var fewer = ErlangA.Evaluate(workload, q.Patience, q.Agents, q.Threshold);
            var more = ErlangA.Evaluate(workload, q.Patience, q.Agents + 1, q.Threshold);
            const double Slack = 1e-12;
            return more.AnsweredWithinThreshold >= fewer.AnsweredWithinThreshold - Slack
                && more.ProbabilityOfWaiting <= fewer.ProbabilityOfWaiting + Slack
                && more.ProbabilityOfAbandoning <= fewer.ProbabilityOfAbandoning + Slack
                && fewer.ProbabilityOfAbandoning <= fewer.ProbabilityOfWaiting + Slack
                && fewer.AnsweredWithinThreshold + fewer.ProbabilityOfAbandoning <= 1 + Slack;
        });

    [CareProperty]
    public Property Erlang_A_approaches_Erlang_C_as_patience_grows()
    {
        // At least one spare agent (n ≥ A + 1): near critical load the queue relaxes so slowly that even a patience of
        // 100,000 handling times still trims waits by about 1e−3 (119.82 Erlangs on 120 agents), which is the model, not an error.
        var stable =
            from a in Erlangs
            from extra in Gen.Choose(1, 40)
            from t in Threshold
            select (Erlangs: a, Agents: (int)Math.Ceiling(a) + extra, Threshold: t);
        return Prop.ForAll(stable.ToArbitrary(), q =>
        {
            var workload = Workload.FromErlangs(q.Erlangs, Aht);
            var erlangC = ErlangC.Evaluate(workload, q.Agents, q.Threshold);
            var gap = new double[3];
            for (var i = 0; i < gap.Length; i++)
            {
                // Patience of 10, 1,000 and 100,000 handling times.
                var erlangA = ErlangA.Evaluate(workload, Aht * Math.Pow(100, i) * 10, q.Agents, q.Threshold);
                gap[i] = Math.Abs(erlangA.ProbabilityOfWaiting - erlangC.ProbabilityOfWaiting)
                    + Math.Abs(erlangA.AnsweredWithinThreshold - erlangC.ServiceLevel);
            }

            return gap[2] <= gap[1] + 1e-12 && gap[1] <= gap[0] + 1e-12 && gap[2] < 2e-3;
        });
    }

    [CareProperty(200)]
    public Property Erlang_C_required_agents_is_the_smallest_number_meeting_the_target()
    {
        var cases =
            from a in Erlangs
            from sl in Fraction
            from t in Threshold
            from occupancy in Gen.Frequency((2, Gen.Constant(double.NaN)), (1, Gen.Choose(50, 99).Select(o => o / 100.0)))
            select (a, sl, t, occupancy);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var workload = Workload.FromErlangs(c.a, Aht);
            var target = StaffingTarget.ForServiceLevel(c.sl, c.t);
            if (!double.IsNaN(c.occupancy))
            {
                target = target.WithMaximumOccupancy(c.occupancy);
            }

            var required = ErlangC.RequiredAgents(workload, target);
            var below = ErlangC.Evaluate(workload, required.Agents - 1, c.t);
            var occupancyOk = double.IsNaN(c.occupancy) || required.Occupancy <= c.occupancy + 1e-9;
            var belowFails = below.ServiceLevel < c.sl || !below.IsStable
                || (!double.IsNaN(c.occupancy) && below.Occupancy > c.occupancy);
            return required.ServiceLevel >= c.sl && occupancyOk && belowFails;
        });
    }

    [CareProperty]
    public Property Erlang_A_required_agents_is_the_smallest_number_meeting_the_target()
    {
        var cases =
            from a in Erlangs
            from sl in Fraction
            from t in Threshold
            from p in Patience
            from definition in Gen.Elements(ServiceLevelDefinition.AnsweredWithinOverOffered, ServiceLevelDefinition.AnsweredWithinOverAnsweredAndLateAbandons, ServiceLevelDefinition.AnsweredAndAbandonedWithinOverOffered)
            select (a, sl, t, p, definition);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var workload = Workload.FromErlangs(c.a, Aht);
            var required = ErlangA.RequiredAgents(workload, c.p, StaffingTarget.ForServiceLevel(c.sl, c.t), c.definition);
            var meets = required.ServiceLevel(c.definition) >= c.sl;
            return meets && (required.Agents == 0 || !(ErlangA.Evaluate(workload, c.p, required.Agents - 1, c.t).ServiceLevel(c.definition) >= c.sl));
        });
    }

    [CareProperty(200)]
    public Property Erlang_B_falls_with_lines_and_its_inverses_agree()
    {
        var cases =
            from a in Erlangs
            from gos in Gen.Choose(1, 500).Select(i => i / 1000.0)
            select (a, gos);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var lines = ErlangB.RequiredLines(c.a, c.gos);
            var minimal = ErlangB.BlockingProbability(c.a, lines) <= c.gos && ErlangB.BlockingProbability(c.a, lines - 1) > c.gos;
            var falls = ErlangB.BlockingProbability(c.a, lines + 1) <= ErlangB.BlockingProbability(c.a, lines);
            var carried = ErlangB.MaximumTraffic(lines, c.gos);
            var inverse = carried >= c.a * (1 - 1e-9) && Math.Abs(ErlangB.BlockingProbability(carried, lines) - c.gos) < 1e-9;
            return minimal && falls && inverse;
        });
    }

    [CareProperty(200)]
    public Property Scheduled_agents_is_the_smallest_roster_covering_the_shrinkage()
    {
        var cases =
            from required in Gen.Choose(0, 5_000)
            from percent in Gen.Choose(0, 95)
            select (required, shrinkage: percent / 100.0);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var scheduled = Shrinkage.ScheduledAgents(c.required, c.shrinkage);
            var productive = 1 - c.shrinkage;
            // Within the documented 1e−9 tolerance: enough productive agents, and one fewer would not be.
            return scheduled * productive >= c.required * (1 - 1e-9) && (scheduled - 1) * productive < c.required * (1 - 1e-9);
        });
    }
}
