// Bad SLA policy JSON gets the reader's documented exception with the JSON path: overflowing durations, duplicates, wrong shapes, new options.
using System.Text.Json;
using CustomerCare.Core.Sla.Policies;
using NodaTime;

namespace CustomerCare.Core.Tests.Sla.Policies;

public sealed class SlaPolicyJsonHardeningTests
{
    private static string WithTarget(string target) =>
        """{"fallback":{"name":"F","metrics":{"first_response":{"targets":{"normal":""" + target + "}}}}}";

    private static JsonException Refused(string json) => Assert.Throws<JsonException>(() => SlaPolicyJson.Read(json));

    [Theory]
    [InlineData("\"1152921504606846977h\"")] // × 3600 s wraps round to 1 h in 64-bit nanoseconds
    [InlineData("\"1152921504606846977:00\"")]
    [InlineData("\"99999999999999999999:00\"")] // more digits than a long holds
    [InlineData("\"99999999999999999999m\"")]
    [InlineData("\"0:99999999999999999999\"")]
    [InlineData("153722867280912930")] // minutes
    [InlineData("1e300")]
    public void A_duration_too_large_for_the_arithmetic_is_refused_with_its_path_never_wrapped(string target)
    {
        var ex = Refused(WithTarget(target));

        Assert.Equal("$.fallback.metrics.first_response.targets.normal", ex.Path);
        Assert.StartsWith("$.fallback.metrics.first_response.targets.normal: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_message_says_why_a_duration_is_refused()
    {
        Assert.Equal(
            "$.fallback.metrics.first_response.targets.normal: '1152921504606846977h' is too long: a duration may be at most 10,000,000 days.",
            Refused(WithTarget("\"1152921504606846977h\"")).Message);
        Assert.Equal(
            "$.fallback.metrics.first_response.targets.normal: '1h30' is not a duration: write minutes as a number, or a string such as \"4h\", \"1h30m\", \"90s\" or \"1:30\".",
            Refused(WithTarget("\"1h30\"")).Message);
        Assert.Equal(
            "$.fallback.metrics.first_response.targets.normal: '-5' is not a whole number of minutes between 0 and 14400000000.",
            Refused(WithTarget("-5")).Message);
    }

    [Fact]
    public void A_duration_that_fits_but_exceeds_a_target_limit_gets_the_builders_message_with_the_path()
    {
        // 1,000,000 h fits the parser (41,667 days) but not a policy target (at most 36,525 days).
        var ex = Refused(WithTarget("\"1000000h\""));

        Assert.Equal("$.fallback.metrics.first_response", ex.Path);
        Assert.Contains("at most 36525 days", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"4h\"", 4 * 60)]
    [InlineData("\"1h30m\"", 90)]
    [InlineData("\"90s\"", 1.5)]
    [InlineData("\" 2:05 \"", 125)]
    [InlineData("\"0:01:30\"", 1.5)]
    [InlineData("45", 45)]
    public void Valid_durations_still_read(string target, double minutes)
    {
        var set = SlaPolicyJson.Read(WithTarget(target));

        Assert.Equal(Duration.FromSeconds(minutes * 60), set.Fallback.For(SlaMetric.FirstResponse)!.Targets["normal"]);
    }

    [Theory]
    [InlineData("""{"fallback":{"name":"F","metrics":{}},"fallback":{"name":"G","metrics":{}}}""", "$.fallback")]
    [InlineData("""{"fallback":{"name":"F","metrics":{"first_response":{"targets":{"normal":"1h"}},"first_response":{"targets":{"normal":"2h"}}}}}""", "$.fallback.metrics.first_response")]
    [InlineData("""{"fallback":{"name":"F","metrics":{"first_response":{"targets":{"normal":"1h"}},"First_Response":{"targets":{"normal":"2h"}}}}}""", "$.fallback.metrics.First_Response")]
    [InlineData("""{"fallback":{"name":"F","metrics":{"resolution":{"targets":{"normal":"1h","normal":"2h"}}}}}""", "$.fallback.metrics.resolution.targets.normal")]
    [InlineData("""{"fallback":{"name":"F","name":"G","metrics":{}}}""", "$.fallback.name")]
    [InlineData("""{"policies":[{"name":"P","when":{"segment":"a","segment":"b"},"metrics":{}}],"fallback":{"name":"F","metrics":{}}}""", "$.policies[0].when.segment")]
    public void A_member_given_twice_is_refused_with_its_path(string json, string path)
    {
        var ex = Refused(json);

        Assert.Equal(path, ex.Path);
        Assert.Contains("appears more than once", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_custom_metric_defined_twice_is_refused()
    {
        var ex = Refused("""{"custom_metrics":[{"name":"t","start":["opened"],"stop":["closed"]},{"name":"T","start":["opened"],"stop":["closed"]}],"fallback":{"name":"F","metrics":{}}}""");

        Assert.Equal("$.custom_metrics[1].name", ex.Path);
        Assert.Contains("defined twice", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"fallback":{"name":"F","calendar":" ","metrics":{}}}""", "$.fallback.calendar")]
    [InlineData("""{"custom_metrics":["x"]}""", "$.custom_metrics[0]")]
    [InlineData("""{"custom_metrics":[{"name":"x","start":"opened","stop":[]}]}""", "$.custom_metrics[0].start")]
    [InlineData("""{"fallback":{"name":"F","metrics":{"resolution":{"targets":{"normal":"1h"},"pause_on":[" "]}}}}""", "$.fallback.metrics.resolution")]
    [InlineData("""{"fallback":{"name":"F","metrics":{"resolution":{"targets":{"normal":"1h"},"calendar":""}}}}""", "$.fallback.metrics.resolution")]
    [InlineData("""{"fallback":{"name":"F","metrics":{"resolution":{"targets":{"normal":"1h"},"warn_at":"NaN%"}}}}""", "$.fallback.metrics.resolution")]
    [InlineData("""{"fallback":{"name":"F","responses_on_resolve":"later","metrics":{}}}""", "$.fallback.responses_on_resolve")]
    [InlineData("""{"fallback":{"name":"F","responses_on_resolve":"pause","resolution_fulfils_responses":true,"metrics":{}}}""", "$.fallback.resolution_fulfils_responses")]
    [InlineData("""{"fallback":{"name":"F","customer_reply_when_resolved":"ignore","metrics":{}}}""", "$.fallback.customer_reply_when_resolved")]
    [InlineData("""{"fallback":{"name":"F","customer_reply_when_resolved":true,"metrics":{}}}""", "$.fallback.customer_reply_when_resolved")]
    public void Wrong_values_and_shapes_get_the_json_exception_with_the_path(string json, string path)
    {
        var ex = Refused(json);

        Assert.Equal(path, ex.Path);
        Assert.StartsWith(path + ": ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blank_policy_calendar_says_what_to_fix()
    {
        Assert.Equal("$.fallback.calendar: calendar must be non-empty; it was ' '. (Parameter 'calendar').", Refused("""{"fallback":{"name":"F","calendar":" ","metrics":{}}}""").Message);
        Assert.Equal("$.custom_metrics[0]: expected a JSON object, found String.", Refused("""{"custom_metrics":["x"]}""").Message);
    }

    [Theory]
    [InlineData("\"fulfil\"", ResponseResolveMode.Fulfil)]
    [InlineData("\"pause\"", ResponseResolveMode.Pause)]
    [InlineData("\"run_on\"", ResponseResolveMode.RunOn)]
    public void The_resolve_option_reads_by_name(string value, ResponseResolveMode mode)
    {
        var set = SlaPolicyJson.Read("""{"fallback":{"name":"F","responses_on_resolve":""" + value + ""","metrics":{}}}""");

        Assert.Equal(mode, set.Fallback.ResponsesOnResolve);
    }

    [Theory]
    [InlineData("true", ResponseResolveMode.Fulfil)]
    [InlineData("false", ResponseResolveMode.Pause)]
    public void The_older_boolean_still_reads(string value, ResponseResolveMode mode)
    {
        var set = SlaPolicyJson.Read("""{"fallback":{"name":"F","resolution_fulfils_responses":""" + value + ""","metrics":{}}}""");

        Assert.Equal(mode, set.Fallback.ResponsesOnResolve);
    }

    [Theory]
    [InlineData("\"reopen\"", ResolvedReplyMode.Reopen)]
    [InlineData("\"reject\"", ResolvedReplyMode.Reject)]
    public void The_customer_reply_option_reads_by_name(string value, ResolvedReplyMode mode)
    {
        var set = SlaPolicyJson.Read("""{"fallback":{"name":"F","customer_reply_when_resolved":""" + value + ""","metrics":{}}}""");

        Assert.Equal(mode, set.Fallback.CustomerReplyWhenResolved);
    }
}
