// Segment catalogues from JSON: the documented shape, and errors that name the JSON path.
using System.Text.Json;
using CustomerCare.Core.Segments;
using NodaTime;

namespace CustomerCare.Core.Tests.Segments;

public sealed class SegmentCatalogueJsonTests
{
    private const string Catalogue = """
        {
          "zone": "Asia/Ho_Chi_Minh",
          "attributes": { "tags": "text_set", "credit": "exact_number" },
          "rfm": "standard",
          "definitions": [ { "name": "north", "rule": { "attribute": "region", "in": ["north", "north-east"] } } ],
          "segments": [
            { "name": "vip", "rule": { "any": [ { "attribute": "lifetime_spend", "at_least": "10000 EUR" }, { "rfm": ["Champions"] } ] } },
            { "name": "elderly-alone", "rule": { "all": [ { "attribute": "age", "at_least": 70 }, { "attribute": "lives_alone", "equals": true } ] } },
            { "name": "northern-talkers", "rule": { "all": [ { "segment": "north" }, { "attribute": "tags", "contains_any": ["chatty"] } ] } },
            { "name": "lapsing", "rule": { "all": [ { "attribute": "purchase_count", "at_least": 3 }, { "not": { "attribute": "last_purchase", "within_last": "6 months" } } ] } },
            { "name": "new", "rule": { "attribute": "customer_since", "within_last": "30 days", "missing": "no_match" } },
            { "name": "credit", "rule": { "attribute": "credit", "between": [0.1, 0.5] } }
          ],
          "default": "standard"
        }
        """;

    private static readonly Instant Now = Instant.FromUtc(2026, 11, 30, 3, 0);

    [Fact]
    public void Reads_the_documented_shape()
    {
        var catalogue = SegmentCatalogueJson.Read(Catalogue);
        var classifier = catalogue.AsOf(Now);
        string Of(CustomerProfile p) => classifier.Classify(catalogue.Compile(p)).Name;

        Assert.Equal(["vip", "elderly-alone", "northern-talkers", "lapsing", "new", "credit", "standard"], catalogue.Segments.Select(s => s.Name));
        Assert.Equal("vip", Of(new CustomerProfile { LifetimeSpend = new Money(12_000m, "EUR") }));
        Assert.Equal("vip", Of(new CustomerProfile { Rfm = new(5, 5, 4) }));
        Assert.Equal("elderly-alone", Of(new CustomerProfile { Age = 75, LivesAlone = true }));
        Assert.Equal("northern-talkers", Of(new CustomerProfile { Region = "North-East", Custom = new Dictionary<string, AttributeValue> { ["tags"] = AttributeValue.TextSet("chatty") } }));
        Assert.Equal("lapsing", Of(new CustomerProfile { PurchaseCount = 3, LastPurchase = new LocalDate(2026, 5, 29) }));
        Assert.Equal("standard", Of(new CustomerProfile { PurchaseCount = 3, LastPurchase = new LocalDate(2026, 5, 30) }));
        Assert.Equal("new", Of(new CustomerProfile { CustomerSince = new LocalDate(2026, 11, 1) }));
        Assert.Equal("credit", Of(new CustomerProfile { Custom = new Dictionary<string, AttributeValue> { ["credit"] = 0.5m } }));
    }

    [Fact]
    public void Definition_problems_name_their_json_paths()
    {
        const string json = """
            {
              "zone": "UTC",
              "segments": [
                { "name": "a", "rule": { "all": [ { "attribute": "region", "equals": "x" }, { "attribute": "points", "at_least": 3 } ] } },
                { "name": "b", "rule": { "attribute": "purchase_count", "between": [9, 1] } },
                { "name": "a", "rule": { "attribute": "region", "at_least": "x" } }
              ]
            }
            """;

        var ex = Assert.Throws<SegmentDefinitionException>(() => SegmentCatalogueJson.Read(json));

        Assert.Equal(
        [
            "default: a default segment is required: it takes every customer no other segment takes; call WithDefault(\"standard\").",
            "$.segments[2]: the segment name 'a' is used twice (names compare ignoring case); rename one.",
            "$.segments[0].rule.all[1]: unknown attribute 'points'; use a common attribute (birth_date, age, customer_since, lifetime_spend, average_order_value, payment_ability, purchase_count, first_purchase, last_purchase, last_contact, preferred_channel, region, language, lives_alone, prefers_conversation) or declare it with DeclareAttribute.",
            "$.segments[1].rule: empty range: the low bound 9 is above the high bound 1, so the rule can never match; swap the bounds.",
            "$.segments[2].rule: type mismatch: attribute 'region' cannot be compared with <, <=, > or >= (Text supports equality and membership).",
        ], ex.Problems.Select(p => p.ToString()));
    }

    [Theory]
    [InlineData("""{ "segments": [] }""", "$", "the member 'zone' is required")]
    [InlineData("""{ "zone": "Mars/Olympus" }""", "$.zone", "unknown time zone 'Mars/Olympus'")]
    [InlineData("""{ "zone": "UTC", "attributes": { "x": "float" } }""", "$.attributes.x", "unknown attribute kind 'float'")]
    [InlineData("""{ "zone": "UTC", "segments": [ { "name": "a", "rule": { "attribute": "region" } } ] }""", "$.segments[0].rule", "a rule needs a combinator")]
    [InlineData("""{ "zone": "UTC", "segments": [ { "name": "a", "rule": { "attribute": "last_purchase", "within_last": "3 weeks" } } ] }""", "$.segments[0].rule.within_last", "\"30 days\"")]
    [InlineData("""{ "zone": "UTC", "segments": [ { "name": "a", "rule": { "attribute": "birth_date", "at_most": "1950-02-30" } } ] }""", "$.segments[0].rule.at_most", "cannot read \"1950-02-30\" as Date")]
    [InlineData("""{ "zone": "UTC", "segments": [ { "name": "a", "rule": { "attribute": "lifetime_spend", "at_least": "lots" } } ] }""", "$.segments[0].rule.at_least", "\"10000 EUR\"")]
    [InlineData("""{ "zone": "UTC", "segments": [ { "name": "a", "rule": { "all": { } } } ] }""", "$.segments[0].rule.all", "expected an array but found object")]
    [InlineData("""{ "zone": "UTC", "segments": [ { "name": "a", "rule": { "except": ["x"] } } ] }""", "$.segments[0].rule.except", "[kept, removed]")]
    [InlineData("""{ "zone": "UTC", "segments": [ { "name": "a", "rule": { "attribute": "region", "equals": "x", "missing": "maybe" } } ] }""", "$.segments[0].rule.missing", "\"match\" or \"no_match\"")]
    [InlineData("""{ "zone": "UTC", "rfm": "fancy" }""", "$.rfm", "unknown RFM map 'fancy'")]
    public void Malformed_json_names_the_path(string json, string path, string problem)
    {
        var ex = Assert.Throws<JsonException>(() => SegmentCatalogueJson.Read(json));

        Assert.Equal(path, ex.Path);
        Assert.StartsWith(path + ": ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
    }
}
