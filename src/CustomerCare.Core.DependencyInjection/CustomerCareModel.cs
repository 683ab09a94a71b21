// One validated, immutable snapshot of a tenant's customer-care configuration: calendars, SLA policies, segments, plans, goals, limits, responsibility.
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Goals;
using CustomerCare.Core.Goals.Capability;
using CustomerCare.Core.Responsibility;
using CustomerCare.Core.Segments;
using CustomerCare.Core.Segments.CarePlans;
using CustomerCare.Core.Sla.Policies;

namespace CustomerCare.Core.DependencyInjection;

/// <summary>
/// Everything one tenant configured, validated together: named business calendars, the SLA policy set, the segment
/// catalogue and its care plans, the care goals, the capability envelope and the responsibility model. Each part other
/// than the calendars and goals is optional (<see langword="null"/> when not configured).
/// </summary>
/// <remarks>
/// Immutable and thread-safe. A reload of the configuration produces a new model, swapped in whole by
/// <see cref="CustomerCareModelMonitor"/>, so code that reads <see cref="CustomerCareModelMonitor.Current"/> once per
/// operation never mixes parts of two configurations.
/// </remarks>
public sealed class CustomerCareModel
{
    internal CustomerCareModel(
        string tenant,
        IReadOnlyDictionary<string, BusinessCalendar> calendars,
        SlaPolicySet? slaPolicies,
        SegmentCatalogue? segments,
        CarePlanCatalogue? carePlans,
        IReadOnlyList<CareGoal> goals,
        CapabilityEnvelope? capability,
        ResponsibilityModel? responsibility)
    {
        Tenant = tenant;
        Calendars = calendars;
        SlaPolicies = slaPolicies;
        Segments = segments;
        CarePlans = carePlans;
        Goals = goals;
        Capability = capability;
        Responsibility = responsibility;
    }

    /// <summary>Gets the tenant's name: the key of its keyed services, or the empty string for the default (unkeyed) registration.</summary>
    public string Tenant { get; }

    /// <summary>Gets the business calendars by name (ordinal, case-sensitive), as SLA policies and the capability envelope name them.</summary>
    public IReadOnlyDictionary<string, BusinessCalendar> Calendars { get; }

    /// <summary>Gets the SLA policy set, or <see langword="null"/> when none is configured.</summary>
    public SlaPolicySet? SlaPolicies { get; }

    /// <summary>Gets the segment catalogue, or <see langword="null"/> when none is configured.</summary>
    public SegmentCatalogue? Segments { get; }

    /// <summary>Gets the care plans of the segments, or <see langword="null"/> when none are configured.</summary>
    public CarePlanCatalogue? CarePlans { get; }

    /// <summary>Gets the care goals in configuration order (empty when none are configured); names are unique, ignoring case.</summary>
    public IReadOnlyList<CareGoal> Goals { get; }

    /// <summary>Gets the capability envelope, or <see langword="null"/> when none is configured.</summary>
    public CapabilityEnvelope? Capability { get; }

    /// <summary>Gets the responsibility model, or <see langword="null"/> when none is configured.</summary>
    public ResponsibilityModel? Responsibility { get; }

    /// <summary>Finds the goal named <paramref name="name"/> (ignoring case).</summary>
    /// <param name="name">The goal's name.</param>
    /// <returns>The goal, or <see langword="null"/> when no goal has that name.</returns>
    public CareGoal? FindGoal(string name)
    {
        foreach (var goal in Goals)
        {
            if (string.Equals(goal.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return goal;
            }
        }

        return null;
    }

    /// <summary>Describes the model, e.g. <c>tenant 'shop-a': 2 calendars, 3 SLA policies, 4 segments, 2 care plans, 1 goal, capability, responsibility</c>.</summary>
    /// <returns>A one-line summary in the invariant culture.</returns>
    public override string ToString()
    {
        var parts = new List<string>
        {
            Count(Calendars.Count, "calendar"),
            Count(SlaPolicies?.Policies.Count ?? 0, "SLA policy", "SLA policies"),
            Count(Segments?.Segments.Count ?? 0, "segment"),
            Count(CarePlans?.Plans.Count ?? 0, "care plan"),
            Count(Goals.Count, "goal"),
        };
        if (Capability is not null)
        {
            parts.Add("capability");
        }

        if (Responsibility is not null)
        {
            parts.Add("responsibility");
        }

        var who = Tenant.Length == 0 ? "default tenant" : $"tenant '{Tenant}'";
        return $"{who}: {string.Join(", ", parts)}";
    }

    private static string Count(int n, string one, string? many = null) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : many ?? one + "s")}");
}
