// The envelope's JSON: the documented shape, a round trip to the same text, and errors that name the JSON path.
using System.Text.Json;
using CustomerCare.Core.Goals.Capability;
using CustomerCare.Core.Tickets;
using NodaTime;
using static CustomerCare.Core.Tests.Goals.Capability.CapabilityFixture;

namespace CustomerCare.Core.Tests.Goals.Capability;

public sealed class CapabilityEnvelopeJsonTests
{
    private const string Json = """
        {
          "tz": "Asia/Ho_Chi_Minh",
          "currency": "VND",
          "channels": [ { "name": "phone", "calendar": "hotline", "weight": 6 }, { "name": "chat", "calendar": "desk", "weight": 2 } ],
          "scope": [ { "kinds": "returns/**", "scope": "in_scope" }, { "kinds": "returns/warranty-exception", "scope": "needs_approval" } ],
          "ceilings": [ { "kinds": "returns/**", "ceiling": 2000000, "approval_above": 500000.50 } ],
          "goodwill_budget": { "amount": 5000000, "period": "month" },
          "capacity": { "units_per_agent": 6, "load": "sla_clock_running" },
          "fastest_first_response": [ { "channel": "chat", "within": "2m" }, { "channel": "phone", "within": 1, "priorities": ["urgent", "high"] } ]
        }
        """;

    [Fact]
    public void Reads_the_documented_shape()
    {
        var envelope = CapabilityEnvelopeJson.Read(Json, NamedCalendars);
        Assert.Equal(["phone", "chat"], envelope.Channels);
        Assert.Equal(2, envelope.Capacity.WeightOf("chat"));
        Assert.Equal(LoadCounting.SlaClockRunning, envelope.Capacity.Counting);
        Assert.Equal(RequestScope.NeedsApproval, envelope.ScopeOf(CategoryPath.Parse("returns/warranty-exception")));
        Assert.True(envelope.TryGetApprovalThreshold(CategoryPath.Parse("returns/refund"), out var threshold));
        Assert.Equal(500_000.50m, threshold.Amount);
        Assert.Equal(Vnd(5_000_000), envelope.GoodwillBudget);
        Assert.Equal(BudgetPeriod.Month, envelope.GoodwillPeriod);
        Assert.True(envelope.TryGetFastestFirstResponse("phone", "high", out var phone));
        Assert.Equal(Duration.FromMinutes(1), phone);
    }

    [Fact]
    public void Writing_what_was_read_gives_the_same_text_and_the_same_decisions()
    {
        var first = CapabilityEnvelopeJson.Write(CapabilityFixture.Envelope());
        var again = CapabilityEnvelopeJson.Read(first, NamedCalendars);
        Assert.Equal(first, CapabilityEnvelopeJson.Write(again));
        Assert.Contains("\"approval_above\": 500000", first, StringComparison.Ordinal);
        Assert.Contains("\"within\": \"30s\"", first, StringComparison.Ordinal);
        var request = new CareRequest(CategoryPath.Parse("returns/refund"), "chat", MondayTen, Vnd(800_000));
        Assert.Equal(CapabilityFixture.Envelope().Decide(in request, again.OpenLedger(MondayTen)), again.Decide(in request, again.OpenLedger(MondayTen)));
    }

    [Theory]
    [InlineData("""[]""", "$", "expected a JSON object")]
    [InlineData("""{ "currency": "VND" }""", "$", "the member \"tz\" is missing")]
    [InlineData("""{ "tz": "Mars/Base", "currency": "VND" }""", "$.tz", "not a known IANA time zone id")]
    [InlineData("""{ "tz": "Asia/Ho_Chi_Minh", "currency": "dong" }""", "$.currency", "ISO 4217")]
    [InlineData("""{ "tz": "Asia/Ho_Chi_Minh", "currency": "VND" }""", "$", "No channel")]
    [InlineData("""{ "tz": "Asia/Ho_Chi_Minh", "currency": "VND", "channels": {} }""", "$.channels", "expected a JSON array")]
    [InlineData("""{ "tz": "Asia/Ho_Chi_Minh", "currency": "VND", "channels": [ { "name": "chat", "calendar": "office" } ] }""", "$.channels[0].calendar", "calendar 'office' is not among the calendars passed to Read (desk, hotline)")]
    [InlineData("""{ "tz": "Asia/Ho_Chi_Minh", "currency": "VND", "channels": [ { "name": "chat", "calendar": "desk", "weight": 3 } ] }""", "$.channels[0].weight", "3 units is more than an agent carries (1")]
    [InlineData("""{ "tz": "Asia/Ho_Chi_Minh", "currency": "VND", "channels": [ { "name": "chat", "calendar": "desk", "weight": "2" } ] }""", "$.channels[0].weight", "expected a whole number, found string \"2\"")]
    [InlineData("""{ "tz": "Asia/Ho_Chi_Minh", "currency": "VND", "channels": [ { "name": "chat", "calendar": "desk" }, { "name": "CHAT", "calendar": "desk" } ] }""", "$.channels[1]", "already a channel")]
    [InlineData("""{ "tz": "Asia/Ho_Chi_Minh", "currency": "VND", "channels": [ { "name": "chat", "calendar": "desk" } ], "scope": [ { "kinds": "a/b*", "scope": "in_scope" } ] }""", "$.scope[0].kinds", "not a category pattern")]
    [InlineData("""{ "tz": "Asia/Ho_Chi_Minh", "currency": "VND", "channels": [ { "name": "chat", "calendar": "desk" } ], "scope": [ { "kinds": "a", "scope": "maybe" } ] }""", "$.scope[0].scope", "'maybe' is not one of out_of_scope, in_scope, needs_approval")]
    [InlineData("""{ "tz": "Asia/Ho_Chi_Minh", "currency": "VND", "channels": [ { "name": "chat", "calendar": "desk" } ], "ceilings": [ { "kinds": "a", "ceiling": "100" } ] }""", "$.ceilings[0].ceiling", "expected an amount as a JSON number")]
    [InlineData("""{ "tz": "Asia/Ho_Chi_Minh", "currency": "VND", "channels": [ { "name": "chat", "calendar": "desk" } ], "ceilings": [ { "kinds": "a", "ceiling": 100, "approval_above": 200 } ] }""", "$.ceilings[0]", "must not be above the ceiling 100 VND")]
    [InlineData("""{ "tz": "Asia/Ho_Chi_Minh", "currency": "VND", "channels": [ { "name": "chat", "calendar": "desk" } ], "goodwill_budget": { "amount": -1, "period": "month" } }""", "$.goodwill_budget.amount", "must be zero or more")]
    [InlineData("""{ "tz": "Asia/Ho_Chi_Minh", "currency": "VND", "channels": [ { "name": "chat", "calendar": "desk" } ], "goodwill_budget": { "amount": 1, "period": "fortnight" } }""", "$.goodwill_budget.period", "'fortnight' is not one of day, week, month, quarter, year")]
    [InlineData("""{ "tz": "Asia/Ho_Chi_Minh", "currency": "VND", "channels": [ { "name": "chat", "calendar": "desk" } ], "capacity": { "units_per_agent": 0 } }""", "$.capacity.units_per_agent", "at least 1")]
    [InlineData("""{ "tz": "Asia/Ho_Chi_Minh", "currency": "VND", "channels": [ { "name": "chat", "calendar": "desk" } ], "fastest_first_response": [ { "channel": "fax", "within": "2m" } ] }""", "$.fastest_first_response[0].channel", "channel 'fax' is not listed in $.channels")]
    [InlineData("""{ "tz": "Asia/Ho_Chi_Minh", "currency": "VND", "channels": [ { "name": "chat", "calendar": "desk" } ], "fastest_first_response": [ { "channel": "chat", "within": "soon" } ] }""", "$.fastest_first_response[0].within", "'soon' is not a duration")]
    [InlineData("""{ "tz": "Asia/Ho_Chi_Minh", "currency": "VND", "channels": [ { "name": "chat", "calendar": "desk" } ], "fastest_first_response": [ { "channel": "chat", "within": "0s" } ] }""", "$.fastest_first_response[0]", "positive duration")]
    [InlineData("""{ "tz": "Asia/Ho_Chi_Minh", "currency": "VND", "channels": [ { "name": "chat", "calendar": "desk" } ], "fastest_first_response": [ { "channel": "chat", "within": "1m", "priorities": [1] } ] }""", "$.fastest_first_response[0].priorities[0]", "expected a string")]
    public void Errors_name_the_json_path(string json, string path, string message)
    {
        var ex = Assert.Throws<JsonException>(() => CapabilityEnvelopeJson.Read(json, NamedCalendars));
        Assert.Equal(path, ex.Path);
        Assert.StartsWith(path + ": ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => CapabilityEnvelopeJson.Read((string)null!, NamedCalendars));
        Assert.Throws<ArgumentNullException>(() => CapabilityEnvelopeJson.Read(Json, null!));
        Assert.Throws<ArgumentNullException>(() => CapabilityEnvelopeJson.Write(null!));
    }
}
