// AddCustomerCare registers a system clock that users can replace, before or after the call.
using CustomerCare.Core.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace CustomerCare.Core.Tests.DependencyInjection;

public sealed class CustomerCareServiceCollectionExtensionsTests
{
    [Fact]
    public void Registers_the_system_clock_by_default()
    {
        using var provider = new ServiceCollection().AddCustomerCare().BuildServiceProvider();

        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
    }

    [Fact]
    public void A_clock_registered_first_is_kept()
    {
        var fake = new FakeClock(Instant.FromUtc(2026, 1, 5, 9, 0));
        using var provider = new ServiceCollection().AddSingleton<IClock>(fake).AddCustomerCare().BuildServiceProvider();

        Assert.Same(fake, provider.GetRequiredService<IClock>());
    }

    [Fact]
    public void Calling_twice_registers_once()
    {
        var services = new ServiceCollection().AddCustomerCare().AddCustomerCare();

        Assert.Single(services, d => d.ServiceType == typeof(IClock));
    }

    [Fact]
    public void Returns_the_same_collection_and_rejects_null()
    {
        var services = new ServiceCollection();

        Assert.Same(services, services.AddCustomerCare());
        var ex = Assert.Throws<ArgumentNullException>(() => CustomerCareServiceCollectionExtensions.AddCustomerCare(null!));
        Assert.Equal("services", ex.ParamName);
    }
}
