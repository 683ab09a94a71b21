// System.Text.Json settings for CustomerCare.Core: NodaTime as ISO text, enums as snake-case strings, models in their own JSON formats, source-generated metadata.
using System.Text.Json;
using System.Text.Json.Serialization;
using CustomerCare.Core.Calendars;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace CustomerCare.Core.DependencyInjection.Serialization;

/// <summary>
/// Serializes CustomerCare.Core results and models with System.Text.Json, trimmed or AOT-compiled:
/// <list type="bullet">
/// <item>NodaTime values through NodaTime.Serialization.SystemTextJson: an <see cref="Instant"/> as ISO 8601 UTC
/// (<c>"2026-02-13T01:00:00Z"</c>), a <see cref="Duration"/> as total hours, minutes and seconds, NodaTime's pattern <c>-H:mm:ss.FFFFFFFFF</c>
/// (<c>"2:30:00"</c> is two and a half hours, <c>"49:00:00"</c> two days and an hour, <c>"-0:15:00"</c> fifteen minutes over;
/// fractions only when present), time zones by TZDB id.</item>
/// <item>Enums as snake-case strings (<c>"warning_reached"</c>, <c>"on_track"</c>); properties in snake case; NaN (an
/// undefined KPI) as the string <c>"NaN"</c>.</item>
/// <item>Models with a JSON format of their own in that format: <see cref="BusinessCalendar"/>, <c>CareGoal</c>,
/// <c>ResponsibilityModel</c> and <c>CapabilityEnvelope</c> (which reads only with <see cref="CreateOptions"/>'s
/// calendars); inside results an SLA policy and a tier are written by name, an SLA metric by name, an assignment rule by its
/// order, an escalation trigger with the members of its kind only, money as <c>"50.00 EUR"</c> and a category path as <c>"returns/refund"</c>.</item>
/// </list>
/// Results are written, not read back (they refer to models by name); the models, <see cref="Money"/>, category paths,
/// SLA notifications of built-in metrics and the KPI count results read back equal to what was written.
/// </summary>
public static class CustomerCareJson
{
    private static readonly Lazy<CustomerCareJsonContext> Shared = new(() => new CustomerCareJsonContext(Build(null)));

    /// <summary>Gets the shared, read-only options (with the source-generated metadata as their resolver).</summary>
    public static JsonSerializerOptions Options => Shared.Value.Options;

    /// <summary>Gets the shared source-generated context bound to <see cref="Options"/>: <c>JsonSerializer.Serialize(evaluation, CustomerCareJson.Context.SlaEvaluation)</c>.</summary>
    public static CustomerCareJsonContext Context => Shared.Value;

    /// <summary>Creates options like <see cref="Options"/> whose capability-envelope converter reads envelopes with <paramref name="calendars"/>.</summary>
    /// <param name="calendars">The calendars envelopes may name, or <see langword="null"/> to write envelopes only.</param>
    /// <returns>New, read-only options backed by a new <see cref="CustomerCareJsonContext"/>.</returns>
    public static JsonSerializerOptions CreateOptions(IReadOnlyDictionary<string, BusinessCalendar>? calendars) =>
        new CustomerCareJsonContext(Build(calendars)).Options;

    /// <summary>
    /// Adds the converters and the source-generated metadata to <paramref name="options"/>, e.g. an ASP.NET Core app's
    /// <c>builder.Services.ConfigureHttpJsonOptions(o =&gt; o.SerializerOptions.ConfigureForCustomerCare())</c>. The app's own
    /// naming policy stays in charge of its own types; CustomerCare types keep snake case.
    /// </summary>
    /// <param name="options">Options that are not read-only yet.</param>
    /// <returns>The same <paramref name="options"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="options"/> is read-only.</exception>
    public static JsonSerializerOptions ConfigureForCustomerCare(this JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        AddConverters(options, null);
        options.TypeInfoResolverChain.Add(CustomerCareJsonContext.Default);
        return options;
    }

    private static JsonSerializerOptions Build(IReadOnlyDictionary<string, BusinessCalendar>? calendars)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        };
        AddConverters(options, calendars);
        return options;
    }

    private static void AddConverters(JsonSerializerOptions options, IReadOnlyDictionary<string, BusinessCalendar>? calendars)
    {
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        foreach (var converter in EnumConverters.Create())
        {
            options.Converters.Add(converter);
        }

        options.Converters.Add(new SlaPolicyNameConverter());
        options.Converters.Add(new SlaMetricNameConverter());
        options.Converters.Add(new TierNameConverter());
        options.Converters.Add(new AssignmentRuleOrderConverter());
        options.Converters.Add(new EscalationTriggerConverter());
        options.Converters.Add(new CategoryPathConverter());
        options.Converters.Add(new MoneyConverter());
        options.Converters.Add(new BusinessCalendarConverter());
        options.Converters.Add(new CareGoalConverter());
        options.Converters.Add(new ResponsibilityModelConverter());
        options.Converters.Add(new CapabilityEnvelopeConverter(calendars));
    }
}
