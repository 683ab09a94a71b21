// Customer Effort Score from raw answers: one vectorised pass yields the sum and the easy-band count.
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Kpis.Surveys;

/// <summary>Computes the Customer Effort Score on an explicit <see cref="CesScale"/>. Vectorised, allocation-free and thread-safe.</summary>
public static class Ces
{
    /// <summary>Counts the answers in <paramref name="answers"/>.</summary>
    /// <param name="answers">Whole answers 1..points, one byte each; may be empty (mean and share are then NaN).</param>
    /// <param name="scale">The scale; its direction decides which band is easy.</param>
    /// <returns>The mean and easy-band share.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An answer lies outside 1..points (the message names its index and value).</exception>
    /// <exception cref="ArgumentException"><paramref name="scale"/> is <c>default</c>.</exception>
    public static CesResult Calculate(ReadOnlySpan<byte> answers, CesScale scale)
    {
        RequireScale(scale);
        return new CesResult(scale, ScaleScoreCounts.Tally(answers, scale, nameof(answers)));
    }

    /// <summary>
    /// Counts answers given as <see cref="int"/> (from a <c>List&lt;int&gt;</c> via <c>CollectionsMarshal.AsSpan</c>, or an
    /// <c>int[]</c>), checking every value against the scale: use this for data that is not already validated bytes.
    /// The <see cref="byte"/> overload is the vectorised fast path for answers stored as bytes.
    /// </summary>
    /// <param name="answers">Whole answers 1..points; may be empty.</param>
    /// <param name="scale">The scale.</param>
    /// <returns>The same result as the <see cref="byte"/> overload.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An answer lies outside the scale (the message names its index and value; never wrapped to a byte).</exception>
    /// <exception cref="ArgumentException"><paramref name="scale"/> is <c>default</c>.</exception>
    public static CesResult Calculate(ReadOnlySpan<int> answers, CesScale scale)
    {
        RequireScale(scale);
        return new CesResult(scale, ScaleScoreCounts.Tally(answers, scale, nameof(answers)));
    }

    internal static void RequireScale(CesScale scale)
    {
        if (scale.IsDefault)
        {
            Preconditions.ThrowArgument(nameof(scale), "scale is default(CesScale); create it with new CesScale(points, direction).");
        }
    }
}
