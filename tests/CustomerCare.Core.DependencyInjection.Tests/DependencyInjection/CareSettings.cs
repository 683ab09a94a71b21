// Test helpers: the repository's sample appsettings.json (copied next to the tests) with overrides, and a log sink.
using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace CustomerCare.Core.Tests.DependencyInjection;

/// <summary>Builds configurations from <c>appsettings.json</c> plus in-memory overrides (later sources win).</summary>
internal static class CareSettings
{
    internal static string AppSettingsPath => Path.Combine(AppContext.BaseDirectory, "DependencyInjection", "appsettings.json");

    internal static IConfigurationRoot Load(params (string Key, string? Value)[] overrides) => new ConfigurationBuilder()
        .AddJsonFile(AppSettingsPath, optional: false, reloadOnChange: false)
        .AddInMemoryCollection(overrides.Select(o => new KeyValuePair<string, string?>(o.Key, o.Value)))
        .Build();

    internal static IConfigurationRoot Memory(params (string Key, string? Value)[] values) => new ConfigurationBuilder()
        .AddInMemoryCollection(values.Select(o => new KeyValuePair<string, string?>(o.Key, o.Value)))
        .Build();
}

/// <summary>An <see cref="ILoggerProvider"/> that keeps every message, for assertions on what was logged.</summary>
internal sealed class LogSink : ILoggerProvider
{
    public ConcurrentQueue<(LogLevel Level, string Message)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private sealed class Logger(LogSink sink) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            sink.Entries.Enqueue((logLevel, formatter(state, exception)));
    }
}
