// Reading and writing the whole responsibility model as JSON, and the JSON paths of malformed input.
using System.Text.Json;
using CustomerCare.Core.Responsibility;

namespace CustomerCare.Core.Tests.Responsibility;

public sealed class ResponsibilityModelJsonTests
{
    [Fact]
    public void The_phone_desk_survives_a_round_trip()
    {
        var model = PhoneDesk.Model();
        var json = ResponsibilityModelJson.Write(model);
        var read = ResponsibilityModelJson.Read(json);
        Assert.Equal(json, ResponsibilityModelJson.Write(read));
        var a = read.Resolve(new ResponsibilityIssue(read.CategoryKey("hardware/battery/overheating"), 0));
        Assert.Equal("head", a.Tier!.Name);
        Assert.Equal("RA", a.Raci.Count == 3 ? "RA" : "?");
        Assert.Contains("\"approval_limit\": \"50 EUR\"", json, StringComparison.Ordinal);
        Assert.Contains("\"problem management\": \"R\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_small_model_reads_with_defaults()
    {
        var model = ResponsibilityModelJson.Read("""
            { "tiers": [ { "name": "agent", "escalates_to": "lead" }, { "name": "lead", "kind": "functional", "approval_limit": "99.50 USD", "approves": ["returns/**"] } ],
              "rules": [ { "order": 1, "category": "**", "raci": { "agent": "ra" } } ] }
            """);
        Assert.Equal(AuthorityThreshold.UpToAndIncludingLimit, model.Threshold);
        Assert.Equal(3, model.RepeatContactThreshold);
        Assert.Equal(new Money(99.50m, "USD"), model.Tiers[1].ApprovalLimit);
        Assert.Equal(TierKind.Functional, model.Tiers[1].Kind);
        Assert.Equal("agent", model.Resolve(new ResponsibilityIssue(model.CategoryKey("x"), 3)).Tier!.Name);
    }

    [Theory]
    [InlineData("[]", "$: expected a JSON object, found Array.")]
    [InlineData("""{ "threshold": "sometimes" }""", "$.threshold: 'sometimes' is not a threshold; use 'up_to_and_including_limit' or 'below_limit_only'.")]
    [InlineData("""{ "tiers": [ { "kind": "hierarchy" } ] }""", "$.tiers[0]: the member \"name\" is missing.")]
    [InlineData("""{ "tiers": [ { "name": "a", "kind": "boss" } ] }""", "$.tiers[0].kind: 'boss' is not a tier kind; use 'hierarchy' or 'functional'.")]
    [InlineData("""{ "tiers": [ { "name": "a", "approval_limit": "fifty" } ] }""", "$.tiers[0].approval_limit: 'fifty' is not an amount; write '<amount> <ISO currency>', e.g. '50 EUR'.")]
    [InlineData("""{ "rules": [ { "order": 1, "category": "**", "raci": { "a": "X" } } ] }""", "$.rules[0].raci['a']: 'X' is not a set of RACI letters; use R, A, C and I (e.g. \"RA\").")]
    [InlineData("""{ "rules": [ { "order": 1.5, "category": "**", "raci": {} } ] }""", "$.rules[0].order: expected a whole number, found Number 1.5.")]
    [InlineData("""{ "rules": [ { "order": 1, "category": "hard*", "raci": {} } ] }""", "$.rules[0].category: text is not a category pattern (segment 1 is 'hard*'; '*' and '**' must be whole segments); it was 'hard*'. (Parameter 'text').")]
    [InlineData("""{ "escalation": { "repeat_contacts": -1 } }""", "$.escalation.repeat_contacts: contacts must be 0 (never) or a number of contacts; it was -1. (Parameter 'contacts').")]
    [InlineData("""{ "categories": [ "a//b" ] }""", "$.categories[0]: text is not a category path (segment 2 is empty); it was 'a//b'. Write segments separated by '/', e.g. 'hardware/display'. (Parameter 'text').")]
    public void Malformed_json_names_the_path(string json, string message)
    {
        var ex = Assert.Throws<JsonException>(() => ResponsibilityModelJson.Read(json));
        Assert.Equal(message.ReplaceLineEndings(), ex.Message.ReplaceLineEndings());
    }

    [Fact]
    public void An_invalid_model_throws_what_build_throws()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => ResponsibilityModelJson.Read("""{ "rules": [ { "order": 1, "category": "**", "raci": { "nobody": "A" } } ] }"""));
        Assert.Contains("Rule 0 (1: **) names 'nobody' (A), which is neither a tier nor a party of the model", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => ResponsibilityModelJson.Read(null!)).ParamName);
        Assert.Equal("model", Assert.Throws<ArgumentNullException>(() => ResponsibilityModelJson.Write(null!)).ParamName);
    }
}
