// The built responsibility model: resolves issues to tiers from compiled tables, and escalates one level at a time.
using System.Runtime.CompilerServices;
using CustomerCare.Core.Internal;
using CustomerCare.Core.Responsibility.Compilation;
using CustomerCare.Core.Responsibility.Evaluation;
using CustomerCare.Core.Sla.Policies;
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CustomerCare.Core.Responsibility;

/// <summary>
/// Who is responsible for what: severities, tiers with authority limits, parties, the declared category tree and the
/// ordered assignment rules of the responsibility matrix, compiled into flat tables (category node × severity → rule).
/// </summary>
/// <remarks>
/// <para><see cref="Resolve"/> is a table lookup that allocates nothing: look a category up once with
/// <see cref="CategoryKey(CategoryPath)"/> and reuse the key. <see cref="Escalate"/> moves an issue one level up the hierarchy,
/// never past the top, and says why. <see cref="Trace"/> replays a ticket's timeline, including
/// the SLA engine's warning and breach instants, and <see cref="ResponsibilityWhatIf.Compare"/> compares two models over
/// a history. Built by <see cref="ResponsibilityModelBuilder"/>; immutable and thread-safe.</para>
/// </remarks>
public sealed class ResponsibilityModel
{
    /// <summary>The ticket attribute that holds an issue's severity name (<c>severity</c>).</summary>
    public const string SeverityAttribute = "severity";

    /// <summary>The ticket attribute whose change asks for an amount: <c>&lt;request kind&gt; &lt;amount&gt; &lt;currency&gt;</c>.</summary>
    public const string CompensationAttribute = "compensation";

    private readonly ModelDraft _draft;
    private readonly CompiledModel _compiled;
    private readonly int _s;

    internal ResponsibilityModel(ModelDraft draft, CompiledModel compiled)
    {
        _draft = draft;
        _compiled = compiled;
        _s = draft.Severities.Count;
        Findings = [.. compiled.Findings];
    }

    /// <summary>Gets the severity scale, most severe first.</summary>
    public SeverityScale Severities => _draft.Severities;

    /// <summary>Gets the tiers, in declaration order.</summary>
    public IReadOnlyList<Tier> Tiers => _compiled.Tiers;

    /// <summary>Gets the parties that are not tiers (stakeholders such as the product team).</summary>
    public IReadOnlyList<string> Parties => _draft.Parties;

    /// <summary>Gets the declared categories (the tree also holds their ancestors and the literal parts of rule patterns).</summary>
    public IReadOnlyList<CategoryPath> Categories => _draft.Categories;

    /// <summary>Gets every node of the compiled category tree, sorted by path.</summary>
    public IReadOnlyList<CategoryPath> CategoryTree => _compiled.Nodes;

    /// <summary>Gets the request kinds whose authority coverage is checked against the ceilings.</summary>
    public IReadOnlyList<CategoryPath> RequestKinds => _draft.RequestKinds;

    /// <summary>Gets the assignment rules, in declaration order.</summary>
    public IReadOnlyList<AssignmentRule> Rules => _draft.Rules;

    /// <summary>Gets whether an amount exactly at a limit is within it.</summary>
    public AuthorityThreshold Threshold => _draft.Threshold;

    /// <summary>Gets whether a tier may approve what the tiers escalating to it may (with their limits).</summary>
    public bool HigherTiersApproveLower => _draft.HigherTiersApproveLower;

    /// <summary>Gets whether an SLA warning moves an issue one level up.</summary>
    public bool EscalateOnSlaWarning => _draft.EscalateOnSlaWarning;

    /// <summary>Gets whether an SLA breach moves an issue one level up.</summary>
    public bool EscalateOnSlaBreach => _draft.EscalateOnSlaBreach;

    /// <summary>Gets the number of customer contacts at which an issue escalates; 0 when repeat contacts never escalate.</summary>
    public int RepeatContactThreshold => _draft.RepeatContactThreshold;

    /// <summary>Gets the business ceilings authority is checked against, or null.</summary>
    public ICompensationCeilings? Ceilings => _draft.Ceilings;

    /// <summary>Gets the source of segments' minimum tiers, or null.</summary>
    public IMinimumTierSource? MinimumTiers => _draft.MinimumTiers;

    /// <summary>Gets the warnings found when the model was built (errors stop the build).</summary>
    public IReadOnlyList<ResponsibilityFinding> Findings { get; }

    /// <summary>Gets the tier named <paramref name="name"/>.</summary>
    /// <param name="name">The tier's name, ignoring case.</param>
    /// <param name="tier">The tier when found.</param>
    /// <returns>True when the model has the tier.</returns>
    public bool TryGetTier(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Tier? tier)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _compiled.TierByName.TryGetValue(name, out tier);
    }

    /// <summary>Looks <paramref name="category"/> up once; keep the key and reuse it for every issue of the category.</summary>
    /// <param name="category">The category. A category outside the declared tree gets its own row, computed now from the rules.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentException"><paramref name="category"/> is <c>default</c>.</exception>
    public IssueCategoryKey CategoryKey(CategoryPath category)
    {
        CategoryPath.EnsureDefined(category, nameof(category));
        if (_compiled.NodeIndex.TryGetValue(category, out var node))
        {
            return new IssueCategoryKey(this, category, _compiled.Table, node * _s, true);
        }

        var row = new int[_s];
        ResponsibilityCompiler.FillRow(_draft.Rules, _compiled.Sorted, _compiled.RuleSeverity, _s, category, row);
        return new IssueCategoryKey(this, category, row, 0, false);
    }

    /// <summary>Looks a category up by its text (see <see cref="CategoryKey(CategoryPath)"/>).</summary>
    /// <param name="category">The category path, e.g. <c>hardware/display/touch</c>.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentException"><paramref name="category"/> is not a category path.</exception>
    public IssueCategoryKey CategoryKey(string category) => CategoryKey(CategoryPath.Parse(category));

    /// <summary>Gets the index of a severity by name, throwing when the scale lacks it.</summary>
    /// <param name="severity">A severity name such as <c>S1</c>.</param>
    /// <returns>The index (0 is the most severe).</returns>
    /// <exception cref="ArgumentException">The scale has no such level.</exception>
    public int SeverityIndex(string severity)
    {
        ArgumentNullException.ThrowIfNull(severity);
        var index = _draft.Severities.IndexOf(severity);
        if (index < 0)
        {
            Preconditions.ThrowArgument(nameof(severity), $"severity '{severity}' is not on the scale {_draft.Severities}; use one of its levels.");
        }

        return index;
    }

    /// <summary>
    /// Resolves who owns <paramref name="issue"/>: the first rule (lowest order) covering its category and severity
    /// assigns its accountable tier; an issue that already has an owner keeps it unless the rule overwrites.
    /// Allocates nothing.
    /// </summary>
    /// <param name="issue">The issue.</param>
    /// <returns>The assignment; <see cref="AssignmentStatus.NotCovered"/> when no rule covers the cell.</returns>
    /// <exception cref="ArgumentException">The issue's category key belongs to another model or is <c>default</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The severity is outside the scale.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Assignment Resolve(in ResponsibilityIssue issue)
    {
        var key = issue.Category;
        if (!ReferenceEquals(key.Model, this))
        {
            ThrowForeignKey(key);
        }

        if ((uint)issue.Severity >= (uint)_s)
        {
            Preconditions.ThrowOutOfRange(nameof(issue), issue.Severity, $"severity must be an index of the scale, 0 to {_s - 1}");
        }

        var r = key.Row![key.Offset + issue.Severity];
        var name = _draft.Severities[issue.Severity].Name;
        if (r < 0)
        {
            return new Assignment(null, null, -1, AssignmentStatus.NotCovered, key.Category, issue.Severity, name);
        }

        var rule = _draft.Rules[r];
        return issue.Current is { } current && !rule.Overwrite
            ? new Assignment(current, rule, r, AssignmentStatus.KeptExisting, key.Category, issue.Severity, name)
            : new Assignment(_compiled.RuleTier[r], rule, r, AssignmentStatus.Assigned, key.Category, issue.Severity, name);
    }

    /// <summary>
    /// Moves an issue at most one level up the hierarchy when <paramref name="trigger"/> calls for it, never past the
    /// top, and records why. Call again (with the step's <see cref="EscalationStep.Next"/>) while the outcome is
    /// <see cref="EscalationOutcome.Escalated"/> to walk further, one level at a time.
    /// </summary>
    /// <param name="current">The current assignment; it must have a tier.</param>
    /// <param name="trigger">Why escalation is asked for.</param>
    /// <returns>The step: the next assignment, the outcome and the reason.</returns>
    /// <exception cref="ArgumentException"><paramref name="current"/> has no tier or a tier of another model; a severity
    /// trigger's key belongs to another model; a segment's minimum tier is not a tier of this model.</exception>
    public EscalationStep Escalate(Assignment current, EscalationTrigger trigger) =>
        ResponsibilityEscalation.Step(this, _compiled, current, trigger);

    /// <summary>
    /// Replays <paramref name="ticket"/> up to <paramref name="until"/>: resolves it when it opens (category from the
    /// ticket's <c>category</c> attribute, severity from its <see cref="SeverityAttribute"/> attribute), applies the
    /// segment's minimum tier, then in time order the ticket's severity changes, segment changes, repeat contacts (the
    /// opening is contact 1, every customer reply one more), requests (<see cref="CompensationAttribute"/> set to
    /// <c>returns/refund 120 EUR</c>) and the SLA engine's warning and breach transitions at the instants it computes
    /// (<see cref="SlaPolicySet.Transitions"/>). Events come before SLA transitions at the same instant.
    /// </summary>
    /// <param name="ticket">The ticket.</param>
    /// <param name="sla">The SLA policies whose transitions escalate and whose clock the per-tier times are read from.</param>
    /// <param name="until">The end of the replay.</param>
    /// <param name="clockMetric">The SLA metric whose elapsed business time is split between tiers; <see cref="SlaMetric.Resolution"/> when null.</param>
    /// <returns>The trace: first assignment, steps with reasons, final assignment, SLA time per tier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ticket"/> or <paramref name="sla"/> is null.</exception>
    /// <exception cref="ArgumentException">The ticket lacks a valid category or severity, or a request attribute is malformed.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="until"/> is before the ticket opened.</exception>
    public ResponsibilityTrace Trace(TicketTimeline ticket, SlaPolicySet sla, Instant until, SlaMetric? clockMetric = null)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(sla);
        return ResponsibilityTracer.Trace(this, ticket, sla, until, clockMetric ?? SlaMetric.Resolution);
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowForeignKey(IssueCategoryKey key) =>
        Preconditions.ThrowArgument("issue", key.Model is null
            ? "issue.Category is default(IssueCategoryKey); obtain it from this model's CategoryKey(category)."
            : $"issue.Category ('{key.Category}') was obtained from another ResponsibilityModel; obtain it from this model's CategoryKey(category).");

    internal ModelDraft Draft => _draft;
}
