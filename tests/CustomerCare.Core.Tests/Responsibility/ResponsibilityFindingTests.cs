// Every build-time finding of the responsibility model, with the message that says what to fix.
using CustomerCare.Core.Responsibility;
using CustomerCare.Core.Tickets;

namespace CustomerCare.Core.Tests.Responsibility;

public sealed class ResponsibilityFindingTests
{
    private sealed class Ceilings(string kind, Money ceiling) : ICompensationCeilings
    {
        public bool TryGetCeiling(CategoryPath requestKind, out Money value)
        {
            value = ceiling;
            return requestKind.IsSameOrDescendantOf(CategoryPath.Parse(kind));
        }
    }

    private static ResponsibilityFinding Single(ResponsibilityModelBuilder builder, ResponsibilityFindingKind kind) =>
        Assert.Single(builder.Validate(), f => f.Kind == kind);

    [Fact]
    public void An_uncovered_cell_is_a_warning_naming_the_category_and_severities()
    {
        var builder = new ResponsibilityModelBuilder().AddTier("agent").AddCategory("hardware/display").Assign(1, "hardware/display", "agent", "S1", "S2", "S3", "S4");
        var f = Single(builder, ResponsibilityFindingKind.UncoveredCell);
        Assert.False(f.IsError);
        Assert.Equal("The category 'hardware' has no rule for S1, S2, S3, S4; add a rule (or a wider pattern such as '**') for these severities.", f.Message);
        Assert.Single(builder.Build().Findings);
    }

    [Fact]
    public void A_more_severe_level_going_to_a_lower_tier_is_an_inversion()
    {
        var builder = new ResponsibilityModelBuilder().AddTier("agent", "lead").AddTier("lead")
            .Assign(1, "**", "agent", "S1").Assign(2, "**", "lead", "S2", "S3", "S4").AddCategory("billing");
        var inversions = builder.Validate().Where(f => f.Kind == ResponsibilityFindingKind.SeverityInversion).ToList();
        Assert.Equal(3, inversions.Count);
        Assert.Equal("The category 'billing' sends the more severe S1 to 'agent' (level 0) but the less severe S2 to 'lead' (level 1); a more severe issue should go to the same or a higher tier.",
            inversions[0].Message);
    }

    [Fact]
    public void An_escalation_cycle_is_an_error_and_stops_the_build()
    {
        var builder = new ResponsibilityModelBuilder().AddTier("a", "b").AddTier("b", "c").AddTier("c", "a").Assign(1, "**", "a");
        var f = Single(builder, ResponsibilityFindingKind.EscalationCycle);
        Assert.True(f.IsError);
        Assert.Equal("Tiers escalate in a cycle ('a' → 'b' → 'c' → 'a'); escalation must end at a top tier, so remove one escalates-to link.", f.Message);
        var ex = Assert.Throws<InvalidOperationException>(builder.Build);
        Assert.Equal("The responsibility model is invalid (1 error):" + Environment.NewLine + "- " + f.Message, ex.Message);
    }

    [Fact]
    public void Unknown_tiers_parties_and_severities_are_errors()
    {
        var builder = new ResponsibilityModelBuilder().AddTier("agent", "boss")
            .Add(new AssignmentRule(1, CategoryPattern.Any, ["S9"], [new RaciEntry("agent", RaciRole.Accountable), new RaciEntry("legal", RaciRole.Consulted)]));
        Assert.Equal(
            [
                "The tier 'agent' escalates to 'boss', which is not a tier of the model; add the tier or correct the name.",
                "Rule 0 (1: **) names the severity 'S9', which is not on the scale S1 > S2 > S3 > S4; use one of its levels.",
                "Rule 0 (1: **) names 'legal' (C), which is neither a tier nor a party of the model; declare it or correct the name.",
            ],
            builder.Validate().Where(f => f.Kind == ResponsibilityFindingKind.UnknownReference).Select(f => f.Message));
        Assert.Throws<InvalidOperationException>(builder.Build);
    }

    [Fact]
    public void A_rule_needs_exactly_one_accountable_tier()
    {
        var none = new ResponsibilityModelBuilder().AddTier("agent")
            .Add(new AssignmentRule(1, CategoryPattern.Any, [], [new RaciEntry("agent", RaciRole.Responsible)]));
        Assert.Equal("Rule 0 (1: **) has no accountable party; mark exactly one tier 'A'.", Single(none, ResponsibilityFindingKind.AccountableCount).Message);

        var two = new ResponsibilityModelBuilder().AddTier("agent").AddTier("lead")
            .Add(new AssignmentRule(1, CategoryPattern.Any, [], [new RaciEntry("agent", RaciRole.Accountable), new RaciEntry("lead", RaciRole.Accountable)]));
        Assert.Equal("Rule 0 (1: **) has 2 accountable parties ('agent', 'lead'); exactly one may be 'A'.", Single(two, ResponsibilityFindingKind.AccountableCount).Message);

        var party = new ResponsibilityModelBuilder().AddTier("agent").AddParty("product team")
            .Add(new AssignmentRule(1, CategoryPattern.Any, [], [new RaciEntry("product team", RaciRole.Accountable)]));
        Assert.Equal("Rule 0 (1: **) makes the party 'product team' accountable; the accountable party owns the issue and must be a tier.",
            Single(party, ResponsibilityFindingKind.AccountableCount).Message);
        Assert.True(party.Validate()[0].IsError);
    }

    [Fact]
    public void Amounts_up_to_the_ceiling_that_no_tier_may_approve_are_an_authority_gap()
    {
        var inclusive = new ResponsibilityModelBuilder().AddTier("agent", null, PhoneDesk.Eur(500), "returns/**").Assign(1, "**", "agent")
            .AddRequestKind("returns/refund").UseCeilings(new Ceilings("returns", PhoneDesk.Eur(1000)));
        Assert.Equal("Amounts above 500 EUR up to 1,000 EUR for 'returns/refund' are within the business ceiling but no tier may approve them; raise the highest limit to 1,000 EUR.",
            Single(inclusive, ResponsibilityFindingKind.AuthorityGap).Message);

        var exactlyAtCeiling = new ResponsibilityModelBuilder().AddTier("agent", null, PhoneDesk.Eur(1000), "returns/**").Assign(1, "**", "agent")
            .AddRequestKind("returns/refund").UseCeilings(new Ceilings("returns", PhoneDesk.Eur(1000)));
        Assert.Empty(exactlyAtCeiling.Validate());
        exactlyAtCeiling.WithThreshold(AuthorityThreshold.BelowLimitOnly);
        Assert.Equal("Amounts from 1,000 EUR up to 1,000 EUR for 'returns/refund' are within the business ceiling but no tier may approve them; raise the highest limit to 1,000 EUR or more (limits exclude the amount itself).",
            Single(exactlyAtCeiling, ResponsibilityFindingKind.AuthorityGap).Message);

        var nobody = new ResponsibilityModelBuilder().AddTier("agent").Assign(1, "**", "agent").AddRequestKind("returns/refund");
        Assert.Equal("No tier may approve the request kind 'returns/refund'; give a tier an approval limit and list 'returns/refund' (or a pattern covering it) in what it approves.",
            Single(nobody, ResponsibilityFindingKind.AuthorityGap).Message);
    }

    [Fact]
    public void A_limit_above_the_ceiling_is_reported()
    {
        var builder = new ResponsibilityModelBuilder().AddTier("agent", null, PhoneDesk.Eur(2000), "returns/**").Assign(1, "**", "agent")
            .AddRequestKind("returns/refund").UseCeilings(new Ceilings("returns", PhoneDesk.Eur(1000)));
        Assert.Equal("The tier 'agent' may approve up to 2,000 EUR for 'returns/refund', above the business ceiling 1,000 EUR; the ceiling governs, so lower the limit to at most 1,000 EUR.",
            Single(builder, ResponsibilityFindingKind.LimitAboveCeiling).Message);
    }

    [Fact]
    public void A_rule_shadowed_for_every_cell_it_names_can_never_fire()
    {
        var builder = new ResponsibilityModelBuilder().AddTier("agent").AddTier("lead")
            .Assign(10, "hardware/*/touch", "lead", "S1")
            .Assign(5, "**", "agent", "S1", "S2").Assign(20, "hardware/**", "lead", "S1", "S3").Assign(20, "**", "lead", "S3", "S4");
        Assert.Equal(
            ["Rule 0 (#10 hardware/*/touch × S1 → lead: RA) can never fire: rule 1 (5: **) is tried first for every category and severity it covers; lower its order number or remove it."],
            builder.Validate().Where(f => f.Kind == ResponsibilityFindingKind.UnreachableRule).Select(f => f.Message));
    }

    [Fact]
    public void Duplicate_names_are_errors()
    {
        var builder = new ResponsibilityModelBuilder().AddTier("agent").AddTier("Agent").AddParty("agent").AddParty("x").AddParty("X").Assign(1, "**", "agent");
        Assert.Equal(
            [
                "The tier 'Agent' is declared twice; give each tier a distinct name.",
                "'agent' is declared both as a tier and as a party; declare it once.",
                "The party 'x' is declared twice; declare it once.",
            ],
            builder.Validate().Where(f => f.Kind == ResponsibilityFindingKind.DuplicateName).Select(f => f.Message));
    }

    [Fact]
    public void Findings_format_with_their_severity_and_kind()
    {
        var f = new ResponsibilityModelBuilder().AddTier("a", "a").Validate()[0];
        Assert.StartsWith("error EscalationCycle: Tiers escalate in a cycle ('a' → 'a')", f.ToString(), StringComparison.Ordinal);
    }
}
