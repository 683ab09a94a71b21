// A configuration reload swaps in a newly validated model atomically, or keeps the old one and logs every problem.
using CustomerCare.Core.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace CustomerCare.Core.Tests.DependencyInjection.Configuration;

public sealed class ReloadTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("customercare-reload-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string json)
    {
        var path = Path.Combine(_folder, "care.json");
        File.WriteAllText(path, json);
        return path;
    }

    private static string Settings(string target) => $$"""
        { "CustomerCare": {
            "Calendars": { "desk": { "tz": "Europe/Berlin", "week": { "mon": [["09:00", "17:00"]] } } },
            "SlaPolicies": { "fallback": { "name": "Standard", "calendar": "desk", "metrics": { "first_response": { "targets": { "normal": "{{target}}" } } } } } } }
        """;

    [Fact]
    public void A_valid_change_replaces_the_model_and_a_bad_one_is_logged_and_ignored()
    {
        var path = Write(Settings("2h"));
        var configuration = new ConfigurationBuilder().AddJsonFile(path, optional: false, reloadOnChange: false).Build();
        var sink = new LogSink();
        using var provider = new ServiceCollection()
            .AddLogging(l => l.AddProvider(sink))
            .AddCustomerCare(configuration.GetSection("CustomerCare"))
            .BuildServiceProvider();
        var monitor = provider.GetRequiredService<CustomerCareModelMonitor>();
        var first = monitor.Current;
        CustomerCareModel? announced = null;
        monitor.Changed += (_, model) => announced = model;

        File.WriteAllText(path, Settings("3h"));
        configuration.Reload();

        var second = monitor.Current;
        Assert.NotSame(first, second);
        Assert.Same(second, announced);
        Assert.Equal(Duration.FromHours(3), second.SlaPolicies!.Fallback.Metrics[0].Targets["normal"]);
        Assert.Same(second.SlaPolicies, provider.GetRequiredService<CustomerCare.Core.Sla.Policies.SlaPolicySet>());
        Assert.Contains(sink.Entries, e => e.Level == LogLevel.Information && e.Message.Contains("reloaded", StringComparison.Ordinal));

        File.WriteAllText(path, Settings("soon"));
        configuration.Reload();

        Assert.Same(second, monitor.Current);
        var error = sink.Entries.First(e => e.Level == LogLevel.Error);   // a file provider may signal one reload twice
        Assert.Contains("previous model stays in use", error.Message, StringComparison.Ordinal);
        Assert.Contains("CustomerCare:SlaPolicies:fallback:metrics:first_response:targets:normal", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_configured_model_never_changes()
    {
        using var provider = new ServiceCollection().AddCustomerCare(_ => { }).BuildServiceProvider();
        var model = provider.GetRequiredService<CustomerCareModel>();
        using var monitor = new CustomerCareModelMonitor(model);

        Assert.Same(model, monitor.Current);
        Assert.False(monitor.Reload());
        Assert.Equal("model", Assert.Throws<ArgumentNullException>(() => new CustomerCareModelMonitor(null!)).ParamName);
    }
}
