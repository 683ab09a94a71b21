// The answer scale of a CSAT survey and the answer from which a customer counts as satisfied.
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Kpis.Surveys;

/// <summary>
/// A CSAT answer scale <c>Minimum..Maximum</c> (whole answers, at most 100) with the lowest "satisfied" answer.
/// The usual survey is <see cref="FivePoint"/>: 1–5, satisfied at 4 or 5 ("top two box"). Immutable and thread-safe.
/// </summary>
public readonly record struct CsatScale : IBandedScale
{
    /// <summary>Creates a scale.</summary>
    /// <param name="minimum">The lowest answer, 0..99.</param>
    /// <param name="maximum">The highest answer, above <paramref name="minimum"/> and at most 100.</param>
    /// <param name="satisfiedThreshold">The lowest answer counted as satisfied, above <paramref name="minimum"/> and at most <paramref name="maximum"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The bounds or the threshold break the rules above.</exception>
    public CsatScale(int minimum, int maximum, int satisfiedThreshold)
    {
        if (minimum is < 0 or > ScoreBands.MaxScore - 1)
        {
            Preconditions.ThrowOutOfRange(nameof(minimum), minimum, "must be from 0 to 99");
        }

        if (maximum <= minimum || maximum > ScoreBands.MaxScore)
        {
            Preconditions.ThrowOutOfRange(nameof(maximum), maximum, $"must be above the minimum ({minimum}) and at most {ScoreBands.MaxScore}");
        }

        if (satisfiedThreshold <= minimum || satisfiedThreshold > maximum)
        {
            Preconditions.ThrowOutOfRange(nameof(satisfiedThreshold), satisfiedThreshold, $"must be above the minimum ({minimum}) and at most the maximum ({maximum})");
        }

        Minimum = (byte)minimum;
        Maximum = (byte)maximum;
        SatisfiedThreshold = (byte)satisfiedThreshold;
    }

    /// <summary>Gets the usual five-point scale: answers 1–5, satisfied at 4 or above.</summary>
    public static CsatScale FivePoint { get; } = new(1, 5, 4);

    /// <summary>Gets the lowest answer.</summary>
    public byte Minimum { get; }

    /// <summary>Gets the highest answer.</summary>
    public byte Maximum { get; }

    /// <summary>Gets the lowest answer counted as satisfied.</summary>
    public byte SatisfiedThreshold { get; }

    internal bool IsDefault => Maximum == 0;

    internal ScoreBands Bands => new(Minimum, Maximum, Minimum, SatisfiedThreshold);

    bool IBandedScale.IsDefault => IsDefault;

    ScoreBands IBandedScale.Bands => Bands;

    bool IBandedScale.InBand(byte answer) => answer >= SatisfiedThreshold;

    long IBandedScale.InBand(ScoreTally tally) => tally.AtOrAboveHigh;
}
