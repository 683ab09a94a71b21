// How an assignment came about: by the matrix, kept from before, by escalation, or not at all.
namespace CustomerCare.Core.Responsibility;

/// <summary>How an <see cref="Assignment"/> came about.</summary>
public enum AssignmentStatus
{
    /// <summary>No rule covers the category and severity; the assignment has no tier.</summary>
    NotCovered = 0,

    /// <summary>The winning rule assigned its accountable tier.</summary>
    Assigned = 1,

    /// <summary>The issue kept the tier it had, because the winning rule does not overwrite existing assignments.</summary>
    KeptExisting = 2,

    /// <summary>The tier was reached by escalation.</summary>
    Escalated = 3,
}
