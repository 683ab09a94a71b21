// The period a goodwill budget is granted for, in the envelope's time zone.
namespace CustomerCare.Core.Goals.Capability;

/// <summary>The period of a goodwill budget; periods are local calendar periods in the envelope's zone (weeks start on Monday).</summary>
public enum BudgetPeriod
{
    /// <summary>One local day.</summary>
    Day = 0,

    /// <summary>One ISO week, Monday to Sunday.</summary>
    Week = 1,

    /// <summary>One calendar month.</summary>
    Month = 2,

    /// <summary>One calendar quarter (January–March, April–June, July–September, October–December).</summary>
    Quarter = 3,

    /// <summary>One calendar year.</summary>
    Year = 4,
}
