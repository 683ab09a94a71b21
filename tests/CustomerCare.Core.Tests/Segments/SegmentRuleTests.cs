// Segment rules, hand-worked: every rule kind, missing-value handling, recency and age at period edges.
using CustomerCare.Core.Segments;
using NodaTime;

namespace CustomerCare.Core.Tests.Segments;

public sealed class SegmentRuleTests
{
    private static readonly DateTimeZone Saigon = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];

    // Monday 30 November 2026, 10:00 in Ho Chi Minh City (03:00 UTC): "today" is 2026-11-30.
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 30, 3, 0);

    internal static bool Holds(SegmentRule rule, CustomerProfile profile, Instant? asOf = null, Action<SegmentCatalogueBuilder>? declare = null)
    {
        var builder = new SegmentCatalogueBuilder(Saigon).Add("hit", rule).WithDefault("miss");
        declare?.Invoke(builder);
        return builder.Build().Classify(profile, asOf ?? Now).Name == "hit";
    }

    [Fact]
    public void Comparisons_on_numbers_are_strict_or_inclusive_as_named()
    {
        var p = new CustomerProfile { PurchaseCount = 10 };

        Assert.True(Holds(SegmentRule.AtLeast(CommonAttributes.PurchaseCount, 10), p));
        Assert.False(Holds(SegmentRule.GreaterThan(CommonAttributes.PurchaseCount, 10), p));
        Assert.True(Holds(SegmentRule.GreaterThan(CommonAttributes.PurchaseCount, 9.5), p));
        Assert.True(Holds(SegmentRule.AtMost(CommonAttributes.PurchaseCount, 10), p));
        Assert.False(Holds(SegmentRule.LessThan(CommonAttributes.PurchaseCount, 10), p));
        Assert.True(Holds(SegmentRule.LessThan(CommonAttributes.PurchaseCount, 10.000001), p));
        Assert.True(Holds(SegmentRule.Equal(CommonAttributes.PurchaseCount, 10), p));
        Assert.False(Holds(SegmentRule.NotEqual(CommonAttributes.PurchaseCount, 10), p));
        Assert.True(Holds(SegmentRule.Between(CommonAttributes.PurchaseCount, 10, 10), p));
        Assert.False(Holds(SegmentRule.Between(CommonAttributes.PurchaseCount, 11, 20), p));
    }

    [Fact]
    public void Negative_numbers_keep_their_order()
    {
        void Declare(SegmentCatalogueBuilder b) => b.DeclareAttribute("balance", AttributeKind.Number);
        CustomerProfile P(double v) => new() { Custom = new Dictionary<string, AttributeValue> { ["balance"] = v } };

        Assert.True(Holds(SegmentRule.LessThan("balance", -1.5), P(-2), declare: Declare));
        Assert.False(Holds(SegmentRule.LessThan("balance", -1.5), P(-1), declare: Declare));
        Assert.True(Holds(SegmentRule.Between("balance", -3, 0), P(-0.0), declare: Declare));
        Assert.True(Holds(SegmentRule.Equal("balance", 0), P(-0.0), declare: Declare));
    }

    [Fact]
    public void Money_compares_amounts_of_the_rules_currency_and_treats_another_currency_as_missing()
    {
        var rule = SegmentRule.AtLeast(CommonAttributes.LifetimeSpend, new Money(10_000m, "EUR"));

        Assert.True(Holds(rule, new CustomerProfile { LifetimeSpend = new Money(10_000.00m, "EUR") }));
        Assert.False(Holds(rule, new CustomerProfile { LifetimeSpend = new Money(9_999.99m, "EUR") }));
        Assert.False(Holds(rule, new CustomerProfile { LifetimeSpend = new Money(1_000_000m, "VND") }));
        Assert.True(Holds(SegmentRule.AtLeast(CommonAttributes.LifetimeSpend, new Money(10_000m, "EUR"), WhenMissing.Match), new CustomerProfile { LifetimeSpend = new Money(5m, "VND") }));
        Assert.True(Holds(SegmentRule.Between(CommonAttributes.AverageOrderValue, new Money(50m, "EUR"), new Money(100m, "EUR")), new CustomerProfile { AverageOrderValue = new Money(75.5m, "EUR") }));
        Assert.False(Holds(SegmentRule.GreaterThan(CommonAttributes.AverageOrderValue, new Money(50m, "EUR")), new CustomerProfile { AverageOrderValue = new Money(50m, "EUR") }));
    }

    [Fact]
    public void Exact_numbers_compare_exactly_between_the_rules_constants()
    {
        void Declare(SegmentCatalogueBuilder b) => b.DeclareAttribute("credit", AttributeKind.ExactNumber);
        CustomerProfile P(decimal v) => new() { Custom = new Dictionary<string, AttributeValue> { ["credit"] = v } };
        var rule = SegmentRule.Between("credit", 0.1m, 0.3m);

        Assert.True(Holds(rule, P(0.1m), declare: Declare));
        Assert.True(Holds(rule, P(0.2m), declare: Declare));
        Assert.True(Holds(rule, P(0.30m), declare: Declare));
        Assert.False(Holds(rule, P(0.3000000001m), declare: Declare));
        Assert.False(Holds(rule, P(0.0999999999m), declare: Declare));
        Assert.True(Holds(SegmentRule.GreaterThan("credit", 0.3m), P(0.3000000001m), declare: Declare));
    }

    [Fact]
    public void Text_equality_and_membership_ignore_case()
    {
        var p = new CustomerProfile { Region = "North", Language = "vi" };

        Assert.True(Holds(SegmentRule.Equal(CommonAttributes.Region, "north"), p));
        Assert.True(Holds(SegmentRule.In(CommonAttributes.Region, ["south", "NORTH"]), p));
        Assert.False(Holds(SegmentRule.In(CommonAttributes.Region, ["south", "central"]), p));
        Assert.True(Holds(SegmentRule.NotEqual(CommonAttributes.Language, "en"), p));
        Assert.True(Holds(SegmentRule.Equal(CommonAttributes.PaymentAbility, "very_high"), new CustomerProfile { PaymentAbility = PaymentAbility.VeryHigh }));
    }

    [Fact]
    public void Membership_of_numbers_and_booleans()
    {
        Assert.True(Holds(SegmentRule.In(CommonAttributes.PurchaseCount, [1, 3, 5]), new CustomerProfile { PurchaseCount = 3 }));
        Assert.False(Holds(SegmentRule.In(CommonAttributes.PurchaseCount, [1, 3, 5]), new CustomerProfile { PurchaseCount = 4 }));
        Assert.True(Holds(SegmentRule.Equal(CommonAttributes.LivesAlone, true), new CustomerProfile { LivesAlone = true }));
        Assert.False(Holds(SegmentRule.Equal(CommonAttributes.LivesAlone, true), new CustomerProfile { LivesAlone = false }));
    }

    [Fact]
    public void Sets_contain_any_or_all_of_the_members()
    {
        void Declare(SegmentCatalogueBuilder b) => b.DeclareAttribute("tags", AttributeKind.TextSet);
        var p = new CustomerProfile { Custom = new Dictionary<string, AttributeValue> { ["tags"] = AttributeValue.TextSet("gold", "Hearing-Aid", "unknown-to-rules") } };

        Assert.True(Holds(SegmentRule.ContainsAny("tags", ["silver", "GOLD"]), p, declare: Declare));
        Assert.False(Holds(SegmentRule.ContainsAny("tags", ["silver", "bronze"]), p, declare: Declare));
        Assert.True(Holds(SegmentRule.ContainsAll("tags", ["gold", "hearing-aid"]), p, declare: Declare));
        Assert.False(Holds(SegmentRule.ContainsAll("tags", ["gold", "silver"]), p, declare: Declare));
        Assert.False(Holds(SegmentRule.ContainsAny("tags", ["gold"]), new CustomerProfile { Custom = new Dictionary<string, AttributeValue> { ["tags"] = AttributeValue.TextSet() } }, declare: Declare));
    }

    [Fact]
    public void Sets_with_more_members_than_one_word_holds()
    {
        void Declare(SegmentCatalogueBuilder b) => b.DeclareAttribute("tags", AttributeKind.TextSet);
        var many = Enumerable.Range(0, 150).Select(i => $"t{i}").ToArray();
        var p = new CustomerProfile { Custom = new Dictionary<string, AttributeValue> { ["tags"] = AttributeValue.TextSet("t149", "t3", "t70") } };

        Assert.True(Holds(SegmentRule.And(SegmentRule.ContainsAny("tags", many), SegmentRule.ContainsAll("tags", ["t3", "t70", "t149"])), p, declare: Declare));
        Assert.False(Holds(SegmentRule.ContainsAll("tags", ["t3", "t70", "t149", "t148"]), p, declare: Declare));
        Assert.True(Holds(SegmentRule.ContainsAny("tags", ["t0", "t149"]), p, declare: Declare));
    }

    [Fact]
    public void Missing_values_are_false_or_match_as_each_rule_says()
    {
        var empty = new CustomerProfile();

        Assert.False(Holds(SegmentRule.AtLeast(CommonAttributes.PurchaseCount, 1), empty));
        Assert.True(Holds(SegmentRule.AtLeast(CommonAttributes.PurchaseCount, 1, WhenMissing.Match), empty));
        Assert.False(Holds(SegmentRule.NotEqual(CommonAttributes.Region, "north"), empty));
        Assert.True(Holds(SegmentRule.Not(SegmentRule.Equal(CommonAttributes.Region, "north")), empty));
        Assert.True(Holds(SegmentRule.Not(SegmentRule.HasValue(CommonAttributes.Region)), empty));
        Assert.True(Holds(SegmentRule.HasValue(CommonAttributes.Region), new CustomerProfile { Region = "x" }));
        Assert.True(Holds(SegmentRule.WithinLast(CommonAttributes.LastPurchase, 30, RecencyUnit.Days, WhenMissing.Match), empty));
    }

    [Fact]
    public void And_or_not_combine_rules()
    {
        var p = new CustomerProfile { PurchaseCount = 3, Region = "north" };
        var few = SegmentRule.LessThan(CommonAttributes.PurchaseCount, 5);
        var south = SegmentRule.Equal(CommonAttributes.Region, "south");

        Assert.False(Holds(SegmentRule.And(few, south), p));
        Assert.True(Holds(SegmentRule.Or(few, south), p));
        Assert.True(Holds(SegmentRule.And(few, SegmentRule.Not(south)), p));
        Assert.False(Holds(SegmentRule.Or(), p));
    }

    [Fact]
    public void A_rule_that_always_holds_leaves_nothing_for_the_default_segment()
    {
        foreach (var always in new[] { SegmentRule.Always, SegmentRule.And(), SegmentRule.Or(SegmentRule.Not(SegmentRule.Or()), SegmentRule.HasValue(CommonAttributes.Region)) })
        {
            var problem = Assert.Single(new SegmentCatalogueBuilder(Saigon).Add("all", always).WithDefault("none").Validate());
            Assert.Equal("default: the default segment 'none' can never be reached: segment 'all' matches every customer.", problem.ToString());
        }
    }

    [Theory]
    [InlineData("2026-11-30", true)] // today
    [InlineData("2026-10-31", true)] // exactly 30 days ago
    [InlineData("2026-10-30", false)] // 31 days ago
    [InlineData("2026-12-01", false)] // the future does not count
    public void Within_the_last_30_days_counts_from_today_back_to_30_days_ago_inclusive(string date, bool expected)
    {
        var p = new CustomerProfile { LastPurchase = NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value };

        Assert.Equal(expected, Holds(SegmentRule.WithinLast(CommonAttributes.LastPurchase, 30, RecencyUnit.Days), p));
    }

    [Theory]
    [InlineData("2026-05-31", "2026-02-28", true)] // 31 May − 3 months clamps to 28 Feb
    [InlineData("2026-05-31", "2026-02-27", false)]
    [InlineData("2028-05-31", "2028-02-29", true)] // leap year
    [InlineData("2026-03-31", "2025-12-31", true)]
    [InlineData("2026-03-31", "2025-12-30", false)]
    public void Within_the_last_3_months_uses_calendar_months_clamped_to_month_end(string today, string date, bool expected)
    {
        var asOf = NodaTime.Text.LocalDatePattern.Iso.Parse(today).Value.At(new LocalTime(12, 0)).InZoneStrictly(Saigon).ToInstant();
        var p = new CustomerProfile { LastPurchase = NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value };

        Assert.Equal(expected, Holds(SegmentRule.WithinLast(CommonAttributes.LastPurchase, 3, RecencyUnit.Months), p, asOf));
    }

    [Fact]
    public void Instants_count_by_their_local_date_in_the_catalogue_zone()
    {
        var rule = SegmentRule.WithinLast(CommonAttributes.LastContact, 1, RecencyUnit.Days);

        // Yesterday 00:00 local (28 Nov 17:00 UTC) is inside; a second earlier is the day before yesterday.
        Assert.True(Holds(rule, new CustomerProfile { LastContact = Instant.FromUtc(2026, 11, 28, 17, 0) }));
        Assert.False(Holds(rule, new CustomerProfile { LastContact = Instant.FromUtc(2026, 11, 28, 16, 59, 59) }));

        // Tomorrow local starts at 30 Nov 17:00 UTC.
        Assert.True(Holds(rule, new CustomerProfile { LastContact = Instant.FromUtc(2026, 11, 30, 16, 59, 59) }));
        Assert.False(Holds(rule, new CustomerProfile { LastContact = Instant.FromUtc(2026, 11, 30, 17, 0) }));
    }

    [Fact]
    public void At_least_ago_measures_tenure_as_of_the_instant()
    {
        var rule = SegmentRule.AtLeastAgo(CommonAttributes.CustomerSince, 2, RecencyUnit.Years);

        Assert.True(Holds(rule, new CustomerProfile { CustomerSince = new LocalDate(2024, 11, 30) }));
        Assert.False(Holds(rule, new CustomerProfile { CustomerSince = new LocalDate(2024, 12, 1) }));
        Assert.True(Holds(SegmentRule.AtLeastAgo(CommonAttributes.LastContact, 0, RecencyUnit.Days), new CustomerProfile { LastContact = Instant.FromUtc(2026, 11, 30, 16, 59) }));
        Assert.False(Holds(SegmentRule.AtLeastAgo(CommonAttributes.LastContact, 1, RecencyUnit.Days), new CustomerProfile { LastContact = Instant.FromUtc(2026, 11, 29, 17, 0) }));
    }

    [Fact]
    public void Age_comes_from_the_birth_date_as_of_the_instant_or_from_the_stated_age()
    {
        var seventyPlus = SegmentRule.AtLeast(CommonAttributes.Age, 70);

        Assert.True(Holds(seventyPlus, new CustomerProfile { BirthDate = new LocalDate(1956, 11, 30) }));
        Assert.False(Holds(seventyPlus, new CustomerProfile { BirthDate = new LocalDate(1956, 12, 1) }));
        Assert.True(Holds(seventyPlus, new CustomerProfile { Age = 71 }));
        Assert.False(Holds(seventyPlus, new CustomerProfile { Age = 69, BirthDate = new LocalDate(1900, 1, 1) })); // the stated age wins
        Assert.False(Holds(seventyPlus, new CustomerProfile()));

        var sixties = SegmentRule.Between(CommonAttributes.Age, 60, 69);
        Assert.True(Holds(sixties, new CustomerProfile { BirthDate = new LocalDate(1956, 12, 1) })); // 69 until tomorrow
        Assert.True(Holds(sixties, new CustomerProfile { BirthDate = new LocalDate(1966, 11, 30) })); // 60 today
        Assert.False(Holds(sixties, new CustomerProfile { BirthDate = new LocalDate(1966, 12, 1) }));
        Assert.True(Holds(SegmentRule.LessThan(CommonAttributes.Age, 70), new CustomerProfile { BirthDate = new LocalDate(1956, 12, 1) }));
        Assert.True(Holds(SegmentRule.HasValue(CommonAttributes.Age), new CustomerProfile { BirthDate = new LocalDate(1956, 12, 1) }));
    }

    [Fact]
    public void A_29_February_birthday_turns_a_year_older_on_1_March_in_common_years()
    {
        var rule = SegmentRule.AtLeast(CommonAttributes.Age, 70);
        var born = new CustomerProfile { BirthDate = new LocalDate(1960, 2, 29) };

        Assert.False(Holds(rule, born, new LocalDateTime(2030, 2, 28, 12, 0).InZoneStrictly(Saigon).ToInstant()));
        Assert.True(Holds(rule, born, new LocalDateTime(2030, 3, 1, 12, 0).InZoneStrictly(Saigon).ToInstant()));
    }

    [Fact]
    public void Segment_set_operations_use_the_named_segments_rules()
    {
        var catalogue = new SegmentCatalogueBuilder(Saigon)
            .Define("north", SegmentRule.Equal(CommonAttributes.Region, "north"))
            .Define("loyal", SegmentRule.AtLeast(CommonAttributes.PurchaseCount, 10))
            .Add("both", SegmentRule.Intersect("north", "loyal"))
            .Add("north-only", SegmentRule.Except("north", "loyal"))
            .Add("either", SegmentRule.Union("north", "loyal"))
            .WithDefault("other")
            .Build();
        var classifier = catalogue.AsOf(Now);

        string[] All(CustomerProfile p) => [.. classifier.ClassifyAll(catalogue.Compile(p)).Select(s => s.Name)];

        Assert.Equal(["both", "either", "other"], All(new CustomerProfile { Region = "north", PurchaseCount = 12 }));
        Assert.Equal(["north-only", "either", "other"], All(new CustomerProfile { Region = "north", PurchaseCount = 2 }));
        Assert.Equal(["north-only", "either", "other"], All(new CustomerProfile { Region = "north" }));
        Assert.Equal(["either", "other"], All(new CustomerProfile { Region = "south", PurchaseCount = 12 }));
        Assert.Equal(["other"], All(new CustomerProfile()));
    }
}
