// Results serialize to clean JSON (ISO instants, one duration form, snake-case enums) through the source-generated context; models round-trip.
using System.Text.Json;
using CustomerCare.Core.Calendars;
using CustomerCare.Core.DependencyInjection;
using CustomerCare.Core.DependencyInjection.Serialization;
using CustomerCare.Core.Goals;
using CustomerCare.Core.Goals.Capability;
using CustomerCare.Core.Kpis.Surveys;
using CustomerCare.Core.Responsibility;
using CustomerCare.Core.Sla.Evaluation;
using CustomerCare.Core.Tickets;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace CustomerCare.Core.Tests.DependencyInjection.Serialization;

public sealed class CustomerCareJsonTests
{
    private static readonly Instant Opened = Instant.FromUtc(2026, 3, 2, 2, 0);

    private static CustomerCareModel Model()
    {
        using var provider = new ServiceCollection().AddCustomerCare(CareSettings.Load().GetSection("CustomerCare")).BuildServiceProvider();
        return provider.GetRequiredService<CustomerCareModel>();
    }

    [Fact]
    public void An_sla_evaluation_is_clean_json()
    {
        var ticket = new TicketTimeline(new TicketAttributes("urgent"), [TicketEvent.Opened(Opened), TicketEvent.AgentPublicReply(Opened + Duration.FromHours(1))]);
        var evaluation = Model().SlaPolicies!.Evaluate(ticket, Opened + Duration.FromDays(3));

        var json = JsonSerializer.Serialize(evaluation, CustomerCareJson.Context.SlaEvaluation);

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal("2026-03-05T02:00:00Z", root.GetProperty("now").GetString());
        Assert.Equal("Standard", root.GetProperty("policy").GetString());
        Assert.Equal("urgent", root.GetProperty("priority").GetString());
        var first = root.GetProperty("results")[0];
        Assert.Equal("first_response", first.GetProperty("metric").GetString());
        Assert.Equal("met", first.GetProperty("status").GetString());
        Assert.Equal("2026-03-02T03:00:00Z", first.GetProperty("deadline").GetString());
        Assert.Equal("1:00:00", first.GetProperty("target").GetString());
        Assert.Equal("1:00:00", first.GetProperty("elapsed").GetString());
        Assert.Equal("2026-03-02T02:45:00Z", first.GetProperty("warning_at").GetString());   // warn_before 15m
        Assert.Equal(JsonValueKind.Null, root.GetProperty("segment").ValueKind);
        var resolution = root.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("metric").GetString() == "resolution");
        Assert.Equal("breached", resolution.GetProperty("status").GetString());
        Assert.StartsWith("-", resolution.GetProperty("remaining").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Undefined_kpis_are_written_as_NaN()
    {
        var json = JsonSerializer.Serialize(new NpsResult(0, 0, 0), CustomerCareJson.Context.NpsResult);

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal(0, root.GetProperty("count").GetInt64());
        Assert.Equal("NaN", root.GetProperty("score").GetString());
        foreach (var share in new[] { "promoter_share", "passive_share", "detractor_share" })
        {
            Assert.Equal(0, root.GetProperty(share).GetProperty("denominator").GetInt64());
            Assert.Equal("NaN", root.GetProperty(share).GetProperty("value").GetString());
        }

        Assert.Equal("NaN", root.GetProperty("score_variance").GetString());
    }

    [Fact]
    public void Models_round_trip_in_their_own_json_formats()
    {
        var model = Model();
        var options = CustomerCareJson.CreateOptions(model.Calendars);

        var calendar = model.Calendars["hcm"];
        var calendarJson = JsonSerializer.Serialize(calendar, options);
        Assert.Equal(BusinessCalendarJson.Write(JsonSerializer.Deserialize<BusinessCalendar>(calendarJson, options)!), BusinessCalendarJson.Write(calendar));

        var goal = model.Goals[0];
        Assert.Equal(goal, JsonSerializer.Deserialize<CareGoal>(JsonSerializer.Serialize(goal, options), options));

        var responsibility = model.Responsibility!;
        Assert.Equal(ResponsibilityModelJson.Write(responsibility),
            ResponsibilityModelJson.Write(JsonSerializer.Deserialize<ResponsibilityModel>(JsonSerializer.Serialize(responsibility, options), options)!));

        var envelope = model.Capability!;
        var envelopeJson = JsonSerializer.Serialize(envelope, CustomerCareJson.Options);
        Assert.Equal(CapabilityEnvelopeJson.Write(envelope), CapabilityEnvelopeJson.Write(JsonSerializer.Deserialize<CapabilityEnvelope>(envelopeJson, options)!));
        var withoutCalendars = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<CapabilityEnvelope>(envelopeJson, CustomerCareJson.Options));
        Assert.Contains("CreateOptions(calendars)", withoutCalendars.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_escalation_step_names_tiers_and_writes_money_and_categories_as_text()
    {
        var model = Model().Responsibility!;
        var assignment = model.Resolve(new ResponsibilityIssue(model.CategoryKey("returns/refund"), 1));
        var step = model.Escalate(assignment, EscalationTrigger.Request(CategoryPath.Parse("returns/refund"), new Money(750000.50m, "VND")));

        var json = JsonSerializer.Serialize(step, CustomerCareJson.Context.EscalationStep);

        Assert.Contains("\"from\":\"agent\"", json, StringComparison.Ordinal);
        Assert.Contains("\"to\":\"agent\"", json, StringComparison.Ordinal);    // the lead approves nothing: declined, a result
        Assert.Contains("\"outcome\":\"declined\"", json, StringComparison.Ordinal);
        Assert.Contains("\"trigger\":{\"kind\":\"authority\",\"request_kind\":\"returns/refund\",\"amount\":\"750000.50 VND\"}", json, StringComparison.Ordinal);
        Assert.Contains("\"category\":\"returns/refund\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_public_enum_of_the_core_has_a_snake_case_converter()
    {
        var enums = typeof(Money).Assembly.GetExportedTypes().Where(t => t.IsEnum).ToList();
        Assert.NotEmpty(enums);
        Assert.All(enums, type => Assert.Contains(CustomerCareJson.Options.Converters, c => c.CanConvert(type)));
        Assert.Equal("\"not_started\"", JsonSerializer.Serialize(GoalStatus.NotStarted, CustomerCareJson.Options));
    }

    [Fact]
    public void Host_options_can_take_the_converters()
    {
        var options = new JsonSerializerOptions().ConfigureForCustomerCare();

        Assert.Equal("\"2026-03-02T02:00:00Z\"", JsonSerializer.Serialize(Opened, options));
        Assert.Equal("\"warning_reached\"", JsonSerializer.Serialize(SlaNotificationKind.WarningReached, options));
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => CustomerCareJson.ConfigureForCustomerCare(null!)).ParamName);
        Assert.Throws<InvalidOperationException>(() => CustomerCareJson.Options.ConfigureForCustomerCare());
    }

    [Fact]
    public void Unsupported_reads_say_why()
    {
        Assert.Contains("built-in SLA metric", Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<SlaNotification>(
            """{"kind":"met","metric":"triage","instance":0,"at":"2026-03-02T02:00:00Z"}""", CustomerCareJson.Options)).Message, StringComparison.Ordinal);
        Assert.Contains("not money", Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Money>("\"fifty\"", CustomerCareJson.Options)).Message, StringComparison.Ordinal);
        Assert.Contains("not a category path", Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<CategoryPath>("\"a//b\"", CustomerCareJson.Options)).Message, StringComparison.Ordinal);
    }
}
