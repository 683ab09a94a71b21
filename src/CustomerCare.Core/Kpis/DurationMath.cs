// Exact duration totals for KPIs: sums are kept as 128-bit nanosecond counts, which neither overflow nor round.
using NodaTime;

namespace CustomerCare.Core.Kpis;

/// <summary>
/// Duration arithmetic the KPI types share. A NodaTime <see cref="Duration"/> spans about ±45,000 years, which a
/// total of 64 million one-day response times exceeds; totals are therefore kept as <see cref="Int128"/> nanoseconds.
/// </summary>
internal static class DurationMath
{
    private const long NanosecondsPerDay = 86_400_000_000_000;
    private const int MaxDays = 16_777_215;

    public static Int128 Nanoseconds(Duration duration) => ((Int128)duration.Days * NanosecondsPerDay) + duration.NanosecondOfDay;

    /// <summary>Returns a + b for non-negative durations, or throws <see cref="OverflowException"/> beyond the range of <see cref="Duration"/>.</summary>
    public static Duration Add(Duration a, Duration b) => ToDuration(Nanoseconds(a) + Nanoseconds(b));

    /// <summary>Converts a non-negative total back to a duration, or throws when it exceeds the range of <see cref="Duration"/>.</summary>
    public static Duration ToDuration(Int128 nanoseconds)
    {
        // Duration.MaxValue is the last nanosecond of day MaxDays, so a non-negative total fits exactly when its days do.
        if (nanoseconds / NanosecondsPerDay > MaxDays)
        {
            throw new OverflowException(
                $"The total of {nanoseconds} ns exceeds the range of NodaTime Duration (about 45,000 years); read the mean instead, which is exact.");
        }

        return FromNanoseconds(nanoseconds);
    }

    /// <summary>Converts a total of nanoseconds of either sign, within the range of <see cref="Duration"/>, to a duration.</summary>
    /// <remarks>Days and the remainder share the sign of the total (C# division truncates), and NodaTime adds them exactly.</remarks>
    public static Duration FromNanoseconds(Int128 nanoseconds) =>
        Duration.FromDays((int)(nanoseconds / NanosecondsPerDay)) + Duration.FromNanoseconds((long)(nanoseconds % NanosecondsPerDay));

    /// <summary>Returns total / count rounded half away from zero to the nanosecond (total ≥ 0, count &gt; 0).</summary>
    public static Duration Mean(Int128 totalNanoseconds, long count) =>
        ToDuration((totalNanoseconds + (count / 2)) / count);
}
