// One agent's (or team's) mean for a fair ranking: an id, the number of observations, their mean and variance.
using System.Globalization;
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Goals.Scorecards;

/// <summary>
/// A mean to rank — QA review scores, CSAT answers, handle times in seconds — for one <see cref="Id"/>:
/// <see cref="Count"/> observations with mean <see cref="Mean"/> and sample variance <see cref="Variance"/> (0 when
/// there is one observation). Immutable and thread-safe; <c>default</c> has no id and is rejected by <see cref="FairRanking"/>.
/// </summary>
public readonly record struct MeanSample
{
    private readonly string? _id;

    /// <summary>Creates a sample.</summary>
    /// <param name="id">The agent, team or tier id, not blank.</param>
    /// <param name="count">The number of observations, 0 or more (0 leaves the id unranked).</param>
    /// <param name="mean">The mean of the observations, a finite number (ignored when <paramref name="count"/> is 0).</param>
    /// <param name="variance">The sample variance of the observations, finite and 0 or more.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative, the mean is not finite or the variance is negative or not finite.</exception>
    public MeanSample(string id, long count, double mean, double variance)
    {
        ArgumentNullException.ThrowIfNull(id);
        Preconditions.NotBlank(id, "must not be blank");
        Preconditions.NonNegative(count, nameof(count));
        Preconditions.Finite(mean, nameof(mean));
        Preconditions.NonNegative(variance, nameof(variance));
        _id = id;
        Count = count;
        Mean = count == 0 ? double.NaN : mean;
        Variance = variance;
    }

    /// <summary>Gets the id.</summary>
    public string Id => _id ?? string.Empty;

    /// <summary>Gets the number of observations.</summary>
    public long Count { get; }

    /// <summary>Gets the mean; NaN when there are no observations.</summary>
    public double Mean { get; }

    /// <summary>Gets the sample variance of the observations.</summary>
    public double Variance { get; }

    /// <summary>Returns the sample as text, e.g. <c>ana: mean 0.84 over 12 (variance 0.01)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Id}: mean {Mean:0.###} over {Count} (variance {Variance:0.####})");
}
