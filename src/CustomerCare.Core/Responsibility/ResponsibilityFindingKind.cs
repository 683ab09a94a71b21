// The kinds of problem the responsibility model's build-time validation reports.
namespace CustomerCare.Core.Responsibility;

/// <summary>What a <see cref="ResponsibilityFinding"/> is about.</summary>
public enum ResponsibilityFindingKind
{
    /// <summary>A (category, severity) cell of the declared category tree has no rule (warning).</summary>
    UncoveredCell = 0,

    /// <summary>A more severe level of a category goes to a lower tier than a less severe one (warning).</summary>
    SeverityInversion = 1,

    /// <summary>Tiers escalate to each other in a cycle (error).</summary>
    EscalationCycle = 2,

    /// <summary>A rule or tier names a tier, party or severity the model does not define (error).</summary>
    UnknownReference = 3,

    /// <summary>A rule has no accountable party, several, or an accountable party that is not a tier (error).</summary>
    AccountableCount = 4,

    /// <summary>Some amount up to a request kind's ceiling cannot be approved by any tier (warning).</summary>
    AuthorityGap = 5,

    /// <summary>A rule is shadowed by earlier rules for every cell it names, so it can never fire (warning).</summary>
    UnreachableRule = 6,

    /// <summary>Two tiers or parties share a name (error).</summary>
    DuplicateName = 7,

    /// <summary>A tier's approval limit exceeds the business ceiling of a request kind it approves; the ceiling governs (warning).</summary>
    LimitAboveCeiling = 8,
}
