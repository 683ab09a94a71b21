// The public-API snapshot (PublicApiGenerator): any change to the shipped surface must be approved by updating PublicApi/*.approved.txt.
using System.Text;
using System.Text.RegularExpressions;
using CustomerCare.Core.DependencyInjection;
using CustomerCare.Core.Tests.TestInfrastructure;
using PublicApiGenerator;

namespace CustomerCare.Core.Tests.Conventions;

/// <summary>
/// Compares the public surface, namespace by namespace, with the approved text files in <c>PublicApi/</c>.
/// A deliberate change is approved by running the tests once with <c>CUSTOMERCARE_ACCEPT_API=1</c>
/// (which rewrites the files) and committing the diff; otherwise a <c>.received.txt</c> is written beside them.
/// </summary>
public sealed partial class PublicApiTests
{
    private const string AcceptVariable = "CUSTOMERCARE_ACCEPT_API";

    public static System.Reflection.Assembly[] ShippedAssemblies { get; } =
        [typeof(Core.Internal.Preconditions).Assembly, typeof(CustomerCareServiceCollectionExtensions).Assembly];

    [Fact]
    public void Public_api_matches_the_approved_snapshot()
    {
        var folder = Path.Combine(RepositoryPaths.TestProject, "PublicApi");
        var actual = ByNamespace(ShippedAssemblies);
        var approved = Directory.GetFiles(folder, "*.approved.txt")
            .ToDictionary(f => Path.GetFileName(f)[..^".approved.txt".Length], f => File.ReadAllText(f).ReplaceLineEndings("\n"), StringComparer.Ordinal);

        foreach (var stale in Directory.GetFiles(folder, "*.received.txt"))
        {
            File.Delete(stale);
        }

        var accept = Environment.GetEnvironmentVariable(AcceptVariable) == "1";
        var problems = new StringBuilder();
        foreach (var ns in actual.Keys.Union(approved.Keys).Order(StringComparer.Ordinal))
        {
            actual.TryGetValue(ns, out var now);
            approved.TryGetValue(ns, out var then);
            if (now == then)
            {
                continue;
            }

            var approvedPath = Path.Combine(folder, ns + ".approved.txt");
            if (accept)
            {
                if (now is null)
                {
                    File.Delete(approvedPath);
                }
                else
                {
                    File.WriteAllText(approvedPath, now);
                }

                continue;
            }

            File.WriteAllText(Path.Combine(folder, ns + ".received.txt"), now ?? string.Empty);
            var nowLines = (now ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var thenLines = (then ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            problems.Append("Namespace ").Append(ns).AppendLine(":");
            foreach (var added in nowLines.Except(thenLines))
            {
                problems.AppendLine("  + " + added);
            }

            foreach (var removed in thenLines.Except(nowLines))
            {
                problems.AppendLine("  - " + removed);
            }
        }

        Assert.True(problems.Length == 0,
            $"The public API differs from PublicApi/*.approved.txt. If the change is deliberate, run the tests with {AcceptVariable}=1 and commit the files.\n{problems}");
    }

    [Fact]
    public void Snapshot_has_one_block_per_namespace_of_the_shipped_assemblies()
    {
        var blocks = ByNamespace(ShippedAssemblies);

        Assert.Contains("CustomerCare.Core.Calendars", blocks.Keys);
        Assert.Contains("CustomerCare.Core.DependencyInjection", blocks.Keys);
        Assert.Contains("public sealed class BusinessCalendar", blocks["CustomerCare.Core.Calendars"], StringComparison.Ordinal);
        Assert.DoesNotContain(blocks.Keys, ns => ns.EndsWith(".Internal", StringComparison.Ordinal));
    }

    /// <summary>PublicApiGenerator's text of each assembly, cut into one block per namespace (the unit of approval).</summary>
    internal static Dictionary<string, string> ByNamespace(IEnumerable<System.Reflection.Assembly> assemblies)
    {
        var blocks = new Dictionary<string, string>(StringComparer.Ordinal);
        var options = new ApiGeneratorOptions { IncludeAssemblyAttributes = false };
        foreach (var assembly in assemblies)
        {
            var text = assembly.GeneratePublicApi(options).ReplaceLineEndings("\n");
            foreach (Match block in NamespaceBlock().Matches(text))
            {
                blocks[block.Groups["name"].Value] = block.Value + "\n";
            }
        }

        return blocks;
    }

    [GeneratedRegex(@"^namespace (?<name>\S+)\n\{\n.*?^\}$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex NamespaceBlock();
}
