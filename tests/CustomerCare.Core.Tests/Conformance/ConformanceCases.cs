// Finds every conformance vector (the tests' own folder and CUSTOMERCARE_CONFORMANCE_DIR) and hands them to xunit one case at a time.
using System.Collections.Concurrent;
using System.Text.Json;
using CustomerCare.Core.Tests.TestInfrastructure;

namespace CustomerCare.Core.Tests.Conformance;

/// <summary>
/// The registry of case kinds and the loader of vector files. Each case becomes one xunit row, a
/// <see cref="ConformanceCase"/> (id and file) that the test explorer lists by its full id. Files that cannot be read, cases without an id,
/// duplicate ids and cases no kind recognises become failing rows too, so a broken vector is never silently skipped.
/// </summary>
public static class ConformanceCases
{
    /// <summary>The environment variable naming an extra folder of <c>*.json</c> vector files.</summary>
    public const string DirectoryVariable = "CUSTOMERCARE_CONFORMANCE_DIR";

    private static readonly ConcurrentDictionary<string, JsonDocument> Documents = new(StringComparer.Ordinal);

    /// <summary>Gets the registered kinds, asked in order. Add a kind here (one line) to run a new sort of vector.</summary>
    public static IReadOnlyList<IConformanceCaseKind> Kinds { get; } =
    [
        new CalendarCaseKind(),
        new Sla.SlaTimelineCaseKind(),
    ];

    /// <summary>Gets the tests' own vector folder.</summary>
    public static string OwnFolder => Path.Combine(RepositoryPaths.TestProject, "Conformance", "Vectors");

    /// <summary>Gets one row per case: its id and the file that holds it.</summary>
    public static TheoryData<ConformanceCase> All
    {
        get
        {
            var rows = new TheoryData<ConformanceCase>();
            foreach (var file in Files())
            {
                JsonDocument document;
                try
                {
                    document = Load(file);
                }
                catch (Exception ex) when (ex is JsonException or IOException)
                {
                    rows.Add(new ConformanceCase($"unreadable: {Path.GetFileName(file)}", Display(file)));
                    continue;
                }

                var seen = new HashSet<string>(StringComparer.Ordinal);
                var index = 0;
                foreach (var testCase in Cases(document))
                {
                    var id = IdOf(testCase) ?? $"no id: {Path.GetFileName(file)}[{index}]";
                    rows.Add(new ConformanceCase(seen.Add(id) ? id : $"duplicate id: {id}", Display(file)));
                    index++;
                }
            }

            return rows;
        }
    }

    /// <summary>Finds the case <paramref name="id"/> in <paramref name="file"/> and runs it with the kind that recognises it.</summary>
    public static void Run(string id, string file)
    {
        file = Path.IsPathRooted(file) ? file : Path.Combine(RepositoryPaths.Root, file);
        var document = Load(file);
        if (id.StartsWith("duplicate id: ", StringComparison.Ordinal))
        {
            Assert.Fail($"{file}: the id '{id["duplicate id: ".Length..]}' is used by more than one case; ids must be unique within a file.");
        }

        var index = 0;
        foreach (var testCase in Cases(document))
        {
            if ((IdOf(testCase) ?? $"no id: {Path.GetFileName(file)}[{index}]") == id)
            {
                if (IdOf(testCase) is null)
                {
                    Assert.Fail($"{file}: case [{index}] has no string \"id\".");
                }

                var kind = Kinds.FirstOrDefault(k => k.Recognises(testCase));
                Assert.True(kind is not null,
                    $"{file}: no conformance kind ({string.Join(", ", Kinds.Select(k => k.Name))}) recognises case '{id}':\n{testCase.GetRawText()}");
                kind!.Run(testCase);
                return;
            }

            index++;
        }

        Assert.Fail($"{file}: case '{id}' was not found.");
    }

    /// <summary>Every <c>*.json</c> file of the own folder and of the folder named by <see cref="DirectoryVariable"/>.</summary>
    public static IEnumerable<string> Files()
    {
        var folders = new List<string> { OwnFolder };
        var extra = Environment.GetEnvironmentVariable(DirectoryVariable);
        if (!string.IsNullOrWhiteSpace(extra))
        {
            folders.Add(Path.GetFullPath(extra));
        }

        return folders
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.GetFiles(folder, "*.json", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal));
    }

    // Files inside the repository are shown relative to its root, so that test names stay short and machine-independent.
    private static string Display(string file)
    {
        var relative = Path.GetRelativePath(RepositoryPaths.Root, file);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? file : relative.Replace('\\', '/');
    }

    private static JsonDocument Load(string file) =>
        Documents.GetOrAdd(file, f => JsonDocument.Parse(File.ReadAllText(f), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }));

    private static List<JsonElement> Cases(JsonDocument document) =>
        document.RootElement.ValueKind == JsonValueKind.Array ? [.. document.RootElement.EnumerateArray()] : [document.RootElement];

    private static string? IdOf(JsonElement testCase) =>
        testCase.ValueKind == JsonValueKind.Object && testCase.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;
}
