// Inverting the business timeline's F: deadlines forwards (TryAdvance), starts backwards (TryRetreat), and the chunk and week search behind both (TryInvert).
namespace CustomerCare.Core.Calendars.Compilation;

/// <content>Inversions of <c>F</c>: the instant at which a business-time budget is used up, forwards or backwards.</content>
internal sealed partial class BusinessTimeline
{
    /// <summary>
    /// The instant at which <paramref name="budget"/> of business time after cumulative time
    /// <paramref name="cumulative"/> is used up. A positive budget gives the earliest <c>t</c> with
    /// <c>F(t) ≥ cumulative + budget</c> (a budget used up exactly at a window end gives that end, not the next
    /// opening); zero gives the latest <c>t</c> with <c>F(t) ≤ cumulative</c>, the first business moment there.
    /// </summary>
    /// <param name="cumulative">A value of <c>F</c>, usually <c>F(start)</c>.</param>
    /// <param name="budget">Zero or positive.</param>
    /// <param name="instant">The answer, when there is one.</param>
    /// <returns>False when the answer lies outside the horizon, or the sum passes 64 bits (which is beyond it too).</returns>
    public bool TryAdvance(long cumulative, long budget, out long instant)
    {
        if (cumulative > 0 && budget > long.MaxValue - cumulative)
        {
            instant = 0;
            return false;
        }

        return TryInvert(cumulative + budget, strict: budget == 0, out instant);
    }

    /// <summary>
    /// <see cref="TryAdvance(long, long, out long)"/> from a point whose week is known, which is how deadlines are
    /// found: when the answer lies in that week (the usual case, deadlines being hours away) it is read off the week's
    /// windows without locating anything.
    /// </summary>
    /// <param name="anchor">The anchor of an instant <c>t</c> with <c>F(t) ≤ cumulative</c>, from <see cref="CumulativeSorted"/>.</param>
    /// <param name="cumulative">As for the other overload, at least <c>F(t)</c>.</param>
    /// <param name="budget">As for the other overload.</param>
    /// <param name="instant">As for the other overload.</param>
    /// <returns>As for the other overload.</returns>
    public bool TryAdvance(in WeekAnchor anchor, long cumulative, long budget, out long instant)
    {
        if (cumulative > 0 && budget > long.MaxValue - cumulative)
        {
            instant = 0;
            return false;
        }

        var target = cumulative + budget;
        var strict = budget == 0;
        var r = target - anchor.Cumulative;
        if (r < 0)
        {
            // Only a budget of nearly the whole horizon (about 292 years) takes target − anchor past 64 bits, where it
            // wraps negative; that answer lies far beyond the anchor's week.
            return TryInvert(target, strict, out instant);
        }

        if (anchor.Irregular >= 0)
        {
            // Stryker disable once Bitwise : Irregular is not negative here, where >> and >>> agree
            var chunk = _chunks[anchor.Irregular >> TimelineChunk.WeeksShift]!;
            var week = anchor.Irregular & (TimelineChunk.Weeks - 1);
            var total = chunk.CumulativeAt(week + 1) - chunk.CumulativeAt(week);
            if (strict ? r < total : r <= total)
            {
                instant = chunk.Windows(week).PositionOf(r, strict);
                return instant >= MinSupported && instant < EndSupported;
            }
        }
        else if (strict ? r < _weekTotal : r <= _weekTotal)
        {
            instant = anchor.Start + _pattern.PositionOf(r, strict);
            return instant >= MinSupported && instant < EndSupported;
        }

        return TryInvert(target, strict, out instant);
    }

    /// <summary>
    /// Goes backwards: the latest instant <c>t</c> with <c>F(t) ≤ cumulative − budget</c>, from which
    /// <paramref name="budget"/> of business time is still available before the point whose cumulative time is
    /// <paramref name="cumulative"/>.
    /// </summary>
    /// <param name="cumulative">A value of <c>F</c>, usually <c>F(deadline)</c>.</param>
    /// <param name="budget">Zero or positive.</param>
    /// <param name="instant">The answer, when there is one.</param>
    /// <returns>False when the answer lies outside the horizon, or the difference passes 64 bits.</returns>
    public bool TryRetreat(long cumulative, long budget, out long instant)
    {
        if (cumulative < 0 && budget > cumulative - long.MinValue)
        {
            instant = 0;
            return false;
        }

        return TryInvert(cumulative - budget, strict: true, out instant);
    }

    /// <summary>
    /// Inverts <c>F</c>. Not strict: the earliest <c>t</c> with <c>F(t) ≥ target</c>. Strict: the latest <c>t</c>
    /// with <c>F(t) ≤ target</c>.
    /// </summary>
    /// <returns>False when that instant lies outside the horizon or never comes.</returns>
    public bool TryInvert(long target, bool strict, out long instant)
    {
        instant = 0;
        var last = _chunks.Length - 1;
        var origin = Volatile.Read(ref _originChunk);
        if (origin < 0)
        {
            origin = Math.Clamp((_originWeek - _firstWeek) >> TimelineChunk.WeeksShift, 0, last);
        }

        // F moves at most one for one with time, so a target further from a known value than the horizon is long is
        // outside it. The distances are compared as unsigned 64-bit numbers, which hold any difference of two longs.
        var reference = Base(origin);
        var originChunk = Chunk(origin);
        var start = originChunk.Start;
        if (target >= reference
            ? unchecked((ulong)target - (ulong)reference) > (ulong)(EndSupported - start)
            : unchecked((ulong)reference - (ulong)target) > (ulong)(start - MinSupported + (TimelineChunk.Weeks * TimeScale.Week)))
        {
            return false;
        }

        var k = origin;
        var knownLow = Volatile.Read(ref _knownLow);
        var knownHigh = Volatile.Read(ref _knownHigh);
        if (knownHigh > knownLow && _base[knownHigh] > _base[knownLow])
        {
            // Interpolated between the farthest known bases: holidays and clock changes recur every year, so the average
            // rate over many chunks predicts the chunk to within days, not the chunks an origin's own rate drifts by.
            var lowBase = _base[knownLow];
            var chunksPerNanosecond = (double)(knownHigh - knownLow) / ((double)_base[knownHigh] - lowBase);
            k = (int)Math.Clamp(knownLow + Math.Floor(((double)target - lowBase) * chunksPerNanosecond), 0, last);
        }
        else if (_weekTotal > 0)
        {
            // The chunk the target would lie in if every chunk were like the origin's (its holidays included): usually
            // right, else a step or two away.
            var rate = originChunk.WeeksPerNanosecond > 0 ? originChunk.WeeksPerNanosecond : _weeksPerNanosecond;
            k = (int)Math.Clamp(origin + Math.Floor(((double)target - reference) * rate / TimelineChunk.Weeks), 0, last);
        }

        // Find the chunk on the flat table of bases (chunk k holds [Base(k), Base(k + 1))), touching no chunk but the
        // one found.
        long low, high;
        var aimed = false;
        while (true)
        {
            low = Base(k);
            high = Base(k + 1);
            int step;
            if (strict ? target < low : target <= low)
            {
                if (k == 0)
                {
                    return false;
                }

                step = -1;
            }
            else if (strict ? target >= high : target > high)
            {
                if (k == last)
                {
                    return false;
                }

                step = 1;
            }
            else
            {
                break;
            }

            if (!aimed && high > low)
            {
                // Far from the origin, holidays and clock changes make the ordinary-week estimate drift by a few
                // chunks: re-aim once at the rate of the chunk just read, then walk (F is monotonic, so it ends).
                var chunks = Math.Floor(((double)target - low) / (high - low));
                k = (int)Math.Clamp(k + (step < 0 ? Math.Min(chunks, -1) : Math.Max(chunks, 1)), 0, last);
            }
            else
            {
                k += step;
            }

            aimed = true;
        }

        var chunk = Chunk(k);
        var r = target - low;
        var week = WeekOfCumulative(chunk, r, strict);
        var inWeek = r - chunk.CumulativeAt(week);
        instant = chunk.IsIrregular(week) ? chunk.Windows(week).PositionOf(inWeek, strict) : chunk.StartOf(week) + _pattern.PositionOf(inWeek, strict);
        return instant >= MinSupported && instant < EndSupported;
    }

    // The week of the chunk in which relative cumulative time r is reached (see TimelineChunk.WeekOfCumulative), found
    // from the chunk's own average rate, which is off by at most the few weeks that hold less or more than its average.
    private int WeekOfCumulative(TimelineChunk chunk, long r, bool strict)
    {
        if (_weekTotal == 0)
        {
            return chunk.WeekOfCumulative(r, strict);
        }

        var i = Math.Clamp((int)(r * chunk.WeeksPerNanosecond), 0, chunk.Count - 1);
        if (strict)
        {
            while (chunk.CumulativeAt(i) > r)
            {
                i--;
            }

            while (chunk.CumulativeAt(i + 1) <= r)
            {
                i++;
            }
        }
        else
        {
            while (chunk.CumulativeAt(i) >= r)
            {
                i--;
            }

            while (chunk.CumulativeAt(i + 1) < r)
            {
                i++;
            }
        }

        return i;
    }
}
