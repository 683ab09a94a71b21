// The catalogue of every KPI the library computes, indexed by KpiId.
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Kpis;

/// <summary>The descriptors of all KPIs. Thread-safe; the catalogue never changes at run time.</summary>
public static class KpiCatalog
{
    private const double Unbounded = double.PositiveInfinity;

    private static readonly KpiDescriptor[] Descriptors =
    [
        new(KpiId.NetPromoterScore, "Net Promoter Score", KpiUnit.Points, KpiDirection.HigherIsBetter, -100, 100,
            "100 × (promoters (9–10) − detractors (0–6)) / respondents, on 0–10 answers"),
        new(KpiId.CustomerSatisfaction, "Customer Satisfaction (CSAT)", KpiUnit.Fraction, KpiDirection.HigherIsBetter, 0, 1,
            "answers at or above the satisfied threshold / answers (top box; default scale 1–5, threshold 4)"),
        new(KpiId.CustomerSatisfactionIndex, "Customer Satisfaction Index (CSI)", KpiUnit.Index, KpiDirection.HigherIsBetter, 0, 100,
            "100 × Σ wᵢ (meanᵢ − scale minimum) / (scale maximum − scale minimum) / Σ wᵢ (rescaled, ACSI style), or 10 × Σ wᵢ meanᵢ / Σ wᵢ on a 1–10 scale (ten-point, UKCSI style)"),
        new(KpiId.CustomerEffortScore, "Customer Effort Score (CES)", KpiUnit.ScalePoints, KpiDirection.Neither, 1, 7,
            "mean answer on a 5- or 7-point scale whose direction (higher = easier or harder) is explicit; also the easy-band share"),
        new(KpiId.ServqualGap, "SERVQUAL gap", KpiUnit.ScalePoints, KpiDirection.HigherIsBetter, double.NegativeInfinity, Unbounded,
            "perception − expectation per item, averaged per dimension; overall unweighted or importance-weighted"),
        new(KpiId.FirstContactResolution, "First Contact Resolution (FCR)", KpiUnit.Fraction, KpiDirection.HigherIsBetter, 0, 1,
            "issues resolved on the first contact / issues (customer basis) or / contacts (contact basis), or issues / contacts (calls basis, 1 − repeat share)"),
        new(KpiId.RepeatContactRate, "Repeat-contact rate", KpiUnit.Fraction, KpiDirection.LowerIsBetter, 0, 1,
            "repeat contacts / contacts, or issues with a repeat contact / issues (callback rate)"),
        new(KpiId.ComplaintRate, "Complaint rate", KpiUnit.Fraction, KpiDirection.LowerIsBetter, 0, Unbounded,
            "complaints / customers or transactions (per cent or per 1,000); a KpiRate, may exceed 1"),
        new(KpiId.ProductReturnRate, "Product return rate", KpiUnit.Fraction, KpiDirection.LowerIsBetter, 0, Unbounded,
            "units returned / units sold; a KpiRate, above 1 when a period's returns come from earlier sales"),
        new(KpiId.FirstResponseTime, "First response time", KpiUnit.Duration, KpiDirection.LowerIsBetter, 0, Unbounded,
            "Σ (first response − creation) / tickets with a first response"),
        new(KpiId.AverageResponseTime, "Average response time", KpiUnit.Duration, KpiDirection.LowerIsBetter, 0, Unbounded,
            "Σ response times of all responses / responses (not a mean of per-ticket means)"),
        new(KpiId.AverageHandleTime, "Average Handle Time (AHT)", KpiUnit.Duration, KpiDirection.LowerIsBetter, 0, Unbounded,
            "(talk + hold + after-call work) / contacts handled"),
        new(KpiId.AverageSpeedOfAnswer, "Average Speed of Answer (ASA)", KpiUnit.Duration, KpiDirection.LowerIsBetter, 0, Unbounded,
            "Σ waiting time of answered contacts / answered contacts"),
        new(KpiId.ServiceLevel, "Service level", KpiUnit.Fraction, KpiDirection.HigherIsBetter, 0, 1,
            "answered within the threshold over a base chosen by ServiceLevelVariant (offered, answered, short abandons excluded…)"),
        new(KpiId.AbandonmentRate, "Abandonment rate", KpiUnit.Fraction, KpiDirection.LowerIsBetter, 0, 1,
            "abandoned / offered, optionally excluding abandons shorter than a short-abandon threshold from both"),
        new(KpiId.Occupancy, "Occupancy", KpiUnit.Fraction, KpiDirection.Neither, 0, 1,
            "handling time / (handling time + available idle time)"),
        new(KpiId.Utilisation, "Utilisation", KpiUnit.Fraction, KpiDirection.HigherIsBetter, 0, Unbounded,
            "staffed (logged-in) time / paid time, or handling time / paid time (UtilisationVariant)"),
        new(KpiId.ResolutionRate, "Resolution rate", KpiUnit.Fraction, KpiDirection.HigherIsBetter, 0, 1,
            "issues resolved / issues received"),
        new(KpiId.SlaCompliance, "SLA compliance", KpiUnit.Fraction, KpiDirection.HigherIsBetter, 0, 1,
            "met / resolved, met / created, or met / (resolved + open breached) (SlaComplianceVariant)"),
        new(KpiId.TicketBacklog, "Ticket backlog", KpiUnit.Count, KpiDirection.LowerIsBetter, 0, Unbounded,
            "open at start + created − resolved"),
        new(KpiId.ChurnRate, "Churn rate", KpiUnit.Fraction, KpiDirection.LowerIsBetter, 0, 1,
            "customers lost during the period / customers at the start"),
        new(KpiId.RetentionRate, "Customer retention rate (CRR)", KpiUnit.Fraction, KpiDirection.HigherIsBetter, 0, 1,
            "(customers at end − new customers) / customers at start"),
        new(KpiId.TicketVolume, "Ticket volume", KpiUnit.Count, KpiDirection.Neither, 0, Unbounded,
            "cases arising in the period, counted per period, category and channel"),
        new(KpiId.QualityScore, "Quality-review score", KpiUnit.Fraction, KpiDirection.HigherIsBetter, 0, 1,
            "Σ review scores / reviews over all reviews of the period; a review scores Σ wᵢ (ratingᵢ − min)/(max − min) / Σ wᵢ over rated categories, 0 when a critical category fails"),
    ];

    /// <summary>Gets every descriptor, in <see cref="KpiId"/> order.</summary>
    public static IReadOnlyList<KpiDescriptor> All { get; } = Array.AsReadOnly(Descriptors);

    /// <summary>Returns the descriptor of <paramref name="id"/>.</summary>
    /// <param name="id">A defined KPI identifier.</param>
    /// <returns>The descriptor.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="id"/> is not a defined <see cref="KpiId"/>.</exception>
    public static KpiDescriptor Get(KpiId id)
    {
        var index = (int)id - 1;
        if ((uint)index >= (uint)Descriptors.Length)
        {
            Preconditions.ThrowOutOfRange(nameof(id), id, "must be a defined KpiId");
        }

        return Descriptors[index];
    }
}
