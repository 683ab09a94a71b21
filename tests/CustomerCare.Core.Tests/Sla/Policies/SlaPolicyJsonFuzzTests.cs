// A seeded, bounded fuzz test: mutated SLA policy documents give a policy set or one of the reader's documented exceptions, nothing else.
using System.Text;
using System.Text.Json;
using CustomerCare.Core.Sla.Policies;
using CustomerCare.Core.Tests.TestInfrastructure;

namespace CustomerCare.Core.Tests.Sla.Policies;

public sealed class SlaPolicyJsonFuzzTests
{
    /// <summary>How many mutated documents one run reads: a few seconds on a loaded machine (fewer under a property cap).</summary>
    private static readonly int Documents = CarePropertyAttribute.Cases(4000);

    // Valid seeds that reach every part of the reader: priorities, custom metrics, conditions, options, durations.
    private static readonly string[] Seeds =
    [
        SlaPolicyJsonTests.DocumentedExample,
        """
        {
          "priorities": ["p1", "p2", "p3"],
          "custom_metrics": [ { "name": "triage", "start": ["status:new", "opened"], "stop": ["status:triaged", "closed"] } ],
          "policies": [
            { "name": "VIP", "when": { "segment": "vip", "not": { "tag": "trial" }, "attributes": { "region": ["south", "north"] } },
              "responses_on_resolve": "run_on", "customer_reply_when_resolved": "reject",
              "metrics": { "first_response": { "targets": { "p1": "30m", "p2": 60, "p3": "1:30" }, "warn_at": "75%" } } },
            { "name": "Chat", "when": { "any": [ { "channel": ["chat"] }, { "priority_at_least": "p1" }, { "all": [ { "category": "x" } ] } ] },
              "metrics": { "next_response": { "targets": { "p1": "5m" }, "warn_before": "1m", "pause_on": ["on-hold"] } } }
          ],
          "fallback": { "name": "Standard", "reopen": "new_cycle", "resolution_fulfils_responses": false,
            "metrics": { "resolution": { "targets": { "p1": "4h", "p2": "8h", "p3": "16h" }, "pause_on": ["pending"], "calendar": "24/7" },
                         "triage": { "targets": { "p1": "90s" } }, "pausable_update": { "targets": { "p2": "2h" } } } }
        }
        """,
    ];

    private static readonly string[] Fragments =
    [
        "\"1152921504606846977h\"", "\"99999999999999999999:00\"", "-1", "1e400", "0", "null", "true", "[]", "{}", "\" \"", "\"\"",
        "\"x\"", "[\"x\"]", "{\"not\":{\"not\":{}}}", "\"24/7\"", "\"75%\"", "\"-5%\"", "\"1h1h\"", "\"status:\"", "\"::\"",
        "9223372036854775807", "\"run_on\"", "\"reject\"", "{\"name\":\"F\",\"metrics\":{}}",
    ];

    [Fact]
    public void Mutated_documents_give_a_policy_set_or_a_documented_exception()
    {
        var random = new Random(20261130);
        var accepted = 0;
        for (var i = 0; i < Documents; i++)
        {
            var seed = Seeds[random.Next(Seeds.Length)];
            var json = Mutate(seed, random);
            try
            {
                SlaPolicyJson.Read(json);
                accepted++;
            }
            catch (JsonException)
            {
                // malformed, or a value the builders refuse: documented, with the path
            }
            catch (InvalidOperationException ex) when (ex.GetType() == typeof(InvalidOperationException))
            {
                // an invalid configuration as a whole, as SlaPolicySetBuilder.Build reports it
            }
            catch (Exception ex)
            {
                Assert.Fail($"Document {i} threw {ex.GetType().Name}: {ex.Message}\n{json}");
            }
        }

        // The mutations are mild enough that some documents stay valid, so the accepting path is fuzzed too.
        Assert.InRange(accepted, 1, Documents - 1);
    }

    private static string Mutate(string json, Random random)
    {
        var text = new StringBuilder(json);
        var edits = 1 + random.Next(3);
        for (var e = 0; e < edits && text.Length > 0; e++)
        {
            var at = random.Next(text.Length);
            switch (random.Next(6))
            {
                case 0: // delete a short run
                    text.Remove(at, Math.Min(1 + random.Next(4), text.Length - at));
                    break;
                case 1: // duplicate a short run
                    text.Insert(at, text.ToString(at, Math.Min(1 + random.Next(12), text.Length - at)));
                    break;
                case 2: // flip a character to a structural or digit one
                    text[at] = "{}[]:,\"0123456789hms% -x"[random.Next(24)];
                    break;
                default: // replace the value after a colon with a hostile fragment
                    var colon = json.IndexOf(':', at % json.Length);
                    if (colon > 0 && colon < text.Length - 1)
                    {
                        var end = colon + 1;
                        while (end < text.Length && text[end] is not (',' or '}' or ']'))
                        {
                            end++;
                        }

                        text.Remove(colon + 1, end - colon - 1).Insert(colon + 1, Fragments[random.Next(Fragments.Length)]);
                    }

                    break;
            }
        }

        return text.ToString();
    }
}
