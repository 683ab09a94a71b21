// What a care goal is for: keep customers, solve their problems, please them, grow the base, or a named objective of your own.
namespace CustomerCare.Core.Goals;

/// <summary>The objective of a <see cref="CareGoal"/>.</summary>
public enum CareObjective
{
    /// <summary>Keep customers (retention, churn).</summary>
    Retain = 1,

    /// <summary>Solve customers' immediate problems (resolution, first contact resolution, response times).</summary>
    Resolve,

    /// <summary>Satisfy customers (CSAT, NPS, effort).</summary>
    Satisfy,

    /// <summary>Expand the customer base: more purchases, referrals of new customers.</summary>
    Expand,

    /// <summary>An objective of your own, named by <see cref="CareGoal.ObjectiveName"/>.</summary>
    Custom,
}
