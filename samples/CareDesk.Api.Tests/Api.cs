// Small helpers shared by the API tests: JSON bodies, problem details, times relative to now.
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CareDesk.Api.Tests;

/// <summary>HTTP helpers that keep the tests short.</summary>
internal static class Api
{
    public static async Task<(int Status, JsonNode? Body, string? ContentType)> Send(HttpClient client, HttpMethod method, string url, object? body = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is string raw)
        {
            request.Content = new StringContent(raw, System.Text.Encoding.UTF8, "application/json");
        }
        else if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text), response.Content.Headers.ContentType?.MediaType);
    }

    public static Task<(int Status, JsonNode? Body, string? ContentType)> Post(HttpClient client, string url, object body) => Send(client, HttpMethod.Post, url, body);

    public static Task<(int Status, JsonNode? Body, string? ContentType)> Get(HttpClient client, string url) => Send(client, HttpMethod.Get, url);

    public static async Task<long> CreateTicket(HttpClient client, object body)
    {
        var (status, json, _) = await Post(client, "/tickets", body);
        Assert.True(status == 201, $"creating a ticket answered {status}: {json}");
        return json!["id"]!.GetValue<long>();
    }

    /// <summary>An ISO-8601 instant <paramref name="minutes"/> before the real now (the API refuses events in the future).</summary>
    public static string MinutesAgo(double minutes) =>
        NodaTime.SystemClock.Instance.GetCurrentInstant().Minus(NodaTime.Duration.FromMinutes(minutes)).ToString();

    public static string Text(JsonNode? node) => node?.ToJsonString(new JsonSerializerOptions { WriteIndented = false }) ?? "null";
}
