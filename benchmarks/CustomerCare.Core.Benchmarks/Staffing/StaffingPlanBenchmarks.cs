// A day of 48 half-hour intervals planned into a reused buffer: the shape of a workforce-management recalculation.
using BenchmarkDotNet.Attributes;
using CustomerCare.Core.Staffing;
using NodaTime;

namespace CustomerCare.Core.Benchmarks.Staffing;

/// <summary>Plans 48 half-hours whose forecast rises from 20 to 170 calls and falls back (about 2 to 17 Erlangs at 180 s AHT).</summary>
[MemoryDiagnoser]
public class StaffingPlanBenchmarks
{
    private static readonly StaffingTarget Target = StaffingTarget.ForServiceLevel(0.8, Duration.FromSeconds(20));
    private readonly double[] _arrivals = Enumerable.Range(0, 48).Select(i => 20.0 + (150 * Math.Sin(Math.PI * i / 47))).ToArray();
    private readonly IntervalStaffing[] _plan = new IntervalStaffing[48];

    [Benchmark]
    public int Plan48Intervals()
    {
        StaffingPlan.Fill(_arrivals, Duration.FromMinutes(30), Duration.FromSeconds(180), Target, 0.3, _plan);
        return _plan[24].ScheduledAgents;
    }
}
