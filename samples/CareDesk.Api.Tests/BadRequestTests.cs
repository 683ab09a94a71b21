// Every bad request answers a ProblemDetails: 400 naming the field and the reason, 404 for a missing ticket, 409 for an impossible history.
namespace CareDesk.Api.Tests;

public sealed class BadRequestTests : IClassFixture<BadRequestTests.Fixture>
{
    private readonly HttpClient _client;

    public BadRequestTests(Fixture fixture) => _client = fixture.Client;

    public static TheoryData<string, string, string> BadTickets => new()
    {
        { """{ "segment": "vip" }""", "priority", "priority is required" },
        { """{ "priority": "whenever" }""", "priority", "'whenever' is not a priority of the SLA policies; use one of urgent, high, normal, low" },
        { """{ "priority": "high", "severity": "S9" }""", "severity", "'S9' is not a severity" },
        { """{ "priority": "high", "category": "orders//late" }""", "category", "'orders//late' is not a category path" },
        { """{ "priority": "high", "opened_at": "yesterday" }""", "opened_at", "'yesterday' is not an ISO-8601 time" },
        { """{ "priority": "high", "opened_at": "2999-01-01T00:00:00Z" }""", "opened_at", "is in the future" },
        { """{ "priority": "high", "subject": "" }""", "subject", "subject must be 1 to 200 characters long; it was 0" },
        { """{ "priority": 5 }""", "priority", "not valid JSON for this endpoint" },
        { """{ "priority": "high", """, "body", "" },
    };

    public static TheoryData<string, string, string> BadEvents => new()
    {
        { """{ }""", "type", "type is required" },
        { """{ "type": "telepathy" }""", "type", "'telepathy' is not an event type" },
        { """{ "type": "status" }""", "value", "a 'status' event needs a value" },
        { """{ "type": "agent_reply", "value": "hello" }""", "value", "a 'agent_reply' event takes no value" },
        { """{ "type": "priority", "value": "asap" }""", "value", "'asap' is not a priority of the SLA policies" },
        { """{ "type": "agent_reply", "at": "soon" }""", "at", "'soon' is not an ISO-8601 time" },
        { """{ "type": "agent_reply", "at": "2999-01-01T00:00:00Z" }""", "at", "is in the future" },
    };

    [Theory]
    [MemberData(nameof(BadTickets))]
    public async Task Creating_a_bad_ticket_is_a_400_naming_the_field(string body, string field, string reason)
    {
        var (status, json, type) = await Api.Post(_client, "/tickets", body);

        Assert.Equal(400, status);
        Assert.Equal("application/problem+json", type);
        Assert.Equal(400, json!["status"]!.GetValue<int>());
        var messages = json["errors"]![field]!.AsArray().Select(m => m!.GetValue<string>()).ToList();
        Assert.Contains(messages, m => m.Contains(reason, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(BadEvents))]
    public async Task Posting_a_bad_event_is_a_400_naming_the_field(string body, string field, string reason)
    {
        var id = await Api.CreateTicket(_client, new { priority = "normal", opened_at = Api.MinutesAgo(60) });

        var (status, json, type) = await Api.Post(_client, $"/tickets/{id}/events", body);

        Assert.Equal(400, status);
        Assert.Equal("application/problem+json", type);
        Assert.Contains(json!["errors"]![field]!.AsArray(), m => m!.GetValue<string>().Contains(reason, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/tickets/{id}/sla?at=noon", "at")]
    [InlineData("/tickets/{id}/escalations?at=noon", "at")]
    [InlineData("/tickets/{id}/escalations?at=2000-01-01T00:00:00Z", "at")]
    [InlineData("/board?at=later", "at")]
    [InlineData("/reports/compliance?from=monday", "from")]
    [InlineData("/reports/kpis?to=friday", "to")]
    [InlineData("/reports/kpis?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", "from")]
    public async Task A_bad_query_is_a_400_naming_the_parameter(string url, string field)
    {
        var id = await Api.CreateTicket(_client, new { priority = "normal", opened_at = Api.MinutesAgo(60) });

        var (status, json, type) = await Api.Get(_client, url.Replace("{id}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

        Assert.Equal(400, status);
        Assert.Equal("application/problem+json", type);
        Assert.NotEmpty(json!["errors"]![field]!.AsArray());
    }

    [Theory]
    [InlineData("GET", "/tickets/999999")]
    [InlineData("GET", "/tickets/999999/sla")]
    [InlineData("GET", "/tickets/999999/escalations")]
    [InlineData("POST", "/tickets/999999/events")]
    public async Task A_missing_ticket_is_a_404(string method, string url)
    {
        var (status, json, type) = await Api.Send(_client, new HttpMethod(method), url, method == "POST" ? new { type = "agent_reply" } : null);

        Assert.Equal(404, status);
        Assert.Equal("application/problem+json", type);
        Assert.Equal("There is no ticket 999999.", json!["detail"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("resolved", "resolved")]
    [InlineData("reopened", null)]
    [InlineData("closed", "agent_reply")]
    public async Task An_event_that_makes_the_history_impossible_is_a_409(string first, string? second)
    {
        var id = await Api.CreateTicket(_client, new { priority = "normal", opened_at = Api.MinutesAgo(60) });
        if (second is not null)
        {
            Assert.Equal(201, (await Api.Post(_client, $"/tickets/{id}/events", new { type = first, at = Api.MinutesAgo(30) })).Status);
        }

        var (status, json, type) = await Api.Post(_client, $"/tickets/{id}/events", new { type = second ?? first, at = Api.MinutesAgo(20) });

        Assert.Equal(409, status);
        Assert.Equal("application/problem+json", type);
        Assert.False(string.IsNullOrWhiteSpace(json!["detail"]!.GetValue<string>()));
        var (_, ticket, _) = await Api.Get(_client, $"/tickets/{id}");
        Assert.Equal(second is null ? 1 : 2, ticket!["events"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_customer_reply_on_a_resolved_ticket_reopens_it()
    {
        var id = await Api.CreateTicket(_client, new { priority = "normal", opened_at = Api.MinutesAgo(60) });
        Assert.Equal(201, (await Api.Post(_client, $"/tickets/{id}/events", new { type = "resolved", at = Api.MinutesAgo(30) })).Status);

        var (status, _, _) = await Api.Post(_client, $"/tickets/{id}/events", new { type = "customer_reply", at = Api.MinutesAgo(20) });

        Assert.Equal(201, status);
        var (_, ticket, _) = await Api.Get(_client, $"/tickets/{id}");
        Assert.Equal(3, ticket!["events"]!.AsArray().Count);                // opened, resolved, the reply
    }

    [Fact]
    public async Task The_library_meter_is_exported_for_prometheus()
    {
        var id = await Api.CreateTicket(_client, new { priority = "normal", opened_at = Api.MinutesAgo(60) });
        Assert.Equal(200, (await Api.Get(_client, $"/tickets/{id}/sla")).Status);

        var metrics = await _client.GetStringAsync("/metrics");

        Assert.Contains("customercare_sla_evaluations", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_event_before_the_last_one_is_a_409()
    {
        var id = await Api.CreateTicket(_client, new { priority = "normal", opened_at = Api.MinutesAgo(60) });
        Assert.Equal(201, (await Api.Post(_client, $"/tickets/{id}/events", new { type = "agent_reply", at = Api.MinutesAgo(10) })).Status);

        var (status, json, _) = await Api.Post(_client, $"/tickets/{id}/events", new { type = "customer_reply", at = Api.MinutesAgo(40) });

        Assert.Equal(409, status);
        Assert.Equal("The event would make the ticket's history impossible", json!["title"]!.GetValue<string>());
    }

    /// <summary>One API on one temporary database for the whole class.</summary>
    public sealed class Fixture : IDisposable
    {
        private readonly DeskApiFactory _factory = new();

        public Fixture() => Client = _factory.CreateClient();

        public HttpClient Client { get; }

        public void Dispose()
        {
            Client.Dispose();
            _factory.Dispose();
            DeskApiFactory.DeleteDatabase(_factory.DatabasePath);
        }
    }
}
