// The counts behind CSAT and CES: answers, answers in the scale's band of interest, and their sum.
using System.Runtime.CompilerServices;
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Kpis.Surveys;

/// <summary>
/// n answers on a bounded scale, the answers in its band of interest and Σ answers, with the mean and the band share
/// derived from them (NaN when n = 0). <c>default</c> is empty. The one core of <see cref="CsatResult"/>,
/// <see cref="CesResult"/> and their accumulators.
/// </summary>
internal readonly record struct ScaleScoreCounts(long Count, long InBand, long Sum)
{
    // Stryker disable once Conditional : with n = 0 the division is 0/0, which is NaN already
    public double Mean => Count == 0 ? double.NaN : (double)Sum / Count;

    public KpiRatio Ratio => new(InBand, Count);

    /// <summary>Tallies <see cref="int"/> answers on <paramref name="scale"/>, each checked against the scale.</summary>
    public static ScaleScoreCounts Tally<TScale>(ReadOnlySpan<int> answers, in TScale scale, string paramName)
        where TScale : struct, IBandedScale
    {
        var tally = ScoreKernel.TallyInts(answers, scale.Bands, withSum: true, paramName);
        return new(tally.Count, scale.InBand(tally), tally.Sum);
    }

    /// <summary>Returns these counts plus <paramref name="other"/>.</summary>
    /// <exception cref="OverflowException">A total exceeds <see cref="long.MaxValue"/>.</exception>
    public ScaleScoreCounts Plus(ScaleScoreCounts other) =>
        new(
            checked(Count + other.Count),
            // Stryker disable once Checked : InBand never exceeds Count, whose checked sum above throws first
            checked(InBand + other.InBand),
            checked(Sum + other.Sum));

    /// <summary>Tallies <paramref name="answers"/> on <paramref name="scale"/> in one vectorised pass.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScaleScoreCounts Tally<TScale>(ReadOnlySpan<byte> answers, in TScale scale, string paramName)
        where TScale : struct, IBandedScale
    {
        var tally = ScoreKernel.Tally(answers, scale.Bands, withSum: true, paramName);
        return new(tally.Count, scale.InBand(tally), tally.Sum);
    }

    /// <summary>
    /// Checks counts given by a caller: n and the band count not negative, the band count at most n, and the sum
    /// possible on the scale (between n·minimum and n·maximum). <paramref name="minimumText"/> names the lower bound
    /// in the message ("count" on a scale starting at 1 when that reads better, else null for "count × minimum").
    /// </summary>
    public static ScaleScoreCounts Validated(long count, long inBand, string inBandName, long scoreSum, ScoreBands bands, string? minimumText)
    {
        Preconditions.NonNegative(count, nameof(count));
        Preconditions.NonNegative(inBand, inBandName);
        if (inBand > count)
        {
            Preconditions.ThrowOutOfRange(inBandName, inBand, $"must not exceed count ({count})");
        }

        if (scoreSum < (Int128)count * bands.Min || scoreSum > (Int128)count * bands.Max)
        {
            Preconditions.ThrowOutOfRange(nameof(scoreSum), scoreSum, $"must lie between {minimumText ?? $"count × {bands.Min}"} and count × {bands.Max}");
        }

        return new(count, inBand, scoreSum);
    }
}
