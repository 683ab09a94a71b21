// The index of the irregular weeks: where each lies on the time line, what it holds, and its exact windows on demand.
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Calendars.Compilation;

/// <summary>
/// The irregular weeks of a compiled calendar in order (see <see cref="IrregularWeekFinder"/>): for week <c>j</c> its
/// number, its start and the next week's start (instants), its business time, the running sum of the differences of
/// those totals from an ordinary week's, and the business time from the origin up to its start. Their exact windows
/// are built on first use and cached.
/// </summary>
/// <remarks>Immutable except the window cache, whose entries are published atomically: safe to share between threads.</remarks>
internal readonly struct IrregularWeeks
{
    private readonly bool[] _shifts;
    private readonly WeekWindows?[] _windows;
    private readonly ExactWindows _exact;

    public IrregularWeeks(List<int> weeks, HashSet<int> shifts, ExactWindows exact, long weekTotal, int originWeek)
    {
        var n = weeks.Count;
        _exact = exact;
        Week = [.. weeks];
        _shifts = new bool[n];
        Start = new long[n];
        NextStart = new long[n];
        Total = new long[n];
        DeltaPrefix = new long[n + 1];
        _windows = new WeekWindows?[n];
        var buffer = new List<(long Start, long End)>();
        var scratch = new List<(long Start, long End)>();
        for (var j = 0; j < n; j++)
        {
            var k = Week[j];
            _shifts[j] = shifts.Contains(k);
            Start[j] = exact.Zone.Resolve(TimeScale.MondayLocal(k));
            NextStart[j] = exact.Zone.Resolve(TimeScale.MondayLocal(k + 1));
            exact.Fill(Start[j], NextStart[j], _shifts[j], buffer, scratch);
            Total[j] = buffer.Sum(b => b.End - b.Start);
            DeltaPrefix[j + 1] = DeltaPrefix[j] + Total[j] - weekTotal;
        }

        OriginDelta = DeltaPrefix[SortedSearch.CountBelow<int>(Week, originWeek)];
        Cumulative = new long[n];
        for (var j = 0; j < n; j++)
        {
            Cumulative[j] = ((long)(Week[j] - originWeek) * weekTotal) + DeltaPrefix[j] - OriginDelta;
        }
    }

    /// <summary>Gets the number of irregular weeks.</summary>
    public int Count => Week.Length;

    /// <summary>Gets each irregular week's number, ascending.</summary>
    public int[] Week { get; }

    /// <summary>Gets the instant each irregular week starts (its local Monday 00:00, resolved leniently).</summary>
    public long[] Start { get; }

    /// <summary>Gets the instant the week after each irregular week starts.</summary>
    public long[] NextStart { get; }

    /// <summary>Gets each irregular week's business time.</summary>
    public long[] Total { get; }

    /// <summary>Gets, at index j, the sum over the irregular weeks before j of (their total − an ordinary week's).</summary>
    public long[] DeltaPrefix { get; }

    /// <summary>Gets the <see cref="DeltaPrefix"/> entry of the origin week, which the cumulative business time subtracts.</summary>
    public long OriginDelta { get; }

    /// <summary>Gets the business time from the origin up to each irregular week's start, ascending (equal for weeks with nothing between them).</summary>
    public long[] Cumulative { get; }

    /// <summary>The exact windows of irregular week <paramref name="j"/>, built once.</summary>
    public WeekWindows Windows(int j)
    {
        var cached = Volatile.Read(ref _windows[j]);
        if (cached is not null)
        {
            return cached;
        }

        var built = _exact.Build(Start[j], NextStart[j], _shifts[j]);
        return Interlocked.CompareExchange(ref _windows[j], built, null) ?? built;
    }
}
