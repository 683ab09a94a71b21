// The short human one-liners of KPI results: numbers to a few significant digits, durations as "40 h" or "4 min 30 s".
using NodaTime;

namespace CustomerCare.Core.Kpis;

/// <summary>Formatting shared by the <c>ToString</c> overrides of the KPI results (invariant culture by default).</summary>
internal static class KpiText
{
    /// <summary>A number to four significant digits ("n/a" for NaN).</summary>
    public static string Number(double value, IFormatProvider? provider) =>
        double.IsNaN(value) ? "n/a" : value.ToString("G4", provider);

    /// <summary>A number with one decimal ("n/a" for NaN): scores and percentages.</summary>
    public static string OneDecimal(double value, IFormatProvider? provider) =>
        double.IsNaN(value) ? "n/a" : value.ToString("0.0", provider);

    /// <summary>A confidence level as "95 %".</summary>
    public static string Level(double confidence, IFormatProvider? provider) => Number(confidence * 100, provider) + " %";

    /// <summary>
    /// "95 % CI l – u" with the bounds times <paramref name="scale"/>, formatted with <paramref name="format"/> (null:
    /// four significant digits) and <paramref name="unit"/> after them.
    /// </summary>
    public static string Interval(KpiInterval interval, double scale, string? format, string unit, IFormatProvider? provider) =>
        interval.IsDefined
            ? $"{Level(interval.Confidence, provider)} CI {Format(interval.Lower * scale, format, provider)} – {Format(interval.Upper * scale, format, provider)}{unit}"
            : interval.Confidence > 0 ? $"{Level(interval.Confidence, provider)} CI undefined" : "CI undefined";

    /// <summary>A fraction as a percentage with one decimal ("n/a" for NaN).</summary>
    public static string Percent(double fraction, IFormatProvider? provider) => OneDecimal(fraction * 100, provider) + " %";

    /// <summary>
    /// A duration in whole hours, minutes and seconds ("40 h", "1 h 16 min", "4 min 30 s", "2.5 s", "850 ms", "0 s"):
    /// never days, so that "40 h" reads as a workload; seconds keep up to three decimals.
    /// </summary>
    public static string Duration(Duration duration, IFormatProvider? provider)
    {
        if (duration == NodaTime.Duration.Zero)
        {
            return "0 s";
        }

        // Stryker disable once Equality : zero returned above, so < and <= agree.
        var sign = duration < NodaTime.Duration.Zero ? "-" : "";
        var nanoseconds = Int128.Abs(DurationMath.Nanoseconds(duration));

        const long NanosecondsPerSecond = 1_000_000_000;
        if (nanoseconds < NanosecondsPerSecond)
        {
            return sign + Number((double)nanoseconds / 1_000_000, provider) + " ms";
        }

        var hours = nanoseconds / (3600 * (Int128)NanosecondsPerSecond);
        var rest = nanoseconds % (3600 * (Int128)NanosecondsPerSecond);
        var minutes = (long)(rest / (60 * NanosecondsPerSecond));
        var seconds = Math.Round((double)(rest % (60 * NanosecondsPerSecond)) / NanosecondsPerSecond, 3);
        var parts = new List<string>(3);
        if (hours != 0)
        {
            parts.Add(hours.ToString(null, provider) + " h");
        }

        if (minutes != 0)
        {
            parts.Add(minutes.ToString(provider) + " min");
        }

        if (seconds != 0)
        {
            // Stryker disable once String : seconds are rounded to three decimals below 60, which "0.###" and the shortest round-trip form print alike.
            parts.Add(seconds.ToString("0.###", provider) + " s");
        }

        return sign + string.Join(' ', parts);
    }

    private static string Format(double value, string? format, IFormatProvider? provider) =>
        format is null ? Number(value, provider) : value.ToString(format, provider);
}
