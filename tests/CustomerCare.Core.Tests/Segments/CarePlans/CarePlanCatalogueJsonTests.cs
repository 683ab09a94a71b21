// Care plans from and to JSON: the documented shape, the exact text written, a round-trip law and every rejected input.
using System.Text.Json;
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Segments;
using CustomerCare.Core.Segments.CarePlans;
using CustomerCare.Core.Tests.TestInfrastructure;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CustomerCare.Core.Tests.Segments.CarePlans;

public sealed class CarePlanCatalogueJsonTests
{
    private const string Documented = """
        {
          "calendar": "desk",
          "plans": [
            { "segment": "vip", "sla_policy": "VIP", "preferred_channels": ["phone"], "fallback_channels": ["chat", "email"],
              "minimum_tier": "senior", "contact_every": "3 months" },
            { "segment": "elderly-alone", "priority_uplift": 1, "preferred_channels": ["phone"],
              "notes": ["Take your time; ask how they are doing."], "contact_every": "30 days" },
            { "segment": "standard" }
          ]
        }
        """;

    private static readonly DateTimeZone Saigon = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];

    private static readonly BusinessCalendar Desk = new BusinessCalendarBuilder(Saigon)
        .AddWeekdays(new LocalTime(8, 0), new LocalTime(17, 0))
        .Build();

    private static readonly Dictionary<string, BusinessCalendar> Calendars = new() { ["desk"] = Desk };

    [Fact]
    public void Reads_the_documented_shape()
    {
        var plans = CarePlanCatalogueJson.Read(Documented, Calendars);

        Assert.Same(Desk, plans.Calendar);
        Assert.Equal(
        [
            "vip: policy VIP, phone > chat > email, tier senior, every 3 months",
            "elderly-alone: priority +1, phone, every 30 days",
            "standard: no special care",
        ], plans.Plans.Select(p => p.ToString()));
        Assert.True(plans.TryGetPlan("elderly-alone", out var plan));
        Assert.Equal(["Take your time; ask how they are doing."], plan.Notes);
        Assert.True(plans.TryGetMinimumTier("vip", out var tier));
        Assert.Equal("senior", tier);

        // Last call Tue 3 Nov 2026 15:00 → due Thu 3 Dec, when the desk opens at 08:00 (01:00 UTC).
        Assert.True(plans.TryGetNextContactDue("elderly-alone", Instant.FromUtc(2026, 11, 3, 8, 0), out var due));
        Assert.Equal(Instant.FromUtc(2026, 12, 3, 1, 0), due);
    }

    [Fact]
    public void Writes_the_plans_member_by_member()
    {
        var plans = new CarePlanCatalogue(Desk,
        [
            new CarePlanBuilder("vip").UseSlaPolicy("VIP").Prefer("phone").FallBackTo("chat").RequireTier("senior").ContactEvery(ContactCadence.EveryMonths(1)).Build(),
            new CarePlanBuilder("alone").RaisePriority(2).AddNote("Call back.").ContactEvery(ContactCadence.EveryDays(1)).Build(),
        ]);

        var json = CarePlanCatalogueJson.Write(plans, "desk");

        Assert.Equal(
            """
            {
              "calendar": "desk",
              "plans": [
                {
                  "segment": "vip",
                  "sla_policy": "VIP",
                  "preferred_channels": [
                    "phone"
                  ],
                  "fallback_channels": [
                    "chat"
                  ],
                  "minimum_tier": "senior",
                  "contact_every": "1 month"
                },
                {
                  "segment": "alone",
                  "priority_uplift": 2,
                  "notes": [
                    "Call back."
                  ],
                  "contact_every": "1 day"
                }
              ]
            }
            """.ReplaceLineEndings("\n"),
            json.ReplaceLineEndings("\n"));
    }

    [CareProperty]
    public Property Reading_what_was_written_gives_equal_plans_and_the_same_text() =>
        Prop.ForAll(Plans.ToArbitrary(), list =>
        {
            var written = CarePlanCatalogueJson.Write(new CarePlanCatalogue(Desk, list), "desk");
            var read = CarePlanCatalogueJson.Read(written, Calendars);
            return CarePlanCatalogueJson.Write(read, "desk") == written
                && read.Plans.Count == list.Length
                && read.Plans.Zip(list).All(p => Same(p.First, p.Second));
        });

    [Theory]
    [InlineData("""[]""", "$", "expected an object but found array")]
    [InlineData("""{ "plans": [] }""", "$", "the member 'calendar' is required")]
    [InlineData("""{ "calendar": 3, "plans": [] }""", "$.calendar", "expected a string but found number")]
    [InlineData("""{ "calendar": "night", "plans": [] }""", "$.calendar", "unknown calendar 'night'; known calendars are 'desk'")]
    [InlineData("""{ "calendar": "desk" }""", "$", "the member 'plans' is required")]
    [InlineData("""{ "calendar": "desk", "plans": {} }""", "$.plans", "expected an array but found object")]
    [InlineData("""{ "calendar": "desk", "plans": [ "vip" ] }""", "$.plans[0]", "expected an object but found string")]
    [InlineData("""{ "calendar": "desk", "plans": [ { "sla_policy": "VIP" } ] }""", "$.plans[0]", "the member 'segment' is required")]
    [InlineData("""{ "calendar": "desk", "plans": [ { "segment": ["vip"] } ] }""", "$.plans[0].segment", "expected a string but found array")]
    [InlineData("""{ "calendar": "desk", "plans": [ { "segment": "vip", "sla_policy": true } ] }""", "$.plans[0].sla_policy", "expected a string but found true")]
    [InlineData("""{ "calendar": "desk", "plans": [ { "segment": "vip", "priority_uplift": 1.5 } ] }""", "$.plans[0].priority_uplift", "expected a whole number of steps from 1 to 10 but found 1.5")]
    [InlineData("""{ "calendar": "desk", "plans": [ { "segment": "vip", "priority_uplift": "1" } ] }""", "$.plans[0].priority_uplift", "expected a whole number of steps from 1 to 10 but found \"1\"")]
    [InlineData("""{ "calendar": "desk", "plans": [ { "segment": "vip", "preferred_channels": "phone" } ] }""", "$.plans[0].preferred_channels", "expected an array but found string")]
    [InlineData("""{ "calendar": "desk", "plans": [ { "segment": "vip", "fallback_channels": ["chat", 2] } ] }""", "$.plans[0].fallback_channels[1]", "expected a string but found number")]
    [InlineData("""{ "calendar": "desk", "plans": [ { "segment": "vip", "minimum_tier": null } ] }""", "$.plans[0].minimum_tier", "expected a string but found null")]
    [InlineData("""{ "calendar": "desk", "plans": [ { "segment": "vip", "notes": [ {} ] } ] }""", "$.plans[0].notes[0]", "expected a string but found object")]
    [InlineData("""{ "calendar": "desk", "plans": [ { "segment": "vip", "contact_every": 30 } ] }""", "$.plans[0].contact_every", "expected a string but found number")]
    [InlineData("""{ "calendar": "desk", "plans": [ { "segment": "vip", "contact_every": "2 weeks" } ] }""", "$.plans[0].contact_every", "must be a count and a unit such as \"30 days\" or \"3 months\"; it was '2 weeks'")]
    [InlineData("""{ "calendar": "desk", "plans": [ { "segment": "vip", "contact_every": "0 days" } ] }""", "$.plans[0].contact_every", "must be from 1 to 3,660 days; it was '0 days'")]
    [InlineData("""{ "calendar": "desk", "plans": [ { "segment": "vip", "contact_every": "121 months" } ] }""", "$.plans[0].contact_every", "must be from 1 to 120 months; it was '121 months'")]
    public void Malformed_json_names_the_path(string json, string path, string problem)
    {
        var ex = Assert.Throws<JsonException>(() => CarePlanCatalogueJson.Read(json, Calendars));

        Assert.Equal(path, ex.Path);
        Assert.Equal($"{path}: {problem}.", ex.Message);
    }

    [Fact]
    public void Plan_problems_are_listed_together_at_their_json_paths()
    {
        const string json = """
            {
              "calendar": "desk",
              "plans": [
                { "segment": "vip", "sla_policy": "VIP", "priority_uplift": 2 },
                { "segment": " ", "sla_policy": "", "minimum_tier": " ", "notes": [""] },
                { "segment": "gold", "priority_uplift": 11, "preferred_channels": ["phone", " "], "fallback_channels": ["PHONE"] },
                { "segment": "VIP" },
                { "segment": "silver" }
              ]
            }
            """;
        var segments = new SegmentCatalogueBuilder(Saigon).Add("vip", SegmentRule.Equal(CommonAttributes.Region, "x"))
            .Add("gold", SegmentRule.Equal(CommonAttributes.Region, "y")).WithDefault("standard").Build();

        var ex = Assert.Throws<SegmentDefinitionException>(() => CarePlanCatalogueJson.Read(json, Calendars, segments));

        Assert.Equal(
        [
            "$.plans[0]: the plan sets both the SLA policy 'VIP' and a priority uplift of 2; choose one.",
            "$.plans[1]: the segment name must not be empty.",
            "$.plans[1]: the SLA policy name must not be empty.",
            "$.plans[1]: the tier name must not be empty.",
            "$.plans[1]: the note must not be empty.",
            "$.plans[2]: the channel name must not be empty.",
            "$.plans[2]: the priority uplift must be from 1 to 10 steps; it was 11.",
            "$.plans[2]: the channel 'phone' is listed more than once.",
            "$.plans[4]: the segment catalogue has no segment 'silver'; segments are 'vip', 'gold', 'standard'.",
        ], ex.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Two_plans_for_one_segment_are_rejected_at_the_second()
    {
        const string json = """{ "calendar": "desk", "plans": [ { "segment": "vip" }, { "segment": "VIP", "priority_uplift": 1 } ] }""";

        var ex = Assert.Throws<SegmentDefinitionException>(() => CarePlanCatalogueJson.Read(json, Calendars));

        Assert.Equal("$.plans[1]: segment 'VIP' has more than one care plan; merge them.", Assert.Single(ex.Problems).ToString());
    }

    [Fact]
    public void Rejects_bad_arguments()
    {
        var plans = CarePlanCatalogueJson.Read(Documented, Calendars);

        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => CarePlanCatalogueJson.Read((string)null!, Calendars)).ParamName);
        Assert.Equal("calendars", Assert.Throws<ArgumentNullException>(() => CarePlanCatalogueJson.Read(Documented, null!)).ParamName);
        Assert.Equal("plans", Assert.Throws<ArgumentNullException>(() => CarePlanCatalogueJson.Write(null!, "desk")).ParamName);
        var blank = Assert.Throws<ArgumentException>(() => CarePlanCatalogueJson.Write(plans, " "));
        Assert.Equal("calendarName", blank.ParamName);
        Assert.StartsWith("calendarName must name the calendar the plans are read back with; it was ' '.", blank.Message, StringComparison.Ordinal);
        Assert.Equal(
            "$.calendar: unknown calendar 'desk'; pass the calendars by name to Read.",
            Assert.Throws<JsonException>(() => CarePlanCatalogueJson.Read(Documented, new Dictionary<string, BusinessCalendar>())).Message);
    }

    private static bool Same(CarePlan a, CarePlan b) =>
        a.Segment == b.Segment && a.SlaPolicy == b.SlaPolicy && a.PriorityUplift == b.PriorityUplift
        && a.PreferredChannels.SequenceEqual(b.PreferredChannels) && a.FallbackChannels.SequenceEqual(b.FallbackChannels)
        && a.MinimumTier == b.MinimumTier && a.Notes.SequenceEqual(b.Notes) && Equals(a.Cadence, b.Cadence);

    private static readonly Gen<CarePlan> Plan =
        from policy in Gen.Elements<string?>(null, "VIP", "Gold \"plus\"")
        from uplift in Gen.Choose(0, 10)
        from preferred in Gen.SubListOf(new[] { "phone", "chat" })
        from fallback in Gen.SubListOf(new[] { "email", "sms", "Zalo" })
        from tier in Gen.Elements<string?>(null, "senior", "tier-2")
        from notes in Gen.SubListOf(new[] { "Take your time.", "Ünïcode note", "Speak slowly; ask about family." })
        from cadence in Gen.Choose(-1, 200)
        select Build(policy, policy is null ? uplift : 0, preferred, fallback, tier, notes, cadence);

    private static readonly Gen<CarePlan[]> Plans =
        from plans in Gen.ListOf(Plan, 4)
        select plans.Select((p, i) => Rename(p, $"segment-{i}")).ToArray();

    private static CarePlan Build(string? policy, int uplift, IEnumerable<string> preferred, IEnumerable<string> fallback, string? tier, IEnumerable<string> notes, int cadence, string segment = "s")
    {
        var builder = new CarePlanBuilder(segment).Prefer(preferred).FallBackTo(fallback).RaisePriority(uplift);
        if (policy is not null)
        {
            builder.UseSlaPolicy(policy);
        }

        if (tier is not null)
        {
            builder.RequireTier(tier);
        }

        foreach (var note in notes)
        {
            builder.AddNote(note);
        }

        if (cadence >= 0)
        {
            builder.ContactEvery(cadence < 100 ? ContactCadence.EveryDays(cadence + 1) : ContactCadence.EveryMonths(cadence - 99));
        }

        return builder.Build();
    }

    private static CarePlan Rename(CarePlan p, string segment) =>
        Build(p.SlaPolicy, p.PriorityUplift, p.PreferredChannels, p.FallbackChannels, p.MinimumTier, p.Notes, p.Cadence is null ? -1 : p.Cadence.InMonths ? p.Cadence.Count + 99 : p.Cadence.Count - 1, segment);
}
