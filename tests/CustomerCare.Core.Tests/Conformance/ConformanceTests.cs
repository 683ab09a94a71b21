// Runs every conformance vector as its own xunit case, named by its id.
namespace CustomerCare.Core.Tests.Conformance;

public sealed class ConformanceTests
{
    [Theory]
    [MemberData(nameof(ConformanceCases.All), MemberType = typeof(ConformanceCases))]
    public void Vector(ConformanceCase vector) => ConformanceCases.Run(vector.Id, vector.File);

    [Fact]
    public void The_own_vector_folder_holds_at_least_thirty_calendar_cases()
    {
        var ids = ((IEnumerable<object[]>)ConformanceCases.All).Where(row => ((ConformanceCase)row[0]).File.StartsWith("tests/CustomerCare.Core.Tests/Conformance/Vectors/calendars-", StringComparison.Ordinal)).ToList();
        Assert.True(ids.Count >= 30, $"only {ids.Count} calendar vectors");
    }

    [Fact]
    public void A_case_is_shown_by_its_full_id_however_long()
    {
        // xunit cuts string arguments at 50 characters; a case row shows its whole id.
        const string id = "sla-247-a-very-long-identifier-that-is-well-over-fifty-characters-long";
        var row = new ConformanceCase(id, "x.json");

        Assert.Equal(id, row.ToString());
        Assert.Equal(id, Xunit.Sdk.ArgumentFormatter.Format(row));
    }

    [Fact]
    public void The_own_vector_folder_holds_at_least_twenty_sla_timeline_cases()
    {
        var ids = ((IEnumerable<object[]>)ConformanceCases.All).Where(row => ((ConformanceCase)row[0]).File.StartsWith("tests/CustomerCare.Core.Tests/Conformance/Vectors/sla-", StringComparison.Ordinal)).ToList();
        Assert.True(ids.Count >= 20, $"only {ids.Count} SLA timeline vectors");
    }
}
