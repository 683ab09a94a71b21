// A breach due at instant T is observed at T: the grain's timer fires at the exact instant on a real-time desk clock.
using CareDesk.Orleans.Hosting;
using CareDesk.Orleans.Replay;
using CareDesk.Orleans.Tickets;
using CustomerCare.Core.Sla.Evaluation;
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CareDesk.Orleans.Tests;

public sealed class BreachTimingTests
{
    [Fact]
    public async Task A_warning_and_a_breach_are_observed_at_their_exact_instants()
    {
        // Orleans' timers run on the silo's TimeProvider, which also drives membership and timeouts, so it is not
        // replaced; the desk clock runs in real time from a chosen instant instead, and the SLA instants come from it.
        var clock = new ReplayClock(SyntheticMonth.End + Duration.FromDays(1));
        await using var cluster = await DeskTestCluster.StartAsync(2, DeskTestCluster.Settings(partitions: 2), clock);
        clock.Run();
        var opened = clock.GetCurrentInstant();
        var grain = cluster.Client.GetGrain<ITicketGrain>("fast-1");

        Assert.True((await grain.Post(0, new TicketEventDto(TicketEventKind.Opened, opened), new TicketAttributesDto("normal", Channel: "fast"))).Accepted);

        var observed = await WaitForAsync(grain, SlaNotificationKind.Breached);

        var warning = Assert.Single(observed, o => o.Kind == SlaNotificationKind.WarningReached);
        var breach = Assert.Single(observed, o => o.Kind == SlaNotificationKind.Breached);
        Assert.Equal(opened + Duration.FromSeconds(1), warning.At);
        Assert.Equal(opened + Duration.FromSeconds(2), breach.At);
        // Never early; late only by the timer's resolution and the machine's load (generous bound for a shared CI box).
        Assert.InRange(warning.ObservedAt, warning.At, warning.At + Duration.FromSeconds(10));
        Assert.InRange(breach.ObservedAt, breach.At, breach.At + Duration.FromSeconds(10));
        Assert.Null((await grain.View()).NextTransition);
    }

    private static async Task<IReadOnlyList<ObservedTransition>> WaitForAsync(ITicketGrain grain, SlaNotificationKind kind)
    {
        for (var i = 0; i < 300; i++)
        {
            var view = await grain.View();
            if (view.Observed.Any(o => o.Kind == kind))
            {
                return view.Observed;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"no {kind} observed within 30 s");
    }
}
