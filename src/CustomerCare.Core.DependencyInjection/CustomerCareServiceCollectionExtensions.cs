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
}
