// Several tenants per container: keyed services by tenant name, from configuration or code, next to the default registration.
using CustomerCare.Core.DependencyInjection;
using CustomerCare.Core.Sla.Policies;
using CustomerCare.Core.Tickets;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace CustomerCare.Core.Tests.DependencyInjection;

public sealed class TenantTests
{
    private static readonly Instant Monday9 = Instant.FromUtc(2026, 3, 2, 9, 0);

    private sealed class TenantADesk([FromKeyedServices("shop-a")] ISlaService sla)
    {
        public ISlaService Sla { get; } = sla;
    }

    private static (string, string?)[] Tenant(string name, string target) =>
    [
        ($"Tenants:{name}:Calendars:desk:tz", "Etc/UTC"),
        ($"Tenants:{name}:Calendars:desk:week:mon:0:0", "09:00"),
        ($"Tenants:{name}:Calendars:desk:week:mon:0:1", "17:00"),
        ($"Tenants:{name}:SlaPolicies:fallback:name", $"Standard {name}"),
        ($"Tenants:{name}:SlaPolicies:fallback:calendar", "desk"),
        ($"Tenants:{name}:SlaPolicies:fallback:metrics:first_response:targets:normal", target),
    ];

    [Fact]
    public void Each_tenant_has_its_own_keyed_model_and_services()
    {
        var configuration = CareSettings.Memory([.. Tenant("shop-a", "1h"), .. Tenant("shop-b", "3h")]);
        var clock = new FakeClock(Monday9);
        using var provider = new ServiceCollection()
            .AddSingleton<IClock>(clock)
            .AddCustomerCare("shop-a", configuration.GetSection("Tenants:shop-a"))
            .AddCustomerCare("shop-b", configuration.GetSection("Tenants:shop-b"))
            .AddCustomerCare("shop-c", care => care.AddSlaPolicies(p => p.Fallback(new SlaPolicyBuilder("Standard c")
                .Target(SlaMetric.FirstResponse, "normal", Duration.FromHours(5)).Build())))
            .AddSingleton<TenantADesk>()
            .BuildServiceProvider();
        var ticket = new TicketTimeline(new TicketAttributes("normal"), [TicketEvent.Opened(Monday9)]);

        Deadline("shop-a", Monday9 + Duration.FromHours(1));
        Deadline("shop-b", Monday9 + Duration.FromHours(3));
        Deadline("shop-c", Monday9 + Duration.FromHours(5));
        Assert.Same(provider.GetRequiredKeyedService<ISlaService>("shop-a"), provider.GetRequiredService<TenantADesk>().Sla);
        Assert.Equal("Standard shop-b", provider.GetRequiredKeyedService<SlaPolicySet>("shop-b").Fallback.Name);
        Assert.Equal("shop-b", provider.GetRequiredKeyedService<CustomerCareModel>("shop-b").Tenant);
        Assert.Null(provider.GetService<ISlaService>());               // no default tenant was registered

        void Deadline(string tenant, Instant expected)
        {
            var evaluation = provider.GetRequiredKeyedService<ISlaService>(tenant).Evaluate(ticket);   // now = the fake clock
            Assert.Equal(Monday9, evaluation.Now);
            Assert.Equal(expected, evaluation.Results.Single(r => r.Metric == SlaMetric.FirstResponse).Deadline);
        }
    }

    [Fact]
    public void A_tenant_is_registered_once_and_needs_a_name()
    {
        var services = new ServiceCollection().AddCustomerCare("shop-a", _ => { });

        var twice = Assert.Throws<InvalidOperationException>(() => services.AddCustomerCare("shop-a", CareSettings.Memory()));
        Assert.Equal("The tenant 'shop-a' is already registered; call AddCustomerCare once per tenant.", twice.Message);
        var defaultTwice = Assert.Throws<InvalidOperationException>(() => services.AddCustomerCare(_ => { }).AddCustomerCare(_ => { }));
        Assert.Equal("The default tenant is already registered; call AddCustomerCare once per tenant.", defaultTwice.Message);
        Assert.Equal("tenant", Assert.Throws<ArgumentException>(() => services.AddCustomerCare(" ", _ => { })).ParamName);
        Assert.Equal("tenant", Assert.Throws<ArgumentNullException>(() => services.AddCustomerCare(null!, CareSettings.Memory())).ParamName);
        Assert.Equal("configuration", Assert.Throws<ArgumentNullException>(() => services.AddCustomerCare("x", (Microsoft.Extensions.Configuration.IConfiguration)null!)).ParamName);
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => CustomerCareServiceCollectionExtensions.AddCustomerCare(null!, CareSettings.Memory())).ParamName);
    }
}
