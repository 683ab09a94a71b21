// SERVQUAL gap analysis: perception minus expectation per item, averaged per dimension.
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Kpis.Surveys;

/// <summary>
/// Computes SERVQUAL gaps. Item gap = perceptionᵢ − expectationᵢ; dimension gap = mean of its items' gaps (the
/// item map says which items belong where); overall = unweighted mean of the five dimension gaps, or weighted by
/// <see cref="ServqualWeights"/>. Pass item means over respondents, or one respondent's answers. Thread-safe.
/// </summary>
public static class Servqual
{
    /// <summary>Computes the gaps.</summary>
    /// <param name="perceptions">Perception score of each item (item means or one respondent's answers).</param>
    /// <param name="expectations">Expectation score of each item, same length.</param>
    /// <param name="map">The item map; its item count must equal the spans' length.</param>
    /// <returns>The gaps per dimension and overall.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="map"/> is null.</exception>
    /// <exception cref="ArgumentException">A span's length differs from the map's item count.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A score is not finite (the message names its index).</exception>
    public static ServqualResult Calculate(ReadOnlySpan<double> perceptions, ReadOnlySpan<double> expectations, ServqualItemMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        CheckItems(perceptions, map, nameof(perceptions));
        CheckItems(expectations, map, nameof(expectations));
        // Stryker disable once Conditional,Equality : the stack and the heap buffer hold the same gaps
        Span<double> gaps = perceptions.Length <= 256 ? stackalloc double[perceptions.Length] : new double[perceptions.Length];
        for (var i = 0; i < gaps.Length; i++)
        {
            gaps[i] = perceptions[i] - expectations[i];
        }

        return map.Aggregate(gaps);
    }

    internal static void CheckItems(ReadOnlySpan<double> scores, ServqualItemMap map, string paramName)
    {
        if (scores.Length != map.ItemCount)
        {
            Preconditions.ThrowArgument(paramName, $"{paramName} has {scores.Length} items but the map has {map.ItemCount}; give one score per questionnaire item.");
        }

        for (var i = 0; i < scores.Length; i++)
        {
            if (!double.IsFinite(scores[i]))
            {
                Preconditions.ThrowAt(paramName, i, scores[i], "must be a finite number");
            }
        }
    }
}
