// The one interval merge of the library: sorts half-open intervals and joins those that overlap or touch.
namespace CustomerCare.Core.Internal;

/// <summary>Merges half-open <c>[Start, End)</c> intervals given as nanosecond pairs.</summary>
internal static class IntervalMerge
{
    /// <summary>
    /// Sorts <paramref name="intervals"/> and merges, in place, every interval that overlaps or touches the one
    /// before it, so that the list ends up sorted, disjoint and separated by gaps.
    /// </summary>
    public static void SortAndMerge(List<(long Start, long End)> intervals)
    {
        intervals.Sort();
        var count = 0;
        for (var i = 0; i < intervals.Count; i++)
        {
            var (start, end) = intervals[i];
            if (count > 0 && start <= intervals[count - 1].End)
            {
                intervals[count - 1] = (intervals[count - 1].Start, Math.Max(intervals[count - 1].End, end));
            }
            else
            {
                intervals[count++] = (start, end);
            }
        }

        intervals.RemoveRange(count, intervals.Count - count);
    }
}
