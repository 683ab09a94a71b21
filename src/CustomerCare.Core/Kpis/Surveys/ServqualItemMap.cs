// Which SERVQUAL dimension each questionnaire item belongs to.
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Kpis.Surveys;

/// <summary>
/// Assigns each questionnaire item (by position) to a <see cref="ServqualDimension"/>; every dimension must have at
/// least one item. <see cref="Standard22"/> is the classic 22-item questionnaire. Immutable and thread-safe.
/// </summary>
public sealed class ServqualItemMap
{
    private readonly ServqualDimension[] _dimensions;
    private readonly int[] _itemsPerDimension = new int[5];

    /// <summary>Creates a map.</summary>
    /// <param name="dimensions">The dimension of item 0, 1, 2…; at least one item per dimension.</param>
    /// <exception cref="ArgumentOutOfRangeException">An element is not a defined dimension (the message names its index).</exception>
    /// <exception cref="ArgumentException">A dimension has no item.</exception>
    public ServqualItemMap(ReadOnlySpan<ServqualDimension> dimensions)
    {
        for (var i = 0; i < dimensions.Length; i++)
        {
            if (dimensions[i] is < ServqualDimension.Tangibles or > ServqualDimension.Empathy)
            {
                Preconditions.ThrowAt(nameof(dimensions), i, (int)dimensions[i], "must be a defined ServqualDimension");
            }

            _itemsPerDimension[(int)dimensions[i] - 1]++;
        }

        for (var d = 0; d < _itemsPerDimension.Length; d++)
        {
            if (_itemsPerDimension[d] == 0)
            {
                Preconditions.ThrowArgument(nameof(dimensions), $"dimensions assigns no item to {(ServqualDimension)(d + 1)}; every dimension needs at least one item.");
            }
        }

        _dimensions = dimensions.ToArray();
    }

    /// <summary>
    /// Gets the classic 22-item map: items 1–4 tangibles, 5–9 reliability, 10–13 responsiveness, 14–17 assurance,
    /// 18–22 empathy (positions 0–3, 4–8, 9–12, 13–16, 17–21).
    /// </summary>
    public static ServqualItemMap Standard22 { get; } = new(
    [
        .. Enumerable.Repeat(ServqualDimension.Tangibles, 4),
        .. Enumerable.Repeat(ServqualDimension.Reliability, 5),
        .. Enumerable.Repeat(ServqualDimension.Responsiveness, 4),
        .. Enumerable.Repeat(ServqualDimension.Assurance, 4),
        .. Enumerable.Repeat(ServqualDimension.Empathy, 5),
    ]);

    /// <summary>Gets the number of items.</summary>
    public int ItemCount => _dimensions.Length;

    /// <summary>Returns the dimension of item <paramref name="item"/>.</summary>
    /// <param name="item">The item's position, 0..ItemCount − 1.</param>
    /// <returns>Its dimension.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="item"/> is out of range.</exception>
    public ServqualDimension DimensionOf(int item)
    {
        if ((uint)item >= (uint)_dimensions.Length)
        {
            Preconditions.ThrowOutOfRange(nameof(item), item, $"must be from 0 to {_dimensions.Length - 1}");
        }

        return _dimensions[item];
    }

    internal ServqualResult Aggregate(ReadOnlySpan<double> itemGaps)
    {
        Span<double> sums = stackalloc double[5];
        for (var i = 0; i < itemGaps.Length; i++)
        {
            sums[(int)_dimensions[i] - 1] += itemGaps[i];
        }

        return new ServqualResult(
            sums[0] / _itemsPerDimension[0],
            sums[1] / _itemsPerDimension[1],
            sums[2] / _itemsPerDimension[2],
            sums[3] / _itemsPerDimension[3],
            sums[4] / _itemsPerDimension[4]);
    }
}
