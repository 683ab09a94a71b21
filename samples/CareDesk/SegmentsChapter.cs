// Chapter "Segments and care plans": the desk classifies its customers and applies each segment's care plan.
using CustomerCare.Core;
using CustomerCare.Core.Segments;
using CustomerCare.Core.Segments.CarePlans;
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

    public static void Run(Instant now)
    {
        var segments = SegmentCatalogueJson.Read(Catalogue);
        var plans = new CarePlanCatalogue(CalendarsChapter.Desk,
        [
            new CarePlanBuilder("vip").UseSlaPolicy("VIP").Prefer("phone").FallBackTo("chat").RequireTier("senior").ContactEvery(ContactCadence.EveryMonths(3)).Build(),
            new CarePlanBuilder("elderly-alone").RaisePriority(1).Prefer("phone").AddNote("Take your time; ask how they are doing.").ContactEvery(ContactCadence.EveryDays(30)).Build(),
            new CarePlanBuilder("lapsing").Prefer("email").AddNote("Offer the loyalty voucher.").Build(),
            new CarePlanBuilder("standard").Prefer("chat").FallBackTo("email").Build(),
        ], segments);

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
            var segment = classifier.Classify(segments.Compile(customer));
            plans.TryGetPlan(segment.Name, out var plan);
            Console.WriteLine($"{customer.Id,-8} → {plan}");
            if (plans.TryGetNextContactDue(segment.Name, now, out var due))
            {
                Console.WriteLine($"         next proactive contact: {due.InZone(plans.Calendar.Zone):ddd dd MMM uuuu HH:mm}");
            }
        }

        Console.WriteLine($"Minimum tier for VIP issues: {(plans.TryGetMinimumTier("vip", out var tier) ? tier : "any")}.");
    }
}
