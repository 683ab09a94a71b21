// The hand-worked phone desk: four hierarchy tiers, three functional roles, the product team, and an ordered matrix.
using CustomerCare.Core.Responsibility;
using CustomerCare.Core.Sla.Policies;
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CustomerCare.Core.Tests.Responsibility;

/// <summary>
/// Tiers: agent (50 EUR) → team leader (200) → deputy head (1,000) → head (5,000); returns (500, returns/**) → team
/// leader; customer data → deputy head; problem management → head. Rules: hardware S3/S4 → agent (10), hardware S2 →
/// team leader (20), battery S1 → head with problem management responsible and the product team informed (30),
/// hardware S1 → deputy head (40), anything else S3/S4 → agent (90), S1/S2 → team leader (91).
/// </summary>
internal static class PhoneDesk
{
    public static readonly Instant Day = Instant.FromUtc(2026, 3, 2, 0, 0);

    public static Instant T(int hour, int minute = 0) => Day + Duration.FromHours(hour) + Duration.FromMinutes(minute);

    public static Money Eur(decimal amount) => new(amount, "EUR");

    public static ResponsibilityModelBuilder Builder() => new ResponsibilityModelBuilder()
        .AddTier("agent", "team leader", Eur(50), "returns/**", "compensation/**")
        .AddTier("team leader", "deputy head", Eur(200), "returns/**", "compensation/**")
        .AddTier("deputy head", "head", Eur(1000), "returns/**", "compensation/**")
        .AddTier("head", null, Eur(5000), "returns/**", "compensation/**")
        .AddRole("returns", "team leader", Eur(500), "returns/**")
        .AddRole("customer data", "deputy head")
        .AddRole("problem management", "head")
        .AddParty("product team")
        .AddCategory("hardware/display/touch")
        .AddCategory("hardware/battery/overheating")
        .AddCategory("billing")
        .AddCategory("account/data")
        .Assign(10, "hardware/**", "agent", "S3", "S4")
        .Assign(20, "hardware/**", "team leader", "S2")
        .Add(new AssignmentRule(30, CategoryPattern.Parse("hardware/battery/**"), ["S1"],
        [
            new RaciEntry("head", RaciRole.Accountable),
            new RaciEntry("problem management", RaciRole.Responsible),
            new RaciEntry("product team", RaciRole.Informed),
        ]))
        .Add(new AssignmentRule(40, CategoryPattern.Parse("hardware/**"), ["S1"],
            [new RaciEntry("deputy head", RaciRole.Accountable), new RaciEntry("problem management", RaciRole.Responsible)]))
        .Assign(90, "**", "agent", "S3", "S4")
        .Assign(91, "**", "team leader", "S1", "S2");

    public static ResponsibilityModel Model() => Builder().Build();

    /// <summary>24/7: first response 1 h with a warning 15 min before; resolution 4 h with a warning at 75 %.</summary>
    public static SlaPolicySet Policies() => new SlaPolicySetBuilder()
        .Fallback(new SlaPolicyBuilder("Standard")
            .Target(SlaMetric.FirstResponse, "normal", Duration.FromHours(1))
            .Warn(SlaMetric.FirstResponse, SlaWarning.Before(Duration.FromMinutes(15)))
            .Target(SlaMetric.Resolution, "normal", Duration.FromHours(4))
            .Warn(SlaMetric.Resolution, SlaWarning.AtShare(0.75))
            .Build())
        .Build();

    public static TicketTimeline Ticket(string category, string severity, string? segment = null, params TicketEvent[] later) =>
        new(new TicketAttributes("normal", segment: segment, category: category, custom: new Dictionary<string, string> { ["severity"] = severity }),
            [TicketEvent.Opened(T(9)), .. later]);
}
