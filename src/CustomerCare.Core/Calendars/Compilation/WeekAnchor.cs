// A handle on one week of a business timeline, kept by callers to invert inside that week without locating it again.
namespace CustomerCare.Core.Calendars.Compilation;

/// <summary>
/// Where one week of a <see cref="BusinessTimeline"/> starts, <c>F</c> at that start and, for an irregular week,
/// its index (-1 for an ordinary week). Opaque to callers: they get it from
/// <see cref="BusinessTimeline.CumulativeSorted"/> and hand it back to <see cref="BusinessTimeline.TryAdvance(in WeekAnchor, long, long, out long)"/>.
/// </summary>
internal readonly record struct WeekAnchor(long Start, long Cumulative, int Irregular);
