// SLA policy builders and models refuse null and blank input with the parameter's name and the exact message, and report every set error.
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Sla.Evaluation;
using CustomerCare.Core.Sla.Policies;
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CustomerCare.Core.Tests.Sla.Policies;

public sealed class SlaPolicyGuardTests
{
    private static readonly Duration Hour = Duration.FromHours(1);

    private static readonly SlaMetric Triage = SlaMetric.Custom("triage", [SlaEventMatch.StatusEntered("new")], [SlaEventMatch.StatusEntered("triaged")]);

    private static SlaPolicy Fallback() => new SlaPolicyBuilder("F").Target(SlaMetric.FirstResponse, "normal", Hour).Build();

    private static SlaPolicy Segment(string name, string segment) =>
        new SlaPolicyBuilder(name).When(SlaCondition.Segment(segment)).Target(SlaMetric.FirstResponse, "normal", Hour).Build();

    private static TicketTimeline Ticket() => new(new TicketAttributes("normal"), [TicketEvent.Opened(Instant.FromUtc(2025, 1, 6, 9, 0))]);

    private static void Refused<T>(string paramName, string message, Action act)
        where T : ArgumentException
    {
        var ex = Assert.Throws<T>(act);
        Assert.Equal(paramName, ex.ParamName);
        Assert.Equal(message + $" (Parameter '{paramName}')", ex.Message);
    }

    [Fact]
    public void The_policy_builder_refuses_null_arguments_by_name()
    {
        var builder = new SlaPolicyBuilder("P");

        Assert.Throws<ArgumentNullException>("condition", () => builder.When(null!));
        Assert.Throws<ArgumentNullException>("priorities", () => builder.Target(SlaMetric.Resolution, Hour, null!));
        Assert.Throws<ArgumentNullException>("statuses", () => builder.PauseOn(SlaMetric.Resolution, null!));
        Assert.Throws<ArgumentNullException>("metric", () => builder.PauseOn(null!, "pending"));
        Assert.Throws<ArgumentNullException>("metric", () => builder.Warn(null!, SlaWarning.AtShare(0.5)));
    }

    [Fact]
    public void The_policy_builder_says_which_blank_value_to_fix()
    {
        var builder = new SlaPolicyBuilder("P");

        Refused<ArgumentException>("calendar", "calendar must be non-empty; it was ' '.", () => builder.OnCalendar(SlaMetric.Resolution, " "));
        Refused<ArgumentException>("priority", "priority must be non-empty; it was ' '.", () => builder.Target(SlaMetric.Resolution, " ", Hour));
        Refused<ArgumentException>("statuses", "statuses must be non-empty; it was ' '.", () => builder.PauseOn(SlaMetric.Resolution, "pending", " "));
        Refused<ArgumentOutOfRangeException>("mode", "mode must be Continue or NewCycle; it was 7.", () => builder.Reopen((ReopenMode)7));
    }

    [Fact]
    public void A_policy_refuses_a_second_metric_of_the_same_name_and_accepts_the_same_metric_again()
    {
        var other = SlaMetric.Custom("Triage", [SlaEventMatch.Of(TicketEventKind.Opened)], [SlaEventMatch.Of(TicketEventKind.AgentPublicReply)]);
        var builder = new SlaPolicyBuilder("P").Target(Triage, "normal", Hour).Target(Triage, "high", Hour);

        Refused<ArgumentException>("metric", "Policy 'P' already uses another metric named 'Triage'.", () => builder.Target(other, "low", Hour));
        var policy = builder.Build();
        var target = Assert.Single(policy.Metrics);
        Assert.Same(Triage, target.Metric);
        Assert.Equal(["high", "normal"], target.Targets.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Custom_metrics_and_models_refuse_null_arguments_by_name()
    {
        Assert.Throws<ArgumentNullException>("startWhen", () => SlaMetric.Custom("t", null!, [SlaEventMatch.Of(TicketEventKind.Closed)]));
        Assert.Throws<ArgumentNullException>("stopWhen", () => SlaMetric.Custom("t", [SlaEventMatch.Of(TicketEventKind.Opened)], null!));
        Refused<ArgumentException>("name", "name must be a non-empty metric name; it was ' '.", () => SlaMetric.Custom(" ", [SlaEventMatch.Of(TicketEventKind.Opened)], [SlaEventMatch.Of(TicketEventKind.Closed)]));
        Assert.Throws<ArgumentNullException>("namesMostUrgentFirst", () => PriorityScale.Create(null!));
        Assert.Throws<ArgumentNullException>("metric", () => Fallback().For(null!));
        Assert.Throws<ArgumentNullException>("attributes", () => SlaCondition.Always.Matches(null!));
        Assert.Throws<ArgumentNullException>("values", () => SlaCondition.AttributeIn("tier", null!));
        Assert.Throws<ArgumentNullException>("conditions", () => SlaCondition.And(null!));
        Refused<ArgumentException>("attribute", "attribute must be a non-empty attribute name; it was ' '.", () => SlaCondition.AttributeIn(" ", "gold"));
    }

    [Fact]
    public void The_set_builder_refuses_null_arguments_by_name_and_blank_calendar_names()
    {
        var builder = new SlaPolicySetBuilder();

        Assert.Throws<ArgumentNullException>("priorities", () => builder.WithPriorities(null!));
        Assert.Throws<ArgumentNullException>("calendar", () => builder.AddCalendar("desk", null!));
        Assert.Throws<ArgumentNullException>("policy", () => builder.Add(null!));
        Assert.Throws<ArgumentNullException>("policy", () => builder.Fallback(null!));
        Refused<ArgumentException>("name", "name must be a non-empty calendar name; it was ' '.", () => builder.AddCalendar(" ", BusinessCalendar.AlwaysOpen(DateTimeZone.Utc)));
        var desk = BusinessCalendar.AlwaysOpen(DateTimeZone.Utc);
        Assert.Equal(["24/7", "a", "b"], builder.AddCalendar("b", desk).AddCalendar("a", desk).Fallback(Fallback()).Build().CalendarNames);
    }

    [Fact]
    public void The_set_lists_every_error_once_per_policy_and_the_known_calendars_in_order()
    {
        var desk = BusinessCalendar.AlwaysOpen(DateTimeZone.Utc);
        var builder = new SlaPolicySetBuilder().AddCalendar("b", desk).AddCalendar("a", desk)
            .Add(Segment("V1", "vip")).Add(Segment("V2", "vip")).Add(Segment("V3", "vip"))
            .Add(new SlaPolicyBuilder("X").When(SlaCondition.Priority("p9")).Target(SlaMetric.FirstResponse, "normal", Hour).OnCalendar("c").Build())
            .Fallback(Fallback());

        var ex = Assert.Throws<InvalidOperationException>(builder.Build);

        Assert.Equal(
            "The SLA policy set is invalid:\n"
            + " - Policy 'V2' can never apply: policy 'V1' before it has the same condition 'segment in [vip]'.\n"
            + " - Policy 'V3' can never apply: policy 'V1' before it has the same condition 'segment in [vip]'.\n"
            + " - Policy 'X' has a condition on priority 'p9', which is not on the scale (urgent > high > normal > low).\n"
            + " - Policy 'X' measures first_response on calendar 'c', which is not registered: register it on the builder or use '24/7'. Known: 24/7, a, b.",
            ex.Message);
    }

    [Fact]
    public void A_policy_after_one_for_every_ticket_is_reported_once_and_the_fallback_never()
    {
        var always = new SlaPolicyBuilder("All").Target(SlaMetric.FirstResponse, "normal", Hour).Build();

        var set = new SlaPolicySetBuilder().Add(always).Fallback(Fallback()).Build();
        Assert.Equal(["All", "F"], set.Policies.Select(p => p.Name));

        var ex = Assert.Throws<InvalidOperationException>(new SlaPolicySetBuilder().Add(always).Add(Segment("V1", "vip")).Add(Segment("V2", "vip")).Fallback(Fallback()).Build);
        Assert.Equal(
            "The SLA policy set is invalid:\n"
            + " - Policy 'V1' can never apply: policy 'All' before it matches every ticket. Move it up or give 'All' a condition.\n"
            + " - Policy 'V2' can never apply: policy 'All' before it matches every ticket. Move it up or give 'All' a condition.",
            ex.Message);
    }

    [Fact]
    public void The_set_refuses_a_null_ticket_everywhere_and_a_window_that_ends_before_it_starts()
    {
        var set = new SlaPolicySetBuilder().Fallback(Fallback()).Build();
        var at = Instant.FromUtc(2025, 1, 6, 9, 0);

        Assert.Throws<ArgumentNullException>("ticket", () => set.Select(null!, at));
        Assert.Throws<ArgumentNullException>("ticket", () => set.Evaluate(null!, at));
        Assert.Throws<ArgumentNullException>("ticket", () => set.Evaluate(null!, at, new SlaMetricResult[4], out _));
        Assert.Throws<ArgumentNullException>("ticket", () => set.MaxResults(null!));
        Assert.Throws<ArgumentNullException>("ticket", () => set.Transitions(null!, at, at));
        Assert.Throws<ArgumentNullException>("metric", () => set.Evaluate(Ticket(), at).For(null!));
        Refused<ArgumentOutOfRangeException>("to", "to must not be before from (2025-01-06T09:00:00Z); it was 2025-01-06T08:59:59Z.", () => set.Transitions(Ticket(), at, at - Duration.FromSeconds(1)));
        Assert.Empty(set.Transitions(Ticket(), at, at));
    }
}
