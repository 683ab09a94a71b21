// Named RFM segments as score boxes in priority order, with a catch-all: the first box that holds a score wins.
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Segments.Rfm;

/// <summary>
/// Named RFM segments as boxes of scores in priority order plus a catch-all: a score belongs to the first box that
/// holds it, else to the catch-all. A <see cref="SegmentCatalogue"/> uses a map as a rule source
/// (<see cref="SegmentRule.InRfmSegment"/>). Build one with <see cref="RfmSegmentMapBuilder"/>, or take
/// <see cref="Standard"/>. Immutable and thread-safe.
/// </summary>
public sealed class RfmSegmentMap
{
    private readonly int[] _cells;

    internal RfmSegmentMap(int bins, RfmBox[] boxes, string catchAll, int[] cells)
    {
        Bins = bins;
        Boxes = boxes;
        CatchAll = catchAll;
        _cells = cells;
    }

    /// <summary>
    /// Gets the map for 1–5 scores, in priority order: Champions (R 4–5, F 4–5, M 4–5), Can't lose them (R 1–2, F 4–5,
    /// M 4–5), Loyal (R 3–5, F 3–5, M 3–5), New customers (R 4–5, F 1, M 1–5), Promising (R 3, F 1, M 1–5), Potential
    /// loyalist (R 3–5, F 1–3, M 1–5), At risk (R 1–2, F 3–5, M 3–5), Need attention (R 2–3, F 2–3, M 2–3), About to
    /// sleep (R 2–3, F 1–2, M 1–2), Hibernating (R 1–2, F 1–2, M 1–5), and the catch-all Lost.
    /// </summary>
    public static RfmSegmentMap Standard { get; } = new RfmSegmentMapBuilder()
        .Add(new RfmBox("Champions", 4, 5, 4, 5, 4, 5))
        .Add(new RfmBox("Can't lose them", 1, 2, 4, 5, 4, 5))
        .Add(new RfmBox("Loyal", 3, 5, 3, 5, 3, 5))
        .Add(new RfmBox("New customers", 4, 5, 1, 1, 1, 5))
        .Add(new RfmBox("Promising", 3, 3, 1, 1, 1, 5))
        .Add(new RfmBox("Potential loyalist", 3, 5, 1, 3, 1, 5))
        .Add(new RfmBox("At risk", 1, 2, 3, 5, 3, 5))
        .Add(new RfmBox("Need attention", 2, 3, 2, 3, 2, 3))
        .Add(new RfmBox("About to sleep", 2, 3, 1, 2, 1, 2))
        .Add(new RfmBox("Hibernating", 1, 2, 1, 2, 1, 5))
        .WithCatchAll("Lost")
        .Build();

    /// <summary>Gets the number of bins each score has (scores run from 1 to <see cref="Bins"/>).</summary>
    public int Bins { get; }

    /// <summary>Gets the boxes in priority order.</summary>
    public IReadOnlyList<RfmBox> Boxes { get; }

    /// <summary>Gets the name of the segment for scores in no box.</summary>
    public string CatchAll { get; }

    /// <summary>Returns the name of the segment that <paramref name="score"/> belongs to (first box wins).</summary>
    /// <param name="score">A score with every part from 1 to <see cref="Bins"/>.</param>
    /// <returns>A box's name or <see cref="CatchAll"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is default or above <see cref="Bins"/>.</exception>
    public string Classify(RfmScore score)
    {
        var index = _cells[Cell(score, nameof(score))];
        return index < Boxes.Count ? Boxes[index].Name : CatchAll;
    }

    /// <summary>Returns a one-line summary, e.g. <c>RFM map, 5 bins: 10 boxes + Lost</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"RFM map, {Bins} bins: {Boxes.Count} boxes + {CatchAll}";

    /// <summary>Gets the number of cells (bins³).</summary>
    internal int CellCount => _cells.Length;

    /// <summary>Gets the index of the winning box of a cell (<c>Boxes.Count</c> for the catch-all).</summary>
    internal int SegmentOfCell(int cell) => _cells[cell];

    /// <summary>The cell of a score: ((r − 1)·n + f − 1)·n + m − 1.</summary>
    internal int Cell(RfmScore score, string paramName)
    {
        if (!score.IsDefined || score.Recency > Bins || score.Frequency > Bins || score.Monetary > Bins)
        {
            Preconditions.ThrowOutOfRange(paramName, score, $"must be a defined score with every part from 1 to {Bins}");
        }

        return ((((score.Recency - 1) * Bins) + score.Frequency - 1) * Bins) + score.Monetary - 1;
    }
}
