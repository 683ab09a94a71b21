// The IConfiguration → JSON bridge: numbers, booleans, nulls and empty lists come back as the readers expect; JSON paths map to configuration paths.
using CustomerCare.Core.DependencyInjection.Configuration;

namespace CustomerCare.Core.Tests.DependencyInjection.Configuration;

public sealed class ConfigurationJsonTests
{
    private static string Json(params (string Key, string? Value)[] values) =>
        ConfigurationJson.ToJson(CareSettings.Memory(values).GetSection("doc")).GetRawText();

    [Fact]
    public void Values_are_restored_by_position()
    {
        Assert.Equal("""{"count":3,"flag":true,"name":"007","rate":0.25,"when":"2026-01-01"}""",
            Json(("doc:count", "3"), ("doc:flag", "True"), ("doc:name", "007"), ("doc:rate", "0.25"), ("doc:when", "2026-01-01")));
        Assert.Equal("""{"priorities":["1","2"],"x":[1,2]}""", Json(("doc:priorities:0", "1"), ("doc:priorities:1", "2"), ("doc:x:0", "1"), ("doc:x:1", "2")));
        Assert.Equal("""{"leading":"01","space":" 1","trailing":"1 "}""", Json(("doc:leading", "01"), ("doc:space", " 1"), ("doc:trailing", "1 ")));
    }

    [Fact]
    public void Empty_values_become_what_the_member_needs()
    {
        Assert.Equal("""{"approves":[],"definition":"","escalates_to":null,"raci":{},"sun":[]}""",
            Json(("doc:approves", ""), ("doc:definition", ""), ("doc:escalates_to", null), ("doc:raci", ""), ("doc:sun", "")));
        Assert.Equal("""{"a":[],"b":{},"c":null}""", Json(("doc:a", "[]"), ("doc:b", "{}"), ("doc:c", "null")));
    }

    [Fact]
    public void Lists_need_consecutive_indices_and_targets_of_values_stay_maps()
    {
        Assert.Equal("""{"gap":{"0":"a","2":"b"},"targets":{"0":"1h","1":"2h"},"week":{"0":[]}}""",
            Json(("doc:gap:0", "a"), ("doc:gap:2", "b"), ("doc:targets:0", "1h"), ("doc:targets:1", "2h"), ("doc:week:0", "")));
        Assert.Equal("""{"targets":[{"kpi":"nps"}]}""", Json(("doc:targets:0:kpi", "nps")));
    }

    [Fact]
    public void Segment_rules_on_text_attributes_keep_texts()
    {
        var section = CareSettings.Memory(
            ("doc:attributes:code", "text"), ("doc:attributes:points", "number"),
            ("doc:segments:0:rule:attribute", "code"), ("doc:segments:0:rule:in:0", "1"),
            ("doc:segments:1:rule:attribute", "points"), ("doc:segments:1:rule:at_least", "500")).GetSection("doc");

        var json = ConfigurationJson.ToJson(section, ConfigurationJson.TextAttributes(section)).GetRawText();

        Assert.Contains("""{"attribute":"code","in":["1"]}""", json, StringComparison.Ordinal);
        Assert.True(json.Contains("""{"attribute":"points","at_least":500}""", StringComparison.Ordinal), json);
    }

    [Theory]
    [InlineData("$", "A:B")]
    [InlineData("$.week.mon[0][1]", "A:B:week:mon:0:1")]
    [InlineData("$.overrides['2026-02-13'][0]", "A:B:overrides:2026-02-13:0")]
    [InlineData("$.raci['product team']", "A:B:raci:product team")]
    public void Json_paths_become_configuration_paths(string jsonPath, string expected) =>
        Assert.Equal(expected, ConfigurationPaths.Combine("A:B", jsonPath));

    [Fact]
    public void Every_path_in_a_message_is_rewritten() =>
        Assert.Equal("A:x:0: clashes with A:y['k']? no: A:y:k.", ConfigurationPaths.Rewrite("A", "$.x[0]: clashes with A:y['k']? no: $.y['k']."));
}
