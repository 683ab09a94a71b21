// A fact that needs Debian's chromium: skipped on a developer machine without it, required (never skipped) when CI=true.
namespace CareDesk.Api.Tests;

/// <summary>Runs the test when <see cref="Path"/> exists or the CI environment variable is <c>true</c> (then a missing browser fails the test).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Path = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!File.Exists(Path) && !ci)
        {
            Skip = $"{Path} is not installed (apt-get install -y chromium); CI=true makes this test required.";
        }
    }
}
