// The numerical kernels behind the Erlang formulas: recurrences and a rescaled series, never factorials or powers that overflow.
using NodaTime;

namespace CustomerCare.Core.Staffing;

/// <summary>
/// Numerically stable kernels shared by <see cref="ErlangB"/>, <see cref="ErlangC"/> and <see cref="ErlangA"/>.
/// Time is measured in average handling times (so the service rate is 1 and the arrival rate equals the traffic
/// in Erlangs); every method is pure and thread-safe.
/// </summary>
internal static class ErlangMath
{
    /// <summary>Rescaling step of <see cref="Series"/>: terms are kept below e^600 and the scale is carried as a logarithm.</summary>
    private const double RescaleAbove = 1e260;

    private const double RescaleFactor = 1e-260;

    private static readonly double RescaleLog = Math.Log(1e260);

    /// <summary>
    /// Erlang B by the recurrence B(0) = 1, B(k) = A·B(k−1) / (k + A·B(k−1)): every step is a ratio in [0, 1],
    /// so it neither overflows nor loses precision for thousands of lines. Once B underflows to 0 it stays 0, so the
    /// loop stops there: the cost is O(min(n, A + 40√A + 1100)).
    /// </summary>
    public static double ErlangB(double erlangs, int lines)
    {
        var b = 1.0;
        for (var k = 1; k <= lines && b != 0; k++)
        {
            b = NextErlangB(erlangs, k, b);
        }

        return b;
    }

    /// <summary>One step of the Erlang B recurrence: B(k) from B(k − 1).</summary>
    public static double NextErlangB(double erlangs, int k, double previous)
    {
        var ab = erlangs * previous;
        return ab / (k + ab);
    }

    /// <summary>
    /// Erlang C from Erlang B: C = B / (1 − ρ(1 − B)) with ρ = A / n, for a stable queue (n &gt; A); 1 otherwise.
    /// </summary>
    public static double ErlangCFromB(double erlangs, int agents, double erlangB)
    {
        if (erlangs <= 0)
        {
            return 0;
        }

        if (agents <= erlangs)
        {
            return 1;
        }

        var rho = erlangs / agents;
        return erlangB / (1 - (rho * (1 - erlangB)));
    }

    /// <summary>
    /// The birth-death series of the M/M/n+M queue, T(c, λ) = Σ_{k≥0} Π_{i=1..k} λ / (c + iθ), together with
    /// Σ k·r_k and Σ r_k·H_k (r_k the k-th term, H_k = Σ_{i≤k} 1/(c + iθ), which gives −∂T/∂c), all scaled by
    /// e^−<see cref="SeriesSums.LogScale"/> so that huge sums of an overloaded centre do not overflow.
    /// </summary>
    /// <remarks>
    /// The terms grow while c + iθ &lt; λ and then fall faster than geometrically, so the loop runs about
    /// max(0, (λ − c)/θ) + O(√(λ/θ)) times and stops once a geometric bound on the tail is below 1e−17 of the sums.
    /// </remarks>
    public static SeriesSums Series(double lambda, double c, double theta)
    {
        double term = 1, sum = 1, tail = 0, weighted = 0, harmonicWeighted = 0, harmonic = 0, logScale = 0;
        for (var i = 1; ; i++)
        {
            var d = c + (i * theta);
            var inverse = 1 / d;
            var ratio = lambda * inverse;
            term *= ratio;
            harmonic += inverse;
            sum += term;
            tail += term;
            weighted += i * term;
            harmonicWeighted += term * harmonic;
            if (term > RescaleAbove)
            {
                term *= RescaleFactor;
                sum *= RescaleFactor;
                tail *= RescaleFactor;
                weighted *= RescaleFactor;
                harmonicWeighted *= RescaleFactor;
                logScale += RescaleLog;
            }

            if (ratio < 1)
            {
                // Every later ratio is below r = λ/d, so the remaining terms sum to less than term·r/(1 − r); the
                // weighted sums grow at most by the factors (i + 1/(1 − r)) and (H + 1/((1 − r)d)). The three tests are
                // multiplied through by (1 − r) (and d) to keep the loop to one division.
                var slack = 1 - ratio;
                var rest = term * ratio;
                if ((rest <= 1e-17 * sum * slack
                        && rest * ((i * slack) + 1) <= 1e-17 * weighted * slack * slack
                        && rest * ((harmonic * slack * d) + 1) <= 1e-17 * harmonicWeighted * slack * slack * d)
                    || term == 0)
                {
                    break;
                }
            }
        }

        return new SeriesSums(logScale, sum, tail, weighted, harmonicWeighted);
    }

    /// <summary>ln(e^x + e^y) without overflow; either argument may be −∞ or +∞.</summary>
    public static double LogAddExp(double x, double y)
    {
        if (double.IsNegativeInfinity(x))
        {
            return y;
        }

        if (double.IsNegativeInfinity(y) || double.IsPositiveInfinity(x))
        {
            return x;
        }

        if (double.IsPositiveInfinity(y))
        {
            return y;
        }

        var max = Math.Max(x, y);
        return max + Math.Log(1 + Math.Exp(-Math.Abs(x - y)));
    }

    /// <summary>e^x − 1 accurate also for tiny x (Kahan's trick), where Math.Exp(x) − 1 would cancel.</summary>
    public static double ExpMinusOne(double x)
    {
        var u = Math.Exp(x);
        if (u == 1)
        {
            return x;
        }

        var um1 = u - 1;
        return um1 == -1 ? -1 : um1 * x / Math.Log(u);
    }

    /// <summary>
    /// ⌈value⌉, except that a value within a relative 1e−9 of an integer is taken as that integer, so that
    /// 21 / (1 − 0.3) = 30.000000000000004 gives 30 and not 31.
    /// </summary>
    public static double CeilingWithTolerance(double value)
    {
        var nearest = Math.Round(value);
        return Math.Abs(value - nearest) <= 1e-9 * Math.Max(1, Math.Abs(value)) ? nearest : Math.Ceiling(value);
    }

    /// <summary>Converts seconds to a <see cref="Duration"/>, or null when they are infinite or beyond Duration's range.</summary>
    public static Duration? SecondsOrNull(double seconds) =>
        double.IsFinite(seconds) && seconds <= MaxSeconds ? Duration.FromSeconds(seconds) : null;

    private static readonly double MaxSeconds = Duration.MaxValue.TotalSeconds / 2;
}

/// <summary>The sums of <see cref="ErlangMath.Series"/>, each scaled by e^−<see cref="LogScale"/>.</summary>
/// <param name="LogScale">The natural logarithm of the common scale factor (0 unless the sums would overflow).</param>
/// <param name="Sum">T = Σ_{k≥0} r_k (r_0 = 1).</param>
/// <param name="Tail">T − 1 = Σ_{k≥1} r_k, kept apart so that it does not suffer cancellation.</param>
/// <param name="Weighted">Σ k·r_k, the mean queue length relative to the probability of the first queueing state.</param>
/// <param name="HarmonicWeighted">Σ r_k·H_k = −∂T/∂c.</param>
internal readonly record struct SeriesSums(double LogScale, double Sum, double Tail, double Weighted, double HarmonicWeighted)
{
    /// <summary>ln T.</summary>
    public double LogSum => LogScale + Math.Log(Sum);
}
