// Configuration mistakes are rejected when the policy set is built, each with a message that says what to fix.
using CustomerCare.Core.Sla.Policies;
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CustomerCare.Core.Tests.Sla.Policies;

public sealed class SlaPolicySetBuilderTests
{
    private static readonly Duration Hour = Duration.FromHours(1);

    private static SlaPolicy Standard(string name = "Standard") =>
        new SlaPolicyBuilder(name).Target(SlaMetric.FirstResponse, Hour, "urgent", "high", "normal", "low").Build();

    private static string BuildError(SlaPolicySetBuilder builder) =>
        Assert.Throws<InvalidOperationException>(builder.Build).Message;

    [Fact]
    public void A_set_without_fallback_is_rejected()
    {
        var message = BuildError(new SlaPolicySetBuilder().Add(Standard()));
        Assert.Contains("No fallback policy", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fallback_with_a_condition_is_rejected()
    {
        var fallback = new SlaPolicyBuilder("F").When(SlaCondition.Segment("vip")).Target(SlaMetric.Resolution, "low", Hour).Build();
        Assert.Contains("remove its When", BuildError(new SlaPolicySetBuilder().Fallback(fallback)), StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_names_are_rejected()
    {
        var vip = new SlaPolicyBuilder("Standard").When(SlaCondition.Segment("vip")).Target(SlaMetric.FirstResponse, "urgent", Hour).Build();
        Assert.Contains("Two policies are named 'Standard'", BuildError(new SlaPolicySetBuilder().Add(vip).Fallback(Standard())), StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_calendars_are_rejected_listing_the_known_ones()
    {
        var policy = new SlaPolicyBuilder("Office").OnCalendar("hcm-office").Target(SlaMetric.Resolution, "low", Hour).Build();
        var message = BuildError(new SlaPolicySetBuilder().Fallback(policy));
        Assert.Contains("calendar 'hcm-office', which is not registered", message, StringComparison.Ordinal);
        Assert.Contains("Known: 24/7", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Priorities_off_the_scale_are_rejected()
    {
        var policy = new SlaPolicyBuilder("P").Target(SlaMetric.Resolution, "p1", Hour).Build();
        var message = BuildError(new SlaPolicySetBuilder().Fallback(policy));
        Assert.Contains("priority 'p1', which is not on the scale (urgent > high > normal > low)", message, StringComparison.Ordinal);

        var conditional = new SlaPolicyBuilder("C").When(SlaCondition.PriorityAtLeast("critical")).Target(SlaMetric.Resolution, "low", Hour).Build();
        Assert.Contains("condition on priority 'critical'", BuildError(new SlaPolicySetBuilder().Add(conditional).Fallback(Standard())), StringComparison.Ordinal);
    }

    [Fact]
    public void Unreachable_policies_are_rejected()
    {
        var catchAll = new SlaPolicyBuilder("All").Target(SlaMetric.Resolution, "low", Hour).Build();
        var later = new SlaPolicyBuilder("Later").When(SlaCondition.Segment("vip")).Target(SlaMetric.Resolution, "low", Hour).Build();
        Assert.Contains("'Later' can never apply: policy 'All' before it matches every ticket",
            BuildError(new SlaPolicySetBuilder().Add(catchAll).Add(later).Fallback(Standard())), StringComparison.Ordinal);

        var vip1 = new SlaPolicyBuilder("Vip1").When(SlaCondition.Segment("VIP")).Target(SlaMetric.Resolution, "low", Hour).Build();
        var vip2 = new SlaPolicyBuilder("Vip2").When(SlaCondition.Segment("vip")).Target(SlaMetric.Resolution, "low", Hour).Build();
        Assert.Contains("'Vip2' can never apply: policy 'Vip1' before it has the same condition",
            BuildError(new SlaPolicySetBuilder().Add(vip1).Add(vip2).Fallback(Standard())), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_custom_metrics_with_one_name_are_rejected()
    {
        SlaMetric Triage() => SlaMetric.Custom("triage", [SlaEventMatch.Of(TicketEventKind.Opened)], [SlaEventMatch.StatusEntered("triaged")]);
        var a = new SlaPolicyBuilder("A").When(SlaCondition.Channel("chat")).Target(Triage(), "low", Hour).Build();
        var b = new SlaPolicyBuilder("B").Target(Triage(), "low", Hour).Build();
        Assert.Contains("define each custom metric once", BuildError(new SlaPolicySetBuilder().Add(a).Fallback(b)), StringComparison.Ordinal);
    }

    [Fact]
    public void All_problems_are_reported_together()
    {
        var policy = new SlaPolicyBuilder("P").OnCalendar("nowhere").Target(SlaMetric.Resolution, "p9", Hour).Build();
        var message = BuildError(new SlaPolicySetBuilder().Add(policy));
        Assert.Contains("No fallback", message, StringComparison.Ordinal);
        Assert.Contains("'nowhere'", message, StringComparison.Ordinal);
        Assert.Contains("'p9'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_priority_targets_are_reported_as_warnings()
    {
        var set = new SlaPolicySetBuilder()
            .Fallback(new SlaPolicyBuilder("F").Target(SlaMetric.Resolution, Hour, "urgent", "high").Build())
            .Build();

        var warning = Assert.Single(set.Warnings);
        Assert.Contains("no resolution target for normal, low", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Builders_refuse_reuse()
    {
        var builder = new SlaPolicySetBuilder().Fallback(Standard());
        builder.Build();
        Assert.Throws<InvalidOperationException>(builder.Build);

        var policyBuilder = new SlaPolicyBuilder("X").Target(SlaMetric.Resolution, "low", Hour);
        policyBuilder.Build();
        Assert.Contains("already built", Assert.Throws<InvalidOperationException>(policyBuilder.Build).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Targets_beyond_a_century_are_rejected_when_set()
    {
        var builder = new SlaPolicyBuilder("P");
        builder.Target(SlaMetric.Resolution, "low", SlaPolicyBuilder.MaxTarget);
        var tooLong = Assert.Throws<ArgumentOutOfRangeException>(() => builder.Target(SlaMetric.Resolution, "high", SlaPolicyBuilder.MaxTarget + Duration.FromNanoseconds(1)));
        Assert.Equal("target", tooLong.ParamName);
        Assert.Contains("at most 36525 days (100 years)", tooLong.Message, StringComparison.Ordinal);
        Assert.Equal(Duration.FromDays(36_525), SlaPolicyBuilder.MaxTarget);
    }

    [Fact]
    public void A_policy_pausing_on_more_than_63_distinct_statuses_is_rejected_when_built()
    {
        // 63 statuses over two metrics (one shared, case-insensitively) are fine; a 64th is not.
        var fine = new SlaPolicyBuilder("Fine")
            .Target(SlaMetric.Resolution, "low", Hour).PauseOn(SlaMetric.Resolution, [.. Enumerable.Range(0, 40).Select(i => $"wait-{i}")])
            .Target(SlaMetric.PausablePeriodicUpdate, "low", Hour).PauseOn(SlaMetric.PausablePeriodicUpdate, [.. Enumerable.Range(39, 24).Select(i => $"WAIT-{i}")]);
        Assert.Equal(2, fine.Build().Metrics.Count);

        var tooMany = new SlaPolicyBuilder("Busy")
            .Target(SlaMetric.Resolution, "low", Hour).PauseOn(SlaMetric.Resolution, [.. Enumerable.Range(0, 64).Select(i => $"wait-{i}")]);
        var message = Assert.Throws<InvalidOperationException>(tooMany.Build).Message;
        Assert.Contains("Policy 'Busy' pauses its metrics on 64 distinct statuses; at most 63", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Policy_builder_rejects_bad_arguments_at_once()
    {
        var builder = new SlaPolicyBuilder("P");
        var zero = Assert.Throws<ArgumentOutOfRangeException>(() => builder.Target(SlaMetric.FirstResponse, "high", Duration.Zero));
        Assert.Equal("target", zero.ParamName);
        Assert.Contains("must be a positive duration", zero.Message, StringComparison.Ordinal);

        builder.Target(SlaMetric.FirstResponse, "high", Hour);
        Assert.Contains("already has a first_response target for priority 'HIGH'",
            Assert.Throws<ArgumentException>(() => builder.Target(SlaMetric.FirstResponse, "HIGH", Hour)).Message, StringComparison.Ordinal);
        Assert.Contains("never pauses", Assert.Throws<ArgumentException>(() => builder.PauseOn(SlaMetric.PeriodicUpdate, "pending")).Message, StringComparison.Ordinal);
        Assert.Equal("mode", Assert.Throws<ArgumentOutOfRangeException>(() => builder.Reopen((ReopenMode)7)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => new SlaPolicyBuilder(" ")).ParamName);
    }

    [Fact]
    public void A_metric_configured_without_targets_is_rejected()
    {
        var builder = new SlaPolicyBuilder("P").Warn(SlaMetric.Resolution, SlaWarning.AtShare(0.5));
        Assert.Contains("sets no target for it", Assert.Throws<InvalidOperationException>(builder.Build).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Warnings_custom_metrics_and_scales_reject_bad_arguments()
    {
        Assert.Equal("share", Assert.Throws<ArgumentOutOfRangeException>(() => SlaWarning.AtShare(1)).ParamName);
        Assert.Equal("lead", Assert.Throws<ArgumentOutOfRangeException>(() => SlaWarning.Before(Duration.Zero)).ParamName);
        Assert.Contains("built-in metric", Assert.Throws<ArgumentException>(() => SlaMetric.Custom("resolution", [SlaEventMatch.Of(TicketEventKind.Opened)], [SlaEventMatch.Of(TicketEventKind.Resolved)])).Message, StringComparison.Ordinal);
        Assert.Contains("at least one stop", Assert.Throws<ArgumentException>(() => SlaMetric.Custom("x", [SlaEventMatch.Of(TicketEventKind.Opened)], [])).Message, StringComparison.Ordinal);
        Assert.Contains("carry no value", Assert.Throws<ArgumentException>(() => SlaEventMatch.Of(TicketEventKind.Opened, "x")).Message, StringComparison.Ordinal);
        Assert.Contains("appears twice", Assert.Throws<ArgumentException>(() => PriorityScale.Create("p1", "P1")).Message, StringComparison.Ordinal);
        Assert.Contains("at least one", Assert.Throws<ArgumentException>(() => SlaCondition.Segment()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scales_are_ordered_and_open()
    {
        var scale = PriorityScale.Create("p1", "p2", "p3");
        Assert.Equal(0, scale.RankOf("P1"));
        Assert.Equal(-1, scale.RankOf("urgent"));
        Assert.Equal("urgent > high > normal > low", PriorityScale.Default.ToString());
    }

    [Fact]
    public void Warning_budgets_are_business_time_shares_or_leads()
    {
        // 75 % of 1 h = 45 min; 15 min before 1 h = 45 min; a lead longer than the target warns from the start.
        Assert.Equal(Duration.FromMinutes(45), SlaWarning.AtShare(0.75).BudgetFor(Hour));
        Assert.Equal(Duration.FromMinutes(45), SlaWarning.Before(Duration.FromMinutes(15)).BudgetFor(Hour));
        Assert.Equal(Duration.Zero, SlaWarning.Before(Duration.FromHours(2)).BudgetFor(Hour));
        // 1/3 of 100 s = 33.3 s, truncated to 33 s.
        Assert.Equal(Duration.FromSeconds(33), SlaWarning.AtShare(1.0 / 3).BudgetFor(Duration.FromSeconds(100)));
    }
}
