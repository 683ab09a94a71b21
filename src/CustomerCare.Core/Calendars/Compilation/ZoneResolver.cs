// Maps local times to instants the lenient way (earlier occurrence, gaps shifted forward) from a zone's transitions.
using CustomerCare.Core.Internal;
using NodaTime;

namespace CustomerCare.Core.Calendars.Compilation;

/// <summary>
/// A zone's transitions over a span of the time line, and the local ↔ instant mapping of the calendar: an ambiguous
/// local time (clocks going back) takes the earlier occurrence; a time in a gap (clocks going forward) moves forward
/// by the gap's length, exactly like NodaTime's lenient resolver. Immutable.
/// </summary>
internal sealed class ZoneResolver
{
    private readonly DateTimeZone _zone;
    private readonly long[] _transitionAt;
    private readonly long[] _offsetAfter;

    /// <summary>Reads the transitions of <paramref name="zone"/> between two instants (ns since the Unix epoch).</summary>
    public ZoneResolver(DateTimeZone zone, long from, long to)
    {
        _zone = zone;
        var intervals = zone.GetZoneIntervals(TimeScale.ToInstant(from), TimeScale.ToInstant(to)).ToList();
        InitialOffset = intervals[0].WallOffset.Nanoseconds;
        var transitions = intervals.Skip(1).Where(z => z.HasStart).ToList();
        _transitionAt = [.. transitions.Select(z => TimeScale.ToNanoseconds(z.Start))];
        _offsetAfter = [.. transitions.Select(z => z.WallOffset.Nanoseconds)];
    }

    /// <summary>Gets the UTC offset (ns) in force before the first transition.</summary>
    public long InitialOffset { get; }

    /// <summary>Gets the instants of the transitions, ascending.</summary>
    public ReadOnlySpan<long> TransitionAt => _transitionAt;

    /// <summary>Gets the UTC offset (ns) in force from each transition on.</summary>
    public ReadOnlySpan<long> OffsetAfter => _offsetAfter;

    /// <summary>The UTC offset (ns) at instant <paramref name="t"/>.</summary>
    public long OffsetAt(long t) => _zone.GetUtcOffset(TimeScale.ToInstant(t)).Nanoseconds;

    /// <summary>
    /// The instant of local time <paramref name="local"/>, resolved leniently. Walks the transitions near it from the
    /// offset in force before them, so it allocates nothing.
    /// </summary>
    public long Resolve(long local)
    {
        var i = SortedSearch.CountBelow<long>(_transitionAt, local - (2 * TimeScale.Day));
        var offset = i == 0 ? InitialOffset : _offsetAfter[i - 1];
        for (; i < _transitionAt.Length && _transitionAt[i] <= local + (2 * TimeScale.Day); i++)
        {
            if (local - offset < _transitionAt[i])
            {
                break; // before this transition; for an ambiguous time, the earlier occurrence
            }

            if (local - _offsetAfter[i] < _transitionAt[i])
            {
                return local - offset; // in the gap: as if the earlier offset still applied, i.e. shifted forward
            }

            offset = _offsetAfter[i];
        }

        return local - offset;
    }
}
