// Bad input to the responsibility builder, rules and scales: the exception, the parameter and the message.
using CustomerCare.Core.Responsibility;
using CustomerCare.Core.Tickets;

namespace CustomerCare.Core.Tests.Responsibility;

public sealed class ResponsibilityBuilderTests
{
    [Fact]
    public void A_builder_builds_once()
    {
        var builder = new ResponsibilityModelBuilder().AddTier("agent").Assign(1, "**", "agent");
        builder.Build();
        var ex = Assert.Throws<InvalidOperationException>(builder.Build);
        Assert.Equal("This ResponsibilityModelBuilder was already built; start a new one.", ex.Message);
    }

    [Fact]
    public void Tier_arguments_are_checked()
    {
        var b = new ResponsibilityModelBuilder();
        var blank = Assert.Throws<ArgumentException>(() => b.AddTier(" "));
        Assert.Equal(("name", "name must be a non-blank name; it was blank. (Parameter 'name')"), (blank.ParamName, blank.Message));
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => b.AddTier("a", null, new Money(-1, "EUR")));
        Assert.Equal("approvalLimit", negative.ParamName);
        Assert.StartsWith("approvalLimit must not be negative; it was -1 EUR.", negative.Message, StringComparison.Ordinal);
        Assert.Equal("approvalLimit", Assert.Throws<ArgumentException>(() => b.AddRole("a", null, default(Money))).ParamName);
        Assert.Equal("escalatesTo", Assert.Throws<ArgumentException>(() => b.AddTier("a", "")).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentException>(() => b.AddTier("a", null, null, "re*")).ParamName);
        Assert.Equal("contacts", Assert.Throws<ArgumentOutOfRangeException>(() => b.EscalateOnRepeatContacts(-1)).ParamName);
        Assert.Equal("threshold", Assert.Throws<ArgumentOutOfRangeException>(() => b.WithThreshold((AuthorityThreshold)7)).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentException>(() => b.AddCategory("")).ParamName);
    }

    [Fact]
    public void Rule_arguments_are_checked()
    {
        var blankSeverity = Assert.Throws<ArgumentException>(() => new AssignmentRule(1, CategoryPattern.Any, [" "], [new RaciEntry("a", RaciRole.Accountable)]));
        Assert.Equal("severities", blankSeverity.ParamName);
        var noParty = Assert.Throws<ArgumentException>(() => new AssignmentRule(1, CategoryPattern.Any, [], [default]));
        Assert.StartsWith("raci[0] has no party", noParty.Message, StringComparison.Ordinal);
        var noRole = Assert.Throws<ArgumentException>(() => new AssignmentRule(1, CategoryPattern.Any, [], [new RaciEntry("a", RaciRole.None)]));
        Assert.StartsWith("raci[0] ('a') has roles 0; give one or more of Responsible, Accountable, Consulted, Informed.", noRole.Message, StringComparison.Ordinal);
        var twice = Assert.Throws<ArgumentException>(() => new AssignmentRule(1, CategoryPattern.Any, [], [new RaciEntry("a", RaciRole.Accountable), new RaciEntry("A", RaciRole.Informed)]));
        Assert.StartsWith("raci[1] lists 'A' a second time", twice.Message, StringComparison.Ordinal);
        Assert.Equal("#3 billing × S1/S2 → lead: RA, product: CI (overwrites)",
            new AssignmentRule(3, CategoryPattern.Parse("billing"), ["S1", "S2"], [new RaciEntry("lead", RaciRole.Responsible | RaciRole.Accountable), new RaciEntry("product", RaciRole.Consulted | RaciRole.Informed)], true).ToString());
    }

    [Fact]
    public void Severity_scales_are_checked()
    {
        var empty = Assert.Throws<ArgumentException>(() => SeverityScale.Create());
        Assert.Equal("levelsMostSevereFirst", empty.ParamName);
        var twice = Assert.Throws<ArgumentException>(() => SeverityScale.Create(new SeverityLevel("P1", ""), new SeverityLevel("p1", "")));
        Assert.StartsWith("levelsMostSevereFirst[1] 'p1' appears twice", twice.Message, StringComparison.Ordinal);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => new SeverityLevel("", "x")).ParamName);
        Assert.Equal("S1 > S2 > S3 > S4", SeverityScale.Default.ToString());
        Assert.Equal("S1 (critical: safety risk, injury or total loss of service)", SeverityScale.Default[0].ToString());
        Assert.Equal(-1, SeverityScale.Default.IndexOf("S5"));
    }

    [Fact]
    public void A_custom_severity_scale_drives_the_matrix()
    {
        var model = new ResponsibilityModelBuilder()
            .WithSeverities(SeverityScale.Create(new SeverityLevel("P1", "outage"), new SeverityLevel("P2", "degraded")))
            .AddTier("agent", "lead").AddTier("lead")
            .Assign(1, "**", "lead", "P1").Assign(2, "**", "agent", "P2").Build();
        Assert.Equal("lead", model.Resolve(new ResponsibilityIssue(model.CategoryKey("x"), model.SeverityIndex("p1"))).Tier!.Name);
        Assert.Empty(model.Findings);
    }
}
