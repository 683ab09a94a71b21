// One policy compiled for the evaluator when its set is built: per metric the time line, the pause mask and the budgets by priority rank.
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Sla.Policies;
using NodaTime;

namespace CustomerCare.Core.Sla.Evaluation;

/// <summary>
/// What evaluating one policy needs, worked out once so that an evaluation hashes no name and parses no rule. Pause
/// statuses become bits: each distinct status that pauses any of the policy's metrics gets one bit (at most
/// <see cref="MaxPauseStatuses"/>), and bit 63 stands for "resolved or closed". A ticket's state after each event is
/// then one <see cref="ulong"/>, and a metric is paused exactly when that state shares a bit with its
/// <see cref="MetricPlan.PauseMask"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class PolicyPlan
{
    /// <summary>The most distinct pause statuses one policy can use (bit 63 is the resolved bit).</summary>
    public const int MaxPauseStatuses = 63;

    /// <summary>The state bit set while the ticket is resolved or closed.</summary>
    public const ulong ResolvedBit = 1UL << 63;

    private readonly string[] _pauseStatuses;

    public PolicyPlan(SlaPolicy policy, PriorityScale priorities, IReadOnlyDictionary<string, BusinessCalendar?> calendars)
    {
        Policy = policy;
        _pauseStatuses = [.. policy.Metrics.SelectMany(m => m.PauseStatuses).Distinct(StringComparer.OrdinalIgnoreCase)];
        if (_pauseStatuses.Length > MaxPauseStatuses)
        {
            // SlaPolicyBuilder.Build refuses such a policy; reaching this is a bug.
            throw new InvalidOperationException($"Policy '{policy.Name}' pauses on {_pauseStatuses.Length} statuses; at most {MaxPauseStatuses} are supported.");
        }

        OpenBits = StatusBits(SlaEvaluator.OpenStatus);
        var metrics = policy.Metrics;
        Metrics = new MetricPlan[metrics.Count];
        for (var m = 0; m < metrics.Count; m++)
        {
            var target = metrics[m];
            var mask = 0UL;
            foreach (var status in target.PauseStatuses)
            {
                mask |= StatusBits(status);
            }

            if (ExcludesResolvedPeriods(target.Metric.Kind, policy))
            {
                mask |= ResolvedBit;
            }

            var byRank = new MetricBudgets[priorities.Names.Count];
            for (var r = 0; r < byRank.Length; r++)
            {
                if (target.TryGetBudgets(priorities.Names[r], out var budgets))
                {
                    byRank[r] = new MetricBudgets(true, budgets.Target, budgets.Warning);
                }
            }

            Metrics[m] = new MetricPlan(target, target.Calendar, calendars[target.Calendar], mask, byRank);
        }
    }

    /// <summary>Gets the policy.</summary>
    public SlaPolicy Policy { get; }

    /// <summary>Gets the policy's metrics, in the policy's order.</summary>
    public MetricPlan[] Metrics { get; }

    /// <summary>Gets the state bits of the status a ticket has when opened and after a reopen.</summary>
    public ulong OpenBits { get; }

    /// <summary>The bit of <paramref name="status"/> among the policy's pause statuses (ordinal, case-insensitive); zero when it pauses nothing.</summary>
    public ulong StatusBits(string? status)
    {
        // A policy has a handful of pause statuses, usually the same interned literals as the events carry: a linear
        // scan that tries reference equality first beats hashing a case-insensitive string.
        var statuses = _pauseStatuses;
        for (var i = 0; i < statuses.Length; i++)
        {
            if (ReferenceEquals(statuses[i], status) || string.Equals(statuses[i], status, StringComparison.OrdinalIgnoreCase))
            {
                return 1UL << i;
            }
        }

        return 0;
    }

    // A resolution clock that continues after a reopen, and response clocks that resolving pauses: the resolved periods
    // are excluded like pauses. Response clocks that run on count them; a new-cycle resolution, periodic updates and
    // custom metrics stop at resolution instead.
    private static bool ExcludesResolvedPeriods(SlaMetricKind kind, SlaPolicy policy) => kind switch
    {
        SlaMetricKind.FirstResponse or SlaMetricKind.NextResponse => policy.ResponsesOnResolve == ResponseResolveMode.Pause,
        SlaMetricKind.Resolution => policy.Reopen == ReopenMode.Continue,
        _ => false,
    };
}

/// <summary>One metric of a <see cref="PolicyPlan"/>: its commitments, the calendar it runs on (null for 24/7), its pause mask and its budgets by priority rank.</summary>
internal sealed record MetricPlan(SlaMetricTarget Target, string CalendarName, BusinessCalendar? Calendar, ulong PauseMask, MetricBudgets[] ByRank)
{
    /// <summary>Gets the metric's kind (read once per metric per evaluation).</summary>
    public SlaMetricKind Kind { get; } = Target.Metric.Kind;

    /// <summary>Gets whether the metric has a warning point.</summary>
    public bool Warns { get; } = Target.Warning.IsSet;
}

/// <summary>A metric's target and warning budget for one priority; <see cref="HasTarget"/> is false when the policy sets none.</summary>
internal readonly record struct MetricBudgets(bool HasTarget, Duration Target, Duration Warning)
{
    /// <summary>Gets the target in nanoseconds.</summary>
    public long TargetNanoseconds { get; } = HasTarget ? Target.ToInt64Nanoseconds() : 0;

    /// <summary>Gets the warning budget in nanoseconds.</summary>
    public long WarningNanoseconds { get; } = HasTarget ? Warning.ToInt64Nanoseconds() : 0;
}
