// The dashboard in a real headless chromium (Debian's package, driven by Playwright): what a person sees on the SLA board and charts.
using System.Globalization;
using Microsoft.Playwright;

namespace CareDesk.Api.Tests;

public sealed class DashboardBrowserTests : IDisposable
{
    private static readonly string[] ChromiumArgs =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private readonly DeskApiFactory _factory = new();

    [ChromiumFact]
    public async Task The_board_lists_open_tickets_with_their_time_left_and_the_charts_have_data()
    {
        Assert.True(File.Exists(ChromiumFactAttribute.Path), $"CI needs {ChromiumFactAttribute.Path}: .ci/run installs it with apt-get install -y chromium.");
        _factory.UseKestrel(0);
        _factory.StartServer();
        using var client = _factory.CreateClient();
        var late = await Api.CreateTicket(client, new { priority = "urgent", channel = "email", subject = "Refund never arrived", opened_at = Api.MinutesAgo(60 * 24 * 6) });
        var chat = await Api.CreateTicket(client, new { priority = "normal", channel = "chat", subject = "Where is my order?", opened_at = Api.MinutesAgo(3) });
        var done = await Api.CreateTicket(client, new { priority = "low", channel = "phone", subject = "Invoice copy", opened_at = Api.MinutesAgo(120) });
        Assert.Equal(201, (await Api.Post(client, $"/tickets/{done}/events", new { type = "agent_reply", at = Api.MinutesAgo(110) })).Status);
        Assert.Equal(201, (await Api.Post(client, $"/tickets/{done}/events", new { type = "resolved", at = Api.MinutesAgo(100) })).Status);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumFactAttribute.Path, Headless = true, Args = ChromiumArgs });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await page.GotoAsync(client.BaseAddress!.ToString());
        await page.WaitForSelectorAsync("body[data-loaded='true']", new() { Timeout = 60_000 });

        var rows = page.Locator("#board tbody tr[data-ticket]");
        Assert.Equal(2, await rows.CountAsync());
        var lateRow = page.Locator($"#board tr[data-ticket='{late}']");
        var chatRow = page.Locator($"#board tr[data-ticket='{chat}']");
        Assert.Contains("Refund never arrived", await lateRow.InnerTextAsync(), StringComparison.Ordinal);
        Assert.StartsWith("overdue ", await lateRow.Locator("td.left").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("breached", await lateRow.Locator("td.status").InnerTextAsync());
        Assert.Matches("^[0-9]+ (min|h [0-9]{2} min)$", await chatRow.Locator("td.left").InnerTextAsync());
        Assert.Equal(0, await page.Locator($"#board tr[data-ticket='{done}']").CountAsync());

        foreach (var chart in new[] { "status", "channel" })
        {
            var values = await page.Locator($"svg[data-chart='{chart}'] rect").EvaluateAllAsync<string[]>("bars => bars.map(b => b.getAttribute('data-value'))");
            Assert.Contains(values, v => double.Parse(v, CultureInfo.InvariantCulture) > 0);
        }

        // Business time to first response and resolution: the tickets run on the real clock, so at some hours of the
        // day (the desk's lunch break, the night) their business times are legitimately 0; the bars must be there.
        var times = await page.Locator("svg[data-chart='times'] rect").EvaluateAllAsync<string[]>("bars => bars.map(b => b.getAttribute('data-value'))");
        Assert.NotEmpty(times);
        Assert.All(times, v => Assert.True(double.Parse(v, CultureInfo.InvariantCulture) >= 0, v));

        Assert.Equal("3", await page.Locator(".card[data-kpi='Created'] .value").InnerTextAsync());
        var screenshot = Path.Combine(Path.GetTempPath(), "caredesk-dashboard.png");
        await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        Assert.True(new FileInfo(screenshot).Length > 10_000);
    }

    public void Dispose()
    {
        _factory.Dispose();
        DeskApiFactory.DeleteDatabase(_factory.DatabasePath);
    }
}
