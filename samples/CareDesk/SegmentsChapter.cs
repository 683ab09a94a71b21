// Chapter "Segments and care plans": the desk classifies its customers and applies each segment's care plan.
using CustomerCare.Core;
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Segments;
using CustomerCare.Core.Segments.CarePlans;
using CustomerCare.Core.Sla.Policies;
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CareDesk;

/// <summary>Who the desk's customers are, and how each group is served.</summary>
internal static class SegmentsChapter
{
    private const string Catalogue = """
        {
          "zone": "Asia/Ho_Chi_Minh",
          "segments": [
            { "name": "vip", "rule": { "attribute": "lifetime_spend", "at_least": "250000000 VND" } },
            { "name": "elderly-alone", "rule": { "all": [ { "attribute": "age", "at_least": 70 }, { "attribute": "lives_alone", "equals": true } ] } },
            { "name": "lapsing", "rule": { "all": [ { "attribute": "purchase_count", "at_least": 3 }, { "not": { "attribute": "last_purchase", "within_last": "6 months" } } ] } }
          ],
          "default": "standard"
        }
        """;

    private const string CarePlans = """
        {
          "calendar": "desk",
          "plans": [
            { "segment": "vip", "sla_policy": "VIP", "preferred_channels": ["phone"], "fallback_channels": ["chat"], "minimum_tier": "senior", "contact_every": "3 months" },
            { "segment": "elderly-alone", "priority_uplift": 1, "preferred_channels": ["phone"], "notes": ["Take your time; ask how they are doing."], "contact_every": "30 days" },
            { "segment": "lapsing", "preferred_channels": ["email"], "notes": ["Offer the loyalty voucher."] },
            { "segment": "standard", "preferred_channels": ["chat"], "fallback_channels": ["email"] }
          ]
        }
        """;

    public static void Run(Instant now)
    {
        var segments = SegmentCatalogueJson.Read(Catalogue);
        var plans = CarePlanCatalogueJson.Read(CarePlans, new Dictionary<string, BusinessCalendar> { ["desk"] = CalendarsChapter.Desk }, segments);

        // The SLA engine selects by segment; the ticket's segment is stamped from the customer's classification.
        var policies = new SlaPolicySetBuilder()
            .Add(new SlaPolicyBuilder("VIP").When(SlaCondition.Segment("vip")).Target(SlaMetric.FirstResponse, Duration.FromMinutes(15), "normal").Build())
            .Fallback(new SlaPolicyBuilder("Standard").Target(SlaMetric.FirstResponse, Duration.FromHours(4), "normal").Build())
            .Build();

        CustomerProfile[] customers =
        [
            new() { Id = "Ms Lan", LifetimeSpend = new Money(310_000_000m, "VND"), PurchaseCount = 42, LastPurchase = new LocalDate(2026, 11, 2) },
            new() { Id = "Mr Hùng", BirthDate = new LocalDate(1949, 3, 14), LivesAlone = true, PurchaseCount = 2 },
            new() { Id = "Ms Thảo", PurchaseCount = 5, LastPurchase = new LocalDate(2025, 12, 20) },
            new() { Id = "Mr Minh", PurchaseCount = 1, LastPurchase = new LocalDate(2026, 11, 20) },
        ];

        var classifier = segments.AsOf(now);
        foreach (var customer in customers)
        {
            var compiled = segments.Compile(customer);
            var segment = classifier.Classify(compiled);
            plans.TryGetPlan(segment.Name, out var plan);
            var ticket = classifier.StampSegment(new TicketAttributes("normal", channel: "chat"), compiled);
            var policy = policies.Select(new TicketTimeline(ticket, [TicketEvent.Opened(now)]), now).Name;
            Console.WriteLine($"{customer.Id,-8} → {plan}; a ticket today runs under SLA policy {policy}");
            if (plans.TryGetNextContactDue(segment.Name, now, out var due))
            {
                Console.WriteLine($"         next proactive contact: {due.InZone(plans.Calendar.Zone):ddd dd MMM uuuu HH:mm}");
            }
        }

        Console.WriteLine($"Minimum tier for VIP issues: {(plans.TryGetMinimumTier("vip", out var tier) ? tier : "any")}.");
    }
}
