// The retail desk the console report runs on: its calendar, SLA policies, segments and care plans, responsibility matrix, capability envelope and goals.
using CustomerCare.Core;
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Goals;
using CustomerCare.Core.Goals.Capability;
using CustomerCare.Core.Kpis;
using CustomerCare.Core.Responsibility;
using CustomerCare.Core.Segments;
using CustomerCare.Core.Segments.CarePlans;
using CustomerCare.Core.Sla.Policies;
using NodaTime;

namespace CareDesk.Desk;

/// <summary>
/// Everything the desk is configured with, built once: a consumer-electronics retailer in Ho Chi Minh City that answers
/// phone, chat and e-mail Mon–Fri 08:00–12:00 and 13:30–17:30 (lunch break) and Saturday mornings, closed for Tết.
/// </summary>
internal sealed class DeskSetup
{
    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];

    public static readonly string[] Channels = ["phone", "chat", "email"];

    public static readonly string[] Severities = ["S1", "S2", "S3", "S4"];

    /// <summary>Priority by severity (S1 is the most severe).</summary>
    public static readonly string[] Priorities = ["urgent", "high", "normal", "low"];

    public static readonly string[] Categories =
        ["orders/late-delivery", "orders/wrong-item", "returns/refund", "hardware/display/touch", "hardware/battery/overheating", "billing/invoice"];

    private const string SegmentJson = """
        {
          "zone": "Asia/Ho_Chi_Minh",
          "segments": [
            { "name": "vip", "rule": { "attribute": "lifetime_spend", "at_least": "250000000 VND" } },
            { "name": "new", "rule": { "attribute": "purchase_count", "at_most": 1 } },
            { "name": "loyal", "rule": { "attribute": "purchase_count", "at_least": 6 } }
          ],
          "default": "standard"
        }
        """;

    public DeskSetup()
    {
        Calendar = BuildCalendar();
        Policies = new SlaPolicySetBuilder()
            .AddCalendar("desk", Calendar)
            .Add(new SlaPolicyBuilder("VIP").When(SlaCondition.Segment("vip")).OnCalendar("desk")
                .Target(SlaMetric.FirstResponse, Duration.FromMinutes(30), Priorities)
                .Warn(SlaMetric.FirstResponse, SlaWarning.AtShare(0.75))
                .Target(SlaMetric.Resolution, Duration.FromHours(8), Priorities)
                .Warn(SlaMetric.Resolution, SlaWarning.AtShare(0.75))
                .Build())
            .Add(new SlaPolicyBuilder("Chat").When(SlaCondition.Channel("chat")).OnCalendar("desk")
                .Target(SlaMetric.FirstResponse, Duration.FromMinutes(5), Priorities)
                .Target(SlaMetric.Resolution, Duration.FromHours(8), "urgent", "high")
                .Target(SlaMetric.Resolution, Duration.FromHours(16), "normal", "low")
                .Warn(SlaMetric.Resolution, SlaWarning.AtShare(0.75))
                .Build())
            .Fallback(new SlaPolicyBuilder("Standard").OnCalendar("desk")
                .Target(SlaMetric.FirstResponse, Duration.FromHours(1), "urgent", "high")
                .Target(SlaMetric.FirstResponse, Duration.FromHours(4), "normal", "low")
                .Warn(SlaMetric.FirstResponse, SlaWarning.AtShare(0.75))
                .Target(SlaMetric.Resolution, Duration.FromHours(8), "urgent")
                .Target(SlaMetric.Resolution, Duration.FromHours(16), "high", "normal")
                .Target(SlaMetric.Resolution, Duration.FromHours(32), "low")
                .Warn(SlaMetric.Resolution, SlaWarning.AtShare(0.75))
                .Build())
            .Build();

        Segments = SegmentCatalogueJson.Read(SegmentJson);
        CarePlans = new CarePlanCatalogue(Calendar,
        [
            new CarePlanBuilder("vip").UseSlaPolicy("VIP").Prefer("phone").FallBackTo("chat").RequireTier("team leader").Build(),
            new CarePlanBuilder("loyal").RaisePriority(1).Prefer("chat").FallBackTo("phone").AddNote("Thank them for their loyalty.").Build(),
            new CarePlanBuilder("new").Prefer("chat").AddNote("Walk them through the order tracking page.").Build(),
            new CarePlanBuilder("standard").Prefer("chat").FallBackTo("email").Build(),
        ], Segments);

        Responsibility = BuildResponsibility();
        Envelope = BuildEnvelope(Calendar);
    }

    public BusinessCalendar Calendar { get; }

    public SlaPolicySet Policies { get; }

    public SegmentCatalogue Segments { get; }

    public CarePlanCatalogue CarePlans { get; }

    public ResponsibilityModel Responsibility { get; }

    public CapabilityEnvelope Envelope { get; }

    /// <summary>The priority of a ticket: from its severity, raised by its segment's care plan (never above urgent).</summary>
    public string Priority(int severity, string segment)
    {
        var uplift = CarePlans.TryGetPlan(segment, out var plan) ? plan.PriorityUplift : 0;
        return Priorities[Math.Max(0, severity - 1 - uplift)];
    }

    /// <summary>The quarter's goal for VIPs, whose targets are read in the order CSAT share, FRT p90 (business seconds), churn.</summary>
    public static CareGoal VipGoal(GoalPeriod period) =>
        new CareGoalBuilder("Keep VIPs").For(CareObjective.Retain).ForSegments("vip").During(period)
            .AddTarget(new GoalTargetBuilder(KpiId.CustomerSatisfaction).AtLeast(0.80).Progress(ProgressFormula.RatioToTarget, ProgressClamp.ZeroToOne).Build())
            .AddTarget(new GoalTargetBuilder(KpiId.FirstResponseTime).AtMost(Duration.FromHours(1)).AtQuantile(0.9).InBusinessTime()
                .Progress(ProgressFormula.RatioToTarget, ProgressClamp.ZeroToOne).Build())
            .AddTarget(new GoalTargetBuilder(KpiId.ChurnRate).AtMost(0.03).Progress(ProgressFormula.Binary, ProgressClamp.Unclamped).Build())
            .Build();

    /// <summary>The desk-wide goal, whose targets are read in the order FCR, AHT (seconds).</summary>
    public static CareGoal DeskGoal(GoalPeriod period) =>
        new CareGoalBuilder("Solve it the first time").For(CareObjective.Resolve).ForSegments("new", "standard", "loyal").During(period)
            .AddTarget(new GoalTargetBuilder(KpiId.FirstContactResolution).AtLeast(0.75).StartingFrom(0.60)
                .Progress(ProgressFormula.DistanceCovered, ProgressClamp.Unclamped).Build())
            .AddTarget(new GoalTargetBuilder(KpiId.AverageHandleTime).Within(Duration.FromMinutes(4), Duration.FromMinutes(9)).Build())
            .Build();

    private static BusinessCalendar BuildCalendar()
    {
        var builder = new BusinessCalendarBuilder(Zone)
            .AddWeekdays(new LocalTime(8, 0), new LocalTime(12, 0))
            .AddWeekdays(new LocalTime(13, 30), new LocalTime(17, 30))
            .AddWindow(IsoDayOfWeek.Saturday, new LocalTime(8, 0), new LocalTime(12, 0))
            .AddYearlyHoliday(new AnnualDate(1, 1))     // New Year's Day
            .AddYearlyHoliday(new AnnualDate(4, 30))    // Reunification Day
            .AddYearlyHoliday(new AnnualDate(5, 1))     // Labour Day
            .AddYearlyHoliday(new AnnualDate(9, 2));    // National Day

        // Tết: the lunar new year moves; the desk closes for the week around it and works a short eve.
        foreach (var (eve, first, last) in new[]
                 {
                     (new LocalDate(2026, 2, 13), new LocalDate(2026, 2, 14), new LocalDate(2026, 2, 22)),
                     (new LocalDate(2027, 2, 3), new LocalDate(2027, 2, 4), new LocalDate(2027, 2, 10)),
                     (new LocalDate(2028, 1, 24), new LocalDate(2028, 1, 25), new LocalDate(2028, 1, 31)),
                 })
        {
            builder.AddOverride(eve, new LocalTime(8, 0), new LocalTime(11, 0));
            for (var day = first; day <= last; day = day.PlusDays(1))
            {
                builder.AddHoliday(day);
            }
        }

        return builder.Build();
    }

    private static ResponsibilityModel BuildResponsibility()
    {
        var vnd = (decimal amount) => new Money(amount, "VND");
        return new ResponsibilityModelBuilder()
            .AddTier("agent", "team leader", vnd(500_000), "returns/**", "orders/**")
            .AddTier("team leader", "deputy head", vnd(2_000_000), "returns/**", "orders/**")
            .AddTier("deputy head", "head", vnd(10_000_000), "returns/**", "orders/**")
            .AddTier("head", null, vnd(50_000_000), "returns/**", "orders/**")
            .AddRole("problem management", "head")
            .AddParty("product team")
            .AddCategory("hardware/battery/overheating")
            .Assign(10, "hardware/battery/**", "deputy head", "S1")
            .Assign(90, "**", "agent", "S3", "S4")
            .Assign(91, "**", "team leader", "S1", "S2")
            .EscalateOnSla(onWarning: false, onBreach: true)
            .Build();
    }

    private static CapabilityEnvelope BuildEnvelope(BusinessCalendar desk) =>
        new CapabilityEnvelopeBuilder(Zone, "VND")
            .AddCalendar("desk", desk)
            .Capacity(6, LoadCounting.SlaClockRunning)
            .AddChannel("phone", "desk", 1)
            .AddChannel("chat", "desk", 3)
            .AddChannel("email", "desk", 1)
            .Scope("orders/**", RequestScope.InScope)
            .Scope("returns/**", RequestScope.InScope)
            .Scope("hardware/**", RequestScope.InScope)
            .Scope("billing/**", RequestScope.InScope)
            .FastestFirstResponse("chat", Duration.FromMinutes(2))
            .FastestFirstResponse("email", Duration.FromHours(1))
            .FastestFirstResponse("phone", Duration.FromSeconds(30))
            .Build();
}
