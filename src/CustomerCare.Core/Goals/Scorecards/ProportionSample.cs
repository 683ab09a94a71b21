// One agent's (or team's) proportion for a fair ranking: an id and the two counts.
using System.Globalization;
using CustomerCare.Core.Internal;
using CustomerCare.Core.Kpis;

namespace CustomerCare.Core.Goals.Scorecards;

/// <summary>
/// A proportion to rank: <see cref="Successes"/> of <see cref="Trials"/> (satisfied surveys of all surveys, issues
/// resolved on first contact of all issues…) for one <see cref="Id"/>. Immutable and thread-safe; <c>default</c> has no
/// id and is rejected by <see cref="FairRanking"/>.
/// </summary>
public readonly record struct ProportionSample
{
    private readonly string? _id;

    /// <summary>Creates a sample.</summary>
    /// <param name="id">The agent, team or tier id, not blank.</param>
    /// <param name="successes">The counted events, 0..<paramref name="trials"/>.</param>
    /// <param name="trials">The base, 0 or more (0 leaves the id unranked).</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or <paramref name="successes"/> exceeds <paramref name="trials"/>.</exception>
    public ProportionSample(string id, long successes, long trials)
    {
        ArgumentNullException.ThrowIfNull(id);
        Preconditions.NotBlank(id, "must not be blank");
        Preconditions.NonNegative(successes, nameof(successes));
        Preconditions.NonNegative(trials, nameof(trials));
        if (successes > trials)
        {
            Preconditions.ThrowOutOfRange(nameof(successes), successes, $"must not exceed trials ({trials.ToString(CultureInfo.InvariantCulture)})");
        }

        _id = id;
        Successes = successes;
        Trials = trials;
    }

    /// <summary>Creates a sample from a rate's counts.</summary>
    /// <param name="id">The agent, team or tier id, not blank.</param>
    /// <param name="ratio">A proportion (numerator at most the denominator).</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The numerator exceeds the denominator.</exception>
    public ProportionSample(string id, KpiRatio ratio)
        : this(id, ratio.Numerator, ratio.Denominator)
    {
    }

    /// <summary>Gets the id.</summary>
    public string Id => _id ?? string.Empty;

    /// <summary>Gets the number of successes.</summary>
    public long Successes { get; }

    /// <summary>Gets the number of trials.</summary>
    public long Trials { get; }

    /// <summary>Gets the observed proportion <c>Successes / Trials</c>; NaN when there are no trials.</summary>
    public double Rate => Trials == 0 ? double.NaN : (double)Successes / Trials;

    /// <summary>Returns the sample as text, e.g. <c>ana: 41/50</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Id}: {Successes}/{Trials}");
}
