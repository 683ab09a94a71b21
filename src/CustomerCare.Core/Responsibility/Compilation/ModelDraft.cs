// Everything a responsibility model is made of, as declared: the builder fills it, the compiler checks and compiles it.
using CustomerCare.Core.Tickets;

namespace CustomerCare.Core.Responsibility.Compilation;

/// <summary>The declared parts of a responsibility model (mutable while a builder owns it; frozen once compiled).</summary>
internal sealed class ModelDraft
{
    public SeverityScale Severities { get; set; } = SeverityScale.Default;

    public List<TierSpec> Tiers { get; } = [];

    public List<string> Parties { get; } = [];

    public List<CategoryPath> Categories { get; } = [];

    public List<CategoryPath> RequestKinds { get; } = [];

    public List<AssignmentRule> Rules { get; } = [];

    public AuthorityThreshold Threshold { get; set; }

    public bool HigherTiersApproveLower { get; set; } = true;

    public bool EscalateOnSlaWarning { get; set; } = true;

    public bool EscalateOnSlaBreach { get; set; } = true;

    public int RepeatContactThreshold { get; set; } = 3;

    public ICompensationCeilings? Ceilings { get; set; }

    public IMinimumTierSource? MinimumTiers { get; set; }
}
