// Responsibility throughput: resolving 1,000,000 issues through a compiled matrix (0 B), and looking categories up.
using BenchmarkDotNet.Attributes;
using CustomerCare.Core.Responsibility;
using CustomerCare.Core.Tickets;

namespace CustomerCare.Core.Benchmarks.Responsibility;

/// <summary>
/// A desk of 7 tiers, 40 categories (3 levels) and 24 ordered rules with wildcards. <see cref="Resolve"/> resolves
/// 1,000,000 issues (category keys looked up once beforehand, random severities and 1 in 8 with an existing owner);
/// <c>OperationsPerInvoke</c> makes Mean and Allocated per issue, so issues per second = 1 s / Mean.
/// <see cref="LookUpCategory"/> is the once-per-category cost of <see cref="ResponsibilityModel.CategoryKey(CategoryPath)"/>.
/// </summary>
[MemoryDiagnoser]
public class ResponsibilityBenchmarks
{
    private const int IssueCount = 1_000_000;

    private readonly ResponsibilityModel _model;
    private readonly ResponsibilityIssue[] _issues;
    private readonly CategoryPath[] _categories;

    public ResponsibilityBenchmarks()
    {
        var builder = new ResponsibilityModelBuilder()
            .AddTier("agent", "team leader", new Money(50, "EUR"), "returns/**")
            .AddTier("team leader", "deputy head", new Money(200, "EUR"), "returns/**")
            .AddTier("deputy head", "head", new Money(1000, "EUR"), "returns/**")
            .AddTier("head", null, new Money(5000, "EUR"), "returns/**")
            .AddRole("returns", "team leader", new Money(500, "EUR"), "returns/**")
            .AddRole("customer data", "deputy head")
            .AddRole("problem management", "head")
            .AddParty("product team");
        string[] tops = ["hardware", "software", "billing", "account"];
        string[] mids = ["display", "battery", "audio", "network", "storage"];
        string[] leaves = ["glitch", "failure"];
        var categories = new List<CategoryPath>();
        foreach (var top in tops)
        {
            foreach (var mid in mids)
            {
                foreach (var leaf in leaves)
                {
                    var path = $"{top}/{mid}/{leaf}";
                    builder.AddCategory(path);
                    categories.Add(CategoryPath.Parse(path));
                }
            }
        }

        var order = 0;
        foreach (var top in tops)
        {
            builder.Assign(order += 10, $"{top}/battery/**", "problem management", "S1");
            builder.Assign(order += 10, $"{top}/*/failure", "deputy head", "S1", "S2");
            builder.Assign(order += 10, $"{top}/**", "team leader", "S2");
            builder.Assign(order += 10, $"{top}/**", "agent", "S3", "S4");
            builder.Assign(order += 10, $"{top}/display/**", "team leader", "S1");
        }

        builder.Assign(900, "**", "head", "S1").Assign(901, "**", "team leader", "S2").Assign(902, "**", "agent", "S3", "S4").Assign(903, "**/glitch", "agent");
        _model = builder.Build();
        _categories = [.. categories];

        var keys = categories.Select(_model.CategoryKey).ToArray();
        var random = new Random(20261130);
        _issues = new ResponsibilityIssue[IssueCount];
        for (var i = 0; i < IssueCount; i++)
        {
            _issues[i] = new ResponsibilityIssue(keys[random.Next(keys.Length)], random.Next(4), random.Next(8) == 0 ? _model.Tiers[1] : null);
        }
    }

    [Benchmark(OperationsPerInvoke = IssueCount)]
    public int Resolve()
    {
        var owned = 0;
        var issues = _issues;
        for (var i = 0; i < issues.Length; i++)
        {
            owned += _model.Resolve(in issues[i]).Tier!.Level;
        }

        return owned;
    }

    [Benchmark(OperationsPerInvoke = 40)]
    public int LookUpCategory()
    {
        var declared = 0;
        foreach (var category in _categories)
        {
            declared += _model.CategoryKey(category).IsDeclared ? 1 : 0;
        }

        return declared;
    }
}
