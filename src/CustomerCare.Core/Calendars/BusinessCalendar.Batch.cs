// Batch business-time arithmetic on a calendar: one start against many sorted ends or many budgets, span in, span out, no allocation.
using System.Runtime.CompilerServices;
using CustomerCare.Core.Calendars.Compilation;
using CustomerCare.Core.Internal;
using NodaTime;

namespace CustomerCare.Core.Calendars;

/// <content>The batch forms of <c>Elapsed</c> and <c>Add</c>.</content>
public sealed partial class BusinessCalendar
{
    // Instants converted and looked up per block: two stack tables of this many 64-bit values (1 KB).
    private const int BatchBlock = 64;

    /// <summary>
    /// The business time from <paramref name="start"/> to each of <paramref name="ends"/>, written to the same index of
    /// <paramref name="destination"/>: element by element exactly <see cref="Elapsed(Instant, Instant, ExclusionSet)"/>
    /// without exclusions, at a fraction of the cost of calling it in a loop — the start is looked up once, and ends
    /// that fall in the same week share one week lookup. Allocates nothing.
    /// </summary>
    /// <remarks>
    /// Typical uses: the business age of many events of one ticket, a ticket's business time at each reporting cut-off,
    /// or the business time from the start of a month to each ticket's opening (sort them first; a sorted batch is what
    /// makes the week lookups shareable). The input is validated before anything is written: on an exception
    /// <paramref name="destination"/> is unchanged.
    /// </remarks>
    /// <param name="start">A supported instant.</param>
    /// <param name="ends">Supported instants in ascending order (equal neighbours allowed). Ends at or before
    /// <paramref name="start"/> give zero, as in the single call.</param>
    /// <param name="destination">Receives the business times; at least as long as <paramref name="ends"/> (only its first
    /// <c>ends.Length</c> elements are written).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> or an element of <paramref name="ends"/> is
    /// outside the horizon; the message names the element's index.</exception>
    /// <exception cref="ArgumentException"><paramref name="ends"/> is not in ascending order (the message names the index of
    /// the first element that is earlier than the one before it), or <paramref name="destination"/> is shorter than
    /// <paramref name="ends"/>.</exception>
    public void Elapsed(Instant start, ReadOnlySpan<Instant> ends, Span<Duration> destination)
    {
        var a = InRange(start, nameof(start));
        CheckDestination(destination.Length, ends.Length);
        for (var i = 0; i < ends.Length; i++)
        {
            if (ends[i] < MinInstant || ends[i] >= MaxInstant)
            {
                Preconditions.ThrowAt(nameof(ends), i, ends[i], $"must lie within the calendar's horizon [{MinInstant}, {MaxInstant}) (local dates {MinDate:uuuu-MM-dd} to {MaxDate:uuuu-MM-dd})");
            }

            if (i > 0 && ends[i] < ends[i - 1])
            {
                Preconditions.ThrowArgument(nameof(ends), $"ends must be in ascending order; ends[{i}] ({ends[i]}) is earlier than ends[{i - 1}] ({ends[i - 1]}). Sort them first, or call Elapsed(start, end) for each.");
            }
        }

        ElapsedSorted(a, ends, destination);
    }

    /// <summary>
    /// The deadline after each of <paramref name="budgets"/> of business time from <paramref name="start"/>, written to the
    /// same index of <paramref name="destination"/>: element by element exactly
    /// <see cref="Add(Instant, Duration, ExclusionSet)"/> without exclusions (a zero budget gives the first business
    /// moment at or after the start), with the start looked up once. Allocates nothing.
    /// </summary>
    /// <remarks>
    /// Typical use: the warning point and the deadline of several targets that run from one start. The budgets may come
    /// in any order. They are validated before anything is written; only a budget that the calendar cannot meet before
    /// its horizon ends is found while writing, so in that case the elements before it have been written.
    /// </remarks>
    /// <param name="start">A supported instant; it need not be open.</param>
    /// <param name="budgets">Business times to spend, each zero or positive.</param>
    /// <param name="destination">Receives the deadlines; at least as long as <paramref name="budgets"/> (only its first
    /// <c>budgets.Length</c> elements are written).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is outside the horizon; an element of
    /// <paramref name="budgets"/> is negative, longer than the horizon or than about 292 years (the message names its
    /// index), or cannot be met before the end of the horizon.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="budgets"/>.</exception>
    public void Add(Instant start, ReadOnlySpan<Duration> budgets, Span<Instant> destination)
    {
        var from = InRange(start, nameof(start));
        CheckDestination(destination.Length, budgets.Length);
        var longest = MaxInstant - MinInstant;
        for (var i = 0; i < budgets.Length; i++)
        {
            if (budgets[i] < Duration.Zero)
            {
                Preconditions.ThrowAt(nameof(budgets), i, budgets[i], "must be zero or positive");
            }

            if (budgets[i] > longest)
            {
                Preconditions.ThrowAt(nameof(budgets), i, budgets[i], $"cannot be met within the calendar's horizon (local dates {MinDate:uuuu-MM-dd} to {MaxDate:uuuu-MM-dd})");
            }

            if (budgets[i] > MaxBudget)
            {
                Preconditions.ThrowAt(nameof(budgets), i, budgets[i], "must be at most 106,751 days (about 292 years, the reach of 64-bit nanoseconds)");
            }
        }

        var f = _timeline.Cumulative(from, out var anchor);
        for (var i = 0; i < budgets.Length; i++)
        {
            destination[i] = _timeline.TryAdvance(in anchor, f, budgets[i].ToInt64Nanoseconds(), out var deadline)
                ? BusinessTimeline.ToInstant(deadline)
                : ThrowUnmet(start, budgets[i]);
        }
    }

    // The batch once validated: the ends' positions and F at them, a block at a time in two stack tables that are written
    // before they are read (so not zeroed).
    [SkipLocalsInit]
    private void ElapsedSorted(long a, ReadOnlySpan<Instant> ends, Span<Duration> destination)
    {
        var fa = _timeline.Cumulative(a);
        var size = Math.Min(BatchBlock, ends.Length);
        Span<long> positions = stackalloc long[size];
        Span<long> cumulative = stackalloc long[size];
        for (var offset = 0; offset < ends.Length; offset += BatchBlock)
        {
            var block = ends.Slice(offset, Math.Min(BatchBlock, ends.Length - offset));
            var p = positions[..block.Length];
            for (var i = 0; i < block.Length; i++)
            {
                p[i] = BusinessTimeline.ToPosition(block[i]);
            }

            _timeline.CumulativeSorted(p, cumulative, default);
            var target = destination.Slice(offset, block.Length);
            for (var i = 0; i < p.Length; i++)
            {
                // F is nondecreasing, so an end after the start has F(end) ≥ F(start); their difference fits in an
                // unsigned 64-bit value even when it passes long.MaxValue (300 years of a calendar open nearly all the time).
                var difference = (ulong)cumulative[i] - (ulong)fa;
                target[i] = p[i] <= a ? Duration.Zero
                    : difference <= long.MaxValue ? Duration.FromNanoseconds((long)difference)
                    : Duration.FromNanoseconds((Int128)difference);
            }
        }
    }

    private static void CheckDestination(int destination, int source)
    {
        if (destination < source)
        {
            Preconditions.ThrowArgument(nameof(destination), $"destination holds {destination} elements but {source} are needed; make it at least as long as the input.");
        }
    }
}
