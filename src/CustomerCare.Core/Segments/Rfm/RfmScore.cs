// A customer's recency, frequency and monetary scores.
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Segments.Rfm;

/// <summary>
/// A customer's RFM scores, each from 1 (worst) to the number of bins (best; 5 by default): a recent, frequent,
/// high-spending customer scores 5-5-5. <c>default(RfmScore)</c> (0-0-0) is invalid and rejected where a score is read.
/// </summary>
public readonly struct RfmScore : IEquatable<RfmScore>
{
    /// <summary>Creates a score.</summary>
    /// <param name="recency">The recency score, 1 to 100.</param>
    /// <param name="frequency">The frequency score, 1 to 100.</param>
    /// <param name="monetary">The monetary score, 1 to 100.</param>
    /// <exception cref="ArgumentOutOfRangeException">A score is outside 1..100.</exception>
    public RfmScore(int recency, int frequency, int monetary)
    {
        Check(recency, nameof(recency));
        Check(frequency, nameof(frequency));
        Check(monetary, nameof(monetary));
        Recency = recency;
        Frequency = frequency;
        Monetary = monetary;
    }

    /// <summary>Gets the recency score (higher is more recent).</summary>
    public int Recency { get; }

    /// <summary>Gets the frequency score (higher is more frequent).</summary>
    public int Frequency { get; }

    /// <summary>Gets the monetary score (higher is more spend).</summary>
    public int Monetary { get; }

    /// <summary>Gets a value indicating whether the score was created (false for <c>default</c>).</summary>
    public bool IsDefined => Recency > 0;

    /// <inheritdoc />
    public bool Equals(RfmScore other) => Recency == other.Recency && Frequency == other.Frequency && Monetary == other.Monetary;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RfmScore other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Recency, Frequency, Monetary);

    /// <summary>Returns true when both scores are equal.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(RfmScore left, RfmScore right) => left.Equals(right);

    /// <summary>Returns true when the scores differ.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(RfmScore left, RfmScore right) => !left.Equals(right);

    /// <summary>Returns the scores as <c>R5 F4 M3</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsDefined ? $"R{Recency} F{Frequency} M{Monetary}" : "(undefined RFM score)";

    private static void Check(int score, string paramName)
    {
        if (score is < 1 or > 100)
        {
            Preconditions.ThrowOutOfRange(paramName, score, "must be a score from 1 to 100");
        }
    }
}
