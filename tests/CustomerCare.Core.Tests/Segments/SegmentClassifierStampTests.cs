// The bridge from segments to SLA policies: a ticket's segment stamped from the customer's classification selects the segment's policy.
using CustomerCare.Core.Segments;
using CustomerCare.Core.Sla.Policies;
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CustomerCare.Core.Tests.Segments;

public sealed class SegmentClassifierStampTests
{
    private static readonly Instant Opened = Instant.FromUtc(2026, 11, 30, 3, 0);

    private static readonly SegmentCatalogue Segments = new SegmentCatalogueBuilder(DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"])
        .Add("vip", SegmentRule.AtLeast(CommonAttributes.LifetimeSpend, new Money(10_000m, "EUR")))
        .Add("elderly-alone", SegmentRule.And(SegmentRule.AtLeast(CommonAttributes.Age, 70), SegmentRule.Equal(CommonAttributes.LivesAlone, true)))
        .WithDefault("standard")
        .Build();

    private static readonly SlaPolicySet Policies = new SlaPolicySetBuilder()
        .Add(new SlaPolicyBuilder("VIP").When(SlaCondition.Segment("vip")).Target(SlaMetric.FirstResponse, "normal", Duration.FromMinutes(30)).Build())
        .Add(new SlaPolicyBuilder("Gentle").When(SlaCondition.Segment("elderly-alone")).Target(SlaMetric.FirstResponse, "normal", Duration.FromHours(2)).Build())
        .Fallback(new SlaPolicyBuilder("Standard").Target(SlaMetric.FirstResponse, "normal", Duration.FromHours(8)).Build())
        .Build();

    private static string PolicyOf(TicketAttributes attributes) =>
        Policies.Select(new TicketTimeline(attributes, [TicketEvent.Opened(Opened)]), Opened + Duration.FromMinutes(5)).Name;

    [Theory]
    [InlineData(12_000, null, null, "vip", "VIP")]
    [InlineData(500, 75, true, "elderly-alone", "Gentle")]
    [InlineData(500, 75, false, "standard", "Standard")]
    [InlineData(null, null, null, "standard", "Standard")]
    public void The_stamped_segment_selects_the_segments_policy(int? spend, int? age, bool? alone, string segment, string policy)
    {
        var profile = new CustomerProfile { LifetimeSpend = spend is { } s ? new Money(s, "EUR") : null, Age = age, LivesAlone = alone };
        var ticket = new TicketAttributes("normal", channel: "chat", category: "billing", tags: ["web"], custom: new Dictionary<string, string> { ["store"] = "HCM-1" });

        var stamped = Segments.AsOf(Opened).StampSegment(ticket, Segments.Compile(profile));

        Assert.Equal(segment, stamped.Segment);
        Assert.Equal(policy, PolicyOf(stamped));
        Assert.Equal("Standard", PolicyOf(ticket));
        Assert.Equal(("normal", "chat", "billing", "HCM-1"), (stamped.Priority, stamped.Channel, stamped.Category, stamped.Custom["store"]));
        Assert.Equal(new[] { "web" }, stamped.Tags);
    }

    [Fact]
    public void The_classification_replaces_a_segment_typed_by_hand_and_is_counted_as_of_the_instant()
    {
        var profile = new CustomerProfile { BirthDate = new LocalDate(1956, 12, 1), LivesAlone = true };
        var typed = new TicketAttributes("normal", segment: "vip");

        // Born 1 December 1956: 69 on 30 November 2026, 70 from 1 December (local dates in Ho Chi Minh City).
        Assert.Equal("standard", Segments.StampSegment(typed, profile, Opened).Segment);
        Assert.Equal("elderly-alone", Segments.StampSegment(typed, profile, Instant.FromUtc(2026, 11, 30, 17, 0)).Segment);
        Assert.Equal("Gentle", PolicyOf(Segments.StampSegment(typed, profile, Instant.FromUtc(2026, 11, 30, 17, 0))));
    }

    [Fact]
    public void Rejects_bad_arguments()
    {
        var classifier = Segments.AsOf(Opened);
        var other = new SegmentCatalogueBuilder(DateTimeZone.Utc).WithDefault("all").Build();

        Assert.Equal("ticket", Assert.Throws<ArgumentNullException>(() => classifier.StampSegment(null!, Segments.Compile(new CustomerProfile()))).ParamName);
        Assert.Equal("profile", Assert.Throws<ArgumentException>(() => classifier.StampSegment(new TicketAttributes("normal"), other.Compile(new CustomerProfile()))).ParamName);
        Assert.Equal("ticket", Assert.Throws<ArgumentNullException>(() => Segments.StampSegment(null!, new CustomerProfile(), Opened)).ParamName);
        Assert.Equal("profile", Assert.Throws<ArgumentNullException>(() => Segments.StampSegment(new TicketAttributes("normal"), null!, Opened)).ParamName);
    }
}
