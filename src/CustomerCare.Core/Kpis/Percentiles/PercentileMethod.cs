// The two exact percentile definitions the library offers; they differ on small samples.
namespace CustomerCare.Core.Kpis.Percentiles;

/// <summary>How an exact percentile is read from n sorted values x₁ ≤ … ≤ xₙ at quantile q (0..1).</summary>
public enum PercentileMethod
{
    /// <summary>Nearest rank: the value x_k with k = ⌈q·n⌉ (k = 1 when q = 0). Always one of the observed values; what most SLA reports mean by "the 90th percentile".</summary>
    NearestRank = 1,

    /// <summary>
    /// Linear interpolation, Hyndman–Fan type 7, as Excel's <c>PERCENTILE.INC</c>, NumPy's default and R's default:
    /// h = (n − 1)·q, result = x_⌊h⌋₊₁ + (h − ⌊h⌋)·(x_⌊h⌋₊₂ − x_⌊h⌋₊₁).
    /// </summary>
    LinearInterpolation,
}
