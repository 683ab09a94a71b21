// What CSAT and CES scales share: bounds, one band of interest, and a default that is no scale.
namespace CustomerCare.Core.Kpis.Surveys;

/// <summary>
/// A survey scale with whole answers between two bounds and one band of interest (CSAT's satisfied answers, CES's
/// easy ones). <see cref="CsatScale"/> and <see cref="CesScale"/> implement it so that one accumulator core and one
/// result core serve both.
/// </summary>
internal interface IBandedScale
{
    /// <summary>Gets a value indicating whether this is <c>default</c> (no scale).</summary>
    bool IsDefault { get; }

    /// <summary>Gets the bounds and cuts for the vectorised tally.</summary>
    ScoreBands Bands { get; }

    /// <summary>Returns whether a valid answer lies in the band of interest.</summary>
    bool InBand(byte answer);

    /// <summary>Returns the answers of a tally that lie in the band of interest.</summary>
    long InBand(ScoreTally tally);
}
