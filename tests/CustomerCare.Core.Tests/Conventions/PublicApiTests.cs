// The public-API snapshot: any change to the shipped surface must be approved by updating PublicApi/*.approved.txt.
using System.Text;
using CustomerCare.Core.DependencyInjection;
using CustomerCare.Core.Tests.TestInfrastructure;

namespace CustomerCare.Core.Tests.Conventions;

/// <summary>
/// Compares the public surface, namespace by namespace, with the approved text files in <c>PublicApi/</c>.
/// A deliberate change is approved by running the tests once with <c>CUSTOMERCARE_ACCEPT_API=1</c>
/// (which rewrites the files) and committing the diff; otherwise a <c>.received.txt</c> is written beside them.
/// </summary>
public sealed class PublicApiTests
{
    private const string AcceptVariable = "CUSTOMERCARE_ACCEPT_API";

    public static System.Reflection.Assembly[] ShippedAssemblies { get; } =
        [typeof(Core.Internal.Guard).Assembly, typeof(CustomerCareServiceCollectionExtensions).Assembly];

    [Fact]
    public void Public_api_matches_the_approved_snapshot()
    {
        var folder = Path.Combine(RepositoryPaths.TestProject, "PublicApi");
        var actual = PublicApiPrinter.Print(ShippedAssemblies)
            .ToDictionary(kv => kv.Key, kv => string.Join('\n', kv.Value) + "\n", StringComparer.Ordinal);
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
    public void Printer_spells_signatures_the_way_csharp_does()
    {
        Assert.Equal("System.Collections.Generic.Dictionary<string, int?>", PublicApiPrinter.TypeName(typeof(Dictionary<string, int?>)));
        Assert.Equal("double[]", PublicApiPrinter.TypeName(typeof(double[])));
        Assert.Equal("System.ReadOnlySpan<byte>", PublicApiPrinter.TypeName(typeof(ReadOnlySpan<byte>)));
    }

    [Fact]
    public void Printer_shows_default_values_as_written_in_source()
    {
        var lines = PublicApiPrinter.Print(typeof(PublicApiTests).Assembly)["CustomerCare.Core.Tests.Conventions"];

        Assert.Contains(
            "CustomerCare.Core.Tests.Conventions.PrinterFixture :: public static void Defaults(System.TimeSpan span = default, int count = 3, string name = \"a\", string other = null, double rate = 0.5)",
            lines);
    }
}

#pragma warning disable CA1034, CA1801 // a fixture for the printer test: only its signature matters
public static class PrinterFixture
{
    public static void Defaults(TimeSpan span = default, int count = 3, string name = "a", string? other = null, double rate = 0.5)
    {
    }
}
#pragma warning restore CA1034, CA1801
