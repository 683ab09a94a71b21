// Whether a tier is a level of the line hierarchy or a functional role beside it.
namespace CustomerCare.Core.Responsibility;

/// <summary>The kind of a responsibility tier.</summary>
public enum TierKind
{
    /// <summary>A level of the line hierarchy: agent, team leader, deputy head, head of department.</summary>
    Hierarchy = 0,

    /// <summary>A functional role beside the hierarchy: returns/warranty, problem-management specialist, customer-data manager.</summary>
    Functional = 1,
}
