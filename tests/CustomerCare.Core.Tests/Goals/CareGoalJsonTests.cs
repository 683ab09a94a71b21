// CareGoalJson: reading the documented shape, writing it back unchanged, and errors that name the JSON path.
using System.Text.Json;
using CustomerCare.Core.Goals;
using CustomerCare.Core.Kpis;
using NodaTime;

namespace CustomerCare.Core.Tests.Goals;

public sealed class CareGoalJsonTests
{
    internal const string Example = """
        {
          "name": "Keep VIPs",
          "objective": "retain",
          "segments": [
            "vip",
            "gold"
          ],
          "period": {
            "from": "2026-01-01",
            "to": "2026-03-31",
            "zone": "Europe/Berlin"
          },
          "targets": [
            {
              "kpi": "customer_satisfaction",
              "at_least": 0.85,
              "progress": "ratio_to_target",
              "clamp": true,
              "start": 0.8
            },
            {
              "kpi": "first_response_time",
              "at_most": "2:00:00",
              "quantile": 0.9,
              "business_time": true,
              "progress": "binary",
              "clamp": false
            },
            {
              "kpi": "average_handle_time",
              "within": [
                "0:04:00",
                "0:07:30.25"
              ],
              "progress": "binary",
              "clamp": false
            },
            {
              "kpi": "net_promoter_score",
              "improve_on": {
                "baseline": 22,
                "period": {
                  "start": "2025-09-30T22:00:00Z",
                  "end": "2025-12-31T23:00:00Z"
                },
                "absolute": 5,
                "direction": "higher_is_better"
              },
              "progress": "distance_covered",
              "clamp": true
            }
          ]
        }
        """;

    [Fact]
    public void Reads_the_documented_shape()
    {
        var goal = CareGoalJson.Read(Example);

        Assert.Equal("Keep VIPs", goal.Name);
        Assert.Equal(CareObjective.Retain, goal.Objective);
        Assert.Equal(["vip", "gold"], goal.Segments);
        Assert.Equal(new LocalDate(2026, 3, 31), goal.Period.Dates!.End);
        Assert.Equal("Europe/Berlin", goal.Period.Zone!.Id);
        Assert.Equal(4, goal.Targets.Count);
        Assert.Equal(0.85, goal.Targets[0].Threshold);
        Assert.Equal(ProgressClamp.ZeroToOne, goal.Targets[0].Clamp);
        Assert.Equal(0.8, goal.Targets[0].Start);
        Assert.Equal(7200.0, goal.Targets[1].Threshold);
        Assert.Equal(0.9, goal.Targets[1].Quantile);
        Assert.True(goal.Targets[1].InBusinessTime);
        Assert.Equal(450.25, goal.Targets[2].Upper);
        Assert.Equal(27.0, goal.Targets[3].Threshold);
        Assert.Equal(22.0, goal.Targets[3].Start);
        Assert.Equal(KpiId.NetPromoterScore, goal.Targets[3].Kpi);
    }

    [Fact]
    public void Writing_what_was_read_gives_the_same_text_and_reading_it_the_same_goal()
    {
        var goal = CareGoalJson.Read(Example);
        var written = CareGoalJson.Write(goal);

        Assert.Equal(Example.ReplaceLineEndings("\n"), written.ReplaceLineEndings("\n"));
        Assert.Equal(goal, CareGoalJson.Read(written));
    }

    [Fact]
    public void Custom_objectives_relative_improvements_and_durations_in_seconds_round_trip()
    {
        var december = GoalPeriod.FromDates(new DateInterval(new LocalDate(2025, 12, 1), new LocalDate(2025, 12, 31)), DateTimeZone.Utc);
        var goal = new CareGoalBuilder("Faster").ForCustom("Win back lapsed customers").ForSegments("lapsed")
            .During(GoalPeriod.FromInterval(new Interval(Instant.FromUtc(2026, 1, 1, 0, 0), Instant.FromUtc(2026, 2, 1, 0, 0))))
            .AddTarget(new GoalTargetBuilder(KpiId.FirstResponseTime).ImproveOn(new GoalBaseline(Duration.FromSeconds(1.0 / 3), december), ImprovementKind.Relative, 0.1)
                .Progress(ProgressFormula.RatioToTarget, ProgressClamp.Unclamped).StartingFrom(Duration.FromMinutes(3)).Build())
            .AddTarget(new GoalTargetBuilder(KpiId.Occupancy).ImproveOn(new GoalBaseline(0.9, december), ImprovementKind.Absolute, 0.05, TargetDirection.LowerIsBetter)
                .Progress(ProgressFormula.DistanceCovered, ProgressClamp.Unclamped).Build())
            .Build();

        var written = CareGoalJson.Write(goal);

        Assert.Contains("\"objective_name\": \"Win back lapsed customers\"", written, StringComparison.Ordinal);
        Assert.Contains("\"relative\": 0.1", written, StringComparison.Ordinal);
        Assert.Contains("\"start\": \"0:03:00\"", written, StringComparison.Ordinal);
        Assert.Equal(goal, CareGoalJson.Read(written));
        Assert.Equal(written, CareGoalJson.Write(CareGoalJson.Read(written)));
    }

    [Theory]
    [InlineData("""[]""", "$: expected an object, found Array.")]
    [InlineData("""{"objective":"retain"}""", "$: the member \"name\" is missing.")]
    [InlineData("""{"name":" ","objective":"retain"}""", "$.name: name must be a non-blank name; it was ' '.")]
    [InlineData("""{"name":"g","objective":"delight"}""", "$.objective: 'delight' is not an objective; use retain, resolve, satisfy, expand or custom.")]
    [InlineData("""{"name":"g","objective":"custom"}""", "$: the member \"objective_name\" is missing.")]
    [InlineData("""{"name":"g","objective":"retain","segments":["vip","vip"]}""", "$.segments[1]: segments lists 'vip' twice; goal 'g' names each segment once.")]
    [InlineData("""{"name":"g","objective":"retain","segments":["vip"],"period":{"from":"2026-02-30","to":"2026-03-01","zone":"UTC"}}""", "$.period.from: '2026-02-30' is not valid: ")]
    [InlineData("""{"name":"g","objective":"retain","segments":["vip"],"period":{"from":"2026-03-01","to":"2026-02-01","zone":"UTC"}}""", "$.period.to: the last date 2026-02-01 lies before the first 2026-03-01.")]
    [InlineData("""{"name":"g","objective":"retain","segments":["vip"],"period":{"from":"2026-03-01","to":"2026-03-31","zone":"Mars/Olympus"}}""", "$.period.zone: 'Mars/Olympus' is not a TZDB time zone id such as \"Europe/Berlin\".")]
    [InlineData("""{"name":"g","objective":"retain","segments":["vip"],"period":{"start":"2026-03-01T00:00:00Z","end":"2026-03-01T00:00:00Z"}}""", "$.period: interval must have a start and an end, the end after the start; it was ")]
    [InlineData("""{"name":"g","objective":"retain","segments":["vip"],"period":{}}""", "$.period: a period has from, to and zone (dates) or start and end (instants).")]
    public void Goal_errors_name_the_json_path(string json, string message) =>
        Assert.StartsWith(message, Assert.Throws<JsonException>(() => CareGoalJson.Read(json)).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("""{"kpi":"happiness","at_least":1}""", "$.targets[0].kpi: 'happiness' is not a KPI; use one of net_promoter_score, customer_satisfaction, ")]
    [InlineData("""{"kpi":"customer_satisfaction","progress":"binary","clamp":false}""", "$.targets[0]: the target has no threshold; give one of at_least, at_most, within or improve_on.")]
    [InlineData("""{"kpi":"customer_satisfaction","at_least":0.8,"at_most":0.9}""", "$.targets[0]: the target has at_least and at_most; give exactly one threshold.")]
    [InlineData("""{"kpi":"customer_satisfaction","at_least":85,"progress":"binary","clamp":false}""", "$.targets[0].at_least: threshold must be a finite value in Customer Satisfaction (CSAT)'s range 0..1; it was 85.")]
    [InlineData("""{"kpi":"customer_satisfaction","at_least":"0.85"}""", "$.targets[0].at_least: expected a number, found String.")]
    [InlineData("""{"kpi":"churn_rate","at_least":0.01}""", "$.targets[0].at_least: Churn rate is LowerIsBetter, so a HigherIsBetter target on it is almost surely a mistake; to cap it, use Within(lower, upper).")]
    [InlineData("""{"kpi":"first_response_time","at_most":"2 hours"}""", "$.targets[0].at_most: '2 hours' is not valid: ")]
    [InlineData("""{"kpi":"average_handle_time","within":["0:04:00"]}""", "$.targets[0].within: expected two values [lower, upper], found 1.")]
    [InlineData("""{"kpi":"average_handle_time","within":["0:07:00","0:04:00"]}""", "$.targets[0].within: upper must be above lower (420); it was 240.")]
    [InlineData("""{"kpi":"customer_satisfaction","at_least":0.85}""", "$.targets[0]: The Customer Satisfaction (CSAT) target names no progress formula: call Progress(DistanceCovered, RatioToTarget or Binary, and a clamp option).")]
    [InlineData("""{"kpi":"customer_satisfaction","at_least":0.85,"progress":"linear","clamp":true}""", "$.targets[0].progress: 'linear' is not a progress formula; use distance_covered, ratio_to_target or binary.")]
    [InlineData("""{"kpi":"customer_satisfaction","at_least":0.85,"progress":"binary"}""", "$.targets[0]: the member \"clamp\" is missing.")]
    [InlineData("""{"kpi":"customer_satisfaction","at_least":0.85,"progress":"binary","clamp":"yes"}""", "$.targets[0].clamp: expected true or false, found String.")]
    [InlineData("""{"kpi":"customer_satisfaction","at_least":0.85,"quantile":0.9}""", "$.targets[0].quantile: quantile is a Duration but Customer Satisfaction (CSAT) is measured in Fraction; pass a number.")]
    [InlineData("""{"kpi":"customer_satisfaction","improve_on":{"baseline":0.8,"period":{"from":"2025-12-01","to":"2025-12-31","zone":"UTC"}}}""", "$.targets[0].improve_on: give exactly one of relative (a share of the baseline, 0.05 = 5 %) or absolute (KPI units).")]
    [InlineData("""{"kpi":"customer_satisfaction","improve_on":{"baseline":0.8,"period":{"from":"2025-12-01","to":"2025-12-31","zone":"UTC"},"relative":0.05,"direction":"up"}}""", "$.targets[0].improve_on.direction: 'up' is not a direction; use higher_is_better or lower_is_better.")]
    [InlineData("""{"kpi":"customer_satisfaction","improve_on":{"baseline":0.8,"period":{"from":"2025-12-01","to":"2025-12-31","zone":"UTC"},"relative":-0.05}}""", "$.targets[0].improve_on.relative: amount must be a finite number greater than 0; it was -0.05.")]
    [InlineData("""{"kpi":"customer_satisfaction","improve_on":{"baseline":0.8,"period":{"from":"2026-01-01","to":"2026-01-31","zone":"UTC"},"absolute":0.05},"progress":"binary","clamp":false}""", "$: Goal 'g' compares Customer Satisfaction (CSAT) with a baseline period (2026-01-01..2026-01-31 UTC) that ends after the goal's period starts")]
    public void Target_errors_name_the_json_path(string target, string message)
    {
        var json = "{\"name\":\"g\",\"objective\":\"retain\",\"segments\":[\"vip\"],\"period\":{\"from\":\"2026-01-01\",\"to\":\"2026-03-31\",\"zone\":\"UTC\"},\"targets\":[" + target + "]}";

        Assert.StartsWith(message, Assert.Throws<JsonException>(() => CareGoalJson.Read(json)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_carry_the_path_and_argument_errors_stay_inner()
    {
        var json = "{\"name\":\"g\",\"objective\":\"retain\",\"segments\":[\"vip\"],\"period\":{\"from\":\"2026-01-01\",\"to\":\"2026-03-31\",\"zone\":\"UTC\"},\"targets\":[{\"kpi\":\"customer_satisfaction\",\"at_least\":2}]}";

        var ex = Assert.Throws<JsonException>(() => CareGoalJson.Read(json));

        Assert.Equal("$.targets[0].at_least", ex.Path);
        Assert.IsType<ArgumentOutOfRangeException>(ex.InnerException);
        Assert.Throws<ArgumentNullException>(() => CareGoalJson.Read((string)null!));
        Assert.Throws<ArgumentNullException>(() => CareGoalJson.Write(null!));
    }
}
