// The merged report of a 2-silo cluster equals the single-process report exactly, also after duplicate and late deliveries.
using CareDesk.Orleans.Aggregation;
using CareDesk.Orleans.Replay;
using CareDesk.Orleans.Tickets;
using CustomerCare.Core.Responsibility;
using CustomerCare.Core.Sla.Evaluation;
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CareDesk.Orleans.Tests;

public sealed class MergedReportTests(MergeFixture fixture) : IClassFixture<MergeFixture>
{
    /// <summary>Three random ticket sets (sizes 20–60), drawn from a fixed seed so a failure replays.</summary>
    public static TheoryData<int, int> RandomTicketSets()
    {
        var random = new Random(20261130);
        var data = new TheoryData<int, int>();
        for (var i = 0; i < 3; i++)
        {
            data.Add(random.Next(1, int.MaxValue), random.Next(20, 61));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RandomTicketSets))]
    public async Task Merged_report_equals_the_single_process_report_exactly(int seed, int count)
    {
        var tickets = SyntheticMonth.Generate(count, seed, SyntheticMonth.Start, SyntheticMonth.End, $"S{seed}-");
        await Replayer.ReplayAsync(fixture.Cluster.Client, tickets, concurrency: 16);
        fixture.Add(tickets);

        var report = await ReportAsync();

        AssertSame(report);
    }

    [Fact]
    public async Task A_breach_escalates_the_ticket_one_tier_up_and_the_merged_report_counts_it()
    {
        // An urgent (S1) order issue starts with a team leader. The Standard policy gives it 1 business hour for the
        // first response and 16 for the resolution (weekdays 08:00-18:00, Berlin): opened Monday 09:00, answered at
        // 12:00 and never resolved, it breaches at 10:00 Monday and at 15:00 Tuesday — one tier up each time.
        var opened = new LocalDateTime(2026, 11, 2, 9, 0).InZoneStrictly(Hosting.DeskPolicies.Zone).ToInstant();
        var ticket = new SyntheticTicket("E-1", new TicketAttributesDto("urgent", Channel: "email", Category: "orders/delivery"),
            [new TicketEventDto(TicketEventKind.Opened, opened), new TicketEventDto(TicketEventKind.AgentPublicReply, opened + Duration.FromHours(3))]);
        await Replayer.ReplayAsync(fixture.Cluster.Client, [ticket]);
        fixture.Add([ticket]);

        var report = await ReportAsync();

        var steps = (await fixture.Cluster.Client.GetGrain<ITicketGrain>(ticket.Id).View()).Escalations;
        Assert.Collection(
            steps,
            s => Assert.Equal(("team leader", "deputy head", EscalationOutcome.Escalated, SlaNotificationKind.Breached, "first_response", opened + Duration.FromHours(1)), (s.From, s.To, s.Outcome, s.Kind, s.Metric, s.At)),
            s => Assert.Equal(("deputy head", "head", EscalationOutcome.Escalated, SlaNotificationKind.Breached, "resolution", opened + Duration.FromHours(30)), (s.From, s.To, s.Outcome, s.Kind, s.Metric, s.At)));
        Assert.Contains("passed its deadline", steps[0].Reason, StringComparison.Ordinal);
        AssertSame(report);
    }

    [Fact]
    public async Task Duplicate_stale_and_out_of_order_deliveries_do_not_change_the_report()
    {
        var tickets = SyntheticMonth.Generate(30, 7, SyntheticMonth.Start, SyntheticMonth.End, "D-");
        await Replayer.ReplayAsync(fixture.Cluster.Client, tickets, concurrency: 16);
        fixture.Add(tickets);
        var before = await ReportAsync();
        var desk = fixture.Cluster.Client.GetGrain<IDeskGrain>(0);
        var snapshots = new List<PartitionSnapshot>();
        for (var p = 0; p < fixture.Settings.Partitions; p++)
        {
            snapshots.Add(await fixture.Cluster.Client.GetGrain<IPartitionGrain>(p).Settle(SyntheticMonth.End));
        }

        // Every snapshot delivered again, twice, in reverse order: replaced, never added.
        foreach (var s in Enumerable.Reverse(snapshots).Concat(snapshots))
        {
            Assert.True(await desk.Deliver(s));
        }

        // A stale snapshot (an older version with other content) arriving late is ignored.
        foreach (var s in snapshots.Where(s => s.Version > 0))
        {
            Assert.False(await desk.Deliver(s with { Version = s.Version - 1, Events = 0, Summary = KpiSummary.Empty }));
        }

        // A ticket's older contribution arriving late at its partition is ignored too; a retried post changes nothing.
        var ticket = tickets[0];
        await fixture.Cluster.Client.GetGrain<IPartitionGrain>(fixture.Settings.PartitionOf(ticket.Id))
            .Report(ticket.Id, new ContributionVersion(1, ticket.Events[0].At), KpiSummary.Empty, null);
        var retried = await fixture.Cluster.Client.GetGrain<ITicketGrain>(ticket.Id).Post(0, ticket.Events[0], ticket.Attributes);
        Assert.True(retried.Accepted);
        Assert.Equal(ticket.Events.Count, retried.Events);

        var current = await desk.Current();
        Assert.True(current.Summary.SameAs(before.Summary));
        AssertSame(await ReportAsync());
    }

    [Fact]
    public async Task A_bad_event_is_rejected_with_its_reason_and_changes_nothing()
    {
        var at = SyntheticMonth.Start + Duration.FromDays(3);
        var attributes = new TicketAttributesDto("normal", Channel: "email");
        var grain = fixture.Cluster.Client.GetGrain<ITicketGrain>("R-1");

        var noAttributes = await grain.Post(0, new TicketEventDto(TicketEventKind.Opened, at));
        var badPriority = await grain.Post(0, new TicketEventDto(TicketEventKind.Opened, at), attributes with { Priority = "whenever" });
        Assert.False(noAttributes.Accepted);
        Assert.Contains("needs its attributes", noAttributes.Reason, StringComparison.Ordinal);
        Assert.False(badPriority.Accepted);
        Assert.Contains("'whenever' is not on the desk's scale", badPriority.Reason, StringComparison.Ordinal);

        Assert.True((await grain.Post(0, new TicketEventDto(TicketEventKind.Opened, at), attributes)).Accepted);
        var earlier = await grain.Post(1, new TicketEventDto(TicketEventKind.AgentPublicReply, at - Duration.FromHours(1)));
        var reopened = await grain.Post(1, new TicketEventDto(TicketEventKind.Reopened, at + Duration.FromHours(1)));
        var gap = await grain.Post(3, new TicketEventDto(TicketEventKind.AgentPublicReply, at + Duration.FromHours(1)));
        var replaced = await grain.Post(0, new TicketEventDto(TicketEventKind.Opened, at + Duration.FromHours(1)), attributes);
        var priority = await grain.Post(1, new TicketEventDto(TicketEventKind.PriorityChanged, at + Duration.FromHours(1), Value: "asap"));

        Assert.False(earlier.Accepted);
        Assert.Contains("earlier than the event before it", earlier.Reason, StringComparison.Ordinal);
        Assert.False(reopened.Accepted);
        Assert.Contains("only a resolved ticket can be reopened", reopened.Reason, StringComparison.Ordinal);
        Assert.False(gap.Accepted);
        Assert.Equal("index must be between 0 and 1 (the next event); it was 3", gap.Reason);
        Assert.False(replaced.Accepted);
        Assert.StartsWith("event 0 is already Opened", replaced.Reason, StringComparison.Ordinal);
        Assert.False(priority.Accepted);
        Assert.Contains("'asap' is not on the desk's scale", priority.Reason, StringComparison.Ordinal);
        Assert.Equal(1, (await grain.View()).Events);

        fixture.Add([new SyntheticTicket("R-1", attributes, [new TicketEventDto(TicketEventKind.Opened, at)])]);
        AssertSame(await ReportAsync());
    }

    /// <summary>
    /// Reports as of the month's end without moving the shared desk clock: the tests post more tickets afterwards, and a
    /// desk clock already past their events would see breaches before their later events arrive (as a live desk would
    /// when events come in late) — escalations are not undone, so the report would rightly differ from a replay in time.
    /// </summary>
    private async Task<DeskReport> ReportAsync() => await fixture.Cluster.Client.GetGrain<IDeskGrain>(0).Report(SyntheticMonth.End);

    private void AssertSame(DeskReport report)
    {
        var tickets = fixture.Tickets;
        var reference = SingleProcessDesk.Summarise(fixture.Settings, tickets, SyntheticMonth.End);
        Assert.Equal(DeskReport.Format(reference, SyntheticMonth.End), DeskReport.Format(report.Summary, SyntheticMonth.End));
        Assert.True(reference.SameAs(report.Summary), "the merged summary differs from the single-process one");
        Assert.Equal(tickets.Sum(t => (long)t.Events.Count), report.Events);
        Assert.Equal(fixture.Settings.Partitions, report.Partitions);
    }
}
