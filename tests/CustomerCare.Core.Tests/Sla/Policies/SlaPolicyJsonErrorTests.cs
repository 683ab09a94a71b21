// SLA policy JSON refused word for word: every shape and value error states its exact JSON path and problem; event and condition names all read.
using System.Text.Json;
using CustomerCare.Core.Sla.Policies;
using CustomerCare.Core.Tickets;

namespace CustomerCare.Core.Tests.Sla.Policies;

public sealed class SlaPolicyJsonErrorTests
{
    private const string Fallback = "'fallback':{'name':'F','metrics':{}}";

    private const string EventTypes = "use one of opened, status, agent_reply, internal_note, customer_reply, priority, segment, attribute, resolved, reopened, closed";

    private static string Custom(string start, string stop) =>
        "{'custom_metrics':[{'name':'t','start':" + start + ",'stop':" + stop + "}]," + Fallback + "}";

    private static string Policy(string members) => "{'fallback':{'name':'F'," + members + "}}";

    private static string Metric(string members) => Policy("'metrics':{'resolution':{'targets':{'normal':'1h'}," + members + "}}");

    private static string When(string condition) => "{'policies':[{'name':'P','when':" + condition + ",'metrics':{}}]," + Fallback + "}";

    public static TheoryData<string, string, string> Refusals => new()
    {
        { "{'priorities':'x'}", "$.priorities", "expected a JSON array, found String" },
        { "{'priorities':['a',1]}", "$.priorities[1]", "expected a string, found Number" },
        { "{'custom_metrics':{}}", "$.custom_metrics", "expected a JSON array, found Object" },
        { Custom("['opened']", "\"closed\""), "$.custom_metrics[0].stop", "expected a JSON array, found String" },
        { Custom("['opened']", "['closed','bogus']"), "$.custom_metrics[0].stop[1]", "'bogus' is not an event type; " + EventTypes },
        { Custom("[':pending']", "['closed']"), "$.custom_metrics[0].start[0]", "'' is not an event type; " + EventTypes },
        { Custom("[]", "['closed']"), "$.custom_metrics[0]", "Custom metric 't' needs at least one start condition. (Parameter 'startWhen')" },
        { Custom("['resolved:x']", "['closed']"), "$.custom_metrics[0].start[0]", "Resolved events carry no value; match them with Of(Resolved) alone. (Parameter 'kind')" },
        { "{'policies':{}}", "$.policies", "expected a JSON array, found Object" },
        { "{'policies':[{'name':'P','metrics':{}},{'name':'Q'}]}", "$.policies[1]", "the member \"metrics\" is missing" },
        { "{'fallback':{'name':' ','metrics':{}}}", "$.fallback.name", "name must be a non-empty policy name; it was ' '. (Parameter 'name')" },
        { "{'fallback':{'name':5,'metrics':{}}}", "$.fallback.name", "expected a string, found Number" },
        { Policy("'calendar':5,'metrics':{}"), "$.fallback.calendar", "expected a string, found Number" },
        { Policy("'reopen':5,'metrics':{}"), "$.fallback.reopen", "expected a string, found Number" },
        { Policy("'responses_on_resolve':'pause','resolution_fulfils_responses':true,'metrics':{}"), "$.fallback.resolution_fulfils_responses", "give either responses_on_resolve or the older resolution_fulfils_responses, not both" },
        { Policy("'resolution_fulfils_responses':'yes','metrics':{}"), "$.fallback.resolution_fulfils_responses", "expected true or false, found String" },
        { Policy("'responses_on_resolve':5,'metrics':{}"), "$.fallback.responses_on_resolve", "expected a string, found Number" },
        { Policy("'responses_on_resolve':'later','metrics':{}"), "$.fallback.responses_on_resolve", "'later' is not a resolve option; use \"fulfil\", \"pause\" or \"run_on\"" },
        { Policy("'customer_reply_when_resolved':'ignore','metrics':{}"), "$.fallback.customer_reply_when_resolved", "'ignore' is not an option; use \"reopen\" or \"reject\"" },
        { Policy("'metrics':{'resolution':5}"), "$.fallback.metrics.resolution", "expected a JSON object, found Number" },
        { Metric("'calendar':5"), "$.fallback.metrics.resolution.calendar", "expected a string, found Number" },
        { Metric("'pause_on':'pending'"), "$.fallback.metrics.resolution.pause_on", "expected a JSON array, found String" },
        { Metric("'warn_at':75"), "$.fallback.metrics.resolution.warn_at", "expected a string, found Number" },
        { Metric("'warn_before':'soon'"), "$.fallback.metrics.resolution.warn_before", "'soon' is not a duration: write minutes as a number, or a string such as \"4h\", \"1h30m\", \"90s\" or \"1:30\"" },
        { When("{'attributes':{'tier':5}}"), "$.policies[0].when.attributes.tier", "expected a JSON array, found Number" },
        { When("{'attributes':['tier']}"), "$.policies[0].when.attributes", "expected a JSON object, found Array" },
        { When("{'all':{}}"), "$.policies[0].when.all", "expected a JSON array, found Object" },
        { When("{'all':[{'tag':'a'},{'bogus':1}]}"), "$.policies[0].when.all[1].bogus", "'bogus' is not a condition; use priority, segment, channel, category, tag, priority_at_least, attributes, all, any or not" },
        { When("{'tag':' '}"), "$.policies[0].when.tag", "tag[0] is blank; values must be non-empty. (Parameter 'tag')" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void A_refusal_names_the_exact_path_and_problem(string json, string path, string problem)
    {
        var ex = Assert.Throws<JsonException>(() => SlaPolicyJson.Read(json.Replace('\'', '"')));

        Assert.Equal(path + ": " + problem + ".", ex.Message);
        Assert.Equal(path, ex.Path);
    }

    [Fact]
    public void Null_text_is_refused_as_json()
    {
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => SlaPolicyJson.Read((string)null!)).ParamName);
    }

    [Fact]
    public void Every_event_type_name_reads_as_its_kind()
    {
        var set = SlaPolicyJson.Read("""
            {"custom_metrics":[{"name":"t","stop":["closed"],
              "start":["opened","status:new","agent_reply","internal_note","customer_reply","priority:high","segment:vip","attribute:tier","resolved","reopened"]}],
             "fallback":{"name":"F","metrics":{"t":{"targets":{"normal":"1h"}}}}}
            """);
        var metric = Assert.Single(set.Fallback.Metrics).Metric;

        Assert.Equal(
            "Opened, StatusChanged:new, AgentPublicReply, AgentInternalNote, CustomerReply, PriorityChanged:high, SegmentChanged:vip, AttributeChanged:tier, Resolved, Reopened",
            string.Join(", ", metric.StartWhen));
        Assert.Equal(SlaEventMatch.Of(TicketEventKind.Closed), Assert.Single(metric.StopWhen));
    }

    [Fact]
    public void Every_condition_member_reads_as_its_condition()
    {
        var set = SlaPolicyJson.Read(When("{'priority':'high','category':['billing','Sales'],'channel':'chat','all':[{'segment':'vip'},{'priority_at_least':'low'}]}").Replace('\'', '"'));

        Assert.Equal(
            "(priority in [high] and category in [billing, sales] and channel in [chat] and (segment in [vip] and priority at least low))",
            set.Policies[0].Condition.ToString());
    }
}
