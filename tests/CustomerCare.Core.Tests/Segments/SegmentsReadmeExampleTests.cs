// The README's "Segments and care plans" example, run as written: classification, care plans from JSON, a stamped ticket's SLA policy.
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Segments;
using CustomerCare.Core.Segments.CarePlans;
using CustomerCare.Core.Sla.Policies;
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CustomerCare.Core.Tests.Segments;

public sealed class SegmentsReadmeExampleTests
{
    [Fact]
    public void The_readme_example_gives_the_numbers_it_states()
    {
        var zone = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];
        var desk = new BusinessCalendarBuilder(zone).AddWeekdays(new LocalTime(8, 0), new LocalTime(17, 0)).Build();

        var segments = new SegmentCatalogueBuilder(zone)
            .Add("vip", SegmentRule.AtLeast(CommonAttributes.LifetimeSpend, new Money(10_000m, "EUR")))
            .Add("elderly-alone", SegmentRule.And(
                SegmentRule.AtLeast(CommonAttributes.Age, 70),
                SegmentRule.Equal(CommonAttributes.LivesAlone, true)))
            .Add("lapsing", SegmentRule.And(
                SegmentRule.AtLeast(CommonAttributes.PurchaseCount, 3),
                SegmentRule.Not(SegmentRule.WithinLast(CommonAttributes.LastPurchase, 6, RecencyUnit.Months))))
            .WithDefault("standard")
            .Build();

        var now = Instant.FromUtc(2026, 11, 30, 3, 0);               // Monday 10:00 in Ho Chi Minh City
        var classifier = segments.AsOf(now);
        var hung = segments.Compile(new CustomerProfile { BirthDate = new LocalDate(1949, 3, 14), LivesAlone = true });
        Assert.Equal("elderly-alone", classifier.Classify(hung).Name);
        Assert.Equal(["elderly-alone", "standard"], classifier.ClassifyAll(hung).Select(s => s.Name));

        var json = SegmentCatalogueJson.Write(segments);
        Assert.Equal("elderly-alone", SegmentCatalogueJson.Read(json).Classify(new CustomerProfile { BirthDate = new LocalDate(1949, 3, 14), LivesAlone = true }, now).Name);

        var plans = CarePlanCatalogueJson.Read(
            """
            {
              "calendar": "desk",
              "plans": [
                { "segment": "vip", "sla_policy": "VIP", "preferred_channels": ["phone"], "fallback_channels": ["chat"],
                  "minimum_tier": "senior", "contact_every": "3 months" },
                { "segment": "elderly-alone", "priority_uplift": 1, "preferred_channels": ["phone"],
                  "notes": ["Take your time; ask how they are doing."], "contact_every": "30 days" }
              ]
            }
            """,
            new Dictionary<string, BusinessCalendar> { ["desk"] = desk },
            segments);
        Assert.True(plans.TryGetPlan("elderly-alone", out var plan));
        Assert.Equal("elderly-alone: priority +1, phone, every 30 days", plan.ToString());
        Assert.True(plans.TryGetNextContactDue("elderly-alone", now, out var due));
        Assert.Equal(new LocalDateTime(2026, 12, 30, 8, 0), due.InZone(zone).LocalDateTime);   // Wednesday 30 December, 08:00

        var policies = new SlaPolicySetBuilder()
            .Add(new SlaPolicyBuilder("VIP").When(SlaCondition.Segment("vip")).Target(SlaMetric.FirstResponse, "normal", Duration.FromMinutes(15)).Build())
            .Fallback(new SlaPolicyBuilder("Standard").Target(SlaMetric.FirstResponse, "normal", Duration.FromHours(4)).Build())
            .Build();
        var lan = segments.Compile(new CustomerProfile { LifetimeSpend = new Money(12_000m, "EUR") });
        var ticket = classifier.StampSegment(new TicketAttributes("normal", channel: "chat"), lan);
        Assert.Equal("vip", ticket.Segment);
        Assert.Equal("VIP", policies.Select(new TicketTimeline(ticket, [TicketEvent.Opened(now)]), now).Name);

        var readme = File.ReadAllText(Path.Combine(TestInfrastructure.RepositoryPaths.Root, "README.md"));
        Assert.Contains("// elderly-alone: priority +1, phone, every 30 days", readme, StringComparison.Ordinal);
        Assert.Contains("var ticket = classifier.StampSegment(new TicketAttributes(\"normal\", channel: \"chat\"), lan);", readme, StringComparison.Ordinal);
    }
}
