// What a KPI is: its name, unit, good direction, valid range and formula, for goals and dashboards that handle KPIs generically.
namespace CustomerCare.Core.Kpis;

/// <summary>
/// Describes one KPI of <see cref="KpiCatalog"/>. Immutable and thread-safe; instances come only from the catalogue.
/// </summary>
public sealed class KpiDescriptor
{
    internal KpiDescriptor(KpiId id, string name, KpiUnit unit, KpiDirection direction, double minimum, double maximum, string formula)
    {
        Id = id;
        Name = name;
        Unit = unit;
        Direction = direction;
        Minimum = minimum;
        Maximum = maximum;
        Formula = formula;
    }

    /// <summary>Gets the KPI's identifier.</summary>
    public KpiId Id { get; }

    /// <summary>Gets the KPI's usual English name (for example "Net Promoter Score").</summary>
    public string Name { get; }

    /// <summary>Gets the unit of the KPI's value.</summary>
    public KpiUnit Unit { get; }

    /// <summary>Gets whether higher or lower values are better.</summary>
    public KpiDirection Direction { get; }

    /// <summary>Gets the smallest valid value in <see cref="Unit"/> (durations and counts: 0; for durations, in seconds).</summary>
    public double Minimum { get; }

    /// <summary>Gets the largest valid value in <see cref="Unit"/>, or positive infinity when unbounded.</summary>
    public double Maximum { get; }

    /// <summary>Gets the formula in words, with the variants the library offers.</summary>
    public string Formula { get; }

    /// <summary>Returns whether <paramref name="value"/> lies in the KPI's valid range (NaN never does).</summary>
    /// <param name="value">A value in <see cref="Unit"/>.</param>
    /// <returns>True when <c>Minimum ≤ value ≤ Maximum</c>.</returns>
    public bool IsInRange(double value) => value >= Minimum && value <= Maximum;

    /// <summary>Returns the KPI's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
