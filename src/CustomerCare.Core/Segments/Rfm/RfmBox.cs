// One named RFM segment: a box of recency, frequency and monetary score ranges.
namespace CustomerCare.Core.Segments.Rfm;

/// <summary>
/// A named box of RFM scores, each range inclusive (Champions: R 4–5, F 4–5, M 4–5). Boxes are checked against the
/// map's number of bins when the <see cref="RfmSegmentMap"/> is built.
/// </summary>
/// <param name="Name">The segment's name.</param>
/// <param name="RecencyMin">The lowest recency score.</param>
/// <param name="RecencyMax">The highest recency score.</param>
/// <param name="FrequencyMin">The lowest frequency score.</param>
/// <param name="FrequencyMax">The highest frequency score.</param>
/// <param name="MonetaryMin">The lowest monetary score.</param>
/// <param name="MonetaryMax">The highest monetary score.</param>
public sealed record RfmBox(string Name, int RecencyMin, int RecencyMax, int FrequencyMin, int FrequencyMax, int MonetaryMin, int MonetaryMax)
{
    /// <summary>Returns true when <paramref name="score"/> lies in the box.</summary>
    /// <param name="score">A score.</param>
    /// <returns>True when every score is within its range.</returns>
    public bool Contains(RfmScore score) =>
        score.Recency >= RecencyMin && score.Recency <= RecencyMax
        && score.Frequency >= FrequencyMin && score.Frequency <= FrequencyMax
        && score.Monetary >= MonetaryMin && score.Monetary <= MonetaryMax;

    /// <summary>Returns <c>Champions: R 4–5, F 4–5, M 4–5</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name}: R {RecencyMin}–{RecencyMax}, F {FrequencyMin}–{FrequencyMax}, M {MonetaryMin}–{MonetaryMax}";
}
