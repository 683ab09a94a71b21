// The sample-quantile definitions the library offers: the nine of Hyndman and Fan (R types 1–9), two by familiar names.
namespace CustomerCare.Core.Kpis.Percentiles;

/// <summary>
/// How an exact quantile is read from n sorted values x₁ ≤ … ≤ xₙ at quantile p (a fraction 0..1). The nine
/// definitions of Hyndman and Fan (1996), numbered as R's <c>quantile(type = …)</c>. For the continuous types 4–9 the
/// position is h = n·p + m for the offset m given per type, and the result interpolates linearly,
/// x_⌊h⌋ + (h − ⌊h⌋)·(x_⌊h⌋₊₁ − x_⌊h⌋), with positions below 1 giving x₁ and above n giving xₙ.
/// <list type="table">
/// <item><term>Type 1</term><description>= <see cref="NearestRank"/>: x_⌈np⌉ (x₁ at p = 0); SAS definition 3; what SLA reports usually mean by "the 90th percentile".</description></item>
/// <item><term>Type 2</term><description>As type 1, but the mean of the two neighbours where np is whole; SAS definition 5.</description></item>
/// <item><term>Type 3</term><description>The nearest order statistic to np − ½, the even one on a tie; SAS definition 2.</description></item>
/// <item><term>Type 4</term><description>h = np: linear interpolation of the empirical distribution function; SAS definition 1.</description></item>
/// <item><term>Type 5</term><description>h = np + ½: piecewise linear through the midpoints of the steps.</description></item>
/// <item><term>Type 6</term><description>h = (n + 1)p: NIST's recommended definition, Minitab, SPSS, Excel's <c>PERCENTILE.EXC</c> (for p within its range), SAS definition 4.</description></item>
/// <item><term>Type 7</term><description>= <see cref="LinearInterpolation"/>: h = (n − 1)p + 1: Excel's <c>PERCENTILE.INC</c> and <c>PERCENTILE</c>, NumPy's and R's default.</description></item>
/// <item><term>Type 8</term><description>h = (n + ⅓)p + ⅓: approximately median-unbiased whatever the distribution; Hyndman and Fan's recommendation.</description></item>
/// <item><term>Type 9</term><description>h = (n + ¼)p + ⅜: approximately unbiased for normally distributed data.</description></item>
/// </list>
/// </summary>
public enum PercentileMethod
{
    /// <summary>Nearest rank: the value x_k with k = ⌈p·n⌉ (k = 1 when p = 0); always an observed value. Identical to <see cref="HyndmanFan1"/>.</summary>
    NearestRank = 1,

    /// <summary>Linear interpolation between closest ranks, h = (n − 1)·p + 1, as Excel's <c>PERCENTILE.INC</c>, NumPy's and R's default. Identical to <see cref="HyndmanFan7"/>.</summary>
    LinearInterpolation,

    /// <summary>Hyndman–Fan type 1, the inverse of the empirical distribution function: x_⌈np⌉ (x₁ at p = 0).</summary>
    HyndmanFan1 = 11,

    /// <summary>Hyndman–Fan type 2: as type 1, averaging x_np and x_np₊₁ where np is whole.</summary>
    HyndmanFan2,

    /// <summary>Hyndman–Fan type 3: the order statistic nearest to np − ½, the even-numbered one on a tie.</summary>
    HyndmanFan3,

    /// <summary>Hyndman–Fan type 4: linear interpolation at h = np.</summary>
    HyndmanFan4,

    /// <summary>Hyndman–Fan type 5: linear interpolation at h = np + ½.</summary>
    HyndmanFan5,

    /// <summary>Hyndman–Fan type 6: linear interpolation at h = (n + 1)p (NIST, Minitab, SPSS, Excel's <c>PERCENTILE.EXC</c>).</summary>
    HyndmanFan6,

    /// <summary>Hyndman–Fan type 7: linear interpolation at h = (n − 1)p + 1 (Excel's <c>PERCENTILE.INC</c>, NumPy, R's default).</summary>
    HyndmanFan7,

    /// <summary>Hyndman–Fan type 8: linear interpolation at h = (n + ⅓)p + ⅓ (median-unbiased).</summary>
    HyndmanFan8,

    /// <summary>Hyndman–Fan type 9: linear interpolation at h = (n + ¼)p + ⅜ (unbiased for normal data).</summary>
    HyndmanFan9,
}
