// Formats goal values for ToString: durations as H:mm:ss, everything else as a short invariant number.
using System.Globalization;
using CustomerCare.Core.Kpis;
using NodaTime;
using NodaTime.Text;

namespace CustomerCare.Core.Goals;

/// <summary>Short invariant text for values in a KPI's unit.</summary>
internal static class GoalFormat
{
    /// <summary>The duration pattern of ToString and JSON: hours (unbounded), minutes, seconds and optional fraction.</summary>
    internal static readonly DurationPattern DurationText = DurationPattern.CreateWithInvariantCulture("-H:mm:ss.FFFFFFFFF");

    /// <summary>Formats the valid range of a KPI for messages: <c>0..1</c>, <c>-100..100</c>, <c>0..∞ (seconds)</c>.</summary>
    internal static string Range(KpiDescriptor kpi) =>
        $"{Number(kpi.Minimum)}..{Number(kpi.Maximum)}{(kpi.Unit == KpiUnit.Duration ? " (seconds)" : string.Empty)}";

    /// <summary>Formats a number invariantly and unrounded, with ∞ for infinities.</summary>
    internal static string Number(double value) => double.IsInfinity(value)
        ? (value > 0 ? "∞" : "-∞")
        : value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Formats <paramref name="value"/> (seconds for durations) for a human.</summary>
    internal static string Value(KpiUnit unit, double value)
    {
        if (double.IsNaN(value))
        {
            return "n/a";
        }

        if (unit == KpiUnit.Duration && double.IsFinite(value) && Math.Abs(value) < 1e12)
        {
            return DurationText.Format(Duration.FromSeconds(Math.Round(value, 3)));
        }

        return value.ToString("0.####", CultureInfo.InvariantCulture);
    }
}
