// Authority limits: whether a tier may approve an amount for a request kind, and which amounts no tier may approve.
using CustomerCare.Core.Tickets;

namespace CustomerCare.Core.Responsibility.Compilation;

/// <summary>Approval checks against tier limits and the business ceilings, with the model's threshold semantics.</summary>
internal static class ResponsibilityAuthority
{
    /// <summary>True when one of <paramref name="approvals"/> covers <paramref name="kind"/> and <paramref name="amount"/>.</summary>
    public static bool MayApprove((CategoryPattern Kind, Money Limit)[] approvals, AuthorityThreshold threshold, CategoryPath kind, Money amount)
    {
        foreach (var (pattern, limit) in approvals)
        {
            if (string.Equals(limit.Currency, amount.Currency, StringComparison.Ordinal) && pattern.Matches(kind) && Within(amount, limit, threshold))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="amount"/> is within <paramref name="limit"/> under <paramref name="threshold"/>.</summary>
    public static bool Within(Money amount, Money limit, AuthorityThreshold threshold) =>
        threshold == AuthorityThreshold.UpToAndIncludingLimit ? amount <= limit : amount < limit;

    public static void CheckGaps(ModelDraft draft, CompiledModel model, List<ResponsibilityFinding> findings)
    {
        foreach (var kind in draft.RequestKinds)
        {
            Money? ceiling = draft.Ceilings is { } c && c.TryGetCeiling(kind, out var found) ? found : null;
            var candidates = new List<(Tier Tier, Money Limit)>();
            for (var t = 0; t < draft.Tiers.Count; t++)
            {
                var spec = draft.Tiers[t];
                if (spec.Limit is { } limit && spec.Approves.Any(p => p.Matches(kind)))
                {
                    candidates.Add((model.Tiers[t], limit));
                }
            }

            if (ceiling is not { } cap)
            {
                if (candidates.Count == 0)
                {
                    findings.Add(new(ResponsibilityFindingKind.AuthorityGap, false,
                        $"No tier may approve the request kind '{kind}'; give a tier an approval limit and list '{kind}' (or a pattern covering it) in what it approves."));
                }

                continue;
            }

            var same = candidates.Where(x => x.Limit.Currency == cap.Currency).ToList();
            foreach (var (tier, limit) in same.Where(x => x.Limit > cap))
            {
                findings.Add(new(ResponsibilityFindingKind.LimitAboveCeiling, false,
                    $"The tier '{tier.Name}' may approve up to {limit} for '{kind}', above the business ceiling {cap}; the ceiling governs, so lower the limit to at most {cap}."));
            }

            if (same.Count == 0)
            {
                findings.Add(new(ResponsibilityFindingKind.AuthorityGap, false,
                    $"No tier may approve '{kind}' in {cap.Currency} up to its ceiling {cap}; give a tier a limit in {cap.Currency} that covers '{kind}'."));
                continue;
            }

            var best = same.Max(x => x.Limit);
            var inclusive = draft.Threshold == AuthorityThreshold.UpToAndIncludingLimit;
            if (inclusive ? best < cap : best <= cap)
            {
                var range = inclusive ? $"above {best} up to {cap}" : $"from {best} up to {cap}";
                findings.Add(new(ResponsibilityFindingKind.AuthorityGap, false,
                    $"Amounts {range} for '{kind}' are within the business ceiling but no tier may approve them; raise the highest limit to {cap}{(inclusive ? string.Empty : " or more (limits exclude the amount itself)")}."));
            }
        }
    }
}
