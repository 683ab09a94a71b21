// Policy sets read from JSON behave like the same sets built in code; malformed JSON names its path and problem.
using System.Text.Json;
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Sla.Evaluation;
using CustomerCare.Core.Sla.Policies;
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CustomerCare.Core.Tests.Sla.Policies;

public sealed class SlaPolicyJsonTests
{
    private const string Json = """
        {
          "priorities": ["p1", "p2", "p3"],
          "custom_metrics": [ { "name": "triage", "start": ["status:new"], "stop": ["status:triaged", "closed"] } ],
          "policies": [
            { "name": "VIP", "when": { "segment": "vip", "not": { "tag": "trial" } }, "calendar": "24/7",
              "metrics": { "first_response": { "targets": { "p1": "30m", "p2": 60 }, "warn_at": "75%" } } },
            { "name": "Chat", "when": { "any": [ { "channel": ["chat", "whatsapp"] }, { "priority_at_least": "p1" } ] },
              "metrics": { "first_response": { "targets": { "p1": "0:05", "p2": "1h30m", "p3": "90s" }, "warn_before": "1m" } } }
          ],
          "fallback": {
            "name": "Standard", "reopen": "new_cycle", "resolution_fulfils_responses": false,
            "metrics": {
              "resolution": { "targets": { "p1": "4h", "p2": "8h", "p3": "16h" }, "pause_on": ["pending"] },
              "triage": { "targets": { "p3": "2h" } }
            }
          }
        }
        """;

    // The complete example of the README's "SLA policy JSON" section, word for word: the public format, pinned.
    internal const string DocumentedExample = """
        {
          "priorities": ["urgent", "high", "normal", "low"],
          "custom_metrics": [
            { "name": "triage", "start": ["opened"], "stop": ["status:triaged", "agent_reply"] }
          ],
          "policies": [
            {
              "name": "VIP",
              "when": { "segment": "vip", "not": { "tag": "trial" } },
              "calendar": "desk",
              "metrics": {
                "first_response": { "targets": { "urgent": "30m", "high": "30m", "normal": "1h", "low": "1h" }, "warn_at": "75%" },
                "resolution": { "targets": { "urgent": "4h", "high": "8h", "normal": "16h", "low": "24h" }, "pause_on": ["pending"] }
              }
            },
            {
              "name": "Chat",
              "when": { "any": [ { "channel": ["chat", "whatsapp"] }, { "attributes": { "source": "widget" } } ] },
              "calendar": "desk",
              "metrics": {
                "first_response": { "targets": { "urgent": 2, "high": 5, "normal": 5, "low": 10 } },
                "next_response": { "targets": { "urgent": "0:05", "high": "0:10", "normal": "0:10", "low": "0:15" } }
              }
            }
          ],
          "fallback": {
            "name": "Standard",
            "calendar": "desk",
            "reopen": "new_cycle",
            "resolution_fulfils_responses": false,
            "metrics": {
              "first_response": { "targets": { "urgent": "1h", "high": "2h", "normal": "4h", "low": "8h" }, "warn_before": "15m" },
              "periodic_update": { "targets": { "urgent": "2h", "high": "4h", "normal": "8h", "low": "8h" }, "calendar": "24/7" },
              "resolution": { "targets": { "urgent": "8h", "high": "16h", "normal": "24h", "low": "40h" }, "pause_on": ["pending", "on-hold"], "warn_at": "80%" },
              "triage": { "targets": { "urgent": "15m", "high": "30m", "normal": "1h30m", "low": "2h" } }
            }
          }
        }
        """;

    [Fact]
    public void The_documented_example_reads_as_its_text_says()
    {
        var set = SlaPolicyJson.Read(DocumentedExample, new Dictionary<string, BusinessCalendar> { ["desk"] = SlaBusinessCalendarTests.Desk });

        Assert.Empty(set.Warnings);
        Assert.Equal(["VIP", "Chat", "Standard"], set.Policies.Select(p => p.Name));
        Assert.Equal("(channel in [chat, whatsapp] or (source in [widget]))", set.Policies[1].Condition.ToString());
        Assert.Equal(Duration.FromMinutes(2), set.Policies[1].For(SlaMetric.FirstResponse)!.Targets["urgent"]);
        Assert.Equal(Duration.FromMinutes(5), set.Policies[1].For(SlaMetric.NextResponse)!.Targets["urgent"]);
        var standard = set.Fallback;
        Assert.Equal((ReopenMode.NewCycle, ResponseResolveMode.Pause), (standard.Reopen, standard.ResponsesOnResolve));
        Assert.Equal(SlaPolicySet.CalendarTime, standard.For(SlaMetric.PeriodicUpdate)!.Calendar);
        Assert.Equal(SlaWarning.Before(Duration.FromMinutes(15)), standard.For(SlaMetric.FirstResponse)!.Warning);
        Assert.Equal(SlaWarning.AtShare(0.8), standard.For(SlaMetric.Resolution)!.Warning);
        var triage = standard.Metrics.Single(m => m.Metric.Name == "triage");
        Assert.Equal((SlaMetricKind.Custom, Duration.FromMinutes(90)), (triage.Metric.Kind, triage.Targets["normal"]));
        Assert.Equal("desk", triage.Calendar);
    }

    [Fact]
    public void Reads_priorities_policies_conditions_metrics_and_options()
    {
        var set = SlaPolicyJson.Read(Json);

        Assert.Equal(["p1", "p2", "p3"], set.Priorities.Names);
        Assert.Equal(["VIP", "Chat", "Standard"], set.Policies.Select(p => p.Name));
        Assert.Equal("(segment in [vip] and not tag trial)", set.Policies[0].Condition.ToString());
        var vipFirst = set.Policies[0].For(SlaMetric.FirstResponse)!;
        Assert.Equal(Duration.FromMinutes(30), vipFirst.Targets["P1"]);
        Assert.Equal(Duration.FromHours(1), vipFirst.Targets["p2"]);
        Assert.Equal(SlaWarning.AtShare(0.75), vipFirst.Warning);
        var chat = set.Policies[1].For(SlaMetric.FirstResponse)!;
        Assert.Equal([Duration.FromMinutes(5), Duration.FromMinutes(90), Duration.FromSeconds(90)], new[] { "p1", "p2", "p3" }.Select(p => chat.Targets[p]));
        Assert.Equal(SlaWarning.Before(Duration.FromMinutes(1)), chat.Warning);
        Assert.Equal(ReopenMode.NewCycle, set.Fallback.Reopen);
        Assert.Equal(ResponseResolveMode.Pause, set.Fallback.ResponsesOnResolve);
        Assert.Contains("pending", set.Fallback.For(SlaMetric.Resolution)!.PauseStatuses);
        Assert.Equal(SlaMetricKind.Custom, set.Fallback.Metrics[1].Metric.Kind);
    }

    [Fact]
    public void A_policy_from_json_selects_and_evaluates_like_one_built_in_code()
    {
        var set = SlaPolicyJson.Read(Json);
        var t0 = Instant.FromUtc(2025, 3, 3, 9, 0);
        var ticket = new TicketTimeline(new TicketAttributes("p2", channel: "whatsapp"),
            [TicketEvent.Opened(t0), TicketEvent.AgentPublicReply(t0 + Duration.FromMinutes(80))]);

        var evaluation = set.Evaluate(ticket, t0 + Duration.FromHours(3));

        // Chat policy, p2: 1 h 30 min target; reply after 80 min → met with 10 min left.
        Assert.Equal("Chat", evaluation.Policy.Name);
        var r = evaluation.For(SlaMetric.FirstResponse)[0];
        Assert.Equal((SlaStatus.Met, Duration.FromMinutes(10)), (r.Status, r.Remaining));
    }

    [Theory]
    [InlineData("""{ "fallback": { "name": "F", "metrics": { "first_reply": { "targets": { "low": 5 } } } } }""", "$.fallback.metrics.first_reply", "not a metric")]
    [InlineData("""{ "fallback": { "name": "F", "metrics": { "resolution": { "targets": { "low": "5 hours" } } } } }""", "$.fallback.metrics.resolution.targets.low", "not a duration")]
    [InlineData("""{ "fallback": { "name": "F", "metrics": { "resolution": { "targets": { "low": "5h" }, "warn_at": "0.75" } } } }""", "$.fallback.metrics.resolution.warn_at", "not a percentage")]
    [InlineData("""{ "fallback": { "name": "F", "metrics": { "resolution": { "targets": { "low": 0 } } } } }""", "$.fallback.metrics.resolution", "positive duration")]
    [InlineData("""{ "fallback": { "name": "F", "reopen": "again", "metrics": {} } }""", "$.fallback.reopen", "not a reopen mode")]
    [InlineData("""{ "fallback": { "metrics": {} } }""", "$.fallback", "\"name\" is missing")]
    [InlineData("""{ "policies": [ { "name": "A", "when": { "colour": "red" }, "metrics": {} } ] }""", "$.policies[0].when.colour", "not a condition")]
    [InlineData("""{ "custom_metrics": [ { "name": "x", "start": ["born"], "stop": ["closed"] } ] }""", "$.custom_metrics[0].start[0]", "not an event type")]
    [InlineData("""{ "priorities": ["a", "a"] }""", "$.priorities", "appears twice")]
    [InlineData("""[]""", "$", "expected a JSON object")]
    public void Malformed_json_names_the_path_and_the_problem(string json, string path, string problem)
    {
        var ex = Assert.Throws<JsonException>(() => SlaPolicyJson.Read(json));

        Assert.Equal(path, ex.Path);
        Assert.Contains(path + ":", ex.Message, StringComparison.Ordinal);
        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Well_formed_but_invalid_configuration_is_rejected_by_the_builder()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => SlaPolicyJson.Read("""{ "policies": [] }"""));
        Assert.Contains("No fallback policy", ex.Message, StringComparison.Ordinal);
    }
}
