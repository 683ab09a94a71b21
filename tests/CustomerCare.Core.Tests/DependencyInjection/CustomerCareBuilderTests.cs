// AddCustomerCare(care => ...) registers named calendars and one SLA policy set, and fails at registration on bad configuration.
using CustomerCare.Core.Calendars;
using CustomerCare.Core.DependencyInjection;
using CustomerCare.Core.Sla.Policies;
using CustomerCare.Core.Tickets;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace CustomerCare.Core.Tests.DependencyInjection;

public sealed class CustomerCareBuilderTests
{
    private static readonly DateTimeZone Saigon = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];

    private static readonly BusinessCalendar Desk = new BusinessCalendarBuilder(Saigon)
        .AddWeekdays(new LocalTime(8, 0), new LocalTime(17, 0))
        .Build();

    private static SlaPolicy Standard(string calendar) => new SlaPolicyBuilder("Standard").OnCalendar(calendar)
        .Target(SlaMetric.FirstResponse, "normal", Duration.FromHours(2))
        .Build();

    [Fact]
    public void Calendars_are_keyed_singletons_and_the_policy_set_sees_them_whatever_the_order()
    {
        using var provider = new ServiceCollection()
            .AddCustomerCare(care => care
                .AddSlaPolicies(p => p.Fallback(Standard("desk")))
                .AddCalendar("desk", Desk))
            .BuildServiceProvider();

        Assert.Same(Desk, provider.GetRequiredKeyedService<BusinessCalendar>("desk"));
        var set = provider.GetRequiredService<SlaPolicySet>();
        Assert.Same(set, provider.GetRequiredService<SlaPolicySet>());
        Assert.Contains("desk", set.CalendarNames);
        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());

        // Opened Friday 16:00 local: one business hour on Friday, one on Monday -> due Monday 09:00 local.
        var opened = new LocalDateTime(2026, 11, 20, 16, 0).InZoneStrictly(Saigon).ToInstant();
        var ticket = new TicketTimeline(new TicketAttributes("normal"), [TicketEvent.Opened(opened)]);
        var first = set.Evaluate(ticket, opened).Results.Single(r => r.Metric == SlaMetric.FirstResponse);
        Assert.Equal(new LocalDateTime(2026, 11, 23, 9, 0).InZoneStrictly(Saigon).ToInstant(), first.Deadline);
    }

    [Fact]
    public void Calendars_and_policies_can_come_from_json()
    {
        const string Calendar = """{ "tz": "Asia/Ho_Chi_Minh", "week": { "mon": [["08:00", "17:00"]], "tue": [["08:00", "17:00"]] } }""";
        const string Policies = """{ "fallback": { "name": "Standard", "calendar": "desk", "metrics": { "first_response": { "targets": { "normal": "2h" } } } } }""";

        using var provider = new ServiceCollection()
            .AddCustomerCare(care => care.AddCalendarJson("desk", Calendar).AddSlaPoliciesJson(Policies))
            .BuildServiceProvider();

        Assert.Equal(Saigon, provider.GetRequiredKeyedService<BusinessCalendar>("desk").Zone);
        Assert.Equal("Standard", provider.GetRequiredService<SlaPolicySet>().Fallback.Name);
    }

    [Fact]
    public void Without_policies_only_calendars_and_the_clock_are_registered()
    {
        var services = new ServiceCollection().AddCustomerCare(care => care.AddCalendar("desk", Desk));

        Assert.DoesNotContain(services, d => d.ServiceType == typeof(SlaPolicySet));
        Assert.Single(services, d => d.ServiceType == typeof(BusinessCalendar) && Equals(d.ServiceKey, "desk"));
    }

    [Fact]
    public void An_invalid_policy_set_fails_at_registration_with_the_builders_message()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => new ServiceCollection()
            .AddCustomerCare(care => care.AddSlaPolicies(p => p.Fallback(Standard("nowhere")))));

        Assert.Contains("nowhere", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_policy_set_is_rejected()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddCustomerCare(care => care
            .AddSlaPolicies(p => p.Fallback(Standard(SlaPolicySet.CalendarTime)))
            .AddSlaPolicies(p => p.Fallback(Standard(SlaPolicySet.CalendarTime)))));

        Assert.Contains("already added", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_blank_calendar_name_is_rejected(string name)
    {
        var ex = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddCustomerCare(care => care.AddCalendar(name, Desk)));

        Assert.Equal("name", ex.ParamName);
    }

    [Fact]
    public void A_duplicate_calendar_name_is_rejected_with_the_name()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ServiceCollection()
            .AddCustomerCare(care => care.AddCalendar("desk", Desk).AddCalendar("desk", Desk)));

        Assert.Equal("name", ex.ParamName);
        Assert.Contains("'desk'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_calendar_json_names_the_path_and_the_value()
    {
        var ex = Assert.Throws<System.Text.Json.JsonException>(() => new ServiceCollection()
            .AddCustomerCare(care => care.AddCalendarJson("desk", """{ "tz": "Mars/Olympus_Mons", "week": {} }""")));

        Assert.Contains("$.tz", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Mars/Olympus_Mons", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_arguments_are_rejected_by_name()
    {
        var services = new ServiceCollection();

        Assert.Equal("configure", Assert.Throws<ArgumentNullException>(() => services.AddCustomerCare((Action<CustomerCareBuilder>)null!)).ParamName);
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => CustomerCareServiceCollectionExtensions.AddCustomerCare(null!, _ => { })).ParamName);
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => services.AddCustomerCare(c => c.AddCalendar("x", null!))).ParamName);
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => services.AddCustomerCare(c => c.AddCalendarJson("x", null!))).ParamName);
        Assert.Equal("configure", Assert.Throws<ArgumentNullException>(() => services.AddCustomerCare(c => c.AddSlaPolicies(null!))).ParamName);
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => services.AddCustomerCare(c => c.AddSlaPoliciesJson(null!))).ParamName);
    }
}
