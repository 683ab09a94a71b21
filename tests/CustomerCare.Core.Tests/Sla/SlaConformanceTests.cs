// Checks that the SLA timeline case kind of the conformance runner fails wrong expectations with inputs, expected and actual values.
using System.Text.Json;
using CustomerCare.Core.Tests.Conformance;

namespace CustomerCare.Core.Tests.Sla;

/// <summary>
/// Tests of <see cref="SlaTimelineCaseKind"/> itself. The vectors are run by the shared runner
/// (<see cref="ConformanceCases"/>, <c>Conformance/Vectors/sla-*.json</c> and <c>CUSTOMERCARE_CONFORMANCE_DIR</c>), where
/// this kind is registered; these tests show that a wrong expectation really fails, with a useful message.
/// </summary>
public sealed class SlaConformanceTests
{
    private static readonly SlaTimelineCaseKind Kind = new();

    [Fact]
    public void A_wrong_expectation_fails_with_inputs_expected_and_actual_in_local_time_and_utc()
    {
        using var document = JsonDocument.Parse("""
            {
              "id": "deliberately-wrong", "tz": "Asia/Ho_Chi_Minh",
              "policies": { "fallback": { "name": "F", "metrics": { "first_response": { "targets": { "normal": "1h" } } } } },
              "ticket": { "priority": "normal" },
              "events": [ { "at": "2025-01-27T09:00", "type": "opened" }, { "at": "2025-01-27T09:30", "type": "agent_reply" } ],
              "now": "2025-01-27T12:00",
              "expected": { "metrics": { "first_response": [ { "status": "breached", "deadline": "2025-01-27T10:30" } ] } }
            }
            """);

        var ex = Assert.ThrowsAny<Exception>(() => Kind.Run(document.RootElement));

        Assert.Contains("deliberately-wrong", ex.Message, StringComparison.Ordinal);
        Assert.Contains("first_response[0].status: expected breached, actual met", ex.Message, StringComparison.Ordinal);
        Assert.Contains("expected 2025-01-27T10:30:00 local (2025-01-27T03:30:00Z UTC), actual 2025-01-27T10:00:00 local (2025-01-27T03:00:00Z UTC)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_expected_error_that_does_not_occur_fails()
    {
        using var document = JsonDocument.Parse("""
            {
              "id": "no-error", "policies": { "fallback": { "name": "F", "metrics": {} } }, "ticket": { "priority": "normal" },
              "events": [ { "at": "2025-01-27T09:00", "type": "opened" } ], "now": "2025-01-27T12:00", "expected": { "error": "time order" }
            }
            """);

        var ex = Assert.ThrowsAny<Exception>(() => Kind.Run(document.RootElement));
        Assert.Contains("the timeline was accepted", ex.Message, StringComparison.Ordinal);
    }
}
