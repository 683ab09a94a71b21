// Required agents for 10 to 5,000 Erlangs (target: ≤ 50 µs and 0 B at 1,000 Erlangs) and a 48-interval day plan.
using BenchmarkDotNet.Attributes;
using CustomerCare.Core.Staffing;
using NodaTime;

namespace CustomerCare.Core.Benchmarks.Staffing;

/// <summary>
/// Required agents for an 80/20 goal at a given traffic. The baseline is the straightforward search: evaluate Erlang C
/// from scratch (Erlang B recomputed by its full recurrence) for each candidate n, as most hand-written versions do;
/// the library steps Erlang B by one recurrence term per candidate instead.
/// </summary>
[MemoryDiagnoser]
public class StaffingBenchmarks
{
    private static readonly Duration Aht = Duration.FromSeconds(300);
    private static readonly Duration Threshold = Duration.FromSeconds(20);
    private static readonly Duration Patience = Duration.FromSeconds(120);
    private static readonly StaffingTarget Target = StaffingTarget.ForServiceLevel(0.8, Threshold);
    private Workload _workload;

    [Params(10, 100, 1_000, 5_000)]
    public double Erlangs { get; set; }

    [GlobalSetup]
    public void Setup() => _workload = Workload.FromErlangs(Erlangs, Aht);

    [Benchmark(Baseline = true)]
    public int NaiveErlangCSearch()
    {
        for (var agents = (int)Math.Floor(Erlangs) + 1; ; agents++)
        {
            if (ErlangC.Evaluate(_workload, agents, Threshold).ServiceLevel >= 0.8)
            {
                return agents;
            }
        }
    }

    [Benchmark]
    public int ErlangCRequiredAgents() => ErlangC.RequiredAgents(_workload, Target).Agents;

    [Benchmark]
    public int ErlangARequiredAgents() => ErlangA.RequiredAgents(_workload, Patience, Target, ServiceLevelDefinition.AnsweredWithinOverOffered).Agents;
}
