// Policy sets read from JSON behave like the same sets built in code; malformed JSON names its path and problem.
using System.Text.Json;
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
        Assert.False(set.Fallback.ResolutionFulfilsResponses);
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
