// The standard normal distribution's quantile and tail, exact to double precision, behind every interval and p-value.
namespace CustomerCare.Core.Kpis;

/// <summary>
/// Standard normal helpers, accurate to a few units in the last place of a double.
/// <para>
/// The upper tail Q(x) = P(Z &gt; x) is expanded around the nearest point x₀ of a 1/16 grid (x ≤ 8), where
/// Q(x₀) and φ(x₀) are tabulated: Q(x₀ + h) = Q(x₀) − φ(x₀)·Σₙ (−1)ⁿ Heₙ(x₀)·hⁿ⁺¹/(n + 1)! with the probabilists'
/// Hermite polynomials Heₙ (|h| ≤ 1/32, so sixteen terms reach double precision and nothing cancels); the
/// coefficients of each grid point are computed once, so a tail costs one short polynomial. Beyond 8 it
/// is φ(x) times the Laplace continued fraction of the Mills ratio, 1/(x + 1/(x + 2/(x + 3/(x + …)))).
/// </para>
/// <para>
/// The quantile starts from P. J. Acklam's rational approximation (relative error below 1.2e-9) and takes one
/// Halley step on the exact tail, which leaves only the tail's own rounding error. Quantiles above ½ are computed as
/// −Quantile(1 − p), which is exact in binary floating point, and a two-sided critical value as
/// −Quantile((1 − confidence)/2), so confidence levels up to the largest double below 1 stay finite.
/// </para>
/// </summary>
internal static class NormalDistribution
{
    private const double LowRegion = 0.02425;
    private const double InverseSqrtTwoPi = 0.3989422804014327;
    private const int Terms = 16;

    // The Taylor coefficients of the tail around each grid point (129 × 16 doubles, 16.5 KB), built once.
    private static readonly double[] TaylorCoefficients = BuildTaylorCoefficients();

    // The critical values of the three usual levels, computed once by the same algorithm (fast path of intervals).
    private static readonly double Z90 = -LowerQuantile(0.05);
    private static readonly double Z95 = -LowerQuantile(0.025);
    private static readonly double Z99 = -LowerQuantile(0.005);

    /// <summary>Returns z such that P(Z ≤ z) = <paramref name="p"/> for 0 &lt; p &lt; 1.</summary>
    public static double Quantile(double p) => p > 0.5 ? -LowerQuantile(1 - p) : LowerQuantile(p);

    /// <summary>Returns the two-sided critical value z for a confidence level (1.959963984540054 for 0.95).</summary>
    public static double TwoSidedCritical(double confidence) => confidence switch
    {
        0.95 => Z95,
        0.9 => Z90,
        0.99 => Z99,
        _ => -LowerQuantile((1 - confidence) / 2),
    };

    /// <summary>Returns the two-sided p-value P(|Z| ≥ |z|); NaN for NaN.</summary>
    // Stryker disable once Conditional : the NaN test only states the contract; UpperTail(NaN) is NaN and Math.Min(1, NaN) is NaN too.
    public static double TwoSidedPValue(double z) => double.IsNaN(z) ? double.NaN : Math.Min(1, 2 * UpperTail(Math.Abs(z)));

    /// <summary>Returns the upper tail Q(x) = P(Z &gt; x) for x ≥ 0 with a relative error of a few ulps.</summary>
    public static double UpperTail(double x)
    {
        if (x > NormalTable.End)
        {
            return double.IsPositiveInfinity(x) ? 0 : Density(x) * MillsRatio(x);
        }

        var k = (int)Math.Round(x * 16);
        var h = x - (k * NormalTable.Step);
        var tail = NormalTable.Tail[k];

        // Stryker disable once Block : a shortcut only; with h = 0 the expansion below returns tail − φ·0·(…) = tail exactly.
        if (h == 0)
        {
            return tail;
        }

        // Q(x₀ + h) = Q(x₀) − φ(x₀)·h·Σₙ cₙhⁿ, the polynomial evaluated by Estrin's scheme (four levels of independent
        // multiply-adds instead of a chain of sixteen).
        var c = TaylorCoefficients.AsSpan(k * Terms, Terms);
        var h2 = h * h;
        var h4 = h2 * h2;
        var low = (c[0] + (c[1] * h)) + ((c[2] + (c[3] * h)) * h2) + (((c[4] + (c[5] * h)) + ((c[6] + (c[7] * h)) * h2)) * h4);
        var high = (c[8] + (c[9] * h)) + ((c[10] + (c[11] * h)) * h2) + (((c[12] + (c[13] * h)) + ((c[14] + (c[15] * h)) * h2)) * h4);
        return tail - (NormalTable.Density[k] * h * (low + (high * (h4 * h4))));
    }

    // cₙ(x₀) = (−1)ⁿHeₙ(x₀)/(n + 1)! for every grid point x₀ = k/16, n = 0..15, with the probabilists' Hermite
    // polynomials from g₀ = 1, g₁ = −x₀, gₙ₊₁ = −x₀gₙ − n·gₙ₋₁. With |h| ≤ 1/32 the first omitted term is below 1e-21 of
    // the tail even at x₀ = 8, so sixteen reach double precision everywhere on the grid.
    private static double[] BuildTaylorCoefficients()
    {
        var points = NormalTable.Tail.Length;
        var coefficients = new double[points * Terms];
        for (var k = 0; k < points; k++)
        {
            var x0 = k * NormalTable.Step;
            double previous = 0, g = 1, factorial = 1;
            for (var n = 0; n < Terms; n++)
            {
                factorial *= n + 1;
                coefficients[(k * Terms) + n] = g / factorial;
                var next = (-x0 * g) - (n * previous);
                previous = g;
                g = next;
            }
        }

        return coefficients;
    }

    private static double LowerQuantile(double p)
    {
        var x = Acklam(p);

        // One Halley step on f(x) = Φ(x) − p: u = f/φ, x ← x − u/(1 + x·u/2). Even at p = double.Epsilon the start
        // is about −38.5, where φ is still about 2e-322, so the density is never 0 for 0 < p ≤ ½.
        var u = (UpperTail(-x) - p) / Density(x);
        return x - (u / (1 + (x * u / 2)));
    }

    // φ(x) with exp(−x²/2) split as exp(−s²/2)·exp(−(x − s)(x + s)/2), s = x rounded to 1/16 (s² is exact), so the
    // rounding of x² does not grow into a relative error of x²·ε in the far tail.
    private static double Density(double x)
    {
        var s = Math.Round(x * 16) / 16;
        return InverseSqrtTwoPi * Math.Exp(-s * s / 2) * Math.Exp(-(x - s) * (x + s) / 2);
    }

    // 1/(x + 1/(x + 2/(x + 3/(x + …)))) by the modified Lentz method; for x > 8 about 15 terms reach double precision.
    // With x > 8 every divisor x + n·d and every c stay above x, so Lentz's guard against a zero divisor is not needed.
    private static double MillsRatio(double x)
    {
        double f = x, c = x, d = 0;

        // Stryker disable once Equality : the loop breaks within 17 terms for every x > 8 (measured up to 10⁶; larger x converge sooner), never near n = 200.
        for (var n = 1; n < 200; n++)
        {
            d = 1 / (x + (n * d));
            c = x + (n / c);
            var delta = c * d;
            f *= delta;

            // Stryker disable once Equality : delta − 1 is a multiple of 2⁻⁵³ near 1 (or at least ½ away), so it never equals 1e-17.
            if (Math.Abs(delta - 1) < 1e-17)
            {
                break;
            }
        }

        return 1 / f;
    }

    // P. J. Acklam's rational approximation of the normal quantile for 0 < p ≤ ½, relative error below 1.2e-9.
    private static double Acklam(double p)
    {
        if (p < LowRegion)
        {
            var q = Math.Sqrt(-2 * Math.Log(p));
            return ((((((((((-7.784894002430293e-03 * q) - 3.223964580411365e-01) * q) - 2.400758277161838e+00) * q)
                - 2.549732539343734e+00) * q) + 4.374664141464968e+00) * q) + 2.938163982698783e+00)
                / ((((((((7.784695709041462e-03 * q) + 3.224671290700398e-01) * q) + 2.445134137142996e+00) * q)
                + 3.754408661907416e+00) * q) + 1);
        }

        var r0 = p - 0.5;
        var r = r0 * r0;
        return (((((((((((-3.969683028665376e+01 * r) + 2.209460984245205e+02) * r) - 2.759285104469687e+02) * r)
            + 1.383577518672690e+02) * r) - 3.066479806614716e+01) * r) + 2.506628277459239e+00) * r0)
            / (((((((((-5.447609879822406e+01 * r) + 1.615858368580409e+02) * r) - 1.556989798598866e+02) * r)
            + 6.680131188771972e+01) * r) - 1.328068155288572e+01) * r + 1);
    }
}
