// Bad configuration stops the host at start-up (ValidateOnStart) with messages that name configuration paths; warnings are logged.
using CustomerCare.Core.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CustomerCare.Core.Tests.DependencyInjection.Configuration;

public sealed class StartupValidationTests
{
    private static async Task<OptionsValidationException> StartFails(IConfiguration configuration)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddCustomerCare(configuration.GetSection("CustomerCare"));
        using var host = builder.Build();
        return await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
    }

    [Fact]
    public async Task A_bad_calendar_window_stops_the_host_naming_the_configuration_path()
    {
        var ex = await StartFails(CareSettings.Load(("CustomerCare:Calendars:hcm:week:mon:0:1", "25:00")));

        var failure = Assert.Single(ex.Failures);
        Assert.StartsWith("CustomerCare:Calendars:hcm:week:mon:0:1: ", failure, StringComparison.Ordinal);
        Assert.Contains("25:00", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("$.", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_policy_set_without_a_fallback_stops_the_host_naming_the_section()
    {
        var configuration = CareSettings.Memory(
            ("CustomerCare:SlaPolicies:policies:0:name", "VIP"),
            ("CustomerCare:SlaPolicies:policies:0:when:segment", "vip"),
            ("CustomerCare:SlaPolicies:policies:0:metrics:first_response:targets:normal", "1h"));

        var ex = await StartFails(configuration);

        var failure = Assert.Single(ex.Failures);
        Assert.StartsWith("CustomerCare:SlaPolicies", failure, StringComparison.Ordinal);
        Assert.Contains("fallback", failure, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Every_independent_problem_is_listed_and_dependent_parts_are_skipped()
    {
        var ex = await StartFails(CareSettings.Load(
            ("CustomerCare:Calendars:hotline:tz", "Mars/Olympus_Mons"),
            ("CustomerCare:Segments:segments:1:rule:attribute", "no_such_attribute"),
            ("CustomerCare:Responsibility:rules:0:raci:nobody", "A"),
            ("CustomerCare:Goals:0:targets:0:at_least", "1.5")));

        Assert.Contains(ex.Failures, f => f.StartsWith("CustomerCare:Calendars:hotline:tz: ", StringComparison.Ordinal) && f.Contains("Mars/Olympus_Mons", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.StartsWith("CustomerCare:Segments:segments:1", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.StartsWith("CustomerCare:Responsibility", StringComparison.Ordinal) && f.Contains("nobody", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.StartsWith("CustomerCare:Goals:0:targets:0", StringComparison.Ordinal));
        Assert.Equal(4, ex.Failures.Count());                          // SLA, plans and capability need the calendars: skipped, not reported twice
    }

    [Fact]
    public async Task A_valid_configuration_starts_and_policy_warnings_are_logged()
    {
        var sink = new LogSink();
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Logging.AddProvider(sink);
        builder.Services.AddCustomerCare(CareSettings.Memory(
            ("CustomerCare:SlaPolicies:fallback:name", "Standard"),
            ("CustomerCare:SlaPolicies:fallback:metrics:first_response:targets:normal", "4h")).GetSection("CustomerCare"));
        using var host = builder.Build();

        await host.StartAsync();
        await host.StopAsync();

        var warning = Assert.Single(sink.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains("tenant ''", warning.Message, StringComparison.Ordinal);
        Assert.Contains("CustomerCare:SlaPolicies: Policy 'Standard' sets no first_response target for urgent, high, low", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calendar_warnings_are_logged_with_the_configuration_path()
    {
        var sink = new LogSink();
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Logging.AddProvider(sink);
        var night = new List<(string Key, string? Value)> { ("CustomerCare:Calendars:night:tz", "Europe/Berlin") };
        foreach (var day in new[] { "mon", "tue", "wed", "thu", "fri" })
        {
            night.Add(($"CustomerCare:Calendars:night:week:{day}:0:0", "17:00"));
            night.Add(($"CustomerCare:Calendars:night:week:{day}:0:1", "09:00"));
        }

        builder.Services.AddCustomerCare(CareSettings.Memory([.. night]).GetSection("CustomerCare"));
        using var host = builder.Build();

        await host.StartAsync();
        await host.StopAsync();

        var warning = Assert.Single(sink.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains("CustomerCare:Calendars:night: ", warning.Message, StringComparison.Ordinal);
        Assert.Contains("overnight window", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_host_the_first_resolution_throws_the_same_exception()
    {
        using var provider = new ServiceCollection()
            .AddCustomerCare(CareSettings.Load(("CustomerCare:Calendars:hcm:tz", "Nowhere/City")).GetSection("CustomerCare"))
            .BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ISlaService>());
        Assert.StartsWith("CustomerCare:Calendars:hcm:tz: ", Assert.Single(ex.Failures), StringComparison.Ordinal);
    }
}
