// The SLA policies of the sample desk: VIP and chat on round-the-clock time, everything else on weekday business hours.
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Responsibility;
using CustomerCare.Core.Sla.Policies;
using NodaTime;

namespace CareDesk.Orleans.Hosting;

/// <summary>Builds the desk's policy set (the same in every silo and in the single-process reference).</summary>
public static class DeskPolicies
{
    /// <summary>The desk's time zone.</summary>
    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Europe/Berlin"];

    /// <summary>The priorities used by the synthetic month, most urgent first.</summary>
    public static readonly string[] Priorities = [PriorityScale.Urgent, PriorityScale.High, PriorityScale.Normal, PriorityScale.Low];

    /// <summary>The categories of the synthetic month's tickets.</summary>
    public static readonly string[] Categories = ["orders/delivery", "orders/returns", "billing/invoice", "technical/login", "technical/outage"];

    /// <summary>
    /// Builds the desk's responsibility matrix: agent → team leader → deputy head → head; S1 issues and technical
    /// outages start with a team leader, everything else with an agent; every SLA breach moves a ticket one level up
    /// (warnings and repeat contacts do not escalate).
    /// </summary>
    public static ResponsibilityModel Responsibility()
    {
        var builder = new ResponsibilityModelBuilder()
            .AddTier("agent", "team leader")
            .AddTier("team leader", "deputy head")
            .AddTier("deputy head", "head")
            .AddTier("head");
        foreach (var category in Categories)
        {
            builder.AddCategory(category);
        }

        return builder
            .Assign(10, "technical/outage", "team leader", "S1", "S2", "S3", "S4")
            .Assign(90, "**", "agent", "S2", "S3", "S4")
            .Assign(91, "**", "team leader", "S1")
            .EscalateOnSla(onWarning: false, onBreach: true)
            .EscalateOnRepeatContacts(0) // the grains escalate on SLA transitions only
            .Build();
    }

    /// <summary>Builds the policies; <paramref name="first"/> are tried before the desk's own (tests add a fast one).</summary>
    public static SlaPolicySet Create(params SlaPolicy[] first)
    {
        ArgumentNullException.ThrowIfNull(first);
        var desk = new BusinessCalendarBuilder(Zone).AddWeekdays(new LocalTime(8, 0), new LocalTime(18, 0)).Build();
        var builder = new SlaPolicySetBuilder().AddCalendar("desk", desk);
        foreach (var policy in first)
        {
            builder.Add(policy);
        }

        return builder
            .Add(new SlaPolicyBuilder("VIP").When(SlaCondition.Segment("vip"))
                .Target(SlaMetric.FirstResponse, Duration.FromMinutes(30), Priorities)
                .Warn(SlaMetric.FirstResponse, SlaWarning.AtShare(0.75))
                .Target(SlaMetric.Resolution, Duration.FromHours(8), Priorities)
                .PauseOn(SlaMetric.Resolution, "pending")
                .Build())
            .Add(new SlaPolicyBuilder("Chat").When(SlaCondition.Channel("chat"))
                .Target(SlaMetric.FirstResponse, Duration.FromMinutes(5), Priorities)
                .Target(SlaMetric.NextResponse, Duration.FromMinutes(10), Priorities)
                .Build())
            .Fallback(new SlaPolicyBuilder("Standard").OnCalendar("desk")
                .Target(SlaMetric.FirstResponse, Duration.FromHours(1), PriorityScale.Urgent, PriorityScale.High)
                .Target(SlaMetric.FirstResponse, Duration.FromHours(4), PriorityScale.Normal, PriorityScale.Low)
                .Warn(SlaMetric.FirstResponse, SlaWarning.AtShare(0.75))
                .Target(SlaMetric.NextResponse, Duration.FromHours(2), Priorities)
                .Target(SlaMetric.Resolution, Duration.FromHours(16), Priorities)
                .Warn(SlaMetric.Resolution, SlaWarning.Before(Duration.FromHours(2)))
                .PauseOn(SlaMetric.Resolution, "pending")
                .Reopen(ReopenMode.Continue)
                .Build())
            .Build();
    }
}
