// The outcome of an NPS calculation: the three group counts and everything derived from them.
using System.Globalization;
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Kpis.Surveys;

/// <summary>
/// NPS counts and statistics. Answers 9–10 are promoters, 7–8 passives, 0–6 detractors; with n answers,
/// p = promoters/n and d = detractors/n, the score is <c>100·(p − d)</c> points in −100..100. Every derived value
/// is unrounded and NaN when there are no answers. Immutable and thread-safe; <c>default</c> is the empty result.
/// </summary>
public readonly record struct NpsResult
{
    /// <summary>Creates a result from the three group counts (for example from another system's tallies).</summary>
    /// <param name="promoters">Answers of 9 or 10.</param>
    /// <param name="passives">Answers of 7 or 8.</param>
    /// <param name="detractors">Answers of 0 to 6.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or the three add up to more than <see cref="long.MaxValue"/>.</exception>
    public NpsResult(long promoters, long passives, long detractors)
    {
        Preconditions.NonNegative(promoters, nameof(promoters));
        Preconditions.NonNegative(passives, nameof(passives));
        Preconditions.NonNegative(detractors, nameof(detractors));
        Preconditions.AddCount(Preconditions.AddCount(promoters, passives, nameof(passives)), detractors, nameof(detractors));
        Promoters = promoters;
        Passives = passives;
        Detractors = detractors;
    }

    /// <summary>Gets the number of promoters (answers 9–10).</summary>
    public long Promoters { get; }

    /// <summary>Gets the number of passives (answers 7–8).</summary>
    public long Passives { get; }

    /// <summary>Gets the number of detractors (answers 0–6).</summary>
    public long Detractors { get; }

    /// <summary>Gets the number of answers, n.</summary>
    public long Count => Promoters + Passives + Detractors;

    /// <summary>Gets the score <c>100·(promoters − detractors)/n</c> in points, −100..100; NaN when n = 0.</summary>
    // Stryker disable once Conditional : with n = 0 the formula divides 0 by 0, which is NaN already
    public double Score => Count == 0 ? double.NaN : 100.0 * (Promoters - Detractors) / Count;

    /// <summary>Gets the promoters' share p = promoters/n (<see cref="KpiRatio.Value"/> 0..1, <see cref="KpiRatio.Percent"/>); undefined when n = 0.</summary>
    public KpiRatio PromoterShare => new(Promoters, Count);

    /// <summary>Gets the passives' share passives/n; undefined when n = 0.</summary>
    public KpiRatio PassiveShare => new(Passives, Count);

    /// <summary>Gets the detractors' share d = detractors/n; undefined when n = 0.</summary>
    public KpiRatio DetractorShare => new(Detractors, Count);

    /// <summary>
    /// Gets the variance of one respondent's score, in points²: each answer scores +100 (promoter), 0 (passive) or
    /// −100 (detractor), and the population variance of those scores is <c>10,000·(p + d − (p − d)²)</c>. This is
    /// what a sample-size calculation needs; the variance of the NPS itself is <see cref="ScoreVariance"/> = this / n.
    /// NaN when n = 0.
    /// </summary>
    // Stryker disable once Conditional : with n = 0 both fractions are 0/0 = NaN, and Math.Max passes NaN on
    public double RespondentVariance => Count == 0 ? double.NaN : TrinomialVariance(Fraction(Promoters), Fraction(Detractors), 1);

    /// <summary>
    /// Gets the variance of the score as an estimate, in points², from the trinomial model:
    /// <c>10,000·(p + d − (p − d)²)/n</c> (<see cref="RespondentVariance"/> / n). NaN when n = 0.
    /// </summary>
    // Stryker disable once Conditional : with n = 0 both fractions are 0/0 = NaN, and Math.Max passes NaN on
    public double ScoreVariance => Count == 0 ? double.NaN : TrinomialVariance(Fraction(Promoters), Fraction(Detractors), Count);

    /// <summary>Gets the standard error of the score in points, <c>√ScoreVariance</c>; NaN when n = 0.</summary>
    public double StandardError => Math.Sqrt(ScoreVariance);

    /// <summary>Gets the score when there is at least one answer.</summary>
    /// <param name="score">The score in points, or NaN when there are no answers.</param>
    /// <returns>True when n &gt; 0.</returns>
    public bool TryGetScore(out double score)
    {
        score = Score;
        return Count != 0;
    }

    /// <summary>
    /// Creates a result from a survey summary that gives the three shares of n answers (for example 57 % / 23 % / 20 %
    /// of 30). The counts are the whole numbers nearest share·n that add up to n (largest remainder), so shares
    /// published rounded to whole per cent recover the counts behind them (17 / 7 / 6 here).
    /// </summary>
    /// <param name="count">The number of answers n, 0 or more.</param>
    /// <param name="promoterShare">The promoters' share as a fraction 0..1 (0.57 for 57 %).</param>
    /// <param name="passiveShare">The passives' share as a fraction 0..1.</param>
    /// <param name="detractorShare">The detractors' share as a fraction 0..1.</param>
    /// <returns>The result with whole counts.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A share is outside 0..1 or not a number, <paramref name="count"/> is negative, or the shares do not add up to 1 within 0.015 (three shares rounded to whole per cent).</exception>
    public static NpsResult FromShares(long count, double promoterShare, double passiveShare, double detractorShare)
    {
        Preconditions.NonNegative(count, nameof(count));
        RequireShare(promoterShare, nameof(promoterShare));
        RequireShare(passiveShare, nameof(passiveShare));
        RequireShare(detractorShare, nameof(detractorShare));
        var total = promoterShare + passiveShare + detractorShare;

        // Stryker disable once Equality : near 0.015, |total − 1| is a multiple of 2⁻⁵³ and the double 0.015 is not, so > and >= agree
        if (Math.Abs(total - 1) > 0.015)
        {
            Preconditions.ThrowOutOfRange(nameof(detractorShare), detractorShare,
                $"makes the shares add up to {total.ToString(CultureInfo.InvariantCulture)}; the three shares are fractions of the same answers and must add up to 1 (0.55, 0.25 and 0.20 for 55 % / 25 % / 20 %)");
        }

        Span<double> exact = [promoterShare / total * count, passiveShare / total * count, detractorShare / total * count];
        Span<long> whole = [(long)Math.Floor(exact[0]), (long)Math.Floor(exact[1]), (long)Math.Floor(exact[2])];
        for (var left = count - whole[0] - whole[1] - whole[2]; left > 0; left--)
        {
            var best = 0;
            for (var i = 1; i < 3; i++)
            {
                if (exact[i] - whole[i] > exact[best] - whole[best])
                {
                    best = i;
                }
            }

            whole[best]++;
            exact[best] = whole[best];
        }

        return new NpsResult(whole[0], whole[1], whole[2]);
    }

    /// <summary>
    /// Returns a two-sided confidence interval for the score, in points, clamped to −100..100 (the score cannot
    /// leave the scale). See <see cref="NpsIntervalMethod"/> for the formulas; z is the standard normal quantile
    /// of <c>0.5 + confidence/2</c> (1.959963984540054 for 95 %). <see cref="KpiInterval.Centre"/> is the score for
    /// Wald and the adjusted centre 100·(p′ − d′) for adjusted Wald; <see cref="KpiInterval.HalfWidth"/> is z·SE before clamping.
    /// </summary>
    /// <param name="method">The interval method; <see cref="NpsIntervalMethod.AdjustedWald"/> is the better calibrated.</param>
    /// <param name="confidence">The confidence level, strictly between 0 and 1.</param>
    /// <returns>The interval; undefined (NaN bounds) when n = 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="method"/> is not defined or <paramref name="confidence"/> is outside (0, 1).</exception>
    public KpiInterval ConfidenceInterval(NpsIntervalMethod method, double confidence = 0.95)
    {
        Preconditions.Confidence(confidence);
        Preconditions.Defined(method, "must be Wald or AdjustedWald");

        if (Count == 0)
        {
            return KpiInterval.Undefined(confidence);
        }

        double n = Count, p = Fraction(Promoters), d = Fraction(Detractors);
        if (method == NpsIntervalMethod.AdjustedWald)
        {
            n += 3;
            p = (Promoters + 0.75) / n;
            d = (Detractors + 0.75) / n;
        }

        var centre = 100 * (p - d);
        var half = NormalDistribution.TwoSidedCritical(confidence) * Math.Sqrt(TrinomialVariance(p, d, n));
        return new KpiInterval(Math.Max(-100, centre - half), Math.Min(100, centre + half), confidence, centre, half);
    }

    /// <summary>Returns the result as <c>NPS 36.7 (95 % CI 6.2 – 60.4, n = 30)</c> with the adjusted Wald interval (invariant culture).</summary>
    /// <returns>The text; <c>NPS n/a (n = 0)</c> when empty.</returns>
    public override string ToString() => ToString(CultureInfo.InvariantCulture);

    /// <summary>Returns the result as <c>NPS 36.7 (95 % CI 6.2 – 60.4, n = 30)</c> with the adjusted Wald interval.</summary>
    /// <param name="provider">The culture for numbers; null for the current culture.</param>
    /// <returns>The text.</returns>
    public string ToString(IFormatProvider? provider) => Count == 0
        ? $"NPS n/a (n = 0)"
        : $"NPS {KpiText.OneDecimal(Score, provider)} ({KpiText.Interval(ConfidenceInterval(NpsIntervalMethod.AdjustedWald), 1, "0.0", "", provider)}, n = {Count.ToString(provider)})";

    internal static double TrinomialVariance(double p, double d, double n)
    {
        var difference = p - d;
        return 10_000 * Math.Max(0, p + d - (difference * difference)) / n;
    }

    private static void RequireShare(double share, string paramName)
    {
        if (!(share >= 0 && share <= 1))
        {
            Preconditions.ThrowOutOfRange(paramName, share, "must be a fraction from 0 to 1 (0.55 for 55 %)");
        }
    }

    private double Fraction(long part) => (double)part / Count;
}
