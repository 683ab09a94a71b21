// What a rule says about a customer whose profile lacks the attribute it reads.
namespace CustomerCare.Core.Segments;

/// <summary>How a rule treats a profile that has no value for the attribute it reads; chosen per rule.</summary>
public enum WhenMissing
{
    /// <summary>A missing value does not satisfy the rule (the default).</summary>
    NoMatch,

    /// <summary>A missing value satisfies the rule.</summary>
    Match,
}
