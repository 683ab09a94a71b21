// Erlang B: the share of calls blocked when n lines carry A Erlangs and blocked calls are lost (M/M/n/n).
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Staffing;

/// <summary>
/// The Erlang B (loss) formula B(n, A) = (Aⁿ/n!) / Σ_{k=0..n} Aᵏ/k!, the probability that a call finds all
/// <c>n</c> lines busy and is lost, and its two inverses. Use it to size trunks, IVR ports or chat slots.
/// </summary>
/// <remarks>
/// B is evaluated by the recurrence B(0, A) = 1, B(k, A) = A·B(k−1, A) / (k + A·B(k−1, A)), whose every step is a
/// ratio in [0, 1]: no factorial or power is formed, so thousands of lines and Erlangs are exact to a few ulps.
/// Cost O(n). All members are pure and thread-safe.
/// </remarks>
public static class ErlangB
{
    /// <summary>Returns the blocking probability B(n, A) in [0, 1].</summary>
    /// <param name="erlangs">Offered traffic A in Erlangs; finite and ≥ 0.</param>
    /// <param name="lines">Number of lines (servers) n; ≥ 0. With 0 lines every call is blocked.</param>
    /// <returns>The fraction of offered calls that are blocked; 0 when A = 0 and n ≥ 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="erlangs"/> is negative or not finite, or <paramref name="lines"/> is negative.</exception>
    public static double BlockingProbability(double erlangs, int lines)
    {
        Preconditions.NonNegative(erlangs);
        Preconditions.NonNegativeAgents(lines);
        return ErlangMath.ErlangB(erlangs, lines);
    }

    /// <summary>Returns the smallest number of lines whose blocking probability is at most <paramref name="gradeOfService"/>.</summary>
    /// <param name="erlangs">Offered traffic A in Erlangs; finite and ≥ 0.</param>
    /// <param name="gradeOfService">The largest acceptable blocking probability, strictly between 0 and 1 (0.01 = one call in a hundred).</param>
    /// <returns>The minimal n with B(n, A) ≤ grade of service; 0 when there is no traffic.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="erlangs"/> is negative or not finite, or <paramref name="gradeOfService"/> is not in (0, 1).</exception>
    public static int RequiredLines(double erlangs, double gradeOfService)
    {
        Preconditions.NonNegative(erlangs);
        Preconditions.OpenUnitInterval(gradeOfService);
        if (erlangs == 0)
        {
            return 0;
        }

        var b = 1.0;
        var lines = 0;
        while (b > gradeOfService)
        {
            lines++;
            b = ErlangMath.NextErlangB(erlangs, lines, b);
        }

        return lines;
    }

    /// <summary>
    /// Returns the largest traffic that <paramref name="lines"/> lines carry with a blocking probability of at most
    /// <paramref name="gradeOfService"/>: the A solving B(n, A) = grade of service (B grows with A).
    /// </summary>
    /// <param name="lines">Number of lines n; ≥ 0 (0 lines carry no traffic).</param>
    /// <param name="gradeOfService">The largest acceptable blocking probability, strictly between 0 and 1.</param>
    /// <returns>The traffic in Erlangs, to a relative precision of about 1e−12.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lines"/> is negative, or <paramref name="gradeOfService"/> is not in (0, 1).</exception>
    /// <remarks>Bisection between 0 and n / (1 − GoS), an upper bound because B(n, A) ≥ 1 − n/A. Cost O(n) per step, about 50 steps.</remarks>
    public static double MaximumTraffic(int lines, double gradeOfService)
    {
        Preconditions.NonNegativeAgents(lines);
        Preconditions.OpenUnitInterval(gradeOfService);
        if (lines == 0)
        {
            return 0;
        }

        double low = 0, high = lines / (1 - gradeOfService);
        while (high - low > 1e-12 * high)
        {
            var middle = 0.5 * (low + high);
            if (ErlangMath.ErlangB(middle, lines) <= gradeOfService)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
