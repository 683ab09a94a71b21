// The open intervals of a calendar over a range, enumerated without allocating.
using CustomerCare.Core.Calendars.Compilation;
using CustomerCare.Core.Internal;
using NodaTime;

namespace CustomerCare.Core.Calendars;

/// <summary>
/// The maximal open intervals of a <see cref="BusinessCalendar"/> that meet a range, clipped to it, in order. Use it in
/// a <c>foreach</c>: the enumerator is a struct and allocates nothing. Returned by <see cref="BusinessCalendar.OpenIntervals"/>.
/// </summary>
public readonly struct OpenIntervals
{
    private readonly BusinessCalendar? _calendar;
    private readonly long _from;
    private readonly long _to;
    private readonly ExclusionSet _exclusions;

    internal OpenIntervals(BusinessCalendar calendar, long from, long to, ExclusionSet exclusions)
    {
        _calendar = calendar;
        _from = from;
        _to = to;
        _exclusions = exclusions;
    }

    /// <summary>Returns the struct enumerator.</summary>
    /// <returns>An enumerator positioned before the first interval.</returns>
    public Enumerator GetEnumerator() => new(_calendar, _from, _to, _exclusions);

    /// <summary>Walks the open intervals one after the other.</summary>
    [MutableByDesign("An enumerator advances; it lives on the stack of one foreach loop.")]
    public struct Enumerator
    {
        private readonly BusinessCalendar? _calendar;
        private readonly long _to;
        private readonly ExclusionSet _exclusions;
        private long _cursor;

        internal Enumerator(BusinessCalendar? calendar, long from, long to, ExclusionSet exclusions)
        {
            _calendar = calendar;
            _cursor = from;
            _to = to;
            _exclusions = exclusions;
            Current = default;
        }

        /// <summary>Gets the current open interval, <c>[start, end)</c>.</summary>
        public Interval Current { get; private set; }

        /// <summary>Moves to the next open interval.</summary>
        /// <returns>False when there is none before the end of the range.</returns>
        public bool MoveNext()
        {
            if (_calendar is null || _cursor >= _to
                || !_calendar.TryNextOpening(_cursor, _exclusions.Bounds, out var opening) || opening >= _to)
            {
                _cursor = _to;
                return false;
            }

            var closing = _calendar.TryNextClosing(opening, _exclusions.Bounds, out var c) ? c : _calendar.EndSupported;
            var end = Math.Min(closing, _to);
            Current = new Interval(BusinessTimeline.ToInstant(opening), BusinessTimeline.ToInstant(end));
            _cursor = end;
            return true;
        }
    }
}
