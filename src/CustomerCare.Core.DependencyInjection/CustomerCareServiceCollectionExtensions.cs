// The entry point of the DI package: services.AddCustomerCare() registers what CustomerCare.Core needs from a host.
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace CustomerCare.Core.DependencyInjection;

/// <summary>Registers CustomerCare.Core services in a Microsoft.Extensions.DependencyInjection container.</summary>
public static class CustomerCareServiceCollectionExtensions
{
    /// <summary>
    /// Registers the services CustomerCare.Core needs. Today that is NodaTime's <see cref="IClock"/> as
    /// <see cref="SystemClock.Instance"/>, added with try-add semantics: a clock registered before or after
    /// this call (a fake clock in tests, a clock with an offset) is the one resolved.
    /// </summary>
    /// <param name="services">The service collection to add to.</param>
    /// <returns>The same <paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    /// <remarks>Calling this method more than once is harmless: nothing is registered twice.</remarks>
    public static IServiceCollection AddCustomerCare(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        return services;
    }

    /// <summary>
    /// Registers the services CustomerCare.Core needs (as <see cref="AddCustomerCare(IServiceCollection)"/> does) and
    /// what <paramref name="configure"/> adds: named business calendars and the SLA policy set.
    /// </summary>
    /// <param name="services">The service collection to add to.</param>
    /// <param name="configure">Adds calendars and policies, e.g.
    /// <c>care => care.AddCalendar("desk", calendar).AddSlaPolicies(p => p.Fallback(standard))</c>.</param>
    /// <returns>The same <paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A calendar name is empty or taken.</exception>
    /// <exception cref="System.Text.Json.JsonException">A JSON calendar or policy set is malformed; the message names the JSON path.</exception>
    /// <exception cref="InvalidOperationException">The SLA policy set is invalid (the message lists every problem, such as a
    /// missing fallback or an unknown calendar), or more than one policy set was added.</exception>
    /// <remarks>Calendars and the policy set are built here, when they are registered, so bad configuration fails at start-up.</remarks>
    public static IServiceCollection AddCustomerCare(this IServiceCollection services, Action<CustomerCareBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddCustomerCare();
        var builder = new CustomerCareBuilder(services);
        configure(builder);
        builder.Complete();
        return services;
    }
}
