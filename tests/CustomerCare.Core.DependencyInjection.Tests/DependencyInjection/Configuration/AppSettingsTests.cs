// AddCustomerCare(configuration.GetSection("CustomerCare")) reads every part from a real appsettings.json, with environment-variable overrides.
using CustomerCare.Core.Calendars;
using CustomerCare.Core.DependencyInjection;
using CustomerCare.Core.Goals.Capability;
using CustomerCare.Core.Sla.Policies;
using CustomerCare.Core.Tickets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace CustomerCare.Core.Tests.DependencyInjection.Configuration;

public sealed class AppSettingsTests
{
    private static readonly DateTimeZone Saigon = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];

    private static Instant Local(int y, int m, int d, int h, int min = 0) => new LocalDateTime(y, m, d, h, min).InZoneStrictly(Saigon).ToInstant();

    private static CustomerCareModel Model(IConfiguration configuration)
    {
        using var provider = new ServiceCollection().AddCustomerCare(configuration.GetSection("CustomerCare")).BuildServiceProvider();
        return provider.GetRequiredService<CustomerCareModel>();
    }

    [Fact]
    public void Every_part_of_the_sample_file_is_read_and_types_survive_IConfiguration()
    {
        var model = Model(CareSettings.Load());

        Assert.Equal(["hcm", "hotline"], model.Calendars.Keys.Order(StringComparer.Ordinal));
        var hcm = model.Calendars["hcm"];
        Assert.False(hcm.IsOpen(Local(2026, 2, 15, 10)));              // "sun": [] survived as a closed day
        Assert.False(hcm.IsOpen(Local(2026, 2, 14, 9)));               // override "2026-02-14": [] closes a Saturday
        Assert.True(hcm.IsOpen(Local(2026, 2, 13, 10)));               // override 08:00-11:00
        Assert.False(hcm.IsOpen(Local(2026, 2, 13, 11, 30)));
        Assert.False(hcm.IsOpen(Local(2026, 9, 2, 9)));                // yearly holiday --09-02

        var sla = model.SlaPolicies!;
        Assert.Equal(["VIP", "Standard"], sla.Policies.Select(p => p.Name));
        Assert.Equal(ResponseResolveMode.Pause, sla.Fallback.ResponsesOnResolve);   // the boolean false (not the string "False") reads as pause
        Assert.Equal(Duration.FromMinutes(60), sla.Fallback.For(SlaMetric.FirstResponse)!.Targets["urgent"]);  // a number of minutes

        Assert.Equal(["vip", "loyal", "standard"], model.Segments!.Segments.Select(s => s.Name));
        var plans = model.CarePlans!;
        Assert.True(plans.TryGetPlan("loyal", out var loyal));
        Assert.Equal(1, loyal.PriorityUplift);
        Assert.Empty(loyal.PreferredChannels);                         // "prefer": [] survived
        Assert.True(plans.TryGetMinimumTier("vip", out var tier));
        Assert.Equal("lead", tier);

        var goal = Assert.Single(model.Goals);
        Assert.Equal("Keep VIPs", goal.Name);
        Assert.Equal(0.85, goal.Targets[0].Threshold);
        Assert.Equal(0.9, goal.Targets[1].Quantile);
        Assert.True(goal.Targets[1].InBusinessTime);

        var capability = model.Capability!;
        Assert.True(capability.TryGetApprovalThreshold(CategoryPath.Parse("returns/refund"), out var threshold));
        Assert.Equal(500_000.50m, threshold.Amount);                   // decimal, never through a double
        Assert.True(capability.TryGetFastestFirstResponse("phone", "high", out var phone));
        Assert.Equal(Duration.FromMinutes(1), phone);

        var responsibility = model.Responsibility!;
        Assert.Null(responsibility.Tiers[1].EscalatesTo);              // null survived
        Assert.Null(responsibility.Tiers[1].ApprovalLimit);
        Assert.Empty(responsibility.Tiers[1].Approves);                // [] survived
        Assert.Equal(3, responsibility.RepeatContactThreshold);
        Assert.Same(capability, responsibility.Ceilings);
        Assert.Same(plans, responsibility.MinimumTiers);
    }

    [Fact]
    public void Environment_variables_override_single_values_and_add_empty_lists()
    {
        const string Prefix = "CCDI_APPSETTINGS_";
        var variables = new Dictionary<string, string>
        {
            [Prefix + "CustomerCare__SlaPolicies__fallback__metrics__first_response__targets__normal"] = "6h",
            [Prefix + "CustomerCare__Calendars__hcm__week__sat__0__1"] = "10:00",
            [Prefix + "CustomerCare__Calendars__hcm__overrides__2026-03-02"] = "[]",
            [Prefix + "CustomerCare__Responsibility__escalation__repeat_contacts"] = "5",
        };
        try
        {
            foreach (var (name, value) in variables)
            {
                Environment.SetEnvironmentVariable(name, value);
            }

            var configuration = new ConfigurationBuilder()
                .AddJsonFile(CareSettings.AppSettingsPath)
                .AddEnvironmentVariables(Prefix)
                .Build();
            var model = Model(configuration);

            Assert.Equal(Duration.FromHours(6), model.SlaPolicies!.Fallback.For(SlaMetric.FirstResponse)!.Targets["normal"]);
            var hcm = model.Calendars["hcm"];
            Assert.True(hcm.IsOpen(Local(2026, 3, 7, 9, 30)));
            Assert.False(hcm.IsOpen(Local(2026, 3, 7, 10, 30)));       // Saturday now ends at 10:00
            Assert.False(hcm.IsOpen(Local(2026, 3, 2, 9)));            // a Monday closed by "[]"
            Assert.Equal(5, model.Responsibility!.RepeatContactThreshold);
        }
        finally
        {
            foreach (var name in variables.Keys)
            {
                Environment.SetEnvironmentVariable(name, null);
            }
        }
    }

    [Fact]
    public void Calendars_and_parts_resolve_by_type_and_calendar_name()
    {
        using var provider = new ServiceCollection().AddCustomerCare(CareSettings.Load().GetSection("CustomerCare")).BuildServiceProvider();

        Assert.Equal(Saigon, provider.GetRequiredKeyedService<BusinessCalendar>("hotline").Zone);
        Assert.Equal("Standard", provider.GetRequiredService<SlaPolicySet>().Fallback.Name);
        Assert.Same(provider.GetRequiredService<CustomerCareModel>().Capability, provider.GetRequiredService<CapabilityEnvelope>());
        Assert.Same(provider.GetRequiredService<ISlaService>(), provider.GetRequiredService<IGoalService>());
    }

    [Fact]
    public void A_part_that_is_not_configured_says_which_section_to_add()
    {
        using var provider = new ServiceCollection()
            .AddCustomerCare(CareSettings.Memory(("CustomerCare:Calendars:desk:tz", "Europe/Berlin"), ("CustomerCare:Calendars:desk:week:mon:0:0", "09:00"), ("CustomerCare:Calendars:desk:week:mon:0:1", "17:00")).GetSection("CustomerCare"))
            .BuildServiceProvider();

        var ex = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<SlaPolicySet>());
        Assert.Equal("The default tenant has no SLA policy set: add a 'SlaPolicies' section to its configuration (or the matching call to its CustomerCareBuilder).", ex.Message);
    }
}
