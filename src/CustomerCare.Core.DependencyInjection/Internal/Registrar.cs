// Registers one tenant's services unkeyed (the default tenant) or keyed by the tenant's name, with one code path for both.
using CustomerCare.Core.DependencyInjection.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace CustomerCare.Core.DependencyInjection.Internal;

/// <summary>Adds registrations for the default tenant (empty name: unkeyed) or a named tenant (keyed by its name).</summary>
internal readonly struct Registrar(IServiceCollection services, string tenant)
{
    private object? Key => tenant.Length == 0 ? null : tenant;

    internal void Singleton<T>(T instance)
        where T : class
    {
        if (Key is { } key)
        {
            services.AddKeyedSingleton(key, instance);
        }
        else
        {
            services.AddSingleton(instance);
        }
    }

    internal void SingletonIfSet<T>(T? instance)
        where T : class
    {
        if (instance is not null)
        {
            Singleton(instance);
        }
    }

    internal void Singleton<T>(Func<IServiceProvider, T> factory)
        where T : class
    {
        if (Key is { } key)
        {
            services.AddKeyedSingleton(key, (sp, _) => factory(sp));
        }
        else
        {
            services.AddSingleton(factory);
        }
    }

    /// <summary>Registers <typeparamref name="T"/> as a transient lookup into the tenant's current model.</summary>
    internal void Current<T>(Func<CustomerCareModel, T> part)
        where T : class
    {
        if (Key is { } key)
        {
            services.AddKeyedTransient(key, (sp, k) => part(sp.GetRequiredKeyedService<CustomerCareModelMonitor>(k).Current));
        }
        else
        {
            services.AddTransient(sp => part(sp.GetRequiredService<CustomerCareModelMonitor>().Current));
        }
    }

    /// <summary>Registers the tenant's services: one singleton behind the three interfaces.</summary>
    internal void Services()
    {
        if (Key is { } key)
        {
            services.AddKeyedSingleton(key, (sp, k) => new TenantServices(
                sp.GetRequiredKeyedService<CustomerCareModelMonitor>(k), sp.GetRequiredService<IClock>(), sp.GetRequiredService<CustomerCareMetrics>()));
            services.AddKeyedSingleton<ISlaService>(key, (sp, k) => sp.GetRequiredKeyedService<TenantServices>(k));
            services.AddKeyedSingleton<IEscalationService>(key, (sp, k) => sp.GetRequiredKeyedService<TenantServices>(k));
            services.AddKeyedSingleton<IGoalService>(key, (sp, k) => sp.GetRequiredKeyedService<TenantServices>(k));
        }
        else
        {
            services.AddSingleton(sp => new TenantServices(
                sp.GetRequiredService<CustomerCareModelMonitor>(), sp.GetRequiredService<IClock>(), sp.GetRequiredService<CustomerCareMetrics>()));
            services.AddSingleton<ISlaService>(sp => sp.GetRequiredService<TenantServices>());
            services.AddSingleton<IEscalationService>(sp => sp.GetRequiredService<TenantServices>());
            services.AddSingleton<IGoalService>(sp => sp.GetRequiredService<TenantServices>());
        }
    }
}
