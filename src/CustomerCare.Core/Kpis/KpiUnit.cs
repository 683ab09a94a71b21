// The units in which KPIs are expressed.
namespace CustomerCare.Core.Kpis;

/// <summary>The unit of a KPI's value.</summary>
public enum KpiUnit
{
    /// <summary>Points on a −100..100 scale (NPS).</summary>
    Points = 1,

    /// <summary>A fraction (0..1 for proportions); multiply by 100 only to display a percentage.</summary>
    Fraction,

    /// <summary>Answer points on a survey scale (for example 1..7).</summary>
    ScalePoints,

    /// <summary>An index from 0 to 100.</summary>
    Index,

    /// <summary>A NodaTime <c>Duration</c>.</summary>
    Duration,

    /// <summary>A whole count.</summary>
    Count,
}
