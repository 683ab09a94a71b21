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
/// Cost O(min(n, A + 40√A + 1100)): once B underflows to 0 it stays 0. Traffic above
/// <see cref="ErlangLimits.MaximumErlangs"/> and line counts above <see cref="ErlangLimits.MaximumAgents"/> are rejected,
/// so every call is bounded. All members are pure and thread-safe.
/// </remarks>
public static class ErlangB
{
    /// <summary>Returns the blocking probability B(n, A) in [0, 1].</summary>
    /// <param name="erlangs">Offered traffic A in Erlangs; finite, from 0 to <see cref="ErlangLimits.MaximumErlangs"/>.</param>
    /// <param name="lines">Number of lines (servers) n; from 0 to <see cref="ErlangLimits.MaximumAgents"/>. With 0 lines every call is blocked.</param>
    /// <returns>The fraction of offered calls that are blocked; 0 when A = 0 and n ≥ 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="erlangs"/> is negative, not finite or above the maximum, or <paramref name="lines"/> is negative or above the maximum.</exception>
    public static double BlockingProbability(double erlangs, int lines)
    {
        ErlangLimits.Erlangs(erlangs);
        ErlangLimits.Agents(lines);
        return ErlangMath.ErlangB(erlangs, lines);
    }

    /// <summary>Returns the smallest number of lines whose blocking probability is at most <paramref name="gradeOfService"/>.</summary>
    /// <param name="erlangs">Offered traffic A in Erlangs; finite, from 0 to <see cref="ErlangLimits.MaximumErlangs"/>.</param>
    /// <param name="gradeOfService">The largest acceptable blocking probability, strictly between 0 and 1 (0.01 = one call in a hundred).</param>
    /// <returns>The minimal n with B(n, A) ≤ grade of service; 0 when there is no traffic.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="erlangs"/> is negative, not finite or above the maximum, or <paramref name="gradeOfService"/> is not in (0, 1).</exception>
    /// <remarks>Steps the recurrence until B falls to the grade of service: at most about A + 40√A + 1100 steps.</remarks>
    public static int RequiredLines(double erlangs, double gradeOfService)
    {
        ErlangLimits.Erlangs(erlangs);
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
    /// <param name="lines">Number of lines n; from 0 to <see cref="ErlangLimits.MaximumAgents"/> (0 lines carry no traffic).</param>
    /// <param name="gradeOfService">The largest acceptable blocking probability, strictly between 0 and 1.</param>
    /// <returns>The traffic in Erlangs, to a relative precision of about 1e−12 (B at the returned traffic is at most the grade of service).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lines"/> is negative or above the maximum, or <paramref name="gradeOfService"/> is not in (0, 1).</exception>
    /// <remarks>
    /// Newton's method on ln B(n, A) − ln GoS (d ln B/dA = n/A − 1 + B), safeguarded by bisection between 0 and
    /// n / (1 − GoS), an upper bound because B(n, A) ≥ 1 − n/A. Each step overshoots the root by a quarter of the
    /// tolerance, so the bracket closes from both sides: about ten evaluations of O(n) each.
    /// </remarks>
    public static double MaximumTraffic(int lines, double gradeOfService)
    {
        ErlangLimits.Agents(lines);
        Preconditions.OpenUnitInterval(gradeOfService);
        if (lines == 0)
        {
            return 0;
        }

        var logGrade = Math.Log(gradeOfService);
        double low = 0, high = lines / (1 - gradeOfService), x = high;
        for (var i = 0; i < 200 && high - low > 1e-12 * high; i++)
        {
            var b = ErlangMath.ErlangB(x, lines);
            if (b <= gradeOfService)
            {
                low = x;
            }
            else
            {
                high = x;
            }

            var next = x - ((Math.Log(b) - logGrade) / ((lines / x) - 1 + b));
            var margin = 0.25e-12 * high;
            next += next > x ? margin : -margin;
            x = next > low && next < high ? next : 0.5 * (low + high);
        }

        return low;
    }
}
