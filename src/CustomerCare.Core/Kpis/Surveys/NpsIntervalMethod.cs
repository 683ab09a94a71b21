// The two ways of putting a confidence interval around an NPS.
namespace CustomerCare.Core.Kpis.Surveys;

/// <summary>How <see cref="NpsResult.ConfidenceInterval(NpsIntervalMethod, double)"/> computes the interval.</summary>
public enum NpsIntervalMethod
{
    /// <summary>
    /// Wald: NPS ± z·SE with p = promoters/n, d = detractors/n and SE = 100·√((p + d − (p − d)²)/n).
    /// Simple, but too narrow for small samples and degenerate (zero width) when every answer is in one group.
    /// </summary>
    Wald = 1,

    /// <summary>
    /// Adjusted Wald (recommended): add 3 to n and ¾ to both promoters and detractors, then apply Wald:
    /// n′ = n + 3, p′ = (promoters + ¾)/n′, d′ = (detractors + ¾)/n′, centre 100·(p′ − d′),
    /// SE′ = 100·√((p′ + d′ − (p′ − d′)²)/n′). Better calibrated for small samples; the centre moves slightly towards 0.
    /// </summary>
    AdjustedWald,
}
