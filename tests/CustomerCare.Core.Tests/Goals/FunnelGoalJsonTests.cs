// Funnel goals from and to JSON: the documented shape, the exact text written, a round-trip law and every rejected input.
using System.Text.Json;
using CustomerCare.Core.Goals;
using CustomerCare.Core.Tests.TestInfrastructure;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CustomerCare.Core.Tests.Goals;

public sealed class FunnelGoalJsonTests
{
    private const string Documented = """
        {
          "name": "Care funnel",
          "period": { "from": "2026-01-01", "to": "2026-03-31", "zone": "Asia/Ho_Chi_Minh" },
          "stages": [
            { "name": "handled", "count": 100 },
            { "name": "satisfied", "count": 60, "of": 100 },
            { "name": "core", "rate": 0.5 },
            { "name": "referring", "rate": 0.3333333333333333 }
          ]
        }
        """;

    private static readonly Gen<FunnelGoal> Funnels =
        from name in Gen.Elements("Care funnel", "Ünïcode \"quoted\" funnel")
        from first in Gen.Choose(0, 1_000_000)
        from kinds in Gen.ListOf(Gen.Choose(0, 2), 4)
        from counts in Gen.ListOf(Gen.Choose(0, 1_000_000), 4)
        from rates in Gen.ListOf(Gen.Choose(1, int.MaxValue), 4)
        from dated in Gen.Elements(true, false)
        select Build(name, first, kinds, counts, rates, dated);

    [Fact]
    public void Reads_the_documented_shape_with_implied_counts()
    {
        var funnel = FunnelGoalJson.Read(Documented);

        Assert.Equal("Care funnel: handled ≥ 100 → satisfied ≥ 60 of 100 → core ≥ 50 % of the previous stage → referring ≥ 33.33 % of the previous stage", funnel.ToString());
        Assert.Equal(new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 3, 31)), funnel.Period!.Dates);
        Assert.Equal(30, funnel.Stages[2].TargetCount);
        Assert.Equal(10, funnel.Stages[3].TargetCount, 12);
        Assert.True(funnel.IsConsistent);
    }

    [Fact]
    public void An_inconsistent_funnel_reads_without_error_and_keeps_its_findings()
    {
        var funnel = FunnelGoalJson.Read("""
            { "name": "Care funnel", "stages": [ { "name": "handled", "count": 100 }, { "name": "satisfied", "count": 60, "of": 100 },
              { "name": "core", "count": 30, "of": 70 }, { "name": "referring", "count": 40 } ] }
            """);

        Assert.Equal([FunnelFindingKind.BaseMismatch, FunnelFindingKind.Widening], funnel.Findings.Select(f => f.Kind));
        Assert.Null(funnel.Period);
    }

    [Fact]
    public void Writes_each_stage_as_stated()
    {
        var funnel = new FunnelGoalBuilder("F").During(GoalPeriod.FromInterval(new NodaTime.Interval(Instant.FromUtc(2026, 1, 1, 0, 0), Instant.FromUtc(2026, 2, 1, 0, 0))))
            .Count("a", 100).Count("b", 60, of: 100).Rate("c", 0.25).Build();

        Assert.Equal(
            """
            {
              "name": "F",
              "period": {
                "start": "2026-01-01T00:00:00Z",
                "end": "2026-02-01T00:00:00Z"
              },
              "stages": [
                {
                  "name": "a",
                  "count": 100
                },
                {
                  "name": "b",
                  "count": 60,
                  "of": 100
                },
                {
                  "name": "c",
                  "rate": 0.25
                }
              ]
            }
            """.ReplaceLineEndings("\n"),
            FunnelGoalJson.Write(funnel).ReplaceLineEndings("\n"));
    }

    [CareProperty]
    public Property Reading_what_was_written_gives_the_same_funnel_and_the_same_text() =>
        Prop.ForAll(Funnels.ToArbitrary(), funnel =>
        {
            var written = FunnelGoalJson.Write(funnel);
            var read = FunnelGoalJson.Read(written);
            return read.Equals(funnel) && read.Findings.SequenceEqual(funnel.Findings) && FunnelGoalJson.Write(read) == written;
        });

    [Theory]
    [InlineData("""[]""", "$", "expected an object, found Array")]
    [InlineData("""{ "stages": [] }""", "$", "the member \"name\" is missing")]
    [InlineData("""{ "name": " ", "stages": [] }""", "$.name", "name must be a non-blank name; it was ' '. (Parameter 'name')")]
    [InlineData("""{ "name": "F", "period": { "from": "2026-02-01", "to": "2026-01-01", "zone": "UTC" }, "stages": [] }""", "$.period.to", "the last date 2026-01-01 lies before the first 2026-02-01")]
    [InlineData("""{ "name": "F" }""", "$", "the member \"stages\" is missing")]
    [InlineData("""{ "name": "F", "stages": {} }""", "$.stages", "expected an array, found Object")]
    [InlineData("""{ "name": "F", "stages": [ 3 ] }""", "$.stages[0]", "expected an object, found Number")]
    [InlineData("""{ "name": "F", "stages": [ { "count": 3 } ] }""", "$.stages[0]", "the member \"name\" is missing")]
    [InlineData("""{ "name": "F", "stages": [ { "name": "a" } ] }""", "$.stages[0]", "the stage has no target; give count (a whole number, optionally with of) or rate (a step rate in (0, 1])")]
    [InlineData("""{ "name": "F", "stages": [ { "name": "a", "count": 3, "rate": 0.5 } ] }""", "$.stages[0]", "the stage has both count and rate; give exactly one")]
    [InlineData("""{ "name": "F", "stages": [ { "name": "a", "count": 2.5 } ] }""", "$.stages[0].count", "expected a whole number, found 2.5")]
    [InlineData("""{ "name": "F", "stages": [ { "name": "a", "count": -1 } ] }""", "$.stages[0]", "atLeast must not be negative; it was -1. (Parameter 'atLeast')")]
    [InlineData("""{ "name": "F", "stages": [ { "name": "a", "count": 3, "of": "ten" } ] }""", "$.stages[0].of", "expected a whole number, found \"ten\"")]
    [InlineData("""{ "name": "F", "stages": [ { "name": "a", "count": 3, "of": 0 } ] }""", "$.stages[0]", "of must be a positive base count; it was 0. (Parameter 'of')")]
    [InlineData("""{ "name": "F", "stages": [ { "name": "a", "count": 70, "of": 60 } ] }""", "$.stages[0]", "atLeast must not exceed its base of 60; it was 70. (Parameter 'atLeast')")]
    [InlineData("""{ "name": "F", "stages": [ { "name": "a", "count": 9 }, { "name": "b", "rate": 0.5, "of": 9 } ] }""", "$.stages[1].of", "a rate stage takes its base from the previous stage; remove of or state the target as a count")]
    [InlineData("""{ "name": "F", "stages": [ { "name": "a", "count": 9 }, { "name": "b", "rate": "half" } ] }""", "$.stages[1].rate", "expected a number, found String")]
    [InlineData("""{ "name": "F", "stages": [ { "name": "a", "count": 9 }, { "name": "b", "rate": 1.5 } ] }""", "$.stages[1].rate", "atLeast must be a step rate in (0, 1] (0.5 = half of the previous stage); it was 1.5. (Parameter 'atLeast')")]
    [InlineData("""{ "name": "F", "stages": [ { "name": "a", "count": 9 }, { "name": "a", "count": 5 } ] }""", "$.stages[1]", "Funnel 'F' already has a stage 'a'; stage names are unique. (Parameter 'stage')")]
    [InlineData("""{ "name": "F", "stages": [ { "name": "a", "count": 9 } ] }""", "$.stages", "Funnel 'F' has 1 stage; a funnel needs at least two: add stages with Count or Rate")]
    [InlineData("""{ "name": "F", "stages": [ { "name": "a", "rate": 0.5 }, { "name": "b", "count": 5 } ] }""", "$.stages", "Funnel 'F' starts with the rate stage 'a', which has no previous stage to take a rate of: make the first stage a Count")]
    public void Rejected_input_names_the_path(string json, string path, string problem)
    {
        var ex = Assert.Throws<JsonException>(() => FunnelGoalJson.Read(json));

        Assert.Equal(path, ex.Path);
        Assert.Equal($"{path}: {problem}.", ex.Message);
    }

    [Fact]
    public void Rejects_null_arguments()
    {
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => FunnelGoalJson.Read((string)null!)).ParamName);
        Assert.Equal("funnel", Assert.Throws<ArgumentNullException>(() => FunnelGoalJson.Write(null!)).ParamName);
    }

    private static FunnelGoal Build(string name, int first, List<int> kinds, List<int> counts, List<int> rates, bool dated)
    {
        var builder = new FunnelGoalBuilder(name).Count("stage-0", first);
        if (dated)
        {
            builder.During(GoalPeriod.FromDates(new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 3, 31)), DateTimeZoneProviders.Tzdb["Europe/Berlin"]));
        }

        for (var i = 0; i < kinds.Count; i++)
        {
            var stage = $"stage-{i + 1}";
            _ = kinds[i] switch
            {
                0 => builder.Rate(stage, rates[i] / (double)int.MaxValue),
                1 => builder.Count(stage, counts[i]),
                _ => builder.Count(stage, counts[i] / 2, of: Math.Max(1, counts[i])),
            };
        }

        return builder.Build();
    }
}
