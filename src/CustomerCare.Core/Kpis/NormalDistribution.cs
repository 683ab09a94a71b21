// The standard normal distribution's quantile and tail functions, used by confidence intervals and p-values.
namespace CustomerCare.Core.Kpis;

/// <summary>
/// Standard normal helpers. The quantile uses P. J. Acklam's rational approximation (relative error below
/// 1.2e-9); the complementary error function uses the Chebyshev-fitted formula with fractional error below 1.2e-7.
/// </summary>
internal static class NormalDistribution
{
    private const double LowRegion = 0.02425;

    /// <summary>Returns z such that P(Z ≤ z) = <paramref name="p"/> for 0 &lt; p &lt; 1.</summary>
    public static double Quantile(double p)
    {
        if (p < LowRegion)
        {
            var q = Math.Sqrt(-2 * Math.Log(p));
            return Tail(q);
        }

        if (p > 1 - LowRegion)
        {
            var q = Math.Sqrt(-2 * Math.Log(1 - p));
            return -Tail(q);
        }

        {
            var q = p - 0.5;
            var r = q * q;
            return (((((((((((-3.969683028665376e+01 * r) + 2.209460984245205e+02) * r) - 2.759285104469687e+02) * r)
                + 1.383577518672690e+02) * r) - 3.066479806614716e+01) * r) + 2.506628277459239e+00) * q)
                / (((((((((-5.447609879822406e+01 * r) + 1.615858368580409e+02) * r) - 1.556989798598866e+02) * r)
                + 6.680131188771972e+01) * r) - 1.328068155288572e+01) * r + 1);
        }

        static double Tail(double q) =>
            ((((((((((-7.784894002430293e-03 * q) - 3.223964580411365e-01) * q) - 2.400758277161838e+00) * q)
                - 2.549732539343734e+00) * q) + 4.374664141464968e+00) * q) + 2.938163982698783e+00)
            / ((((((((7.784695709041462e-03 * q) + 3.224671290700398e-01) * q) + 2.445134137142996e+00) * q)
                + 3.754408661907416e+00) * q) + 1);
    }

    /// <summary>Returns the two-sided critical value z for a confidence level (1.959964 for 0.95).</summary>
    public static double TwoSidedCritical(double confidence) => Quantile(0.5 + (confidence / 2));

    /// <summary>Returns the two-sided p-value P(|Z| ≥ |z|).</summary>
    public static double TwoSidedPValue(double z) => Erfc(Math.Abs(z) / Math.Sqrt(2));

    private static double Erfc(double x)
    {
        var z = Math.Abs(x);
        var t = 1 / (1 + (0.5 * z));
        var poly = -z * z - 1.26551223 + (t * (1.00002368 + (t * (0.37409196 + (t * (0.09678418 + (t * (-0.18628806
            + (t * (0.27886807 + (t * (-1.13520398 + (t * (1.48851587 + (t * (-0.82215223 + (t * 0.17087277)))))))))))))))));
        var result = t * Math.Exp(poly);
        return x >= 0 ? result : 2 - result;
    }
}
