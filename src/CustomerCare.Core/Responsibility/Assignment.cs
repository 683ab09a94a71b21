// The result of resolving an issue: the owning tier, the RACI of the winning rule, and the rule path that explains it.
using CustomerCare.Core.Tickets;

namespace CustomerCare.Core.Responsibility;

/// <summary>
/// Who owns an issue: the <see cref="Tier"/>, the winning <see cref="Rule"/> (its <see cref="AssignmentRule.Raci"/> is the
/// RACI set) and how it came about. <see cref="Explain"/> spells out the rule path; the struct itself holds only
/// references into the model, so resolving allocates nothing.
/// </summary>
/// <remarks>Immutable and thread-safe. <c>default</c> is a <see cref="AssignmentStatus.NotCovered"/> result without a category.</remarks>
public readonly struct Assignment : IEquatable<Assignment>
{
    internal Assignment(Tier? tier, AssignmentRule? rule, int ruleIndex, AssignmentStatus status, CategoryPath category, int severity, string severityName)
    {
        Tier = tier;
        Rule = rule;
        RuleIndex = ruleIndex;
        Status = status;
        Category = category;
        Severity = severity;
        SeverityName = severityName;
    }

    /// <summary>Gets the owning tier, or null when not covered.</summary>
    public Tier? Tier { get; }

    /// <summary>Gets the rule that decided the cell, or null when not covered.</summary>
    public AssignmentRule? Rule { get; }

    /// <summary>Gets the rule's index in <see cref="ResponsibilityModel.Rules"/>, or -1.</summary>
    public int RuleIndex { get; }

    /// <summary>Gets how the assignment came about.</summary>
    public AssignmentStatus Status { get; }

    /// <summary>Gets the category.</summary>
    public CategoryPath Category { get; }

    /// <summary>Gets the severity index on the model's scale.</summary>
    public int Severity { get; }

    /// <summary>Gets the severity's name.</summary>
    public string SeverityName { get; }

    /// <summary>Gets whether a tier owns the issue.</summary>
    public bool IsCovered => Tier is not null;

    /// <summary>Gets the RACI set of the winning rule (empty when not covered).</summary>
    public IReadOnlyList<RaciEntry> Raci => Rule?.Raci ?? [];

    /// <summary>Compares two assignments.</summary>
    /// <param name="left">The first assignment.</param>
    /// <param name="right">The second assignment.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Assignment left, Assignment right) => left.Equals(right);

    /// <summary>Compares two assignments.</summary>
    /// <param name="left">The first assignment.</param>
    /// <param name="right">The second assignment.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(Assignment left, Assignment right) => !left.Equals(right);

    /// <summary>Spells out the rule path: the category, the pattern that matched (and through which ancestor), the rule and the owner.</summary>
    /// <returns>The explanation, e.g. <c>hardware/display/touch × S3: rule 0 (#10 hardware/** × S3/S4 → agent: RA) matched through 'hardware'; owner 'agent' (assigned)</c>.</returns>
    public string Explain()
    {
        if (Rule is null)
        {
            return $"{Category} × {SeverityName}: no rule covers this cell; add one.";
        }

        var through = Rule.Category.IsExact ? "exactly" : $"through '{Rule.Category}'";
        var owner = Status switch
        {
            AssignmentStatus.KeptExisting => $"kept the existing owner '{Tier?.Name}' because the rule does not overwrite",
            AssignmentStatus.Escalated => $"escalated to '{Tier?.Name}'",
            _ => $"owner '{Tier?.Name}'",
        };
        return $"{Category} × {SeverityName}: rule {RuleIndex} ({Rule}) matched {through}; {owner}.";
    }

    /// <inheritdoc />
    public bool Equals(Assignment other) =>
        ReferenceEquals(Tier, other.Tier) && ReferenceEquals(Rule, other.Rule) && Status == other.Status && Category == other.Category && Severity == other.Severity;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Assignment other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Tier, Rule, Status, Category, Severity);

    /// <summary>Formats the assignment as <c>agent (Assigned by #10 hardware/**)</c>.</summary>
    /// <returns>The assignment in words.</returns>
    public override string ToString() => Rule is null
        ? $"not covered ({Category} × {SeverityName})"
        : $"{Tier?.Name} ({Status} by #{Rule.Order} {Rule.Category})";
}
