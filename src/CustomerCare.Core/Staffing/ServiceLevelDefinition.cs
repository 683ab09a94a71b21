// How calls that abandon before the threshold count in a service level: the one place where call centres disagree.
namespace CustomerCare.Core.Staffing;

/// <summary>
/// Which calls a service level counts when callers may abandon (Erlang A). With T the threshold, the fraction is
/// one of three conventions in use; they coincide when nobody abandons (Erlang C).
/// </summary>
public enum ServiceLevelDefinition
{
    /// <summary>Answered within T / all offered calls: every abandoned call counts against the service level (the strictest).</summary>
    AnsweredOfOffered = 0,

    /// <summary>Answered within T / (offered − abandoned within T): callers who hang up before T are left out of the count.</summary>
    ShortAbandonsExcluded = 1,

    /// <summary>(Answered within T + abandoned within T) / offered: a caller who hangs up before T counts as served in time. Beware: with a threshold long against the callers' patience, even zero agents can meet a goal under this convention.</summary>
    ShortAbandonsAsMet = 2,
}
