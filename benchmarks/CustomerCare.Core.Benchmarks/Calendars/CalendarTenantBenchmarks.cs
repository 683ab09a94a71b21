// Multi-tenant start-up: 10,000 distinct calendars built and used once each, and the memory they keep.
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using CustomerCare.Core.Calendars;
using NodaTime;

namespace CustomerCare.Core.Benchmarks.Calendars;

/// <summary>
/// 10,000 tenants, each with its own variant of the benchmark calendar (one yearly holiday moved), built and used for
/// one <c>Add</c> of 8 h from Wed 2026-11-25 10:15. One invocation per iteration (it runs for a second or more).
/// <see cref="GlobalSetup"/> also prints the retained bytes per calendar (<see cref="GC.GetTotalMemory(bool)"/> before and
/// after keeping 10,000 calendars alive), right after <c>Build</c> and after one <c>Add</c> in each of three years.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class CalendarTenantBenchmarks
{
    private const int Tenants = 10_000;
    private static readonly Instant Start = new LocalDateTime(2026, 11, 25, 10, 15).InZoneStrictly(CalendarBuildBenchmarks.Berlin).ToInstant();

    [GlobalSetup]
    public void GlobalSetup()
    {
        var keep = new BusinessCalendar[Tenants];
        var before = GC.GetTotalMemory(forceFullCollection: true);
        for (var i = 0; i < Tenants; i++)
        {
            keep[i] = CalendarBuildBenchmarks.BuildBenchmarkCalendar(CalendarBuildBenchmarks.Berlin, i + 1);
        }

        var built = GC.GetTotalMemory(forceFullCollection: true);
        foreach (var calendar in keep)
        {
            for (var year = 0; year < 3; year++)
            {
                _ = calendar.Add(Start + Duration.FromDays(365 * year), Duration.FromHours(8));
            }
        }

        var used = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"// Retained per calendar: {(built - before) / Tenants:N0} B after Build, {(used - before) / Tenants:N0} B after one Add in each of 3 years");
        GC.KeepAlive(keep);
    }

    [Benchmark(OperationsPerInvoke = Tenants)]
    public long Build_and_Add_10000_tenants()
    {
        long sum = 0;
        for (var i = 0; i < Tenants; i++)
        {
            sum += CalendarBuildBenchmarks.BuildBenchmarkCalendar(CalendarBuildBenchmarks.Berlin, i + 1).Add(Start, Duration.FromHours(8)).ToUnixTimeTicks();
        }

        return sum;
    }
}
