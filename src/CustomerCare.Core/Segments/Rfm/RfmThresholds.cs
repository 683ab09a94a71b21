// The cut points of value-quantile RFM scores: exposed, fixable, and applied to any customer on the same scale.
using System.Globalization;
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Segments.Rfm;

/// <summary>
/// The cut points of <see cref="RfmBinning.ValueQuantiles"/> scores: n − 1 ascending values per dimension. Take them
/// from an <see cref="RfmSummary"/> of the population, or fix them by hand, then score any customer — one added
/// tomorrow, or one on another machine — on the same scale with <see cref="Score(RfmObservation)"/>. Immutable and thread-safe.
/// </summary>
public sealed class RfmThresholds
{
    private readonly int[] _recency;
    private readonly int[] _frequency;
    private readonly decimal[] _monetary;

    /// <summary>Creates thresholds from cut points (n − 1 per dimension, ascending; equal neighbours allowed).</summary>
    /// <param name="recencyDays">Cut points in days since the last purchase.</param>
    /// <param name="purchases">Cut points in purchases.</param>
    /// <param name="spend">Cut points in spend.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The lists differ in length, are shorter than 1 or longer than 19, or are not ascending.</exception>
    public RfmThresholds(IEnumerable<int> recencyDays, IEnumerable<int> purchases, IEnumerable<decimal> spend)
    {
        ArgumentNullException.ThrowIfNull(recencyDays);
        ArgumentNullException.ThrowIfNull(purchases);
        ArgumentNullException.ThrowIfNull(spend);
        _recency = [.. recencyDays];
        _frequency = [.. purchases];
        _monetary = [.. spend];
        if (_recency.Length is < 1 or > 19 || _frequency.Length != _recency.Length || _monetary.Length != _recency.Length)
        {
            Preconditions.ThrowArgument(nameof(spend), $"each dimension needs the same number of cut points, 1 to 19 (bins − 1); they had {_recency.Length}, {_frequency.Length} and {_monetary.Length}.");
        }

        Ascending(_recency, nameof(recencyDays));
        Ascending(_frequency, nameof(purchases));
        Ascending(_monetary, nameof(spend));
    }

    /// <summary>Gets the number of bins (cut points + 1).</summary>
    public int Bins => _recency.Length + 1;

    /// <summary>Gets the recency cut points in days, ascending.</summary>
    public IReadOnlyList<int> RecencyDays => _recency;

    /// <summary>Gets the frequency cut points in purchases, ascending.</summary>
    public IReadOnlyList<int> Purchases => _frequency;

    /// <summary>Gets the monetary cut points, ascending.</summary>
    public IReadOnlyList<decimal> Spend => _monetary;

    /// <summary>Scores one customer. Never allocates.</summary>
    /// <param name="observation">The customer's values.</param>
    /// <returns>R = 1 + the number of cut points above the days; F and M = 1 + the number of cut points below the value.</returns>
    public RfmScore Score(RfmObservation observation)
    {
        var r = 1;
        foreach (var cut in _recency)
        {
            r += observation.DaysSinceLastPurchase < cut ? 1 : 0;
        }

        var f = 1;
        foreach (var cut in _frequency)
        {
            f += observation.Purchases > cut ? 1 : 0;
        }

        var m = 1;
        foreach (var cut in _monetary)
        {
            m += observation.Spend > cut ? 1 : 0;
        }

        return new RfmScore(r, f, m);
    }

    /// <summary>Scores every customer into <paramref name="scores"/>. Never allocates.</summary>
    /// <param name="observations">The customers.</param>
    /// <param name="scores">One score per customer.</param>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    public void Score(ReadOnlySpan<RfmObservation> observations, Span<RfmScore> scores)
    {
        if (scores.Length != observations.Length)
        {
            Preconditions.ThrowArgument(nameof(scores), $"scores must have one element per observation ({observations.Length}); it had {scores.Length}.");
        }

        for (var i = 0; i < observations.Length; i++)
        {
            scores[i] = Score(observations[i]);
        }
    }

    /// <summary>Returns <c>R days [7, 30, 90, 180], F [1, 2, 4, 8], M [50, 120, 300, 900]</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"R days [{string.Join(", ", _recency)}], F [{string.Join(", ", _frequency)}], M [{string.Join(", ", _monetary.Select(m => m.ToString(CultureInfo.InvariantCulture)))}]");

    private static void Ascending<T>(T[] cuts, string paramName)
        where T : IComparable<T>
    {
        for (var i = 1; i < cuts.Length; i++)
        {
            if (cuts[i].CompareTo(cuts[i - 1]) < 0)
            {
                Preconditions.ThrowArgument(paramName, $"{paramName} must be ascending; element {i} is below element {i - 1}.");
            }
        }
    }
}
