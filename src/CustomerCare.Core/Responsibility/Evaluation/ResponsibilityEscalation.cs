// One escalation step: decides whether a trigger calls for a higher tier and moves the issue at most one level up.
using CustomerCare.Core.Internal;
using CustomerCare.Core.Responsibility.Compilation;

namespace CustomerCare.Core.Responsibility.Evaluation;

/// <summary>The escalation rules of a compiled responsibility model.</summary>
internal static class ResponsibilityEscalation
{
    public static EscalationStep Step(ResponsibilityModel model, CompiledModel compiled, Assignment current, EscalationTrigger trigger)
    {
        var tier = current.Tier;
        if (tier is null || tier.Index >= compiled.Tiers.Length || !ReferenceEquals(compiled.Tiers[tier.Index], tier))
        {
            Preconditions.ThrowArgument(nameof(current), current.Tier is null
                ? "current has no tier (the issue is not covered); resolve it with a covering rule before escalating."
                : $"current's tier '{current.Tier.Name}' belongs to another ResponsibilityModel.");
        }

        var draft = model.Draft;
        switch (trigger.Kind)
        {
            case EscalationTriggerKind.SlaWarning:
                return draft.EscalateOnSlaWarning
                    ? Up(compiled, current, tier, trigger, $"SLA warning: {trigger.Notification.Metric?.Name}#{trigger.Notification.Instance} reached its warning point at {trigger.Notification.At}")
                    : Stay(current, tier, trigger, EscalationOutcome.NotNeeded, "SLA warnings do not escalate in this model");
            case EscalationTriggerKind.SlaBreach:
                return draft.EscalateOnSlaBreach
                    ? Up(compiled, current, tier, trigger, $"SLA breach: {trigger.Notification.Metric?.Name}#{trigger.Notification.Instance} passed its deadline {trigger.Notification.At}")
                    : Stay(current, tier, trigger, EscalationOutcome.NotNeeded, "SLA breaches do not escalate in this model");
            case EscalationTriggerKind.RepeatContacts:
                return draft.RepeatContactThreshold > 0 && trigger.Contacts >= draft.RepeatContactThreshold
                    ? Up(compiled, current, tier, trigger, $"{trigger.Contacts} customer contacts reach the repeat-contact threshold {draft.RepeatContactThreshold}")
                    : Stay(current, tier, trigger, EscalationOutcome.NotNeeded, $"{trigger.Contacts} contacts are below the repeat-contact threshold {(draft.RepeatContactThreshold > 0 ? draft.RepeatContactThreshold : "(never)")}");
            case EscalationTriggerKind.Segment:
                return Segment(compiled, draft, current, tier, trigger);
            case EscalationTriggerKind.Severity:
                return Severity(model, compiled, current, tier, trigger);
            default:
                return Authority(compiled, draft, current, tier, trigger);
        }
    }

    private static EscalationStep Segment(CompiledModel compiled, ModelDraft draft, Assignment current, Tier tier, EscalationTrigger trigger)
    {
        if (draft.MinimumTiers is not { } source || !source.TryGetMinimumTier(trigger.Segment!, out var name))
        {
            return Stay(current, tier, trigger, EscalationOutcome.NotNeeded, $"segment '{trigger.Segment}' sets no minimum tier");
        }

        if (!compiled.TierByName.TryGetValue(name, out var minimum))
        {
            Preconditions.ThrowArgument(nameof(trigger), $"segment '{trigger.Segment}' requires the tier '{name}', which this model does not define; add the tier or correct the care plan.");
        }

        return tier.Level < minimum.Level
            ? Up(compiled, current, tier, trigger, $"segment '{trigger.Segment}' requires at least '{minimum.Name}' (level {minimum.Level}); '{tier.Name}' is level {tier.Level}")
            : Stay(current, tier, trigger, EscalationOutcome.NotNeeded, $"'{tier.Name}' meets segment '{trigger.Segment}''s minimum '{minimum.Name}'");
    }

    private static EscalationStep Severity(ResponsibilityModel model, CompiledModel compiled, Assignment current, Tier tier, EscalationTrigger trigger)
    {
        var target = model.Resolve(new ResponsibilityIssue(trigger.Category, trigger.Severity));
        var name = model.Severities[trigger.Severity].Name;
        if (target.Tier is not { } wanted)
        {
            return Stay(current, tier, trigger, EscalationOutcome.NotNeeded, $"no rule covers {trigger.Category} × {name}");
        }

        return tier.Level < wanted.Level
            ? Up(compiled, current, tier, trigger, $"severity {name} of {trigger.Category} belongs to '{wanted.Name}' (level {wanted.Level}) by rule {target.RuleIndex}")
            : Stay(current, tier, trigger, EscalationOutcome.NotNeeded, $"severity {name} belongs to '{wanted.Name}', not above '{tier.Name}'");
    }

    private static EscalationStep Authority(CompiledModel compiled, ModelDraft draft, Assignment current, Tier tier, EscalationTrigger trigger)
    {
        var kind = trigger.RequestKind;
        var amount = trigger.Amount;
        if (draft.Ceilings is { } ceilings && ceilings.TryGetCeiling(kind, out var ceiling)
            && ceiling.Currency == amount.Currency && amount > ceiling)
        {
            return Stay(current, tier, trigger, EscalationOutcome.Declined, $"{amount} for {kind} is above the business ceiling {ceiling}; decline it");
        }

        var threshold = draft.Threshold;
        if (ResponsibilityAuthority.MayApprove(compiled.Approvals[tier.Index], threshold, kind, amount))
        {
            return Stay(current, tier, trigger, EscalationOutcome.NotNeeded, $"'{tier.Name}' may approve {amount} for {kind}");
        }

        var anyone = false;
        for (var t = compiled.Parent[tier.Index]; t >= 0 && !anyone; t = compiled.Parent[t])
        {
            anyone = ResponsibilityAuthority.MayApprove(compiled.Approvals[t], threshold, kind, amount);
        }

        var rule = threshold == AuthorityThreshold.UpToAndIncludingLimit ? "above" : "at or above";
        return anyone
            ? Up(compiled, current, tier, trigger, $"{amount} for {kind} is {rule} the authority of '{tier.Name}'{(tier.ApprovalLimit is { } l ? $" (limit {l})" : string.Empty)}")
            : Stay(current, tier, trigger, EscalationOutcome.Declined, $"no tier above '{tier.Name}' may approve {amount} for {kind}; decline it or raise a limit");
    }

    private static EscalationStep Up(CompiledModel compiled, Assignment current, Tier tier, EscalationTrigger trigger, string why)
    {
        var parent = compiled.Parent[tier.Index];
        if (parent < 0)
        {
            return Stay(current, tier, trigger, EscalationOutcome.AtTop, why + $"; '{tier.Name}' is the top tier, so it stays there");
        }

        var to = compiled.Tiers[parent];
        var next = new Assignment(to, current.Rule, current.RuleIndex, AssignmentStatus.Escalated, current.Category, current.Severity, current.SeverityName);
        return new EscalationStep(tier, next, trigger, EscalationOutcome.Escalated, why + $"; escalated one level to '{to.Name}'");
    }

    private static EscalationStep Stay(Assignment current, Tier tier, EscalationTrigger trigger, EscalationOutcome outcome, string why) =>
        new(tier, current, trigger, outcome, why);
}
