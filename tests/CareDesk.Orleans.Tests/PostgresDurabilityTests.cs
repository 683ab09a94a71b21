// On PostgreSQL storage, killing a silo mid-stream loses no acknowledged event, reminders re-activate grains, and the report is unchanged.
using CareDesk.Orleans.Aggregation;
using CareDesk.Orleans.Hosting;
using CareDesk.Orleans.Replay;
using CareDesk.Orleans.Tickets;
using CustomerCare.Core.Sla.Evaluation;
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CareDesk.Orleans.Tests;

public sealed class PostgresDurabilityTests
{
    [PostgresFact]
    public async Task A_killed_silo_loses_no_acknowledged_event_and_the_report_is_unchanged()
    {
        var connection = PostgresFactAttribute.ConnectionString
            ?? throw new InvalidOperationException($"{PostgresFactAttribute.Variable} must be set on CI: .ci/run starts PostgreSQL and exports it");
        var settings = DeskTestCluster.Settings(partitions: 4, reminders: true, writeThrough: true);
        var clock = new ReplayClock(SyntheticMonth.Start);
        await using var cluster = await DeskTestCluster.StartAsync(2, settings, clock, DeskStorage.Postgres, connection, silo => silo.Configure<ReminderOptions>(o =>
        {
            // Orleans' default minimum reminder period is one minute; a test may go lower (Orleans logs a warning).
            o.MinimumReminderPeriod = TimeSpan.FromSeconds(5);
            o.RefreshReminderListPeriod = TimeSpan.FromSeconds(5);
        }));
        var tickets = SyntheticMonth.Generate(40, 16, SyntheticMonth.Start, SyntheticMonth.End, "P-");
        var client = cluster.Client;

        // A ticket with a 2 s first-response target on a running desk clock, whose activation is then dropped:
        // only its reminder can wake it for the breach.
        clock.Run();
        var opened = clock.GetCurrentInstant();
        var fast = new SyntheticTicket("P-fast", new TicketAttributesDto("normal", Channel: "fast"), [new TicketEventDto(TicketEventKind.Opened, opened)]);
        Assert.True((await client.GetGrain<ITicketGrain>(fast.Id).Post(0, fast.Events[0], fast.Attributes)).Accepted);
        await cluster.DeactivateAsync(client.GetGrain<ITicketGrain>(fast.Id));

        // First half of every ticket's events.
        await PostAsync(client, tickets, t => 0, t => t.Events.Count / 2);

        // Wait for the reminder (due 2 s after opening, then every 5 s; slow on a loaded machine) by watching the ticket's
        // contribution at its partition, which wakes no grain: it is re-evaluated after the deadline only if something woke it.
        var partition = client.GetGrain<IPartitionGrain>(settings.PartitionOf(fast.Id));
        for (var i = 0; i < 120 && !((await partition.VersionOf(fast.Id))?.EvaluatedAt > opened + Duration.FromSeconds(2)); i++)
        {
            await Task.Delay(500);
        }

        var lookedAt = clock.GetCurrentInstant();
        var breach = Assert.Single((await client.GetGrain<ITicketGrain>(fast.Id).View()).Observed, o => o.Kind == SlaNotificationKind.Breached);
        Assert.Equal(opened + Duration.FromSeconds(2), breach.At);
        Assert.True(breach.ObservedAt < lookedAt, $"the breach was observed at {breach.ObservedAt}, only when looked at ({lookedAt}): the reminder did not wake the grain");

        // A silo dies mid-stream; the rest of the events are posted (retried until the cluster has noticed).
        await cluster.KillSiloAsync(cluster.GetActiveSilos().Last());
        await PostAsync(client, tickets, t => t.Events.Count / 2, t => t.Events.Count);
        await cluster.StartAdditionalSiloAsync();

        foreach (var t in tickets)
        {
            Assert.Equal(t.Events.Count, (await client.GetGrain<ITicketGrain>(t.Id).View()).Events);
        }

        clock.AdvanceTo(SyntheticMonth.End);
        var report = await client.GetGrain<IDeskGrain>(0).Report(SyntheticMonth.End);
        List<SyntheticTicket> all = [.. tickets, fast];
        var reference = SingleProcessDesk.Summarise(settings, all, SyntheticMonth.End);
        Assert.Equal(DeskReport.Format(reference, SyntheticMonth.End), DeskReport.Format(report.Summary, SyntheticMonth.End));
        Assert.True(reference.SameAs(report.Summary));
        Assert.Equal(all.Sum(t => (long)t.Events.Count), report.Events);
    }

    /// <summary>Posts events [from, to) of each ticket; a failed call is retried (posts are idempotent by index) for up to a minute.</summary>
    private static async Task PostAsync(IGrainFactory grains, IEnumerable<SyntheticTicket> tickets, Func<SyntheticTicket, int> from, Func<SyntheticTicket, int> to)
    {
        await Parallel.ForEachAsync(tickets, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (t, cancellationToken) =>
        {
            for (var i = from(t); i < to(t); i++)
            {
                for (var attempt = 0; ; attempt++)
                {
                    try
                    {
                        var result = await grains.GetGrain<ITicketGrain>(t.Id).Post(i, t.Events[i], i == 0 ? t.Attributes : null);
                        Assert.True(result.Accepted, $"{t.Id} event {i}: {result.Reason}");
                        break;
                    }
                    catch (Exception ex) when (ex is not Xunit.Sdk.XunitException && attempt < 60)
                    {
                        await Task.Delay(1000, cancellationToken);
                    }
                }
            }
        });
    }
}
