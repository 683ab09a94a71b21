// Runs every conformance vector as its own xunit case, named by its id.
namespace CustomerCare.Core.Tests.Conformance;

public sealed class ConformanceTests
{
    [Theory]
    [MemberData(nameof(ConformanceCases.All), MemberType = typeof(ConformanceCases))]
    public void Vector(string id, string file) => ConformanceCases.Run(id, file);

    [Fact]
    public void The_own_vector_folder_holds_at_least_thirty_calendar_cases()
    {
        var ids = ConformanceCases.All.Where(row => ((string)row[1]).StartsWith("tests/CustomerCare.Core.Tests/Conformance/Vectors/calendars-", StringComparison.Ordinal)).ToList();
        Assert.True(ids.Count >= 30, $"only {ids.Count} calendar vectors");
    }

    [Fact]
    public void The_own_vector_folder_holds_at_least_twenty_sla_timeline_cases()
    {
        var ids = ConformanceCases.All.Where(row => ((string)row[1]).StartsWith("tests/CustomerCare.Core.Tests/Conformance/Vectors/sla-", StringComparison.Ordinal)).ToList();
        Assert.True(ids.Count >= 20, $"only {ids.Count} SLA timeline vectors");
    }
}
