// Ranks agents, teams or tiers so that small samples do not land at the top or bottom by luck.
using System.Globalization;
using CustomerCare.Core.Internal;
using CustomerCare.Core.Kpis;

namespace CustomerCare.Core.Goals.Scorecards;

/// <summary>
/// Fair rankings of proportions (CSAT top box, FCR) and means (QA scores, CSAT mean answers) by a named
/// <see cref="RankingMethod"/>, with intervals in the output. Order: best <see cref="RankedEntry.Estimate"/> first,
/// ties broken by the larger sample, then by id (ordinal); ids without observations last. Thread-safe.
/// </summary>
/// <remarks>
/// <para><b>Proportions.</b> <see cref="RankingMethod.Raw"/> ranks x/n; <see cref="RankingMethod.WilsonLowerBound"/>
/// ranks the Wilson lower bound (upper bound when lower is better) of <see cref="KpiRatio.WilsonInterval(double)"/>;
/// both report the Wilson interval. <see cref="RankingMethod.EmpiricalBayes"/> treats a proportion as the mean of n
/// 0/1 observations (mean x/n, variance n·p̂(1 − p̂)/(n − 1)) and shrinks it as below.</para>
/// <para><b>Means</b> (normal–normal empirical Bayes). With k ids having nᵢ ≥ 1 observations, means ȳᵢ, variances sᵢ²
/// and N = Σ nᵢ: group mean μ̂ = Σ nᵢ ȳᵢ / N; within variance σ̂² = Σ (nᵢ − 1) sᵢ² / (N − k);
/// MSB = Σ nᵢ (ȳᵢ − μ̂)² / (k − 1); n₀ = (N − Σ nᵢ² / N) / (k − 1); between variance τ̂² = max(0, (MSB − σ̂²) / n₀)
/// (the one-way random-effects ANOVA method of moments, clamped at 0). Each mean is shrunk to
/// θ̂ᵢ = μ̂ + (1 − Bᵢ)(ȳᵢ − μ̂) with Bᵢ = σ̂² / (σ̂² + nᵢ τ̂²), and its interval is θ̂ᵢ ± z·√((1 − Bᵢ) σ̂² / nᵢ), the
/// posterior of the plug-in model (it ignores the uncertainty of μ̂, τ̂² and σ̂², so it is somewhat narrow for few ids).
/// When τ̂² is 0 every mean is shrunk all the way to μ̂ and the ranking falls to the tie-breaks. Rank one team at a time
/// to shrink toward that team's mean. <see cref="RankingMethod.Raw"/> on means ranks ȳᵢ with the normal interval
/// ȳᵢ ± z·sᵢ/√nᵢ (undefined for nᵢ &lt; 2).</para>
/// </remarks>
public static class FairRanking
{
    /// <summary>Ranks proportions.</summary>
    /// <param name="samples">One sample per id; ids unique (ordinal).</param>
    /// <param name="method">The method.</param>
    /// <param name="direction"><see cref="KpiDirection.HigherIsBetter"/> (default) or <see cref="KpiDirection.LowerIsBetter"/>.</param>
    /// <param name="confidence">The confidence level of the intervals and the Wilson bound, strictly between 0 and 1.</param>
    /// <returns>The ranking.</returns>
    /// <exception cref="ArgumentException">A sample is <c>default</c> or an id appears twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The method or direction is not supported, or the confidence is outside (0, 1).</exception>
    public static StaffRanking Calculate(ReadOnlySpan<ProportionSample> samples, RankingMethod method, KpiDirection direction = KpiDirection.HigherIsBetter, double confidence = 0.95)
    {
        Check(method, direction, confidence);
        var ids = new string[samples.Length];
        for (var i = 0; i < samples.Length; i++)
        {
            ids[i] = samples[i].Id;
        }

        RequireIds(ids, nameof(samples));
        if (method == RankingMethod.EmpiricalBayes)
        {
            var means = new MeanSample[samples.Length];
            for (var i = 0; i < samples.Length; i++)
            {
                var (x, n) = (samples[i].Successes, samples[i].Trials);
                var p = n == 0 ? 0 : (double)x / n;
                means[i] = new MeanSample(samples[i].Id, n, p, n < 2 ? 0 : n * p * (1 - p) / (n - 1));
            }

            return Shrink(means, direction, confidence);
        }

        var entries = new RankedEntry[samples.Length];
        for (var i = 0; i < samples.Length; i++)
        {
            var sample = samples[i];
            var interval = KpiRatio.Wilson(sample.Successes, sample.Trials, confidence);
            if (sample.Trials > 0)
            {
                // At 0 % and 100 % the Wilson bound on that side is exactly 0 or 1; pin it so rounding cannot order equal rates.
                interval = new KpiInterval(sample.Successes == 0 ? 0 : interval.Lower, sample.Successes == sample.Trials ? 1 : interval.Upper, confidence, interval.Centre, interval.HalfWidth);
            }

            var estimate = method == RankingMethod.Raw ? sample.Rate
                : direction == KpiDirection.HigherIsBetter ? interval.Lower : interval.Upper;
            entries[i] = new RankedEntry(0, sample.Id, sample.Trials, sample.Rate, estimate, interval);
        }

        return Ordered(method, direction, confidence, prior: null, entries);
    }

    /// <summary>Ranks means.</summary>
    /// <param name="samples">One sample per id; ids unique (ordinal).</param>
    /// <param name="method"><see cref="RankingMethod.Raw"/> or <see cref="RankingMethod.EmpiricalBayes"/>; the Wilson bound is for proportions.</param>
    /// <param name="direction"><see cref="KpiDirection.HigherIsBetter"/> (default) or <see cref="KpiDirection.LowerIsBetter"/>.</param>
    /// <param name="confidence">The confidence level of the intervals, strictly between 0 and 1.</param>
    /// <returns>The ranking.</returns>
    /// <exception cref="ArgumentException">A sample is <c>default</c>, an id appears twice, or <paramref name="method"/> is <see cref="RankingMethod.WilsonLowerBound"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The method or direction is not supported, or the confidence is outside (0, 1).</exception>
    public static StaffRanking Calculate(ReadOnlySpan<MeanSample> samples, RankingMethod method, KpiDirection direction = KpiDirection.HigherIsBetter, double confidence = 0.95)
    {
        Check(method, direction, confidence);
        if (method == RankingMethod.WilsonLowerBound)
        {
            Preconditions.ThrowArgument(nameof(method), "method WilsonLowerBound ranks proportions (pass ProportionSample values); rank means by EmpiricalBayes or Raw.");
        }

        var ids = new string[samples.Length];
        for (var i = 0; i < samples.Length; i++)
        {
            ids[i] = samples[i].Id;
        }

        RequireIds(ids, nameof(samples));
        if (method == RankingMethod.EmpiricalBayes)
        {
            return Shrink(samples.ToArray(), direction, confidence);
        }

        var z = NormalDistribution.TwoSidedCritical(confidence);
        var entries = new RankedEntry[samples.Length];
        for (var i = 0; i < samples.Length; i++)
        {
            var s = samples[i];
            var half = s.Count < 2 ? double.NaN : z * Math.Sqrt(s.Variance / s.Count);
            entries[i] = new RankedEntry(0, s.Id, s.Count, s.Mean, s.Mean, new KpiInterval(s.Mean - half, s.Mean + half, confidence));
        }

        return Ordered(method, direction, confidence, prior: null, entries);
    }

    private static StaffRanking Shrink(MeanSample[] samples, KpiDirection direction, double confidence)
    {
        // Sum in id order, so that the floating-point prior (and so the ranking) never depends on the input order.
        Array.Sort(samples, static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        var prior = EstimatePrior(samples);
        var z = NormalDistribution.TwoSidedCritical(confidence);
        var entries = new RankedEntry[samples.Length];
        for (var i = 0; i < samples.Length; i++)
        {
            var s = samples[i];
            if (s.Count == 0 || !prior.IsDefined)
            {
                entries[i] = new RankedEntry(0, s.Id, s.Count, s.Mean, s.Mean, new KpiInterval(double.NaN, double.NaN, confidence));
                continue;
            }

            var (sigma2, tau2) = (prior.WithinVariance, prior.BetweenVariance);
            var b = sigma2 == 0 ? 0 : sigma2 / (sigma2 + (s.Count * tau2));
            var estimate = prior.Mean + ((1 - b) * (s.Mean - prior.Mean));
            var half = z * Math.Sqrt((1 - b) * sigma2 / s.Count);
            entries[i] = new RankedEntry(0, s.Id, s.Count, s.Mean, estimate, new KpiInterval(estimate - half, estimate + half, confidence));
        }

        return Ordered(RankingMethod.EmpiricalBayes, direction, confidence, prior, entries);
    }

    internal static EmpiricalBayesPrior EstimatePrior(ReadOnlySpan<MeanSample> samples)
    {
        long k = 0;
        double n = 0;
        double sum = 0;
        double squaresOfCounts = 0;
        double within = 0;
        foreach (var s in samples)
        {
            if (s.Count == 0)
            {
                continue;
            }

            k++;
            n += s.Count;
            sum += s.Count * s.Mean;
            squaresOfCounts += (double)s.Count * s.Count;
            within += (s.Count - 1) * s.Variance;
        }

        if (k < 2 || n <= k)
        {
            return new EmpiricalBayesPrior(k == 0 ? double.NaN : sum / n, double.NaN, double.NaN);
        }

        var mean = sum / n;
        var msw = within / (n - k);
        double between = 0;
        foreach (var s in samples)
        {
            if (s.Count > 0)
            {
                between += s.Count * (s.Mean - mean) * (s.Mean - mean);
            }
        }

        var msb = between / (k - 1);
        var n0 = (n - (squaresOfCounts / n)) / (k - 1);
        return new EmpiricalBayesPrior(mean, Math.Max(0, (msb - msw) / n0), msw);
    }

    private static StaffRanking Ordered(RankingMethod method, KpiDirection direction, double confidence, EmpiricalBayesPrior? prior, RankedEntry[] entries)
    {
        var sign = direction == KpiDirection.HigherIsBetter ? -1 : 1;
        Array.Sort(entries, (a, b) =>
        {
            var aRanked = a.Count > 0;
            var bRanked = b.Count > 0;
            if (aRanked != bRanked)
            {
                return aRanked ? -1 : 1;
            }

            if (aRanked)
            {
                var byEstimate = sign * a.Estimate.CompareTo(b.Estimate);
                if (byEstimate != 0)
                {
                    return byEstimate;
                }

                var bySize = b.Count.CompareTo(a.Count);
                if (bySize != 0)
                {
                    return bySize;
                }
            }

            return string.CompareOrdinal(a.Id, b.Id);
        });
        for (var i = 0; i < entries.Length; i++)
        {
            if (entries[i].Count > 0)
            {
                entries[i] = entries[i] with { Rank = i + 1 };
            }
        }

        return new StaffRanking(method, direction, confidence, prior, entries);
    }

    private static void Check(RankingMethod method, KpiDirection direction, double confidence)
    {
        if (method is not (RankingMethod.Raw or RankingMethod.WilsonLowerBound or RankingMethod.EmpiricalBayes))
        {
            Preconditions.ThrowOutOfRange(nameof(method), method, "must be Raw, WilsonLowerBound or EmpiricalBayes");
        }

        if (direction is not (KpiDirection.HigherIsBetter or KpiDirection.LowerIsBetter))
        {
            Preconditions.ThrowOutOfRange(nameof(direction), direction, "must be HigherIsBetter or LowerIsBetter; a ranking needs a better end");
        }

        Preconditions.Confidence(confidence);
    }

    private static void RequireIds(string[] ids, string paramName)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++)
        {
            if (ids[i].Length == 0)
            {
                Preconditions.ThrowArgument(paramName, string.Create(CultureInfo.InvariantCulture, $"{paramName}[{i}] is default and has no id; create every sample with its constructor."));
            }

            if (!seen.Add(ids[i]))
            {
                Preconditions.ThrowArgument(paramName, string.Create(CultureInfo.InvariantCulture, $"{paramName}[{i}] repeats the id '{ids[i]}'; give one sample per id (merge the data first)."));
            }
        }
    }
}
