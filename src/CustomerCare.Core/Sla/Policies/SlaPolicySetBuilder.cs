// Assembles and validates an SlaPolicySet; every configuration mistake is reported here, together, with what to fix.
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Sla.Policies;

/// <summary>
/// Builds an immutable <see cref="SlaPolicySet"/>. <see cref="Build"/> rejects, in one
/// <see cref="InvalidOperationException"/> listing every problem: a missing fallback, a fallback with a condition,
/// duplicate policy names, unknown calendars, priorities not on the scale, two different metrics with one name, and
/// unreachable policies (after a policy that matches every ticket, or repeating an earlier policy's condition).
/// Non-fatal findings (a priority with no target in a policy that measures the metric) go to
/// <see cref="SlaPolicySet.Warnings"/>.
/// </summary>
/// <remarks>Not thread-safe; use one builder on one thread. <see cref="Build"/> may be called once; a second call
/// throws <see cref="InvalidOperationException"/>.</remarks>
[MutableByDesign("A builder; it produces an immutable SlaPolicySet and refuses reuse after Build.")]
public sealed class SlaPolicySetBuilder
{
    private readonly List<SlaPolicy> _policies = [];
    // Calendar time (24/7) is registered as a null calendar: every second counts.
    private readonly Dictionary<string, BusinessCalendar?> _calendars = new(StringComparer.OrdinalIgnoreCase)
    {
        [SlaPolicySet.CalendarTime] = null,
    };

    private PriorityScale _priorities = PriorityScale.Default;
    private SlaPolicy? _fallback;
    private bool _built;

    /// <summary>Sets the priority scale (default <see cref="PriorityScale.Default"/>).</summary>
    /// <param name="priorities">The scale.</param>
    /// <returns>This builder.</returns>
    public SlaPolicySetBuilder WithPriorities(PriorityScale priorities)
    {
        ArgumentNullException.ThrowIfNull(priorities);
        _priorities = priorities;
        return this;
    }

    /// <summary>Registers a business calendar under <paramref name="name"/> so that policies can measure metrics on it.</summary>
    /// <param name="name">A non-blank name, unique in the set; <see cref="SlaPolicySet.CalendarTime"/> is reserved.</param>
    /// <param name="calendar">The calendar. Deadlines and business time are computed with its rules (half-open windows,
    /// a budget used up at a window end returns that end, lenient local times, exact time-line arithmetic).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank or already registered.</exception>
    public SlaPolicySetBuilder AddCalendar(string name, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        Preconditions.NotBlank(name, "must be a non-empty calendar name");
        if (!_calendars.TryAdd(name, calendar))
        {
            Preconditions.ThrowArgument(nameof(name), $"A calendar named '{name}' is already registered ('{SlaPolicySet.CalendarTime}' is reserved for calendar time).");
        }

        return this;
    }

    /// <summary>Appends a policy; policies are tried in the order they are added.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>This builder.</returns>
    public SlaPolicySetBuilder Add(SlaPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        _policies.Add(policy);
        return this;
    }

    /// <summary>Sets the mandatory fallback policy, which applies when no other policy matches; its condition must be <see cref="SlaCondition.Always"/>.</summary>
    /// <param name="policy">The fallback.</param>
    /// <returns>This builder.</returns>
    public SlaPolicySetBuilder Fallback(SlaPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        _fallback = policy;
        return this;
    }

    /// <summary>Builds and validates the set.</summary>
    /// <returns>The immutable policy set.</returns>
    /// <exception cref="InvalidOperationException">The configuration is invalid (the message lists every problem and its fix), or the builder was already used.</exception>
    public SlaPolicySet Build()
    {
        if (_built)
        {
            Preconditions.ThrowInvalidOperation("This SlaPolicySetBuilder was already built; start a new one.");
        }

        var errors = new List<string>();
        var warnings = new List<string>();
        if (_fallback is null)
        {
            errors.Add("No fallback policy: call Fallback(policy) with a policy that applies to every ticket.");
        }
        else if (!_fallback.Condition.IsAlways)
        {
            errors.Add($"The fallback policy '{_fallback.Name}' has the condition '{_fallback.Condition}': a fallback applies to every ticket, remove its When(...).");
        }

        var all = _fallback is null ? _policies.ToArray() : [.. _policies, _fallback];
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var metrics = new Dictionary<string, SlaMetric>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < all.Length; i++)
        {
            var policy = all[i];
            if (!names.Add(policy.Name))
            {
                errors.Add($"Two policies are named '{policy.Name}': policy names must be unique.");
            }

            if (i < _policies.Count)
            {
                for (var j = 0; j < i; j++)
                {
                    if (all[j].Condition.IsAlways)
                    {
                        errors.Add($"Policy '{policy.Name}' can never apply: policy '{all[j].Name}' before it matches every ticket. Move it up or give '{all[j].Name}' a condition.");
                        break;
                    }

                    if (all[j].Condition.Equals(policy.Condition))
                    {
                        errors.Add($"Policy '{policy.Name}' can never apply: policy '{all[j].Name}' before it has the same condition '{policy.Condition}'.");
                        break;
                    }
                }
            }

            foreach (var priority in policy.Condition.PriorityNames())
            {
                if (!_priorities.Contains(priority))
                {
                    errors.Add($"Policy '{policy.Name}' has a condition on priority '{priority}', which is not on the scale ({_priorities}).");
                }
            }

            foreach (var mt in policy.Metrics)
            {
                if (metrics.TryGetValue(mt.Metric.Name, out var known) && !ReferenceEquals(known, mt.Metric))
                {
                    errors.Add($"Policy '{policy.Name}' uses a metric named '{mt.Metric.Name}' that differs from the one another policy defines: define each custom metric once and share it.");
                }
                else
                {
                    metrics[mt.Metric.Name] = mt.Metric;
                }

                if (!_calendars.ContainsKey(mt.Calendar))
                {
                    errors.Add($"Policy '{policy.Name}' measures {mt.Metric.Name} on calendar '{mt.Calendar}', which is not registered: register it on the builder or use '{SlaPolicySet.CalendarTime}'. Known: {string.Join(", ", _calendars.Keys.Order(StringComparer.Ordinal))}.");
                }

                foreach (var priority in mt.Targets.Keys)
                {
                    if (!_priorities.Contains(priority))
                    {
                        errors.Add($"Policy '{policy.Name}' sets a {mt.Metric.Name} target for priority '{priority}', which is not on the scale ({_priorities}).");
                    }
                }

                var missing = _priorities.Names.Where(p => !mt.Targets.ContainsKey(p)).ToList();
                if (missing.Count > 0)
                {
                    warnings.Add($"Policy '{policy.Name}' sets no {mt.Metric.Name} target for {string.Join(", ", missing)}: the metric is not applicable to those tickets.");
                }
            }
        }

        if (errors.Count > 0)
        {
            Preconditions.ThrowInvalidOperation("The SLA policy set is invalid:\n - " + string.Join("\n - ", errors));
        }

        _built = true;
        return new SlaPolicySet(_priorities, all, _calendars, warnings);
    }
}
