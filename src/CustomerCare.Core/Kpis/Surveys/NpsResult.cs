// The outcome of an NPS calculation: the three group counts and everything derived from them.
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
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public NpsResult(long promoters, long passives, long detractors)
    {
        Preconditions.NonNegative(promoters, nameof(promoters));
        Preconditions.NonNegative(passives, nameof(passives));
        Preconditions.NonNegative(detractors, nameof(detractors));
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
    public double Score => Count == 0 ? double.NaN : 100.0 * (Promoters - Detractors) / Count;

    /// <summary>Gets the promoters' share p = promoters/n, 0..1; NaN when n = 0.</summary>
    public double PromoterShare => Share(Promoters);

    /// <summary>Gets the passives' share, 0..1; NaN when n = 0.</summary>
    public double PassiveShare => Share(Passives);

    /// <summary>Gets the detractors' share d = detractors/n, 0..1; NaN when n = 0.</summary>
    public double DetractorShare => Share(Detractors);

    /// <summary>
    /// Gets the variance of the score as an estimate, in points², from the trinomial model:
    /// <c>10,000·(p + d − (p − d)²)/n</c>. NaN when n = 0.
    /// </summary>
    public double Variance => Count == 0 ? double.NaN : TrinomialVariance(PromoterShare, DetractorShare, Count);

    /// <summary>Gets the standard error of the score in points, <c>√Variance</c>; NaN when n = 0.</summary>
    public double StandardError => Math.Sqrt(Variance);

    /// <summary>Gets the score when there is at least one answer.</summary>
    /// <param name="score">The score in points, or NaN when there are no answers.</param>
    /// <returns>True when n &gt; 0.</returns>
    public bool TryGetScore(out double score)
    {
        score = Score;
        return Count != 0;
    }

    /// <summary>
    /// Returns a two-sided confidence interval for the score, in points, clamped to −100..100 (the score cannot
    /// leave the scale). See <see cref="NpsIntervalMethod"/> for the formulas; z is the standard normal quantile
    /// of <c>0.5 + confidence/2</c> (1.96 for 95 %).
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

        double n = Count, p = PromoterShare, d = DetractorShare;
        if (method == NpsIntervalMethod.AdjustedWald)
        {
            n += 3;
            p = (Promoters + 0.75) / n;
            d = (Detractors + 0.75) / n;
        }

        var centre = 100 * (p - d);
        var half = NormalDistribution.TwoSidedCritical(confidence) * Math.Sqrt(TrinomialVariance(p, d, n));
        return new KpiInterval(Math.Max(-100, centre - half), Math.Min(100, centre + half), confidence);
    }

    internal static double TrinomialVariance(double p, double d, double n)
    {
        var difference = p - d;
        return 10_000 * Math.Max(0, p + d - (difference * difference)) / n;
    }

    private double Share(long part) => Count == 0 ? double.NaN : (double)part / Count;
}
