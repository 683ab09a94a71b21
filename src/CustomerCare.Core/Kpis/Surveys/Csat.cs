// Customer satisfaction (CSAT) from raw answers: one vectorised pass yields the top-box count and the sum.
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Kpis.Surveys;

/// <summary>
/// Computes CSAT on a <see cref="CsatScale"/>: top-box share = answers ≥ threshold / answers, and the mean answer.
/// Vectorised, allocation-free and thread-safe.
/// </summary>
public static class Csat
{
    /// <summary>Counts the answers in <paramref name="answers"/>.</summary>
    /// <param name="answers">Whole answers on <paramref name="scale"/>, one byte each; may be empty (shares are then NaN).</param>
    /// <param name="scale">The scale, for example <see cref="CsatScale.FivePoint"/>.</param>
    /// <returns>The counts, share and mean.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An answer lies outside the scale (the message names its index and value).</exception>
    /// <exception cref="ArgumentException"><paramref name="scale"/> is <c>default</c>.</exception>
    public static CsatResult Calculate(ReadOnlySpan<byte> answers, CsatScale scale)
    {
        RequireScale(scale);
        return new CsatResult(scale, ScaleScoreCounts.Tally(answers, scale, nameof(answers)));
    }

    /// <summary>
    /// Counts answers given as <see cref="int"/> (from a <c>List&lt;int&gt;</c> via <c>CollectionsMarshal.AsSpan</c>, or an
    /// <c>int[]</c>), checking every value against the scale: use this for data that is not already validated bytes.
    /// The <see cref="byte"/> overload is the vectorised fast path for answers stored as bytes.
    /// </summary>
    /// <param name="answers">Whole answers on <paramref name="scale"/>; may be empty.</param>
    /// <param name="scale">The scale.</param>
    /// <returns>The same result as the <see cref="byte"/> overload.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An answer lies outside the scale (the message names its index and value; never wrapped to a byte).</exception>
    /// <exception cref="ArgumentException"><paramref name="scale"/> is <c>default</c>.</exception>
    public static CsatResult Calculate(ReadOnlySpan<int> answers, CsatScale scale)
    {
        RequireScale(scale);
        return new CsatResult(scale, ScaleScoreCounts.Tally(answers, scale, nameof(answers)));
    }

    internal static void RequireScale(CsatScale scale)
    {
        if (scale.IsDefault)
        {
            Preconditions.ThrowArgument(nameof(scale), "scale is default(CsatScale); use CsatScale.FivePoint or new CsatScale(minimum, maximum, satisfiedThreshold).");
        }
    }
}
