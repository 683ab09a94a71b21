// The README's "SLA policies" example, run as written: the code and the JSON give the same answers as its comments.
using System.Text.RegularExpressions;
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Sla.Evaluation;
using CustomerCare.Core.Sla.Policies;
using CustomerCare.Core.Tests.TestInfrastructure;
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CustomerCare.Core.Tests.Sla;

public sealed partial class SlaReadmeExampleTests
{
    private static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];

    private static readonly BusinessCalendar Desk = new BusinessCalendarBuilder(Zone)
        .AddWeekdays(new LocalTime(8, 0), new LocalTime(12, 0))
        .AddWeekdays(new LocalTime(13, 30), new LocalTime(17, 30))
        .Build();

    private static Instant At(int day, int hour, int minute) => new LocalDateTime(2025, 2, day, hour, minute).InZoneStrictly(Zone).ToInstant();

    private static readonly TicketTimeline Ticket = new(new TicketAttributes("normal", segment: "smb"),
    [
        TicketEvent.Opened(At(3, 10, 0)),
        TicketEvent.AgentInternalNote(At(3, 10, 30)),
        TicketEvent.AgentPublicReply(At(3, 14, 0)),
        TicketEvent.StatusChanged(At(3, 15, 0), "pending"),
    ]);

    [Fact]
    public void The_code_example_prints_what_its_comments_say()
    {
        var policies = new SlaPolicySetBuilder()
            .AddCalendar("desk", Desk)
            .Add(new SlaPolicyBuilder("VIP").When(SlaCondition.Segment("vip") & !SlaCondition.HasTag("trial")).OnCalendar("desk")
                .Target(SlaMetric.FirstResponse, Duration.FromMinutes(30), "urgent", "high", "normal", "low")
                .Build())
            .Fallback(new SlaPolicyBuilder("Standard").OnCalendar("desk")
                .Target(SlaMetric.FirstResponse, "urgent", Duration.FromHours(1))
                .Target(SlaMetric.FirstResponse, Duration.FromHours(4), "high", "normal", "low")
                .Warn(SlaMetric.FirstResponse, SlaWarning.AtShare(0.75))
                .Target(SlaMetric.Resolution, Duration.FromHours(16), "urgent", "high", "normal", "low")
                .PauseOn(SlaMetric.Resolution, "pending")
                .Reopen(ReopenMode.Continue)
                .Build())
            .Build();

        Check(policies);
    }

    [Fact]
    public void The_json_example_reads_to_the_same_policies()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var section = readme[readme.IndexOf("## SLA policies", StringComparison.Ordinal)..];
        var json = JsonBlock().Match(section).Groups[1].Value;

        Check(SlaPolicyJson.Read(json, new Dictionary<string, BusinessCalendar> { ["desk"] = Desk }));
    }

    private static void Check(SlaPolicySet policies)
    {
        var evaluation = policies.Evaluate(Ticket, At(4, 9, 0));

        // Standard (smb): 4 h from Mon 10:00 → 10:00–12:00 + 13:30–15:30 = 15:30 local = 08:30Z; replied 14:00 after 2 h 30.
        var first = evaluation.For(SlaMetric.FirstResponse)[0];
        Assert.Equal("Standard", evaluation.Policy.Name);
        Assert.Equal((SlaStatus.Met, Instant.FromUtc(2025, 2, 3, 8, 30), Duration.FromMinutes(150)), (first.Status, first.Deadline!.Value, first.Elapsed));
        Assert.Contains("deadline 2025-02-03T08:30:00Z", first.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("elapsed 2:30:00 of 4:00:00", first.ToString(), StringComparison.Ordinal);
        // Resolution: 10:00–12:00 + 13:30–15:00 = 3 h 30, paused (pending) since 15:00.
        var resolution = evaluation.For(SlaMetric.Resolution)[0];
        Assert.Equal((SlaStatus.Paused, Duration.FromMinutes(210)), (resolution.Status, resolution.Elapsed));
        Assert.Contains("elapsed 3:30:00 of 16:00:00 paused ", resolution.ToString(), StringComparison.Ordinal);
    }

    [GeneratedRegex("```json\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();
}
