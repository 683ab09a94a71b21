// Every bad input of the staffing models, with the exact exception type, parameter and message a caller sees.
using CustomerCare.Core.Staffing;
using NodaTime;

namespace CustomerCare.Core.Tests.Staffing;

/// <summary>
/// One row per rejected input of the public Staffing members. The full message is asserted (not a fragment), so that a
/// mutated check or a changed rule text fails here.
/// </summary>
public sealed class StaffingErrorMessageTests
{
    internal const string Traffic = "must be a finite number of Erlangs from 0 to 1,000,000 (ErlangLimits.MaximumErlangs; split larger demand into independent queues)";
    internal const string Agents = "must be from 0 to 10,000,000 (ErlangLimits.MaximumAgents)";
    private const string Definitions = "must be AnsweredWithinOverOffered, AnsweredAndAbandonedWithinOverOffered or AnsweredWithinOverAnsweredAndLateAbandons";
    private const string NoWorkload = "workload is default(Workload); create it with Workload.FromArrivals or Workload.FromErlangs.";
    private const string NoGoal = "target sets no goal; create it with StaffingTarget.ForServiceLevel, ForAverageSpeedOfAnswer or ForMaximumOccupancy.";
    private static readonly Duration Aht = Duration.FromSeconds(180);
    private static readonly Duration HalfHour = Duration.FromMinutes(30);
    private static readonly Duration Twenty = Duration.FromSeconds(20);
    private static readonly Workload Classic = Workload.FromErlangs(10, Aht);
    private static readonly StaffingTarget EightyTwenty = StaffingTarget.ForServiceLevel(0.8, Twenty);

    private static readonly (string Label, Action Call, string ParamName, string Message)[] OutOfRange =
    [
        ("arrivals negative", () => Workload.FromArrivals(-5, HalfHour, Aht), "arrivals", "arrivals must be a finite number greater than or equal to 0; it was -5."),
        ("arrivals NaN", () => Workload.FromArrivals(double.NaN, HalfHour, Aht), "arrivals", "arrivals must be a finite number greater than or equal to 0; it was NaN."),
        ("interval zero", () => Workload.FromArrivals(5, Duration.Zero, Aht), "interval", "interval must be a positive duration; it was 0:00:00:00."),
        ("AHT zero", () => Workload.FromArrivals(5, HalfHour, Duration.Zero), "averageHandlingTime", "averageHandlingTime must be a positive duration; it was 0:00:00:00."),
        ("Erlangs negative", () => Workload.FromErlangs(-0.1, Aht), "erlangs", $"erlangs {Traffic}; it was -0.1."),
        ("Erlangs infinite", () => Workload.FromErlangs(double.PositiveInfinity, Aht), "erlangs", $"erlangs {Traffic}; it was ∞."),
        ("AHT negative", () => Workload.FromErlangs(1, -Aht), "averageHandlingTime", "averageHandlingTime must be a positive duration; it was -0:00:03:00."),
        ("B: Erlangs NaN", () => ErlangB.BlockingProbability(double.NaN, 3), "erlangs", $"erlangs {Traffic}; it was NaN."),
        ("B: lines negative", () => ErlangB.BlockingProbability(1, -1), "lines", $"lines {Agents}; it was -1."),
        ("B: GoS one", () => ErlangB.RequiredLines(10, 1), "gradeOfService", "gradeOfService must lie strictly between 0 and 1; it was 1."),
        ("B: GoS NaN", () => ErlangB.RequiredLines(10, double.NaN), "gradeOfService", "gradeOfService must lie strictly between 0 and 1; it was NaN."),
        ("B: Erlangs negative", () => ErlangB.RequiredLines(-1, 0.01), "erlangs", $"erlangs {Traffic}; it was -1."),
        ("B: GoS zero", () => ErlangB.MaximumTraffic(10, 0), "gradeOfService", "gradeOfService must lie strictly between 0 and 1; it was 0."),
        ("B: lines negative (inverse)", () => ErlangB.MaximumTraffic(-1, 0.01), "lines", $"lines {Agents}; it was -1."),
        ("C: Erlangs negative", () => ErlangC.ProbabilityOfWaiting(-1, 3), "erlangs", $"erlangs {Traffic}; it was -1."),
        ("C: agents negative", () => ErlangC.ProbabilityOfWaiting(1, -3), "agents", $"agents {Agents}; it was -3."),
        ("C: occupancy Erlangs", () => ErlangC.Occupancy(2e6, 3), "erlangs", $"erlangs {Traffic}; it was 2000000."),
        ("C: occupancy agents", () => ErlangC.Occupancy(1, -1), "agents", $"agents {Agents}; it was -1."),
        ("C: agents", () => ErlangC.Evaluate(Classic, -1, Twenty), "agents", $"agents {Agents}; it was -1."),
        ("C: threshold", () => ErlangC.Evaluate(Classic, 14, Duration.FromSeconds(-1)), "serviceLevelThreshold", "serviceLevelThreshold must not be negative; it was -0:00:00:01."),
        ("A: patience", () => ErlangA.Evaluate(Classic, Duration.Zero, 10, Twenty), "averagePatience", "averagePatience must be a positive duration; it was 0:00:00:00."),
        ("A: agents", () => ErlangA.Evaluate(Classic, Aht, -2, Twenty), "agents", $"agents {Agents}; it was -2."),
        ("A: threshold", () => ErlangA.Evaluate(Classic, Aht, 2, -Twenty), "serviceLevelThreshold", "serviceLevelThreshold must not be negative; it was -0:00:00:20."),
        ("A: required patience", () => ErlangA.RequiredAgents(Classic, -Aht, EightyTwenty, ServiceLevelDefinition.AnsweredWithinOverOffered), "averagePatience", "averagePatience must be a positive duration; it was -0:00:03:00."),
        ("A: definition", () => ErlangA.RequiredAgents(Classic, Aht, EightyTwenty, (ServiceLevelDefinition)9), "definition", $"definition {Definitions}; it was 9."),
        ("A: default definition", () => ErlangA.Evaluate(Classic, Aht, 12, Twenty).ServiceLevel(default), "definition", $"definition {Definitions}; it was 0."),
        ("target fraction", () => StaffingTarget.ForServiceLevel(80, Twenty), "fraction", "fraction must lie strictly between 0 and 1; it was 80."),
        ("target threshold", () => StaffingTarget.ForServiceLevel(0.8, -Twenty), "threshold", "threshold must not be negative; it was -0:00:00:20."),
        ("target ASA", () => StaffingTarget.ForAverageSpeedOfAnswer(Duration.Zero), "maximum", "maximum must be a positive duration; it was 0:00:00:00."),
        ("target occupancy", () => StaffingTarget.ForMaximumOccupancy(1.2), "maximum", "maximum must lie strictly between 0 and 1; it was 1.2."),
        ("target abandonment", () => EightyTwenty.WithMaximumAbandonment(0), "maximum", "maximum must lie strictly between 0 and 1; it was 0."),
        ("shrinkage one", () => Shrinkage.ScheduledAgents(10, 1), "shrinkage", "shrinkage must be a fraction in [0, 1) (0.3 means 30% of paid time is not productive); it was 1."),
        ("required agents negative", () => Shrinkage.ScheduledAgents(-1, 0.3), "requiredAgents", "requiredAgents must be 0 or more agents; it was -1."),
        ("shrinkage overflow", () => Shrinkage.ScheduledAgents(int.MaxValue, 0.5), "shrinkage", "shrinkage leaves too little productive time: 2147483647 agents would need more than 2147483647 scheduled; it was 0.5."),
        ("plan arrivals", () => StaffingPlan.Fill([10, -4, 3], HalfHour, Aht, EightyTwenty, 0.3, new IntervalStaffing[3]), "arrivals", "arrivals[1] must be a finite number of calls greater than or equal to 0; it was -4."),
        ("plan interval", () => StaffingPlan.Fill([1], Duration.Zero, Aht, EightyTwenty, 0.3, new IntervalStaffing[1]), "interval", "interval must be a positive duration; it was 0:00:00:00."),
        ("plan shrinkage", () => StaffingPlan.Fill([1], HalfHour, Aht, EightyTwenty, -0.5, new IntervalStaffing[1]), "shrinkage", "shrinkage must be a fraction in [0, 1) (0.3 means 30% of paid time is not productive); it was -0.5."),
    ];

    private static readonly (string Label, Action Call, string ParamName, string Message)[] Invalid =
    [
        ("C: default workload", () => ErlangC.Evaluate(default, 14, Twenty), "workload", NoWorkload),
        ("C: required default workload", () => ErlangC.RequiredAgents(default, EightyTwenty), "workload", NoWorkload),
        ("C: no goal", () => ErlangC.RequiredAgents(Classic, default), "target", NoGoal),
        ("A: default workload", () => ErlangA.Evaluate(default, Aht, 2, Twenty), "workload", NoWorkload),
        ("A: required default workload", () => ErlangA.RequiredAgents(default, Aht, EightyTwenty, ServiceLevelDefinition.AnsweredWithinOverOffered), "workload", NoWorkload),
        ("A: no goal", () => ErlangA.RequiredAgents(Classic, Aht, default, ServiceLevelDefinition.AnsweredWithinOverOffered), "target", NoGoal),
        ("plan no goal", () => StaffingPlan.Fill([1], HalfHour, Aht, default, 0.3, new IntervalStaffing[1]), "target", NoGoal),
        ("plan short destination", () => StaffingPlan.Fill([1, 2, 3], HalfHour, Aht, EightyTwenty, 0.3, new IntervalStaffing[2]), "destination", "destination holds 2 intervals but arrivals has 3; pass a destination at least as long."),
    ];

    [Fact]
    public void Out_of_range_inputs_name_the_parameter_value_and_rule()
    {
        foreach (var (label, call, paramName, message) in OutOfRange)
        {
            var ex = Assert.Throws<ArgumentOutOfRangeException>(call);
            Assert.True(paramName == ex.ParamName, $"{label}: parameter {ex.ParamName}");
            Assert.True($"{message} (Parameter '{paramName}')" == ex.Message.Replace("Infinity", "∞", StringComparison.Ordinal), $"{label}: {ex.Message}");
        }
    }

    [Fact]
    public void Invalid_arguments_say_what_to_do_instead()
    {
        foreach (var (label, call, paramName, message) in Invalid)
        {
            var ex = Assert.Throws<ArgumentException>(call);
            Assert.True(paramName == ex.ParamName, $"{label}: parameter {ex.ParamName}");
            Assert.True($"{message} (Parameter '{paramName}')" == ex.Message, $"{label}: {ex.Message}");
        }
    }

    [Fact]
    public void An_overloaded_queue_of_very_patient_callers_is_rejected_with_its_size()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ErlangA.Evaluate(Classic, Duration.MaxValue, 9, Twenty));

        Assert.Equal("averagePatience", ex.ParamName);
        Assert.StartsWith("averagePatience is too long for a queue this overloaded (10 Erlangs on 9 agents): the queue would hold about ", ex.Message, StringComparison.Ordinal);
        Assert.Contains("use a shorter patience or Erlang C, which reports such a queue as unstable", ex.Message, StringComparison.Ordinal);
    }
}
