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

    /// <summary>Sorts and merges overlapping or adjacent windows of one day (rule 1 of the conformance README).</summary>
    public static LocalWindow[] Merge(IEnumerable<LocalWindow> windows)
    {
        var sorted = windows.OrderBy(w => w.From).ThenBy(w => w.To).ToList();
        var merged = new List<LocalWindow>(sorted.Count);
        foreach (var w in sorted)
        {
            if (merged.Count > 0 && w.From <= merged[^1].To)
            {
                var last = merged[^1];
                merged[^1] = last with { To = Math.Max(last.To, w.To) };
            }
            else
            {
                merged.Add(w);
            }
        }

        return [.. merged];
    }
}
