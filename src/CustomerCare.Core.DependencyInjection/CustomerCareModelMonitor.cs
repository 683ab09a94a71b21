// Holds a tenant's current model and, for configuration-bound tenants, swaps in a newly validated model on reload (or keeps the old one and logs why).
using CustomerCare.Core.DependencyInjection.Internal;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace CustomerCare.Core.DependencyInjection;

/// <summary>
/// The live <see cref="CustomerCareModel"/> of one tenant. For a tenant configured in code the model never changes. For a
/// tenant bound to <see cref="IConfiguration"/>, a reload of the configuration (a changed <c>appsettings.json</c> with
/// <c>reloadOnChange</c>, a refreshed provider) is read and validated exactly as at start-up, through the options
/// pipeline (<see cref="IOptionsFactory{TOptions}"/> and every <see cref="IValidateOptions{TOptions}"/>): a valid model
/// replaces <see cref="Current"/> in one atomic step and <see cref="Changed"/> is raised; an invalid one is logged with
/// every problem and its configuration path, and the old model stays in use.
/// </summary>
/// <remarks>
/// Thread-safe: <see cref="Current"/> may be read from any thread at any time; read it once per operation to work on one
/// consistent model. Resolve it as <c>CustomerCareModelMonitor</c> (default tenant) or
/// <c>[FromKeyedServices("tenant")] CustomerCareModelMonitor</c>. <see cref="IOptionsMonitor{TOptions}"/> of
/// <see cref="CustomerCareOptions"/> keeps the start-up value: its own reload would throw from the configuration's change
/// callback when the new configuration is invalid, which this monitor avoids.
/// </remarks>
[MutableByDesign("Swaps its current model on a validated configuration reload; reads and swaps are atomic.")]
public sealed partial class CustomerCareModelMonitor : IDisposable
{
    private readonly IOptionsFactory<CustomerCareOptions>? _factory;
    private readonly ILogger? _logger;
    private readonly IDisposable? _subscription;
    private CustomerCareModel _current;

    /// <summary>Creates a monitor of a model that never changes (a tenant configured in code, or a test).</summary>
    /// <param name="model">The model.</param>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is <see langword="null"/>.</exception>
    public CustomerCareModelMonitor(CustomerCareModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _current = model;
    }

    internal CustomerCareModelMonitor(CustomerCareModel initial, IConfiguration configuration, IOptionsFactory<CustomerCareOptions> factory, ILogger logger)
    {
        _current = initial;
        _factory = factory;
        _logger = logger;
        _subscription = ChangeToken.OnChange(configuration.GetReloadToken, () => Reload());
    }

    /// <summary>Raised after a reload replaced <see cref="Current"/>, with the new model, on the thread that reloaded the configuration.</summary>
    public event EventHandler<CustomerCareModel>? Changed;

    /// <summary>Gets the current, validated model.</summary>
    public CustomerCareModel Current => Volatile.Read(ref _current);

    /// <summary>Stops following configuration reloads.</summary>
    public void Dispose() => _subscription?.Dispose();

    /// <summary>Reads the configuration again; swaps the model if it is valid, else logs why and keeps the current one.</summary>
    /// <returns><see langword="true"/> if a new model is in use.</returns>
    internal bool Reload()
    {
        if (_factory is null || _logger is null)
        {
            return false;
        }

        var tenant = Current.Tenant;
        CustomerCareModel? next;
        try
        {
            next = _factory.Create(tenant).Model;
        }
        catch (OptionsValidationException e)
        {
            LogRejected(_logger, tenant, e.Message);
            return false;
        }

        if (next is null)
        {
            return false;
        }

        Volatile.Write(ref _current, next);
        LogReloaded(_logger, tenant, next);

        Changed?.Invoke(this, next);
        return true;
    }

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "CustomerCare configuration of tenant '{Tenant}' changed but is invalid; the previous model stays in use. {Problems}")]
    private static partial void LogRejected(ILogger logger, string tenant, string problems);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "CustomerCare configuration of tenant '{Tenant}' reloaded: {Model}")]
    private static partial void LogReloaded(ILogger logger, string tenant, CustomerCareModel model);
}
