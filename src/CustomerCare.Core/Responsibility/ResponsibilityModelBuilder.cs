// Builds a responsibility model: severities, tiers and roles, parties, categories, ordered rules and escalation settings.
using CustomerCare.Core.Internal;
using CustomerCare.Core.Responsibility.Compilation;
using CustomerCare.Core.Tickets;

namespace CustomerCare.Core.Responsibility;

/// <summary>
/// Builds a <see cref="ResponsibilityModel"/>. <see cref="Validate"/> reports every finding; <see cref="Build"/>
/// throws when any finding is an error (unknown references, RACI without exactly one accountable tier, escalation
/// cycles, duplicate names) and keeps the warnings (uncovered cells, severity inversions, authority gaps, rules that
/// can never fire) on the model.
/// </summary>
/// <remarks>Defaults: <see cref="SeverityScale.Default"/>, <see cref="AuthorityThreshold.UpToAndIncludingLimit"/>,
/// higher tiers approve what lower ones may, SLA warnings and breaches escalate, three contacts escalate.</remarks>
[MutableByDesign("A builder; it produces an immutable ResponsibilityModel and refuses reuse after Build.")]
public sealed class ResponsibilityModelBuilder
{
    private readonly ModelDraft _draft = new();
    private bool _built;

    /// <summary>Uses <paramref name="severities"/> instead of the default S1–S4 scale.</summary>
    /// <param name="severities">The scale.</param>
    /// <returns>This builder.</returns>
    public ResponsibilityModelBuilder WithSeverities(SeverityScale severities)
    {
        ArgumentNullException.ThrowIfNull(severities);
        _draft.Severities = severities;
        return this;
    }

    /// <summary>Adds a level of the hierarchy.</summary>
    /// <param name="name">The tier's name, e.g. <c>agent</c>.</param>
    /// <param name="escalatesTo">The tier one level up, or null for the top.</param>
    /// <param name="approvalLimit">The most compensation it may grant, or null for none.</param>
    /// <param name="approves">The request kinds it may approve (category patterns such as <c>returns/**</c>).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The name is blank, the limit is <c>default</c> or negative, or a pattern is invalid.</exception>
    public ResponsibilityModelBuilder AddTier(string name, string? escalatesTo = null, Money? approvalLimit = null, params string[] approves) =>
        Add(name, TierKind.Hierarchy, escalatesTo, approvalLimit, approves);

    /// <summary>Adds a functional role beside the hierarchy (returns/warranty, problem management, customer data).</summary>
    /// <param name="name">The role's name.</param>
    /// <param name="escalatesTo">The tier the role escalates to, or null.</param>
    /// <param name="approvalLimit">The most compensation it may grant, or null for none.</param>
    /// <param name="approves">The request kinds it may approve.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The name is blank, the limit is <c>default</c> or negative, or a pattern is invalid.</exception>
    public ResponsibilityModelBuilder AddRole(string name, string? escalatesTo = null, Money? approvalLimit = null, params string[] approves) =>
        Add(name, TierKind.Functional, escalatesTo, approvalLimit, approves);

    /// <summary>Adds a party that takes part in RACI but never owns an issue, e.g. <c>product team</c>.</summary>
    /// <param name="name">The party's name.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The name is blank.</exception>
    public ResponsibilityModelBuilder AddParty(string name)
    {
        _draft.Parties.Add(NotBlank(name, nameof(name)));
        return this;
    }

    /// <summary>Declares a category of the tree (its ancestors are added too); coverage is checked for every node.</summary>
    /// <param name="category">The category path, e.g. <c>hardware/display/touch</c>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The text is not a category path.</exception>
    public ResponsibilityModelBuilder AddCategory(string category)
    {
        ArgumentNullException.ThrowIfNull(category);
        _draft.Categories.Add(CategoryPath.Parse(category));
        return this;
    }

    /// <summary>Declares a request kind whose approval coverage is checked up to its ceiling, e.g. <c>returns/refund</c>.</summary>
    /// <param name="requestKind">The request kind's path.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The text is not a category path.</exception>
    public ResponsibilityModelBuilder AddRequestKind(string requestKind)
    {
        ArgumentNullException.ThrowIfNull(requestKind);
        _draft.RequestKinds.Add(CategoryPath.Parse(requestKind));
        return this;
    }

    /// <summary>Adds an assignment rule.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>This builder.</returns>
    public ResponsibilityModelBuilder Add(AssignmentRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        _draft.Rules.Add(rule);
        return this;
    }

    /// <summary>Adds a rule that makes <paramref name="tier"/> accountable and responsible for a category and severities.</summary>
    /// <param name="order">The rule's order number (lower is tried first).</param>
    /// <param name="category">A category pattern, e.g. <c>hardware/**</c>.</param>
    /// <param name="tier">The owning tier.</param>
    /// <param name="severities">The severities it covers; none for all.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The pattern is invalid or a name is blank.</exception>
    public ResponsibilityModelBuilder Assign(int order, string category, string tier, params string[] severities)
    {
        ArgumentNullException.ThrowIfNull(category);
        return Add(new AssignmentRule(order, CategoryPattern.Parse(category), severities ?? [], [new RaciEntry(NotBlank(tier, nameof(tier)), RaciRole.Responsible | RaciRole.Accountable)]));
    }

    /// <summary>Sets whether an amount exactly at a limit is within it.</summary>
    /// <param name="threshold">The semantics.</param>
    /// <returns>This builder.</returns>
    public ResponsibilityModelBuilder WithThreshold(AuthorityThreshold threshold)
    {
        if (threshold is not (AuthorityThreshold.UpToAndIncludingLimit or AuthorityThreshold.BelowLimitOnly))
        {
            Preconditions.ThrowOutOfRange(nameof(threshold), threshold, "must be UpToAndIncludingLimit or BelowLimitOnly");
        }

        _draft.Threshold = threshold;
        return this;
    }

    /// <summary>Sets whether a tier may approve what the tiers escalating to it may, with their limits (default true).</summary>
    /// <param name="inherit">True to let higher tiers approve what lower ones may.</param>
    /// <returns>This builder.</returns>
    public ResponsibilityModelBuilder HigherTiersApproveLower(bool inherit)
    {
        _draft.HigherTiersApproveLower = inherit;
        return this;
    }

    /// <summary>Sets which SLA transitions move an issue one level up (default both).</summary>
    /// <param name="onWarning">Escalate when a metric reaches its warning point.</param>
    /// <param name="onBreach">Escalate when a metric breaches.</param>
    /// <returns>This builder.</returns>
    public ResponsibilityModelBuilder EscalateOnSla(bool onWarning, bool onBreach)
    {
        _draft.EscalateOnSlaWarning = onWarning;
        _draft.EscalateOnSlaBreach = onBreach;
        return this;
    }

    /// <summary>Sets the number of customer contacts at which an issue escalates (default 3; 0 for never).</summary>
    /// <param name="contacts">0 or more.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="contacts"/> is negative.</exception>
    public ResponsibilityModelBuilder EscalateOnRepeatContacts(int contacts)
    {
        if (contacts < 0)
        {
            Preconditions.ThrowOutOfRange(nameof(contacts), contacts, "must be 0 (never) or a number of contacts");
        }

        _draft.RepeatContactThreshold = contacts;
        return this;
    }

    /// <summary>Checks authority against the business ceilings of a capability envelope.</summary>
    /// <param name="ceilings">The ceilings.</param>
    /// <returns>This builder.</returns>
    public ResponsibilityModelBuilder UseCeilings(ICompensationCeilings ceilings)
    {
        ArgumentNullException.ThrowIfNull(ceilings);
        _draft.Ceilings = ceilings;
        return this;
    }

    /// <summary>Takes segments' minimum tiers from care plans.</summary>
    /// <param name="minimumTiers">The source.</param>
    /// <returns>This builder.</returns>
    public ResponsibilityModelBuilder UseMinimumTiers(IMinimumTierSource minimumTiers)
    {
        ArgumentNullException.ThrowIfNull(minimumTiers);
        _draft.MinimumTiers = minimumTiers;
        return this;
    }

    /// <summary>Checks the model as declared so far and returns every finding (errors and warnings), without building.</summary>
    /// <returns>The findings, errors and warnings in the order found.</returns>
    public IReadOnlyList<ResponsibilityFinding> Validate() => ResponsibilityCompiler.Compile(_draft).Findings;

    /// <summary>Builds the model.</summary>
    /// <returns>The model, with the warnings in <see cref="ResponsibilityModel.Findings"/>.</returns>
    /// <exception cref="InvalidOperationException">The builder was built before, or a finding is an error (the message lists them all).</exception>
    public ResponsibilityModel Build()
    {
        if (_built)
        {
            Preconditions.ThrowInvalidOperation("This ResponsibilityModelBuilder was already built; start a new one.");
        }

        var compiled = ResponsibilityCompiler.Compile(_draft);
        var errors = compiled.Findings.Where(f => f.IsError).ToList();
        if (errors.Count > 0)
        {
            Preconditions.ThrowInvalidOperation($"The responsibility model is invalid ({errors.Count} error{(errors.Count == 1 ? string.Empty : "s")}):"
                + string.Concat(errors.Select(e => Environment.NewLine + "- " + e.Message)));
        }

        _built = true;
        return new ResponsibilityModel(_draft, compiled);
    }

    private ResponsibilityModelBuilder Add(string name, TierKind kind, string? escalatesTo, Money? approvalLimit, string[]? approves)
    {
        NotBlank(name, nameof(name));
        if (escalatesTo is not null)
        {
            NotBlank(escalatesTo, nameof(escalatesTo));
        }

        if (approvalLimit is { } limit)
        {
            Money.EnsureDefined(limit, nameof(approvalLimit));
            if (limit.Amount < 0)
            {
                Preconditions.ThrowOutOfRange(nameof(approvalLimit), limit, "must not be negative");
            }
        }

        var patterns = (approves ?? []).Select(CategoryPattern.Parse).ToArray();
        _draft.Tiers.Add(new TierSpec(name.Trim(), kind, escalatesTo?.Trim(), approvalLimit, patterns));
        return this;
    }

    private static string NotBlank(string value, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (string.IsNullOrWhiteSpace(value))
        {
            Preconditions.ThrowArgument(paramName, $"{paramName} must be a non-blank name; it was blank.");
        }

        return value.Trim();
    }
}
