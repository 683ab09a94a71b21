// Entry point of the benchmarks: BenchmarkSwitcher over every class here, artifacts kept under benchmarks/.
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Running;

var config = DefaultConfig.Instance
    .WithArtifactsPath(Path.Combine(FindBenchmarksFolder(), "BenchmarkDotNet.Artifacts"))
    .AddDiagnoser(MemoryDiagnoser.Default)
    .WithBuildTimeout(TimeSpan.FromMinutes(10)); // a loaded 2-core machine needs more than the default 2 minutes
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);

// BenchmarkDotNet's default is the working directory; keep its output below benchmarks/ wherever it is started from.
static string FindBenchmarksFolder()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "CustomerCare.Core.sln")))
        {
            return Path.Combine(dir.FullName, "benchmarks");
        }
    }

    return Directory.GetCurrentDirectory();
}
