// The identifiers of every KPI the library computes, so that goals and dashboards can refer to a KPI generically.
namespace CustomerCare.Core.Kpis;

/// <summary>Identifies a KPI; <see cref="KpiCatalog.Get(KpiId)"/> describes it (name, unit, direction, range, formula).</summary>
public enum KpiId
{
    /// <summary>Net Promoter Score, in points −100..100.</summary>
    NetPromoterScore = 1,

    /// <summary>Customer satisfaction (CSAT) top-box share, a fraction 0..1.</summary>
    CustomerSatisfaction,

    /// <summary>Customer Satisfaction Index (CSI), a weighted index 0..100.</summary>
    CustomerSatisfactionIndex,

    /// <summary>Customer Effort Score (CES), the mean answer on the survey's scale.</summary>
    CustomerEffortScore,

    /// <summary>SERVQUAL overall gap (perception − expectation), in scale points; 0 or above means expectations are met.</summary>
    ServqualGap,

    /// <summary>First contact resolution (FCR), a fraction 0..1.</summary>
    FirstContactResolution,

    /// <summary>Repeat-contact (callback) rate, a fraction 0..1.</summary>
    RepeatContactRate,

    /// <summary>Complaint rate, complaints per customer or transaction (a fraction; often quoted per 1,000).</summary>
    ComplaintRate,

    /// <summary>Product return rate, returned units over sold units, a fraction (above 1 when returns come from earlier sales).</summary>
    ProductReturnRate,

    /// <summary>First response time, a duration.</summary>
    FirstResponseTime,

    /// <summary>Average response time, a duration.</summary>
    AverageResponseTime,

    /// <summary>Average handle time (AHT), a duration.</summary>
    AverageHandleTime,

    /// <summary>Average speed of answer (ASA), a duration.</summary>
    AverageSpeedOfAnswer,

    /// <summary>Service level, calls answered within a threshold, a fraction 0..1.</summary>
    ServiceLevel,

    /// <summary>Abandonment rate, a fraction 0..1.</summary>
    AbandonmentRate,

    /// <summary>Agent occupancy, a fraction 0..1.</summary>
    Occupancy,

    /// <summary>Agent utilisation, a fraction (0..1 in practice).</summary>
    Utilisation,

    /// <summary>Resolution rate, resolved over received, a fraction 0..1.</summary>
    ResolutionRate,

    /// <summary>SLA compliance, a fraction 0..1.</summary>
    SlaCompliance,

    /// <summary>Ticket backlog at the end of a period, a count.</summary>
    TicketBacklog,

    /// <summary>Customer churn rate, a fraction 0..1.</summary>
    ChurnRate,

    /// <summary>Customer retention rate (CRR), a fraction 0..1.</summary>
    RetentionRate,

    /// <summary>Ticket volume, the number of cases arising in a period (per category and channel), a count.</summary>
    TicketVolume,

    /// <summary>Quality-review score, the mean over all reviews of a period of the rubric score, a fraction 0..1.</summary>
    QualityScore,
}
