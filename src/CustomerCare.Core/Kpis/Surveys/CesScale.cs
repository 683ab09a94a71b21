// The answer scale of a CES survey: 5 or 7 points, its direction, and the size of the "easy" band.
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Kpis.Surveys;

/// <summary>
/// A Customer Effort Score scale: answers 1..<see cref="Points"/> (5 or 7), a <see cref="Direction"/>, and the
/// number of answers at the easy end that form the easy band (by default 2 on a 5-point scale: 4–5 or 1–2, and
/// 3 on a 7-point scale: 5–7 or 1–3). Immutable and thread-safe.
/// </summary>
public readonly record struct CesScale : IBandedScale
{
    /// <summary>Creates a scale with the default easy band (2 answers on 5 points, 3 on 7 points).</summary>
    /// <param name="points">5 or 7.</param>
    /// <param name="direction">Whether high answers mean easy or hard.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="points"/> is not 5 or 7, or <paramref name="direction"/> is not defined.</exception>
    public CesScale(int points, CesDirection direction)
        : this(points, direction, points == 7 ? 3 : 2)
    {
    }

    /// <summary>Creates a scale with an explicit easy band.</summary>
    /// <param name="points">5 or 7.</param>
    /// <param name="direction">Whether high answers mean easy or hard.</param>
    /// <param name="easyBandSize">How many answers at the easy end count as easy, 1..points − 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter breaks the rules above.</exception>
    public CesScale(int points, CesDirection direction, int easyBandSize)
    {
        if (points is not (5 or 7))
        {
            Preconditions.ThrowOutOfRange(nameof(points), points, "must be 5 or 7");
        }

        if (direction is not (CesDirection.HigherIsEasier or CesDirection.HigherIsHarder))
        {
            Preconditions.ThrowOutOfRange(nameof(direction), (int)direction, "must be HigherIsEasier or HigherIsHarder");
        }

        if (easyBandSize < 1 || easyBandSize >= points)
        {
            Preconditions.ThrowOutOfRange(nameof(easyBandSize), easyBandSize, $"must be from 1 to {points - 1}");
        }

        Points = (byte)points;
        Direction = direction;
        EasyBandSize = (byte)easyBandSize;
    }

    /// <summary>Gets the number of answer points, 5 or 7 (answers are 1..Points).</summary>
    public byte Points { get; }

    /// <summary>Gets whether high answers mean easy or hard.</summary>
    public CesDirection Direction { get; }

    /// <summary>Gets how many answers at the easy end form the easy band.</summary>
    public byte EasyBandSize { get; }

    internal bool IsDefault => Points == 0;

    // The kernel counts "≤ Low" and "≥ High"; the unused side is set so that it counts nothing.
    internal ScoreBands Bands
    {
        get
        {
            if (Direction == CesDirection.HigherIsEasier)
            {
                return new ScoreBands(1, Points, 0, (byte)(Points - EasyBandSize + 1));
            }

            // Stryker disable once Arithmetic : this direction reads only the "≤ Low" count, so the High cut never reaches a result
            return new ScoreBands(1, Points, EasyBandSize, (byte)(Points + 1));
        }
    }

    internal bool IsEasy(byte answer) => Direction == CesDirection.HigherIsEasier ? answer > Points - EasyBandSize : answer <= EasyBandSize;

    bool IBandedScale.IsDefault => IsDefault;

    ScoreBands IBandedScale.Bands => Bands;

    bool IBandedScale.InBand(byte answer) => IsEasy(answer);

    long IBandedScale.InBand(ScoreTally tally) => Direction == CesDirection.HigherIsEasier ? tally.AtOrAboveHigh : tally.AtOrBelowLow;
}
