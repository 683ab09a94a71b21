// Exact means of NodaTime durations: totals are summed in nanoseconds and divided once, rounded to the nearest nanosecond.
using NodaTime;

namespace CustomerCare.Core.Kpis;

/// <summary>Duration arithmetic the KPI types share.</summary>
internal static class DurationMath
{
    private const long NanosecondsPerDay = 86_400_000_000_000;

    /// <summary>Returns total / count rounded half away from zero to the nanosecond; the total may exceed the range of a long in nanoseconds.</summary>
    public static Duration Mean(Duration total, long count)
    {
        var nanoseconds = ((Int128)total.Days * NanosecondsPerDay) + total.NanosecondOfDay;
        var half = (Int128)(count / 2);
        var mean = nanoseconds >= 0 ? (nanoseconds + half) / count : (nanoseconds - half) / count;
        return Duration.FromNanoseconds((long)mean);
    }
}
