// The entry point of the DI package: services.AddCustomerCare(...) registers the clock, the metrics and a tenant's model and services, from code or IConfiguration.
using System.Diagnostics.Metrics;
using CustomerCare.Core.DependencyInjection.Configuration;
using CustomerCare.Core.DependencyInjection.Diagnostics;
using CustomerCare.Core.DependencyInjection.Internal;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace CustomerCare.Core.DependencyInjection;

/// <summary>Registers CustomerCare.Core services in a Microsoft.Extensions.DependencyInjection container.</summary>
/// <remarks>
/// <para>Every overload registers NodaTime's <see cref="IClock"/> as <see cref="SystemClock.Instance"/> with try-add
/// semantics (a clock registered before, such as a fake clock in tests, wins) and the <c>CustomerCare</c> meter's
/// instruments (on the container's <see cref="IMeterFactory"/> when it has one).</para>
/// <para>A tenant's registrations: <see cref="CustomerCareModel"/>, <see cref="CustomerCareModelMonitor"/>,
/// <see cref="ISlaService"/>, <see cref="IEscalationService"/>, <see cref="IGoalService"/> and every configured part
/// (<c>SlaPolicySet</c>, <c>SegmentCatalogue</c>, <c>CarePlanCatalogue</c>, <c>CapabilityEnvelope</c>,
/// <c>ResponsibilityModel</c>). The default registration adds them unkeyed and each calendar keyed by its name; a named
/// tenant adds them keyed by the tenant's name (<c>[FromKeyedServices("tenantA")] ISlaService</c>), its calendars being in
/// its model. Immutable parts and services are singletons; parts bound to configuration are resolved from the current
/// model (transient lookups), so a reload is seen by the next resolution.</para>
/// </remarks>
public static class CustomerCareServiceCollectionExtensions
{
    /// <summary>
    /// Registers what every CustomerCare registration needs: NodaTime's <see cref="IClock"/> as <see cref="SystemClock.Instance"/>
    /// (try-add: a clock registered before or after this call is the one resolved) and the metrics of the <c>CustomerCare</c> meter.
    /// </summary>
    /// <param name="services">The service collection to add to.</param>
    /// <returns>The same <paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    /// <remarks>Calling this method more than once is harmless: nothing is registered twice.</remarks>
    public static IServiceCollection AddCustomerCare(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton(sp => new CustomerCareMetrics(sp.GetService<IMeterFactory>()));
        return services;
    }

    /// <summary>Registers the default tenant configured in code by <paramref name="configure"/>.</summary>
    /// <param name="services">The service collection to add to.</param>
    /// <param name="configure">Adds calendars, policies and the other parts, e.g.
    /// <c>care => care.AddCalendar("desk", calendar).AddSlaPolicies(p => p.Fallback(standard))</c>.</param>
    /// <returns>The same <paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A calendar or goal name is empty or taken.</exception>
    /// <exception cref="System.Text.Json.JsonException">A JSON part is malformed or invalid; the message names the JSON path.</exception>
    /// <exception cref="InvalidOperationException">A part is invalid (the message lists every problem, such as a missing fallback or an
    /// unknown calendar), a part was added twice, or the default tenant is already registered.</exception>
    /// <remarks>Every part is built here, when it is registered, so bad configuration fails at start-up.</remarks>
    public static IServiceCollection AddCustomerCare(this IServiceCollection services, Action<CustomerCareBuilder> configure) =>
        AddCustomerCare(services, string.Empty, configure, nameof(services));

    /// <summary>Registers the tenant <paramref name="tenant"/> configured in code; its services are keyed by <paramref name="tenant"/>.</summary>
    /// <param name="services">The service collection to add to.</param>
    /// <param name="tenant">The tenant's name, the key of its services. Not empty; registered once.</param>
    /// <param name="configure">Adds the tenant's calendars, policies and other parts.</param>
    /// <returns>The same <paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="tenant"/> is empty or white space, or a calendar or goal name is empty or taken.</exception>
    /// <exception cref="System.Text.Json.JsonException">A JSON part is malformed or invalid; the message names the JSON path.</exception>
    /// <exception cref="InvalidOperationException">A part is invalid, a part was added twice, or the tenant is already registered.</exception>
    public static IServiceCollection AddCustomerCare(this IServiceCollection services, string tenant, Action<CustomerCareBuilder> configure)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);
        return AddCustomerCare(services, tenant, configure, nameof(services));
    }

    /// <summary>
    /// Registers the default tenant read from <paramref name="configuration"/>, e.g. <c>builder.Configuration.GetSection("CustomerCare")</c>
    /// (members <c>Calendars</c>, <c>SlaPolicies</c>, <c>Segments</c>, <c>CarePlans</c>, <c>Goals</c>, <c>Capability</c>,
    /// <c>Responsibility</c>: see <see cref="CustomerCareOptions"/>). The model is validated through
    /// <see cref="IValidateOptions{TOptions}"/> with <c>ValidateOnStart</c>: an invalid configuration stops the host at start-up
    /// with an <see cref="OptionsValidationException"/> that lists every problem with its configuration path
    /// (<c>CustomerCare:Calendars:hcm:week:mon:0: …</c>). A reload is validated the same way and swapped in atomically, or
    /// logged and ignored (see <see cref="CustomerCareModelMonitor"/>).
    /// </summary>
    /// <param name="services">The service collection to add to.</param>
    /// <param name="configuration">The configuration section of the tenant.</param>
    /// <returns>The same <paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The default tenant is already registered.</exception>
    /// <remarks>Without a host (a bare <c>ServiceProvider</c>) nothing runs the start-up validation: the first resolution of a
    /// CustomerCare service validates, and throws the same <see cref="OptionsValidationException"/>.</remarks>
    public static IServiceCollection AddCustomerCare(this IServiceCollection services, IConfiguration configuration) =>
        AddCustomerCare(services, string.Empty, configuration, nameof(services));

    /// <summary>Registers the tenant <paramref name="tenant"/> read from <paramref name="configuration"/> (as the unnamed overload does);
    /// its services are keyed by <paramref name="tenant"/> and its options are named <paramref name="tenant"/>.</summary>
    /// <param name="services">The service collection to add to.</param>
    /// <param name="tenant">The tenant's name. Not empty; registered once.</param>
    /// <param name="configuration">The configuration section of the tenant, e.g. <c>GetSection("Tenants:shop-a")</c>.</param>
    /// <returns>The same <paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="tenant"/> is empty or white space.</exception>
    /// <exception cref="InvalidOperationException">The tenant is already registered.</exception>
    public static IServiceCollection AddCustomerCare(this IServiceCollection services, string tenant, IConfiguration configuration)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);
        return AddCustomerCare(services, tenant, configuration, nameof(services));
    }

    private static IServiceCollection AddCustomerCare(IServiceCollection services, string tenant, Action<CustomerCareBuilder> configure, string servicesName)
    {
        ArgumentNullException.ThrowIfNull(services, servicesName);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddCustomerCare();
        EnsureNew(services, tenant);
        var builder = new CustomerCareBuilder(services, tenant);
        configure(builder);
        var model = builder.Build();
        var registrar = new Registrar(services, tenant);
        registrar.Singleton(new CustomerCareModelMonitor(model));
        registrar.Singleton(model);
        registrar.SingletonIfSet(model.SlaPolicies);
        registrar.SingletonIfSet(model.Segments);
        registrar.SingletonIfSet(model.CarePlans);
        registrar.SingletonIfSet(model.Capability);
        registrar.SingletonIfSet(model.Responsibility);
        if (tenant.Length == 0)
        {
            foreach (var (name, calendar) in model.Calendars)
            {
                services.AddKeyedSingleton(name, calendar);
            }
        }

        registrar.Services();
        return services;
    }

    private static IServiceCollection AddCustomerCare(IServiceCollection services, string tenant, IConfiguration configuration, string servicesName)
    {
        ArgumentNullException.ThrowIfNull(services, servicesName);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddCustomerCare();
        EnsureNew(services, tenant);
        services.AddOptions<CustomerCareOptions>(tenant).Configure(o => o.Configuration = configuration).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CustomerCareOptions>, CustomerCareOptionsValidator>(
            sp => new CustomerCareOptionsValidator(Logger(sp))));

        var registrar = new Registrar(services, tenant);
        registrar.Singleton(sp =>
        {
            // IOptionsMonitor.Get validates (throwing OptionsValidationException with every problem) and caches the start-up value.
            var options = sp.GetRequiredService<IOptionsMonitor<CustomerCareOptions>>().Get(tenant);
            return new CustomerCareModelMonitor(options.Model!, configuration, sp.GetRequiredService<IOptionsFactory<CustomerCareOptions>>(), Logger(sp));
        });
        registrar.Current(m => m);
        registrar.Current(m => m.SlaPolicies ?? throw TenantServices.Missing(m, CustomerCareOptions.SlaPoliciesSection, "SLA policy set"));
        registrar.Current(m => m.Segments ?? throw TenantServices.Missing(m, CustomerCareOptions.SegmentsSection, "segment catalogue"));
        registrar.Current(m => m.CarePlans ?? throw TenantServices.Missing(m, CustomerCareOptions.CarePlansSection, "care plans"));
        registrar.Current(m => m.Capability ?? throw TenantServices.Missing(m, CustomerCareOptions.CapabilitySection, "capability envelope"));
        registrar.Current(m => m.Responsibility ?? throw TenantServices.Missing(m, CustomerCareOptions.ResponsibilitySection, "responsibility model"));
        if (tenant.Length == 0)
        {
            foreach (var section in configuration.GetSection(CustomerCareOptions.CalendarsSection).GetChildren())
            {
                var name = section.Key;
                services.AddKeyedTransient(name, (sp, _) =>
                {
                    var model = sp.GetRequiredService<CustomerCareModelMonitor>().Current;
                    return model.Calendars.TryGetValue(name, out var calendar)
                        ? calendar
                        : throw new InvalidOperationException($"The calendar '{name}' is no longer configured; it was removed by a configuration reload.");
                });
            }
        }

        registrar.Services();
        return services;
    }

    private static void EnsureNew(IServiceCollection services, string tenant)
    {
        var registered = tenant.Length == 0
            ? services.Any(d => d.ServiceType == typeof(CustomerCareModelMonitor) && !d.IsKeyedService)
            : services.Any(d => d.ServiceType == typeof(CustomerCareModelMonitor) && d.IsKeyedService && Equals(d.ServiceKey, tenant));
        if (registered)
        {
            var who = tenant.Length == 0 ? "The default tenant" : $"The tenant '{tenant}'";
            throw new InvalidOperationException($"{who} is already registered; call AddCustomerCare once per tenant.");
        }
    }

    private static ILogger Logger(IServiceProvider sp) =>
        sp.GetService<ILoggerFactory>()?.CreateLogger(typeof(CustomerCareModelMonitor).FullName!) ?? NullLogger.Instance;
}
