// One metric's commitments inside a policy: a target per priority, the calendar it is measured on, its warning and pause statuses.
using System.Collections.Frozen;
using CustomerCare.Core.Sla.Evaluation;
using NodaTime;

namespace CustomerCare.Core.Sla.Policies;

/// <summary>
/// What a policy promises for one metric: a positive business-time target per priority, measured on a named
/// calendar (<see cref="SlaPolicySet.CalendarTime"/> for 24/7 calendar time), a warning point, and the ticket
/// statuses that pause it. Built by <see cref="SlaPolicyBuilder"/>.
/// </summary>
/// <remarks>Immutable and thread-safe. A priority without a target makes the metric <see cref="SlaStatus.NotApplicable"/> for it.</remarks>
public sealed class SlaMetricTarget
{
    internal SlaMetricTarget(SlaMetric metric, IReadOnlyDictionary<string, Duration> targets, string calendar, SlaWarning warning, IEnumerable<string> pauseStatuses)
    {
        Metric = metric;
        Targets = targets.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Calendar = calendar;
        Warning = warning;
        PauseStatuses = pauseStatuses.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _budgets = targets.ToFrozenDictionary(kv => kv.Key, kv => (kv.Value, warning.BudgetFor(kv.Value)), StringComparer.OrdinalIgnoreCase);
    }

    // Target and warning budget per priority, computed once instead of on every evaluation.
    private readonly FrozenDictionary<string, (Duration Target, Duration Warning)> _budgets;

    /// <summary>Gets the metric.</summary>
    public SlaMetric Metric { get; }

    /// <summary>Gets the target business time per priority name (case-insensitive keys); every value is positive.</summary>
    public IReadOnlyDictionary<string, Duration> Targets { get; }

    /// <summary>Gets the name of the calendar the metric is measured on; <see cref="SlaPolicySet.CalendarTime"/> means 24/7.</summary>
    public string Calendar { get; }

    /// <summary>Gets the warning point (<see cref="SlaWarning.None"/> when none).</summary>
    public SlaWarning Warning { get; }

    /// <summary>Gets the ticket statuses during which the metric is paused (case-insensitive).</summary>
    public IReadOnlySet<string> PauseStatuses { get; }

    /// <summary>Gets the target for <paramref name="priority"/>.</summary>
    /// <param name="priority">A priority name.</param>
    /// <param name="target">The target, when the policy sets one.</param>
    /// <returns><see langword="true"/> when there is a target for the priority.</returns>
    public bool TryGetTarget(string priority, out Duration target) => Targets.TryGetValue(priority, out target);

    /// <summary>The target and the business time after which the metric is in warning, for <paramref name="priority"/>.</summary>
    internal bool TryGetBudgets(string priority, out (Duration Target, Duration Warning) budgets) => _budgets.TryGetValue(priority, out budgets);
}
