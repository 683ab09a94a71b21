// Whether an amount exactly at a tier's limit is within the tier's authority or needs the next tier.
namespace CustomerCare.Core.Responsibility;

/// <summary>The threshold semantics of approval limits, stated explicitly because organisations differ.</summary>
public enum AuthorityThreshold
{
    /// <summary>A tier approves amounts up to and including its limit; only an amount above the limit needs a higher tier.</summary>
    UpToAndIncludingLimit = 0,

    /// <summary>A tier approves only amounts below its limit; an amount at or above the limit (≥ limit) needs a higher tier.</summary>
    BelowLimitOnly = 1,
}
