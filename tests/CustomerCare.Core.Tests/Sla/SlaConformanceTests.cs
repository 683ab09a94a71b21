// Runs every SLA timeline vector (Sla/Vectors and CUSTOMERCARE_CONFORMANCE_DIR) as its own xunit case, named by its id.
using System.Text.Json;
using CustomerCare.Core.Tests.Conformance;
using CustomerCare.Core.Tests.TestInfrastructure;

namespace CustomerCare.Core.Tests.Sla;

/// <summary>
/// The SLA half of the conformance runner. It loads the SLA vectors of <c>Sla/Vectors/</c> and the SLA cases (those with
/// <c>events</c>) of the folder named by <see cref="ConformanceCases.DirectoryVariable"/>, and runs each with
/// <see cref="SlaTimelineCaseKind"/>. (Until <see cref="SlaTimelineCaseKind"/> is registered in
/// <see cref="ConformanceCases.Kinds"/>, the shared runner reports outside SLA cases as unrecognised; this runner is
/// the one that judges them.)
/// </summary>
public sealed class SlaConformanceTests
{
    private static readonly SlaTimelineCaseKind Kind = new();

    public static string OwnFolder => Path.Combine(RepositoryPaths.TestProject, "Sla", "Vectors");

    public static TheoryData<string, string> All
    {
        get
        {
            var rows = new TheoryData<string, string>();
            var folders = new List<string> { OwnFolder };
            var extra = Environment.GetEnvironmentVariable(ConformanceCases.DirectoryVariable);
            if (!string.IsNullOrWhiteSpace(extra))
            {
                folders.Add(Path.GetFullPath(extra));
            }

            foreach (var file in folders.Where(Directory.Exists).SelectMany(f => Directory.GetFiles(f, "*.json").Order(StringComparer.Ordinal)))
            {
                var ids = new HashSet<string>(StringComparer.Ordinal);
                var index = 0;
                foreach (var c in Cases(file))
                {
                    if (Kind.Recognises(c) || file.StartsWith(OwnFolder, StringComparison.Ordinal))
                    {
                        var id = c.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString()! : $"no id: {Path.GetFileName(file)}[{index}]";
                        rows.Add(ids.Add(id) ? id : $"duplicate id: {id}", file);
                    }

                    index++;
                }
            }

            return rows;
        }
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Vector(string id, string file)
    {
        Assert.False(id.StartsWith("duplicate id: ", StringComparison.Ordinal), $"{file}: {id}; ids must be unique within a file.");
        Assert.False(id.StartsWith("no id: ", StringComparison.Ordinal), $"{file}: {id} has no string \"id\".");
        var testCase = Cases(file).Single(c => c.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String && i.GetString() == id);
        Assert.True(Kind.Recognises(testCase), $"{file}: case '{id}' has no \"events\" array, so it is not an SLA timeline case.");
        Kind.Run(testCase);
    }

    [Fact]
    public void The_own_vector_folder_holds_at_least_twenty_sla_cases()
    {
        var own = All.Count(row => ((string)row[1]).StartsWith(OwnFolder, StringComparison.Ordinal));
        Assert.True(own >= 20, $"only {own} SLA vectors");
    }

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

    private static List<JsonElement> Cases(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(file), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var root = document.RootElement.Clone();
        return root.ValueKind == JsonValueKind.Array ? [.. root.EnumerateArray()] : [root];
    }
}
