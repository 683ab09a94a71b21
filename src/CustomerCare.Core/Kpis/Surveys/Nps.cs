// Net Promoter Score from raw 0–10 answers: one vectorised pass over a span of bytes.
namespace CustomerCare.Core.Kpis.Surveys;

/// <summary>
/// Computes the Net Promoter Score. Answers are whole numbers 0–10 as bytes; 9–10 are promoters, 7–8 passives,
/// 0–6 detractors, and NPS = 100·(promoters − detractors)/n points. The span is read once with Vector256/Vector128
/// instructions; nothing is allocated. Thread-safe.
/// </summary>
public static class Nps
{
    /// <summary>The smallest answer, 0.</summary>
    public const byte MinScore = 0;

    /// <summary>The largest answer, 10.</summary>
    public const byte MaxScore = 10;

    /// <summary>The lowest promoter answer, 9.</summary>
    public const byte PromoterThreshold = 9;

    /// <summary>The highest detractor answer, 6.</summary>
    public const byte DetractorThreshold = 6;

    internal static readonly ScoreBands Bands = new(MinScore, MaxScore, DetractorThreshold, PromoterThreshold);

    /// <summary>Counts promoters, passives and detractors in <paramref name="scores"/>.</summary>
    /// <param name="scores">Answers 0–10, one byte each; may be empty (the score is then NaN).</param>
    /// <returns>The counts and statistics.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An answer is above 10; the message names its index and value.</exception>
    // Stryker disable once Boolean : NPS reads only the two band counts, so also summing the answers changes no result
    public static NpsResult Calculate(ReadOnlySpan<byte> scores) => FromTally(ScoreKernel.Tally(scores, Bands, withSum: false, nameof(scores)));

    /// <summary>
    /// Counts answers given as <see cref="int"/> (an <c>int[]</c>, or a <c>List&lt;int&gt;</c> via
    /// <c>CollectionsMarshal.AsSpan</c>), checking every value: use this for data that is not already validated
    /// bytes (a cast <c>(byte)265</c> would silently become 9). The <see cref="byte"/> overload is the vectorised fast path.
    /// </summary>
    /// <param name="scores">Answers 0–10; may be empty.</param>
    /// <returns>The same result as the <see cref="byte"/> overload.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An answer is outside 0–10; the message names its index and value.</exception>
    // Stryker disable once Boolean : NPS reads only the two band counts, so also summing the answers changes no result
    public static NpsResult Calculate(ReadOnlySpan<int> scores) => FromTally(ScoreKernel.TallyInts(scores, Bands, withSum: false, nameof(scores)));

    /// <summary>Compares two independent samples (see <see cref="NpsComparison"/>).</summary>
    /// <param name="first">The first sample.</param>
    /// <param name="second">The second sample.</param>
    /// <returns>The difference first − second with its standard error and p-value.</returns>
    public static NpsComparison Compare(NpsResult first, NpsResult second) => new(first, second);

    internal static NpsResult FromTally(ScoreTally tally) =>
        new(tally.AtOrAboveHigh, tally.Count - tally.AtOrAboveHigh - tally.AtOrBelowLow, tally.AtOrBelowLow);
}
