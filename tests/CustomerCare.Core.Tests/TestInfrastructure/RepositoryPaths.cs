// Finds files of the repository from a running test (build output lives far below the sources).
namespace CustomerCare.Core.Tests.TestInfrastructure;

/// <summary>Locates the repository's folders by walking up from the test assembly to CustomerCare.Core.sln.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>Gets the folder that holds CustomerCare.Core.sln.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>Gets the source folder of the test project.</summary>
    public static string TestProject => Path.Combine(Root, "tests", "CustomerCare.Core.Tests");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CustomerCare.Core.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"CustomerCare.Core.sln was not found above {AppContext.BaseDirectory}.");
    }
}
