// Segment catalogues: first match vs all qualifying, 0 B classification, and every rejected definition.
using CustomerCare.Core.Segments;
using CustomerCare.Core.Segments.Rfm;
using CustomerCare.Core.Tests.TestInfrastructure;
using NodaTime;

namespace CustomerCare.Core.Tests.Segments;

public sealed class SegmentCatalogueTests
{
    private static readonly DateTimeZone Saigon = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 30, 3, 0);

    internal static SegmentCatalogue Care() => new SegmentCatalogueBuilder(Saigon)
        .DeclareAttribute("tags", AttributeKind.TextSet)
        .Add("vip", SegmentRule.AtLeast(CommonAttributes.LifetimeSpend, new Money(10_000m, "EUR")))
        .Add("elderly-alone", SegmentRule.And(SegmentRule.AtLeast(CommonAttributes.Age, 70), SegmentRule.Equal(CommonAttributes.LivesAlone, true)))
        .Add("elderly", SegmentRule.AtLeast(CommonAttributes.Age, 70))
        .Add("lapsing", SegmentRule.And(SegmentRule.AtLeast(CommonAttributes.PurchaseCount, 3), SegmentRule.Not(SegmentRule.WithinLast(CommonAttributes.LastPurchase, 6, RecencyUnit.Months))))
        .Add("talkers", SegmentRule.Or(SegmentRule.Equal(CommonAttributes.PrefersConversation, true), SegmentRule.ContainsAny("tags", ["hearing-aid"])))
        .WithDefault("standard")
        .Build();

    [Fact]
    public void First_match_wins_in_priority_order_while_all_qualifying_lists_every_segment()
    {
        var catalogue = Care();
        var classifier = catalogue.AsOf(Now);
        var rich = catalogue.Compile(new CustomerProfile { LifetimeSpend = new Money(20_000m, "EUR"), Age = 80, LivesAlone = true, PrefersConversation = true });

        Assert.Equal("vip", classifier.Classify(rich).Name);
        Assert.Equal(["vip", "elderly-alone", "elderly", "talkers", "standard"], classifier.ClassifyAll(rich).Select(s => s.Name));

        var alone = catalogue.Compile(new CustomerProfile { BirthDate = new LocalDate(1950, 1, 1), LivesAlone = true });
        Assert.Equal("elderly-alone", classifier.Classify(alone).Name);

        var nobody = catalogue.Compile(new CustomerProfile());
        Assert.Same(catalogue.Default, classifier.Classify(nobody));
        Assert.Equal(["standard"], classifier.ClassifyAll(nobody).Select(s => s.Name));
        Assert.True(classifier.Qualifies(rich, catalogue.Segments[2]));
        Assert.False(classifier.Qualifies(nobody, catalogue.Segments[2]));
        Assert.True(classifier.Qualifies(nobody, catalogue.Default));
    }

    [Fact]
    public void Rows_of_a_table_classify_like_compiled_profiles()
    {
        var catalogue = Care();
        var classifier = catalogue.AsOf(Now);
        CustomerProfile[] profiles =
        [
            new() { LifetimeSpend = new Money(20_000m, "EUR") },
            new() { PurchaseCount = 5, LastPurchase = new LocalDate(2026, 1, 1) },
            new() { Custom = new Dictionary<string, AttributeValue> { ["tags"] = AttributeValue.TextSet("hearing-aid") } },
            new(),
        ];
        var rows = new long[profiles.Length * catalogue.SlotCount];
        for (var i = 0; i < profiles.Length; i++)
        {
            catalogue.Compile(profiles[i], rows.AsSpan(i * catalogue.SlotCount, catalogue.SlotCount));
        }

        var indexes = new int[profiles.Length];
        classifier.Classify(rows, indexes);

        Assert.Equal(["vip", "lapsing", "talkers", "standard"], indexes.Select(i => catalogue.Segments[i].Name));
        Assert.Equal("lapsing", classifier.Classify(rows.AsSpan(catalogue.SlotCount, catalogue.SlotCount)).Name);
    }

    [Fact]
    public void Classifying_a_compiled_profile_allocates_nothing()
    {
        var catalogue = Care();
        var classifier = catalogue.AsOf(Now);
        var profile = catalogue.Compile(new CustomerProfile { BirthDate = new LocalDate(1950, 1, 1), PurchaseCount = 4, LastPurchase = new LocalDate(2025, 1, 1) });
        Span<int> all = stackalloc int[catalogue.Segments.Count];
        var buffer = new int[catalogue.Segments.Count];
        Segment? last = null;

        AllocationAssert.NoAllocations(() => last = classifier.Classify(profile));
        AllocationAssert.NoAllocations(() => classifier.ClassifyAll(profile, buffer));

        Assert.Equal("elderly", last!.Name);
        Assert.Equal(3, classifier.ClassifyAll(profile, all)); // elderly, lapsing, standard
    }

    [Fact]
    public void Describes_itself_in_short_text()
    {
        var catalogue = Care();

        Assert.Equal("#0 vip: lifetime_spend >= 10,000 EUR", catalogue.Segments[0].ToString());
        Assert.Equal("#5 standard (default)", catalogue.Default.ToString());
        Assert.StartsWith("6 segments (default standard), ", catalogue.ToString(), StringComparison.Ordinal);
        Assert.Equal("(age >= 70 and lives_alone = true)", catalogue.Segments[1].Rule.ToString());
        Assert.Equal("not purchase_count in {1, 2} (or missing)", SegmentRule.Not(SegmentRule.In(CommonAttributes.PurchaseCount, [1, 2], WhenMissing.Match)).ToString());
    }

    private static IReadOnlyList<SegmentProblem> Problems(Action<SegmentCatalogueBuilder> define)
    {
        var builder = new SegmentCatalogueBuilder(Saigon);
        define(builder);
        var ex = Assert.Throws<SegmentDefinitionException>(builder.Build);
        Assert.Contains(ex.Problems.Count == 1 ? "1 problem:" : $"{ex.Problems.Count} problems:", ex.Message, StringComparison.Ordinal);
        return ex.Problems;
    }

    [Fact]
    public void Reports_every_problem_of_a_definition_together()
    {
        var problems = Problems(b => b
            .DeclareAttribute("tags", AttributeKind.TextSet)
            .DeclareAttribute("region", AttributeKind.Text)
            .Add("a", SegmentRule.AtLeast("points", 10))
            .Add("b", SegmentRule.AtLeast(CommonAttributes.Region, "north"))
            .Add("c", SegmentRule.Between(CommonAttributes.PurchaseCount, 10, 5))
            .Add("A", SegmentRule.Always)
            .Add("d", SegmentRule.And(SegmentRule.Always, SegmentRule.Equal("tags", "x"))));

        Assert.Equal(
        [
            "attributes[1] 'region': 'region' is a common attribute of every profile; do not declare it.",
            "default: a default segment is required: it takes every customer no other segment takes; call WithDefault(\"standard\").",
            "segments[3] 'A': the segment name 'A' is used twice (names compare ignoring case); rename one.",
            "segments[0] 'a'.rule: unknown attribute 'points'; use a common attribute (birth_date, age, customer_since, lifetime_spend, average_order_value, payment_ability, purchase_count, first_purchase, last_purchase, last_contact, preferred_channel, region, language, lives_alone, prefers_conversation) or declare it with DeclareAttribute.",
            "segments[1] 'b'.rule: type mismatch: attribute 'region' cannot be compared with <, <=, > or >= (Text supports equality and membership).",
            "segments[2] 'c'.rule: empty range: the low bound 10 is above the high bound 5, so the rule can never match; swap the bounds.",
            "segments[4] 'd'.rule.all[1]: type mismatch: attribute 'tags' is a set; use ContainsAny or ContainsAll.",
        ], problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Rejects_type_mismatches_of_every_kind()
    {
        var problems = Problems(b => b
            .DeclareAttribute("tags", AttributeKind.TextSet)
            .Add("a", SegmentRule.Equal(CommonAttributes.PurchaseCount, "ten"))
            .Add("b", SegmentRule.WithinLast(CommonAttributes.PurchaseCount, 3, RecencyUnit.Days))
            .Add("c", SegmentRule.ContainsAny(CommonAttributes.Region, ["x"]))
            .Add("d", SegmentRule.In("tags", ["x"]))
            .Add("e", SegmentRule.Or(SegmentRule.AtLeast(CommonAttributes.LifetimeSpend, new Money(1m, "EUR")), SegmentRule.AtMost(CommonAttributes.LifetimeSpend, new Money(1m, "USD"))))
            .Add("f", SegmentRule.AtLeast(CommonAttributes.Age, 70.5))
            .Add("g", SegmentRule.Between(CommonAttributes.Region, "a", "b"))
            .Add("h", SegmentRule.In(CommonAttributes.Region, []))
            .Add("i", SegmentRule.ContainsAll("tags", []))
            .WithDefault("z"));

        Assert.Equal(
        [
            "segments[0] 'a'.rule: type mismatch: attribute 'purchase_count' is Number but is compared with the Text value 'ten'.",
            "segments[1] 'b'.rule: type mismatch: attribute 'purchase_count' is Number; recency windows need a Date or Instant attribute.",
            "segments[2] 'c'.rule: type mismatch: attribute 'region' is Text, not a set of texts; use Equal or In.",
            "segments[3] 'd'.rule: type mismatch: attribute 'tags' is a set; use ContainsAny or ContainsAll.",
            "segments[4] 'e'.rule.any[1]: type mismatch: attribute 'lifetime_spend' is compared in EUR elsewhere but with 1 USD here; use one currency per attribute.",
            "segments[5] 'f'.rule: age is a whole number of years from 0 to 200; it was 70.5.",
            "segments[6] 'g'.rule: type mismatch: attribute 'region' has no order, so it cannot lie in a range (Text).",
            "segments[7] 'h'.rule: empty list: the rule can never match; list at least one value.",
            "segments[8] 'i'.rule: empty list: the rule can never match; list at least one member.",
        ], problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Rejects_bad_segment_references_and_rfm_rules()
    {
        var problems = Problems(b => b
            .Add("a", SegmentRule.InSegment("b"))
            .Add("b", SegmentRule.InSegment("a"))
            .Add("c", SegmentRule.InSegment("nowhere"))
            .Add("d", SegmentRule.InSegment("z"))
            .Add("e", SegmentRule.InRfmSegment(["Champions"]))
            .WithDefault("z"));

        Assert.Equal(
        [
            "segments[0] 'a'.rule: segment references form a cycle: a -> b -> a.",
            "segments[1] 'b'.rule: segment references form a cycle: b -> a -> b.",
            "segments[2] 'c'.rule: unknown segment 'nowhere'; segments and definitions are 'a', 'b', 'c', 'd', 'e'.",
            "segments[3] 'd'.rule: 'z' is the default segment, which holds whoever no other segment takes; refer to a segment with a rule.",
            "segments[4] 'e'.rule: the rule reads RFM segments but the catalogue has no RFM map; call UseRfm(RfmSegmentMap.Standard) or your own map.",
        ], problems.Select(p => p.ToString()));

        var rfm = Problems(b => b.UseRfm(RfmSegmentMap.Standard).Add("a", SegmentRule.InRfmSegment(["Champs"])).Add("b", SegmentRule.InRfmSegment([])).WithDefault("z"));
        Assert.StartsWith("segments[0] 'a'.rule: unknown RFM segment 'Champs'; the map has 'Champions', ", rfm[0].ToString(), StringComparison.Ordinal);
        Assert.Equal("segments[1] 'b'.rule: the list of RFM segments is empty, so the rule can never match; name at least one.", rfm[1].ToString());
    }

    [Fact]
    public void Rejects_segments_that_earlier_segments_always_take()
    {
        var problems = Problems(b => b
            .Add("adults", SegmentRule.AtLeast(CommonAttributes.PurchaseCount, 18))
            .Add("seniors", SegmentRule.AtLeast(CommonAttributes.PurchaseCount, 65))
            .Add("north", SegmentRule.Equal(CommonAttributes.Region, "north"))
            .Add("north-or-adult", SegmentRule.Or(SegmentRule.In(CommonAttributes.Region, ["north"]), SegmentRule.Between(CommonAttributes.PurchaseCount, 20, 30)))
            .Add("recent", SegmentRule.WithinLast(CommonAttributes.LastPurchase, 30, RecencyUnit.Days))
            .Add("very-recent", SegmentRule.And(SegmentRule.WithinLast(CommonAttributes.LastPurchase, 7, RecencyUnit.Days), SegmentRule.Equal(CommonAttributes.LivesAlone, true)))
            .Add("everyone", SegmentRule.Always)
            .Add("late", SegmentRule.Equal(CommonAttributes.Language, "vi"))
            .WithDefault("rest"));

        Assert.Equal(
        [
            "segments[1] 'seniors': segment 'seniors' can never match: every customer it describes is already taken by the earlier segment(s) 'adults'; move it up, narrow the earlier ones or remove it.",
            "segments[3] 'north-or-adult': segment 'north-or-adult' can never match: every customer it describes is already taken by the earlier segment(s) 'adults', 'north'; move it up, narrow the earlier ones or remove it.",
            "segments[5] 'very-recent': segment 'very-recent' can never match: every customer it describes is already taken by the earlier segment(s) 'recent'; move it up, narrow the earlier ones or remove it.",
            "segments[7] 'late': segment 'late' can never match: every customer it describes is already taken by the earlier segment(s) 'everyone'; move it up, narrow the earlier ones or remove it.",
            "default: the default segment 'rest' can never be reached: segment 'everyone' matches every customer.",
        ], problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Does_not_report_segments_that_can_still_match()
    {
        var builder = new SegmentCatalogueBuilder(Saigon)
            .Add("seniors", SegmentRule.AtLeast(CommonAttributes.PurchaseCount, 65))
            .Add("adults", SegmentRule.AtLeast(CommonAttributes.PurchaseCount, 18))
            .Add("not-north", SegmentRule.NotEqual(CommonAttributes.Region, "north"))
            .Add("north", SegmentRule.Equal(CommonAttributes.Region, "north"))
            .Add("missing-too", SegmentRule.AtLeast(CommonAttributes.PurchaseCount, 70, WhenMissing.Match))
            .WithDefault("rest");

        Assert.Empty(builder.Validate());
        Assert.Equal(6, builder.Build().Segments.Count);
    }

    [Fact]
    public void A_builder_builds_once()
    {
        var builder = new SegmentCatalogueBuilder(Saigon).WithDefault("all");
        builder.Build();

        var ex = Assert.Throws<InvalidOperationException>(builder.Build);
        Assert.Contains("Build() was already called", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_bad_arguments_with_the_parameter_named()
    {
        Assert.Equal("attribute", Assert.Throws<ArgumentNullException>(() => SegmentRule.Equal(null!, 1)).ParamName);
        Assert.Equal("attribute", Assert.Throws<ArgumentException>(() => SegmentRule.Equal(string.Empty, 1)).ParamName);
        var value = Assert.Throws<ArgumentException>(() => SegmentRule.Equal("a", default));
        Assert.Equal("value", value.ParamName);
        Assert.Contains("default(AttributeValue)", value.Message, StringComparison.Ordinal);
        var count = Assert.Throws<ArgumentOutOfRangeException>(() => SegmentRule.WithinLast("a", 1001, RecencyUnit.Years));
        Assert.Equal("count", count.ParamName);
        Assert.Contains("count must be from 0 to 1,000 years; it was 1001.", count.Message, StringComparison.Ordinal);
        Assert.Equal("unit", Assert.Throws<ArgumentOutOfRangeException>(() => SegmentRule.AtLeastAgo("a", 1, (RecencyUnit)9)).ParamName);
        Assert.Equal("values", Assert.Throws<ArgumentNullException>(() => SegmentRule.ContainsAny("a", [null!])).ParamName);
        Assert.Equal("rules", Assert.Throws<ArgumentNullException>(() => SegmentRule.And(null!, SegmentRule.Always)).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => AttributeValue.Number(double.NaN)).ParamName);
        Assert.Equal("zone", Assert.Throws<ArgumentNullException>(() => new SegmentCatalogueBuilder(null!)).ParamName);
    }

    [Fact]
    public void Rejects_profiles_that_do_not_fit_the_catalogue()
    {
        var catalogue = Care();
        var classifier = catalogue.AsOf(Now);

        var kind = Assert.Throws<ArgumentException>(() => catalogue.Compile(new CustomerProfile { Custom = new Dictionary<string, AttributeValue> { ["tags"] = "x" } }));
        Assert.Equal("profile", kind.ParamName);
        Assert.Contains("profile attribute 'tags' is Text but the catalogue declares it TextSet.", kind.Message, StringComparison.Ordinal);

        var length = Assert.Throws<ArgumentException>(() => classifier.Classify(new long[catalogue.SlotCount + 1].AsSpan()));
        Assert.Equal("slots", length.ParamName);

        var other = Care().Compile(new CustomerProfile());
        var foreign = Assert.Throws<ArgumentException>(() => classifier.Classify(other));
        Assert.Equal("profile", foreign.ParamName);
        Assert.Contains("compiled for another catalogue", foreign.Message, StringComparison.Ordinal);
        Assert.Equal("profile", Assert.Throws<ArgumentException>(() => classifier.Classify(default(CompiledProfile))).ParamName);
        Assert.Equal("segmentIndexes", Assert.Throws<ArgumentException>(() => classifier.ClassifyAll(catalogue.Compile(new CustomerProfile()), Span<int>.Empty)).ParamName);
        Assert.Equal("Custom", Assert.Throws<ArgumentException>(() => new CustomerProfile { Custom = new Dictionary<string, AttributeValue> { ["x"] = default } }).ParamName);
    }
}
