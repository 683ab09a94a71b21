// Short duration text for messages and JSON: "1h30m", "45s"; read back by the SLA JSON duration parser.
using System.Globalization;
using NodaTime;

namespace CustomerCare.Core.Goals.Capability;

/// <summary>Formats durations as <c>1h30m</c>, <c>2m</c>, <c>45s</c> (whole seconds), or <c>H:mm:ss.fff</c> otherwise.</summary>
internal static class DurationText
{
    public static string Format(Duration d)
    {
        if (d.SubsecondNanoseconds != 0 || d < Duration.Zero)
        {
            return d.ToString("-H:mm:ss.FFFFFFFFF", CultureInfo.InvariantCulture);
        }

        var seconds = (long)d.TotalSeconds;
        var h = seconds / 3600;
        var m = seconds % 3600 / 60;
        var s = seconds % 60;
        return string.Concat(
            h > 0 ? h.ToString(CultureInfo.InvariantCulture) + "h" : string.Empty,
            m > 0 ? m.ToString(CultureInfo.InvariantCulture) + "m" : string.Empty,
            s > 0 || seconds == 0 ? s.ToString(CultureInfo.InvariantCulture) + "s" : string.Empty);
    }
}
