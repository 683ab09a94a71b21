// A bounded load test on loopback: a few thousand SLA status queries from a local client; prints throughput and p50/p99 latency.
using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;

namespace CareDesk.Api.Tests;

public sealed class LoadTest(ITestOutputHelper output) : IDisposable
{
    private const int Tickets = 50;
    private const int Requests = 3000;
    private const int Clients = 8;

    private readonly DeskApiFactory _factory = new();

    [LoadFact]
    public async Task Status_query_throughput_and_latency()
    {
        _factory.UseKestrel(0);
        _factory.StartServer();
        using var setup = _factory.CreateClient();
        var ids = new List<long>();
        for (var i = 0; i < Tickets; i++)
        {
            var id = await Api.CreateTicket(setup, new { priority = i % 2 == 0 ? "high" : "normal", channel = i % 3 == 0 ? "chat" : "email", opened_at = Api.MinutesAgo(600 - i) });
            await Api.Post(setup, $"/tickets/{id}/events", new { type = "agent_reply", at = Api.MinutesAgo(500 - i) });
            ids.Add(id);
        }

        // Warm-up, then the measured run: Clients loops share the requests, each with its own connection.
        await Run(setup, ids, 200, 1, new double[200]);
        var latencies = new double[Requests];
        var total = Stopwatch.StartNew();
        await Run(setup, ids, Requests, Clients, latencies);
        total.Stop();

        Array.Sort(latencies);
        var line = string.Create(CultureInfo.InvariantCulture,
            $"| {Requests} | {Clients} | {Requests / total.Elapsed.TotalSeconds:0} req/s | {latencies[(Requests / 2) - 1]:0.00} ms | {latencies[(int)Math.Ceiling(Requests * 0.99) - 1]:0.00} ms | {latencies[^1]:0.00} ms |");
        output.WriteLine("| requests | clients | throughput | p50 | p99 | max |");
        output.WriteLine(line);
        await File.WriteAllTextAsync(Path.Combine(Path.GetTempPath(), "caredesk-load.md"), line + Environment.NewLine);
    }

    private static async Task Run(HttpClient setup, List<long> ids, int requests, int clients, double[] latencies)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async worker =>
        {
            using var client = new HttpClient { BaseAddress = setup.BaseAddress };
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests)
            {
                var watch = Stopwatch.StartNew();
                using var response = await client.GetAsync(new Uri($"/tickets/{ids[i % ids.Count]}/sla", UriKind.Relative));
                _ = await response.Content.ReadAsByteArrayAsync();
                response.EnsureSuccessStatusCode();
                latencies[i] = watch.Elapsed.TotalMilliseconds;
            }
        }));
    }

    public void Dispose()
    {
        _factory.Dispose();
        DeskApiFactory.DeleteDatabase(_factory.DatabasePath);
    }
}
