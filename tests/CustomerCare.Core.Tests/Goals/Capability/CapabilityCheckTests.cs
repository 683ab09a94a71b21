// Hand-worked findings of the consistency check: envelope, SLA promises against staffed response and closures, staffing forecasts.
using CustomerCare.Core.Goals.Capability;
using CustomerCare.Core.Sla.Policies;
using CustomerCare.Core.Staffing;
using NodaTime;
using static CustomerCare.Core.Tests.Goals.Capability.CapabilityFixture;

namespace CustomerCare.Core.Tests.Goals.Capability;

public sealed class CapabilityCheckTests
{
    private static readonly CapabilityEnvelope Envelope = CapabilityFixture.Envelope();

    /// <summary>Monday 30 November 00:00 to Monday 7 December 00:00, local.</summary>
    private static readonly Interval Week = new(Local(2026, 11, 30, 0, 0), Local(2026, 12, 7, 0, 0));

    private static readonly string[] AllPriorities = ["urgent", "high", "normal", "low"];

    private static SlaPolicySet Policies() => new SlaPolicySetBuilder()
        .AddCalendar("desk", Desk)
        .Add(new SlaPolicyBuilder("Chat").When(SlaCondition.Channel("chat")).OnCalendar("desk")
            .Target(SlaMetric.FirstResponse, Duration.FromMinutes(1), AllPriorities).Build())
        .Fallback(new SlaPolicyBuilder("Standard")
            .Target(SlaMetric.FirstResponse, Duration.FromHours(4), AllPriorities).Build())
        .Build();

    [Fact]
    public void A_fitting_envelope_has_no_findings() =>
        Assert.Empty(CapabilityCheck.Evaluate(Envelope, Week));

    [Fact]
    public void A_target_shorter_than_the_fastest_staffed_response_is_an_error_per_priority()
    {
        var findings = CapabilityCheck.Evaluate(Envelope, Week, Policies()).Where(f => f.Code == "sla.faster_than_staffed").ToList();
        Assert.Equal(4, findings.Count);
        var urgent = Assert.Single(findings, f => f.Subject == "policy 'Chat' / chat / urgent");
        Assert.Equal(FindingSeverity.Error, urgent.Severity);
        Assert.Equal(
            "Policy 'Chat' promises a first response within 1m for urgent tickets on chat, but the fastest response the business can staff there is 2m: lengthen the target to at least 2m or staff a faster response.",
            urgent.Message);
    }

    [Fact]
    public void A_channel_closed_longer_than_a_calendar_time_target_is_an_error_and_one_measured_on_its_own_calendar_is_not()
    {
        var findings = CapabilityCheck.Evaluate(Envelope, Week, Policies()).Where(f => f.Code == "sla.channel_closed_longer").ToList();
        // E-mail (desk hours) under the 24/7 Standard policy: the longest closure in the week is Friday 17:00 to the
        // window's end on Monday 00:00 = 55 h > 4 h. Phone is always staffed; chat is measured on the desk calendar.
        Assert.Equal(4, findings.Count);
        Assert.All(findings, f => Assert.StartsWith("policy 'Standard' / email / ", f.Subject, StringComparison.Ordinal));
        Assert.Equal(
            "Channel 'email' is unstaffed from 2026-12-04T10:00:00Z to 2026-12-06T17:00:00Z, 55h on the SLA's calendar '24/7', but policy 'Standard' promises a first response within 4h for low tickets: a ticket arriving when the channel closes breaches before anyone can answer. Staff the channel then, measure the SLA on the channel's calendar, or lengthen the target.",
            findings.Single(f => f.Subject.EndsWith("low", StringComparison.Ordinal)).Message);
    }

    [Fact]
    public void A_closure_of_exactly_the_target_fits()
    {
        // Weeknights the desk is closed 15 h (17:00 to 08:00); a 15 h target fits them, but not the weekend.
        var window = new Interval(Local(2026, 11, 30, 8, 0), Local(2026, 12, 1, 17, 0));
        var policies = new SlaPolicySetBuilder().Fallback(new SlaPolicyBuilder("Standard").Target(SlaMetric.FirstResponse, Duration.FromHours(15), AllPriorities).Build()).Build();
        Assert.DoesNotContain(CapabilityCheck.Evaluate(Envelope, window, policies), f => f.Code == "sla.channel_closed_longer");
    }

    [Fact]
    public void A_policy_on_a_calendar_the_envelope_does_not_know_is_a_warning_once()
    {
        var policies = new SlaPolicySetBuilder().AddCalendar("office", Desk)
            .Fallback(new SlaPolicyBuilder("Standard").OnCalendar("office").Target(SlaMetric.FirstResponse, Duration.FromHours(4), AllPriorities).Build()).Build();
        var finding = Assert.Single(CapabilityCheck.Evaluate(Envelope, Week, policies));
        Assert.Equal(new CapabilityFinding(FindingSeverity.Warning, "sla.calendar_unknown", "policy 'Standard'",
            "Policy 'Standard' measures first response on calendar 'office', which the envelope does not register, so closed channels could not be checked against it: register the calendar on the envelope under the same name."), finding);
    }

    [Fact]
    public void A_forecast_that_needs_more_agents_than_available_is_an_error()
    {
        // 10 Erlangs at 5 min, 80 % in 20 s: Erlang C needs 14 agents (P(wait) 0.174 with 14; 13 give 74 %).
        var workload = Workload.FromErlangs(10, Duration.FromMinutes(5));
        var target = StaffingTarget.ForServiceLevel(0.8, Duration.FromSeconds(20));
        Assert.Equal(14, ErlangC.RequiredAgents(workload, target).Agents);
        var findings = CapabilityCheck.Evaluate(Envelope, Week, forecasts:
        [
            new StaffingForecast("phone", workload, target, 13, label: "Mon 09:00"),
            new StaffingForecast("phone", workload, target, 14, label: "Mon 09:30"),
            // On chat an agent holds 3 items: 14 concurrent items need ⌈14 / 3⌉ = 5 agents.
            new StaffingForecast("chat", workload, target, 4),
            new StaffingForecast("chat", workload, target, 5),
            new StaffingForecast("fax", workload, target, 5),
        ]);
        Assert.Equal(3, findings.Count);
        Assert.Equal("staffing.understaffed", findings[0].Code);
        Assert.Equal("chat", findings[0].Subject);
        Assert.StartsWith("On chat the forecast of 10 Erlangs at AHT 0:00:05:00 needs 5 agents (14 concurrent items at 3 per agent)", findings[0].Message, StringComparison.Ordinal);
        Assert.EndsWith("(Erlang C), but 4 are available: add 1 agents or relax the promise.", findings[0].Message, StringComparison.Ordinal);
        Assert.Equal("phone Mon 09:00", findings[1].Subject);
        Assert.Contains("needs 14 agents to meet", findings[1].Message, StringComparison.Ordinal);
        Assert.Equal(new CapabilityFinding(FindingSeverity.Error, "staffing.unknown_channel", "fax",
            "A staffing forecast is given for channel 'fax', which the envelope does not offer: add the channel or drop the forecast."), findings[2]);
    }

    [Fact]
    public void With_patience_the_forecast_is_checked_with_Erlang_A()
    {
        var workload = Workload.FromErlangs(10, Duration.FromMinutes(5));
        var target = StaffingTarget.ForServiceLevel(0.8, Duration.FromSeconds(20));
        var patience = Duration.FromMinutes(2);
        var needed = ErlangA.RequiredAgents(workload, patience, target, ServiceLevelDefinition.AnsweredWithinOverOffered).Agents;
        var findings = CapabilityCheck.Evaluate(Envelope, Week, forecasts: [new StaffingForecast("phone", workload, target, needed - 1, patience)]);
        Assert.Contains($"needs {needed} agents to meet", Assert.Single(findings).Message, StringComparison.Ordinal);
        Assert.Contains("(Erlang A)", findings[0].Message, StringComparison.Ordinal);
        Assert.Empty(CapabilityCheck.Evaluate(Envelope, Week, forecasts: [new StaffingForecast("phone", workload, target, needed, patience)]));
    }

    [Fact]
    public void Envelope_findings_no_scope_never_staffed_and_a_ceiling_above_the_budget()
    {
        var envelope = new CapabilityEnvelopeBuilder(Saigon, "VND").AddCalendar("desk", Desk).AddChannel("chat", "desk")
            .Ceiling("returns/**", Vnd(6_000_000)).GoodwillBudget(Vnd(5_000_000), BudgetPeriod.Month).Build();
        var sunday = new Interval(Local(2026, 11, 29, 0, 0), Local(2026, 11, 30, 0, 0));
        var findings = CapabilityCheck.Evaluate(envelope, sunday);
        Assert.Equal(["envelope.ceiling_above_budget", "envelope.never_staffed", "envelope.no_scope"], findings.Select(f => f.Code));
        Assert.All(findings, f => Assert.Equal(FindingSeverity.Warning, f.Severity));
        Assert.Equal("The ceiling 6,000,000 VND for 'returns/**' is above the whole goodwill budget of 5,000,000 VND per Month: a grant at the ceiling can never be paid from the budget. Lower the ceiling or raise the budget.", findings[0].Message);
        Assert.Equal("Channel 'chat' is never staffed between 2026-11-28T17:00:00Z and 2026-11-29T17:00:00Z (calendar 'desk' is closed throughout): every request on it is declined.", findings[1].Message);
        Assert.Equal("Warning envelope.no_scope (scope): No request kind is in scope, so every request is declined: add Scope(pattern, RequestScope.InScope) for what the business handles.", findings[2].ToString());
    }

    [Fact]
    public void Findings_of_other_checks_sort_with_these()
    {
        var goal = new CapabilityFinding(FindingSeverity.Error, "goal.above_ceiling", "goal 'Refund fast'", "A goal promises more than the ceiling.");
        var all = CapabilityCheck.Evaluate(Envelope, Week, Policies()).Append(goal).Order(CapabilityFinding.MostSevereFirst).ToList();
        Assert.Equal("goal.above_ceiling", all[0].Code);
        Assert.All(all, f => Assert.Equal(FindingSeverity.Error, f.Severity));
    }

    [Fact]
    public void Findings_reject_blank_texts_and_undefined_severities()
    {
        Assert.Equal("code", Assert.Throws<ArgumentException>(() => new CapabilityFinding(FindingSeverity.Info, " ", "s", "m")).ParamName);
        Assert.Equal("subject", Assert.Throws<ArgumentNullException>(() => new CapabilityFinding(FindingSeverity.Info, "c", null!, "m")).ParamName);
        Assert.Equal("message", Assert.Throws<ArgumentException>(() => new CapabilityFinding(FindingSeverity.Info, "c", "s", "")).ParamName);
        Assert.Equal("severity", Assert.Throws<ArgumentOutOfRangeException>(() => new CapabilityFinding((FindingSeverity)7, "c", "s", "m")).ParamName);
    }

    [Fact]
    public void Bad_arguments_are_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => CapabilityCheck.Evaluate(null!, Week));
        var window = Assert.Throws<ArgumentException>(() => CapabilityCheck.Evaluate(Envelope, new Interval(null, MondayTen)));
        Assert.Equal("window", window.ParamName);
        var forecast = Assert.Throws<ArgumentException>(() => CapabilityCheck.Evaluate(Envelope, Week, forecasts: [null!]));
        Assert.Equal("forecasts", forecast.ParamName);
        var workload = Workload.FromErlangs(1, Duration.FromMinutes(5));
        var target = StaffingTarget.ForServiceLevel(0.8, Duration.FromSeconds(20));
        Assert.Equal("channel", Assert.Throws<ArgumentException>(() => new StaffingForecast(" ", workload, target, 1)).ParamName);
        Assert.Equal("workload", Assert.Throws<ArgumentException>(() => new StaffingForecast("phone", default, target, 1)).ParamName);
        Assert.Equal("target", Assert.Throws<ArgumentException>(() => new StaffingForecast("phone", workload, default, 1)).ParamName);
        Assert.Equal("agentsAvailable", Assert.Throws<ArgumentOutOfRangeException>(() => new StaffingForecast("phone", workload, target, -1)).ParamName);
        Assert.Equal("averagePatience", Assert.Throws<ArgumentOutOfRangeException>(() => new StaffingForecast("phone", workload, target, 1, Duration.Zero)).ParamName);
        Assert.Equal("definition", Assert.Throws<ArgumentOutOfRangeException>(() => new StaffingForecast("phone", workload, target, 1, definition: (ServiceLevelDefinition)9)).ParamName);
    }
}
