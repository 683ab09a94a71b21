// IValidateOptions for CustomerCareOptions: builds the model, so bad configuration stops the host at start-up naming configuration paths.
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CustomerCare.Core.DependencyInjection.Configuration;

/// <summary>
/// Validates a tenant's options by building its whole model: on success the model is stored on the options (so it is built
/// once per load) and its warnings are logged; on failure every problem is reported with its configuration path.
/// </summary>
internal sealed partial class CustomerCareOptionsValidator(ILogger logger) : IValidateOptions<CustomerCareOptions>
{
    public ValidateOptionsResult Validate(string? name, CustomerCareOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Configuration is null)
        {
            return ValidateOptionsResult.Skip;
        }

        var failures = new List<string>();
        var warnings = new List<string>();
        var model = ConfigurationModelReader.Read(name ?? string.Empty, options.Configuration, failures, warnings);
        if (model is null)
        {
            return ValidateOptionsResult.Fail(failures);
        }

        foreach (var warning in warnings)
        {
            LogWarning(logger, model.Tenant, warning);
        }

        options.Model = model;
        return ValidateOptionsResult.Success;
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "CustomerCare configuration of tenant '{Tenant}': {Warning}")]
    private static partial void LogWarning(ILogger logger, string tenant, string warning);
}
