// Resolving issues through the hand-worked phone desk: who owns what, why, and what resolving costs.
using CustomerCare.Core.Responsibility;
using CustomerCare.Core.Tests.TestInfrastructure;
using CustomerCare.Core.Tickets;

namespace CustomerCare.Core.Tests.Responsibility;

public sealed class ResponsibilityModelTests
{
    private static readonly ResponsibilityModel Model = PhoneDesk.Model();

    private static Assignment Resolve(string category, string severity, Tier? current = null) =>
        Model.Resolve(new ResponsibilityIssue(Model.CategoryKey(category), Model.SeverityIndex(severity), current));

    [Fact]
    public void A_touch_glitch_of_severity_3_goes_to_an_agent()
    {
        var a = Resolve("hardware/display/touch", "S3");
        Assert.Equal(AssignmentStatus.Assigned, a.Status);
        Assert.Equal("agent", a.Tier!.Name);
        Assert.Equal(0, a.RuleIndex);
        Assert.Equal([new RaciEntry("agent", RaciRole.Responsible | RaciRole.Accountable)], a.Raci);
        Assert.Equal("hardware/display/touch × S3: rule 0 (#10 hardware/** × S3/S4 → agent: RA) matched through 'hardware/**'; owner 'agent'.", a.Explain());
    }

    [Fact]
    public void An_overheating_phone_of_severity_1_goes_to_the_head_with_problem_management_responsible_and_the_product_team_informed()
    {
        var a = Resolve("hardware/battery/overheating", "S1");
        Assert.Equal("head", a.Tier!.Name);
        Assert.Equal(
            [
                new RaciEntry("head", RaciRole.Accountable),
                new RaciEntry("problem management", RaciRole.Responsible),
                new RaciEntry("product team", RaciRole.Informed),
            ],
            a.Raci);
        Assert.Equal(2, a.RuleIndex);
    }

    [Fact]
    public void The_lowest_order_wins_and_inheritance_reaches_down_the_tree()
    {
        Assert.Equal("deputy head", Resolve("hardware/display", "S1").Tier!.Name);   // rule 40: battery rule 30 does not match
        Assert.Equal("team leader", Resolve("hardware/display/touch", "S2").Tier!.Name);
        Assert.Equal("team leader", Resolve("billing", "S1").Tier!.Name);            // only the catch-all applies
        Assert.Equal("agent", Resolve("account/data", "S4").Tier!.Name);
    }

    [Fact]
    public void A_category_outside_the_declared_tree_gets_its_own_row()
    {
        var key = Model.CategoryKey("hardware/speaker/crackle");
        Assert.False(key.IsDeclared);
        Assert.Equal("agent", Model.Resolve(new ResponsibilityIssue(key, 2)).Tier!.Name);
        Assert.True(Model.CategoryKey("hardware/display").IsDeclared);
    }

    [Fact]
    public void An_existing_owner_is_kept_unless_the_rule_overwrites()
    {
        Assert.True(Model.TryGetTier("deputy head", out var deputy));
        var kept = Resolve("hardware/display/touch", "S3", deputy);
        Assert.Equal(AssignmentStatus.KeptExisting, kept.Status);
        Assert.Same(deputy, kept.Tier);

        var model = new ResponsibilityModelBuilder().AddTier("agent", "lead").AddTier("lead")
            .Add(new AssignmentRule(1, CategoryPattern.Any, [], [new RaciEntry("agent", RaciRole.Accountable)], overwrite: true)).Build();
        Assert.True(model.TryGetTier("lead", out var lead));
        var replaced = model.Resolve(new ResponsibilityIssue(model.CategoryKey("x"), 0, lead));
        Assert.Equal((AssignmentStatus.Assigned, "agent"), (replaced.Status, replaced.Tier!.Name));
    }

    [Fact]
    public void An_uncovered_cell_is_a_result_not_an_exception()
    {
        var model = new ResponsibilityModelBuilder().AddTier("agent").Assign(1, "hardware/**", "agent", "S1").Build();
        var a = model.Resolve(new ResponsibilityIssue(model.CategoryKey("hardware"), 3));
        Assert.Equal(AssignmentStatus.NotCovered, a.Status);
        Assert.False(a.IsCovered);
        Assert.Empty(a.Raci);
        Assert.Equal("hardware × S4: no rule covers this cell; add one.", a.Explain());
    }

    [Fact]
    public void Tiers_are_levelled_by_the_longest_chain_below_them()
    {
        Assert.Equal(
            [("agent", 0), ("team leader", 1), ("deputy head", 2), ("head", 3), ("returns", 0), ("customer data", 0), ("problem management", 0)],
            Model.Tiers.Select(t => (t.Name, t.Level)));
        Assert.Equal(TierKind.Functional, Model.Tiers[4].Kind);
        Assert.Equal("team leader (level 1, limit 200 EUR)", Model.Tiers[1].ToString());
    }

    [Fact]
    public void The_phone_desk_builds_without_findings()
    {
        Assert.Empty(Model.Findings);
        Assert.Equal(["account", "account/data", "billing", "hardware", "hardware/battery", "hardware/battery/overheating", "hardware/display", "hardware/display/touch"],
            Model.CategoryTree.Select(c => c.Value));
    }

    [Fact]
    public void Resolving_allocates_nothing()
    {
        var issue = new ResponsibilityIssue(Model.CategoryKey("hardware/battery/overheating"), 0);
        AllocationAssert.NoAllocations(() => Model.Resolve(issue));
    }

    [Fact]
    public void A_key_of_another_model_or_the_default_key_is_rejected()
    {
        var other = PhoneDesk.Model();
        var foreign = Assert.Throws<ArgumentException>(() => Model.Resolve(new ResponsibilityIssue(other.CategoryKey("billing"), 0)));
        Assert.Equal("issue", foreign.ParamName);
        Assert.StartsWith("issue.Category ('billing') was obtained from another ResponsibilityModel", foreign.Message, StringComparison.Ordinal);

        var none = Assert.Throws<ArgumentException>(() => Model.Resolve(default(ResponsibilityIssue)));
        Assert.StartsWith("issue.Category is default(IssueCategoryKey)", none.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_severity_outside_the_scale_is_rejected()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Model.Resolve(new ResponsibilityIssue(Model.CategoryKey("billing"), 4)));
        Assert.Equal("issue", ex.ParamName);
        Assert.StartsWith("issue severity must be an index of the scale, 0 to 3; it was 4.", ex.Message, StringComparison.Ordinal);

        var name = Assert.Throws<ArgumentException>(() => Model.SeverityIndex("S9"));
        Assert.Equal("severity", name.ParamName);
        Assert.StartsWith("severity 'S9' is not on the scale S1 > S2 > S3 > S4", name.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_default_category_is_rejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => Model.CategoryKey(default(CategoryPath)));
        Assert.Equal("category", ex.ParamName);
    }
}
