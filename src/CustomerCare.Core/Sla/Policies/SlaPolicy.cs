// A named SLA policy: the condition that selects it and its per-metric targets, pause rules, warnings, reopen and resolve options.
using CustomerCare.Core.Sla.Evaluation;

namespace CustomerCare.Core.Sla.Policies;

/// <summary>
/// A named set of SLA commitments that applies to the tickets matching <see cref="Condition"/>. A policy set tries
/// its policies in order and the first match wins; its fallback policy catches every other ticket. Build one with
/// <see cref="SlaPolicyBuilder"/> (<c>new SlaPolicyBuilder("VIP")…Build()</c>).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class SlaPolicy
{
    private readonly SlaMetricTarget[] _metrics;

    internal SlaPolicy(string name, SlaCondition condition, string calendar, SlaMetricTarget[] metrics, ReopenMode reopen, ResponseResolveMode responsesOnResolve, ResolvedReplyMode customerReplyWhenResolved)
    {
        Name = name;
        Condition = condition;
        Calendar = calendar;
        _metrics = metrics;
        Reopen = reopen;
        ResponsesOnResolve = responsesOnResolve;
        CustomerReplyWhenResolved = customerReplyWhenResolved;
    }

    /// <summary>Gets the policy's name, unique within its policy set.</summary>
    public string Name { get; }

    /// <summary>Gets the condition a ticket must match for the policy to apply.</summary>
    public SlaCondition Condition { get; }

    /// <summary>Gets the default calendar name of the policy's metrics.</summary>
    public string Calendar { get; }

    /// <summary>Gets the metrics the policy sets targets for, in the order they were first configured.</summary>
    public IReadOnlyList<SlaMetricTarget> Metrics => _metrics;

    /// <summary>Gets what a reopen does to the resolution clock: continue it, with the resolved time excluded, or
    /// start a new cycle. Default <see cref="ReopenMode.Continue"/>.</summary>
    public ReopenMode Reopen { get; }

    /// <summary>
    /// Gets what resolving the ticket does to a running first- or next-response instance. Default
    /// <see cref="ResponseResolveMode.Fulfil"/> (Frappe Helpdesk, ERPNext): met if resolved by the deadline.
    /// <see cref="ResponseResolveMode.Pause"/>: the response metrics do not run while the ticket is resolved and go on after
    /// a reopen. <see cref="ResponseResolveMode.RunOn"/> (Zendesk's reports): resolving neither stops nor pauses them. With
    /// either of the last two, a ticket closed without a reply leaves them <see cref="SlaStatus.NotApplicable"/>.
    /// </summary>
    public ResponseResolveMode ResponsesOnResolve { get; }

    /// <summary>
    /// Gets what a customer message on a resolved (not closed) ticket means. Default
    /// <see cref="ResolvedReplyMode.Reopen"/>: it reopens the ticket at its instant (Zendesk, Frappe Helpdesk, Zammad).
    /// <see cref="ResolvedReplyMode.Reject"/>: evaluating such a timeline throws an <see cref="ArgumentException"/>.
    /// </summary>
    public ResolvedReplyMode CustomerReplyWhenResolved { get; }

    /// <summary>Finds the policy's commitments for <paramref name="metric"/>.</summary>
    /// <param name="metric">A metric.</param>
    /// <returns>The metric's target, or <see langword="null"/> when the policy has none for it.</returns>
    public SlaMetricTarget? For(SlaMetric metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        foreach (var m in _metrics)
        {
            if (m.Metric.Equals(metric))
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>Returns the policy's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
