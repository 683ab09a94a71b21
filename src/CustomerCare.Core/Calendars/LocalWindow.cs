// One opening window of a day in local wall-clock time, kept as nanoseconds after that day's midnight.
namespace CustomerCare.Core.Calendars;

/// <summary>
/// A local <c>[From, To)</c> window of one day: <see cref="From"/> lies in <c>[0, 24 h)</c> after the day's midnight
/// and <see cref="To"/> in <c>(From, From + 24 h]</c>, so an overnight shift (<c>To</c> past 24 h) belongs to the
/// day it starts on.
/// </summary>
internal readonly record struct LocalWindow(long From, long To)
{
    public const long NanosecondsPerDay = 86_400_000_000_000L;

    public long Length => To - From;

    /// <summary>
    /// Sorts the windows of one day and drops exact duplicates. Overlapping or touching windows are merged on the time
    /// line when the calendar is compiled (windows that overlap or touch merge, also across midnight), not here: two windows of one day may merge into more than 24 h, which
    /// the JSON format cannot write as one window.
    /// </summary>
    public static LocalWindow[] Normalize(IEnumerable<LocalWindow> windows) =>
        [.. windows.Distinct().OrderBy(w => w.From).ThenBy(w => w.To)];
}
