// Many clients posting to one ticket at once: every event is stored exactly once, numbered without gaps.
using System.Globalization;

namespace CareDesk.Api.Tests;

public sealed class ConcurrencyTests : IDisposable
{
    private readonly DeskApiFactory _factory = new();

    [Fact]
    public async Task Concurrent_event_posts_to_one_ticket_are_neither_lost_nor_duplicated()
    {
        const int posts = 40;
        using var client = _factory.CreateClient();
        var id = await Api.CreateTicket(client, new { priority = "high", channel = "email", opened_at = Api.MinutesAgo(120) });
        var at = Api.MinutesAgo(30);

        var statuses = await Task.WhenAll(Enumerable.Range(1, posts).Select(async i =>
        {
            using var own = _factory.CreateClient();
            return (await Api.Post(own, $"/tickets/{id}/events", new { type = "status", value = $"step-{i}", at })).Status;
        }));

        Assert.All(statuses, s => Assert.Equal(201, s));
        var (_, ticket, _) = await Api.Get(client, $"/tickets/{id}");
        var events = ticket!["events"]!.AsArray();
        Assert.Equal(posts + 1, events.Count);
        Assert.Equal(Enumerable.Range(0, posts + 1), events.Select(e => e!["sequence"]!.GetValue<int>()));
        var values = events.Skip(1).Select(e => e!["value"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Enumerable.Range(1, posts).Select(i => string.Create(CultureInfo.InvariantCulture, $"step-{i}")).Order(StringComparer.Ordinal), values);
    }

    public void Dispose()
    {
        _factory.Dispose();
        DeskApiFactory.DeleteDatabase(_factory.DatabasePath);
    }
}
