// Stop the host, start a new one on the same SQLite file: the same tickets, SLA answers and reports.
namespace CareDesk.Api.Tests;

public sealed class RestartTests
{
    [Fact]
    public async Task A_new_host_on_the_same_file_gives_the_same_answers()
    {
        var path = Path.Combine(Path.GetTempPath(), $"caredesk-restart-{Guid.NewGuid():N}.db");
        try
        {
            var at = Api.MinutesAgo(1);
            var window = $"from={Uri.EscapeDataString(Api.MinutesAgo(60 * 24 * 7))}&to={Uri.EscapeDataString(at)}";
            string[] urls;
            string[] before;
            using (var first = new DeskApiFactory(path))
            {
                using var client = first.CreateClient();
                var vip = await Api.CreateTicket(client, new { priority = "high", segment = "vip", channel = "phone", severity = "S2", subject = "Phone will not charge", opened_at = Api.MinutesAgo(600) });
                var chat = await Api.CreateTicket(client, new { priority = "normal", channel = "chat", subject = "Where is my order?", opened_at = Api.MinutesAgo(90) });
                Assert.Equal(201, (await Api.Post(client, $"/tickets/{vip}/events", new { type = "agent_reply", at = Api.MinutesAgo(590) })).Status);
                Assert.Equal(201, (await Api.Post(client, $"/tickets/{vip}/events", new { type = "resolved", at = Api.MinutesAgo(300) })).Status);
                Assert.Equal(201, (await Api.Post(client, $"/tickets/{chat}/events", new { type = "agent_reply", at = Api.MinutesAgo(80) })).Status);
                urls =
                [
                    $"/tickets/{vip}", $"/tickets/{chat}",
                    $"/tickets/{vip}/sla?at={Uri.EscapeDataString(at)}", $"/tickets/{chat}/sla?at={Uri.EscapeDataString(at)}",
                    $"/tickets/{chat}/escalations?at={Uri.EscapeDataString(at)}",
                    $"/reports/compliance?{window}", $"/reports/kpis?{window}", $"/board?at={Uri.EscapeDataString(at)}",
                ];
                before = await Answers(client, urls);
            }

            using var second = new DeskApiFactory(path);
            using var again = second.CreateClient();
            var after = await Answers(again, urls);

            Assert.Equal(before, after);
            Assert.Contains("\"resolved\"", before[0], StringComparison.Ordinal);
        }
        finally
        {
            DeskApiFactory.DeleteDatabase(path);
        }
    }

    private static async Task<string[]> Answers(HttpClient client, string[] urls)
    {
        var answers = new string[urls.Length];
        for (var i = 0; i < urls.Length; i++)
        {
            var (status, json, _) = await Api.Get(client, urls[i]);
            Assert.True(status == 200, $"{urls[i]} answered {status}: {json}");
            answers[i] = Api.Text(json);
        }

        return answers;
    }
}
