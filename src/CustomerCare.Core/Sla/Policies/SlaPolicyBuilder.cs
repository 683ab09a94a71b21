// Fluent, single-use builder of an SlaPolicy; argument errors throw at once, cross-field errors when Build runs.
using CustomerCare.Core.Internal;
using CustomerCare.Core.Sla.Evaluation;
using NodaTime;

namespace CustomerCare.Core.Sla.Policies;

/// <summary>
/// Builds an immutable <see cref="SlaPolicy"/>:
/// <code>
/// new SlaPolicyBuilder("VIP").When(SlaCondition.Segment("vip")).OnCalendar("office")
///     .Target(SlaMetric.FirstResponse, "urgent", Duration.FromMinutes(30))
///     .Warn(SlaMetric.FirstResponse, SlaWarning.AtShare(0.75))
///     .PauseOn(SlaMetric.Resolution, "pending")
///     .Build();
/// </code>
/// </summary>
/// <remarks>Not thread-safe; use one builder on one thread. <see cref="Build"/> may be called once; a second call
/// throws <see cref="InvalidOperationException"/>.</remarks>
[MutableByDesign("A fluent builder; it produces an immutable SlaPolicy and refuses reuse after Build.")]
public sealed class SlaPolicyBuilder
{
    private readonly string _name;
    private readonly List<Entry> _entries = [];
    private SlaCondition _condition = SlaCondition.Always;
    private string _calendar = SlaPolicySet.CalendarTime;
    private ReopenMode _reopen = ReopenMode.Continue;
    private ResponseResolveMode _responsesOnResolve = ResponseResolveMode.Fulfil;
    private ResolvedReplyMode _customerReplyWhenResolved = ResolvedReplyMode.Reopen;
    private bool _built;

    /// <summary>Starts building the policy named <paramref name="name"/>.</summary>
    /// <param name="name">The policy's name, unique within its policy set; not blank.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty or white space.</exception>
    public SlaPolicyBuilder(string name) => _name = Preconditions.NotBlank(name, "must be a non-empty policy name");

    /// <summary>Sets the condition that selects the policy (default <see cref="SlaCondition.Always"/>).</summary>
    /// <param name="condition">The condition.</param>
    /// <returns>This builder.</returns>
    public SlaPolicyBuilder When(SlaCondition condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        _condition = condition;
        return this;
    }

    /// <summary>Sets the calendar every metric of the policy is measured on unless it names its own (default 24/7).</summary>
    /// <param name="calendar">A calendar name registered with the policy set, or <see cref="SlaPolicySet.CalendarTime"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="calendar"/> is blank.</exception>
    public SlaPolicyBuilder OnCalendar(string calendar)
    {
        _calendar = Preconditions.NotBlank(calendar, "must be non-empty");
        return this;
    }

    /// <summary>Measures <paramref name="metric"/> on <paramref name="calendar"/> instead of the policy's calendar.</summary>
    /// <param name="metric">The metric.</param>
    /// <param name="calendar">A calendar name registered with the policy set, or <see cref="SlaPolicySet.CalendarTime"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="calendar"/> is blank, or the policy already uses another metric of the same name.</exception>
    public SlaPolicyBuilder OnCalendar(SlaMetric metric, string calendar)
    {
        EntryFor(metric).Calendar = Preconditions.NotBlank(calendar, "must be non-empty");
        return this;
    }

    /// <summary>Sets the target of <paramref name="metric"/> for tickets of <paramref name="priority"/>.</summary>
    /// <param name="metric">The metric.</param>
    /// <param name="priority">A priority name of the policy set's scale (checked when the set is built).</param>
    /// <param name="target">The business time allowed; positive and at most <see cref="MaxTarget"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="target"/> is zero, negative or more than <see cref="MaxTarget"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="priority"/> is blank, a target for it is already set, or the policy already uses another metric of the same name.</exception>
    public SlaPolicyBuilder Target(SlaMetric metric, string priority, Duration target)
    {
        Preconditions.NotBlank(priority, "must be non-empty");
        if (target <= Duration.Zero || target > MaxTarget)
        {
            Preconditions.ThrowOutOfRange(nameof(target), target, $"of {metric?.Name} for priority '{priority}' in policy '{_name}' must be a positive duration of at most {MaxTarget.Days} days (100 years)");
        }

        var entry = EntryFor(metric);
        if (!entry.Targets.TryAdd(priority, target))
        {
            Preconditions.ThrowArgument(nameof(priority), $"Policy '{_name}' already has a {metric.Name} target for priority '{priority}'.");
        }

        return this;
    }

    /// <summary>
    /// Gets the longest target a policy accepts: 36,525 days (100 years). SLA arithmetic is exact to the nanosecond in
    /// 64-bit integers, and this bound keeps every deadline representable; no real commitment comes near it.
    /// </summary>
    public static Duration MaxTarget { get; } = Duration.FromDays(36_525);

    /// <summary>Sets the same target of <paramref name="metric"/> for each of <paramref name="priorities"/>.</summary>
    /// <param name="metric">The metric.</param>
    /// <param name="target">The business time allowed; positive.</param>
    /// <param name="priorities">The priorities.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="target"/> is zero, negative or more than <see cref="MaxTarget"/>.</exception>
    /// <exception cref="ArgumentException">A priority is blank or already has a target, or the policy already uses another metric of the same name.</exception>
    public SlaPolicyBuilder Target(SlaMetric metric, Duration target, params string[] priorities)
    {
        ArgumentNullException.ThrowIfNull(priorities);
        foreach (var priority in priorities)
        {
            Target(metric, priority, target);
        }

        return this;
    }

    /// <summary>Sets the warning point of <paramref name="metric"/>.</summary>
    /// <param name="metric">The metric.</param>
    /// <param name="warning">A fixed lead or a share of the target.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The policy already uses another metric of the same name.</exception>
    public SlaPolicyBuilder Warn(SlaMetric metric, SlaWarning warning)
    {
        EntryFor(metric).Warning = warning;
        return this;
    }

    /// <summary>Pauses <paramref name="metric"/> while the ticket's status is one of <paramref name="statuses"/>.</summary>
    /// <param name="metric">The metric; not <see cref="SlaMetric.PeriodicUpdate"/>, which never pauses.</param>
    /// <param name="statuses">Status names, e.g. <c>pending</c>, <c>on-hold</c>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">A status is blank, the metric is the non-pausable periodic update, or the policy already uses another metric of the same name.</exception>
    public SlaPolicyBuilder PauseOn(SlaMetric metric, params string[] statuses)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        ArgumentNullException.ThrowIfNull(metric);
        if (metric.Kind == SlaMetricKind.PeriodicUpdate)
        {
            Preconditions.ThrowArgument(nameof(metric), "periodic_update never pauses; use SlaMetric.PausablePeriodicUpdate for an update clock that pauses.");
        }

        var entry = EntryFor(metric);
        foreach (var status in statuses)
        {
            entry.Pauses.Add(Preconditions.NotBlank(status, "must be non-empty", nameof(statuses)));
        }

        return this;
    }

    /// <summary>Sets what a reopen does to the resolution clock (default <see cref="ReopenMode.Continue"/>).</summary>
    /// <param name="mode">The mode.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not defined.</exception>
    public SlaPolicyBuilder Reopen(ReopenMode mode)
    {
        if (!Enum.IsDefined(mode))
        {
            Preconditions.ThrowOutOfRange(nameof(mode), mode, "must be Continue or NewCycle");
        }

        _reopen = mode;
        return this;
    }

    /// <summary>Sets what resolving does to running first- and next-response instances (default
    /// <see cref="ResponseResolveMode.Fulfil"/>; see <see cref="SlaPolicy.ResponsesOnResolve"/>).</summary>
    /// <param name="mode"><see cref="ResponseResolveMode.Fulfil"/> (Frappe Helpdesk, ERPNext), <see cref="ResponseResolveMode.Pause"/>
    /// or <see cref="ResponseResolveMode.RunOn"/> (Zendesk's reports).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not defined.</exception>
    public SlaPolicyBuilder ResponsesOnResolve(ResponseResolveMode mode)
    {
        Preconditions.Defined(mode, "must be Fulfil, Pause or RunOn");
        _responsesOnResolve = mode;
        return this;
    }

    /// <summary>Sets what a customer message on a resolved ticket means (default <see cref="ResolvedReplyMode.Reopen"/>;
    /// see <see cref="SlaPolicy.CustomerReplyWhenResolved"/>).</summary>
    /// <param name="mode"><see cref="ResolvedReplyMode.Reopen"/> or the strict <see cref="ResolvedReplyMode.Reject"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not defined.</exception>
    public SlaPolicyBuilder CustomerReplyWhenResolved(ResolvedReplyMode mode)
    {
        Preconditions.Defined(mode, "must be Reopen or Reject");
        _customerReplyWhenResolved = mode;
        return this;
    }

    /// <summary>Builds the policy.</summary>
    /// <returns>The immutable policy.</returns>
    /// <exception cref="InvalidOperationException">The builder was already used, a metric has a warning, calendar or pause rule
    /// but no target, or the metrics pause on more than 63 distinct statuses together.</exception>
    public SlaPolicy Build()
    {
        if (_built)
        {
            Preconditions.ThrowInvalidOperation($"The builder of policy '{_name}' was already built; start a new SlaPolicyBuilder.");
        }

        foreach (var entry in _entries)
        {
            if (entry.Targets.Count == 0)
            {
                Preconditions.ThrowInvalidOperation($"Policy '{_name}' configures {entry.Metric.Name} (warning, calendar or pauses) but sets no target for it: add Target({entry.Metric.Name}, priority, duration).");
            }
        }

        var statuses = _entries.SelectMany(e => e.Pauses).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        if (statuses > PolicyPlan.MaxPauseStatuses)
        {
            Preconditions.ThrowInvalidOperation($"Policy '{_name}' pauses its metrics on {statuses} distinct statuses; at most {PolicyPlan.MaxPauseStatuses} are supported: map your statuses to fewer pause categories (e.g. pending, on-hold).");
        }

        _built = true;
        var metrics = _entries
            .Select(e => new SlaMetricTarget(e.Metric, e.Targets, e.Calendar ?? _calendar, e.Warning, e.Pauses))
            .ToArray();
        return new SlaPolicy(_name, _condition, _calendar, metrics, _reopen, _responsesOnResolve, _customerReplyWhenResolved);
    }

    private Entry EntryFor(SlaMetric metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        foreach (var e in _entries)
        {
            if (e.Metric.Equals(metric))
            {
                // Metrics are equal by name; a different metric of the same name (a second custom definition) would
                // silently be measured as the first one.
                if (!ReferenceEquals(e.Metric, metric))
                {
                    Preconditions.ThrowArgument(nameof(metric), $"Policy '{_name}' already uses another metric named '{metric.Name}'.");
                }

                return e;
            }
        }

        var entry = new Entry(metric);
        _entries.Add(entry);
        return entry;
    }

    private sealed class Entry(SlaMetric metric)
    {
        public SlaMetric Metric { get; } = metric;

        public Dictionary<string, Duration> Targets { get; } = new(StringComparer.OrdinalIgnoreCase);

        public HashSet<string> Pauses { get; } = new(StringComparer.OrdinalIgnoreCase);

        public string? Calendar { get; set; }

        public SlaWarning Warning { get; set; }
    }
}
