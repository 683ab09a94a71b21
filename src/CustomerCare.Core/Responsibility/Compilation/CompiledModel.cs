// The flat tables a responsibility model resolves from: tiers, rule winners per (category node × severity), approvals.
using CustomerCare.Core.Tickets;

namespace CustomerCare.Core.Responsibility.Compilation;

/// <summary>The compiled form of a <see cref="ModelDraft"/> and the findings of checking it.</summary>
internal sealed class CompiledModel
{
    public required Tier[] Tiers { get; init; }

    /// <summary>Parent tier index per tier (-1 at the top).</summary>
    public required int[] Parent { get; init; }

    public required Dictionary<string, Tier> TierByName { get; init; }

    /// <summary>The accountable tier per rule (declaration order), or null when the rule is invalid.</summary>
    public required Tier?[] RuleTier { get; init; }

    /// <summary>Whether rule r covers severity s: <c>RuleSeverity[r * S + s]</c>.</summary>
    public required bool[] RuleSeverity { get; init; }

    /// <summary>Rule indices in the order they are tried.</summary>
    public required int[] Sorted { get; init; }

    /// <summary>The category nodes of the declared tree, sorted by path.</summary>
    public required CategoryPath[] Nodes { get; init; }

    public required Dictionary<CategoryPath, int> NodeIndex { get; init; }

    /// <summary>The winning rule per (node, severity): <c>Table[node * S + s]</c>, -1 when uncovered.</summary>
    public required int[] Table { get; init; }

    /// <summary>The (request kind, limit) pairs each tier may approve with (its own, plus lower tiers' when inherited).</summary>
    public required (CategoryPattern Kind, Money Limit)[][] Approvals { get; init; }

    public required List<ResponsibilityFinding> Findings { get; init; }
}
