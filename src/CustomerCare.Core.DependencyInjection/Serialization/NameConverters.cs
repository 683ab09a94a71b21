// Converters that write a model object by its name (an SLA policy, a tier, an assignment rule) inside results; results refer to models, they do not copy them.
using System.Text.Json;
using System.Text.Json.Serialization;
using CustomerCare.Core.Responsibility;
using CustomerCare.Core.Sla.Policies;

namespace CustomerCare.Core.DependencyInjection.Serialization;

/// <summary>Writes an <see cref="SlaPolicy"/> as its name; reading a policy from a result is not supported.</summary>
internal sealed class SlaPolicyNameConverter : JsonConverter<SlaPolicy>
{
    public override SlaPolicy Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new JsonException("An SLA policy is written by name only; read policy sets with SlaPolicyJson.");

    public override void Write(Utf8JsonWriter writer, SlaPolicy value, JsonSerializerOptions options) => writer.WriteStringValue(value.Name);
}

/// <summary>Writes a <see cref="Tier"/> as its name; reading a tier from a result is not supported.</summary>
internal sealed class TierNameConverter : JsonConverter<Tier>
{
    public override Tier Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new JsonException("A tier is written by name only; read responsibility models with ResponsibilityModelJson.");

    public override void Write(Utf8JsonWriter writer, Tier value, JsonSerializerOptions options) => writer.WriteStringValue(value.Name);
}

/// <summary>Writes an <see cref="AssignmentRule"/> as its order number, the rule's identity in its model.</summary>
internal sealed class AssignmentRuleOrderConverter : JsonConverter<AssignmentRule>
{
    public override AssignmentRule Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new JsonException("An assignment rule is written by its order only; read responsibility models with ResponsibilityModelJson.");

    public override void Write(Utf8JsonWriter writer, AssignmentRule value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Order);
}

/// <summary>Writes an <see cref="SlaMetric"/> as its name; reads the built-in metrics back by name.</summary>
internal sealed class SlaMetricNameConverter : JsonConverter<SlaMetric>
{
    public override SlaMetric Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var name = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return SlaMetric.TryGetBuiltIn(name, out var metric)
            ? metric
            : throw new JsonException($"'{name}' is not a built-in SLA metric (first_response, next_response, periodic_update, pausable_update, resolution); custom metrics are written by name but live in their policy set.");
    }

    public override void Write(Utf8JsonWriter writer, SlaMetric value, JsonSerializerOptions options) => writer.WriteStringValue(value.Name);
}
