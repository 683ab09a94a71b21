// A level of the hierarchy or a functional role: whom it escalates to and what it may approve.
using CustomerCare.Core.Tickets;

namespace CustomerCare.Core.Responsibility;

/// <summary>
/// A responsibility tier of a built <see cref="ResponsibilityModel"/>: a hierarchy level (agent, team leader,
/// deputy head, head) or a functional role (returns/warranty, problem-management specialist), the tier it escalates
/// to, and its authority — the request kinds it may approve and the most it may grant.
/// </summary>
/// <remarks>Immutable and thread-safe. Created by <see cref="ResponsibilityModelBuilder.Build"/>.</remarks>
public sealed class Tier
{
    internal Tier(int index, int level, string name, TierKind kind, string? escalatesTo, Money? approvalLimit, IReadOnlyList<CategoryPattern> approves)
    {
        Index = index;
        Level = level;
        Name = name;
        Kind = kind;
        EscalatesTo = escalatesTo;
        ApprovalLimit = approvalLimit;
        Approves = approves;
    }

    /// <summary>Gets the tier's position in <see cref="ResponsibilityModel.Tiers"/> (declaration order).</summary>
    public int Index { get; }

    /// <summary>Gets the name, e.g. <c>team leader</c>.</summary>
    public string Name { get; }

    /// <summary>Gets whether the tier is a hierarchy level or a functional role.</summary>
    public TierKind Kind { get; }

    /// <summary>Gets the name of the tier one level up, or null for a top tier.</summary>
    public string? EscalatesTo { get; }

    /// <summary>Gets the most compensation the tier may grant on its own, or null when it may grant none.</summary>
    public Money? ApprovalLimit { get; }

    /// <summary>Gets the request kinds (category patterns such as <c>returns/**</c>) the tier may approve.</summary>
    public IReadOnlyList<CategoryPattern> Approves { get; }

    /// <summary>
    /// Gets the tier's level: 0 for a tier nothing escalates to, otherwise one more than the highest level of the
    /// tiers that escalate to it. Every escalation step therefore raises the level.
    /// </summary>
    public int Level { get; }

    /// <summary>Formats the tier as <c>team leader (level 1, limit 200 EUR)</c>.</summary>
    /// <returns>The tier in words.</returns>
    public override string ToString() =>
        ApprovalLimit is { } limit ? $"{Name} (level {Level}, limit {limit})" : $"{Name} (level {Level})";
}
