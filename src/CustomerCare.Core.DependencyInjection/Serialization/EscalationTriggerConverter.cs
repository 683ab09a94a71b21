// Writes an escalation trigger with only the members its kind uses, so results carry no default placeholders (no 1970 notification).
using System.Text.Json;
using System.Text.Json.Serialization;
using CustomerCare.Core.Responsibility;
using CustomerCare.Core.Sla.Evaluation;

namespace CustomerCare.Core.DependencyInjection.Serialization;

/// <summary>Writes an <see cref="EscalationTrigger"/> as <c>kind</c> plus the members of that kind; reading one is not supported.</summary>
internal sealed class EscalationTriggerConverter : JsonConverter<EscalationTrigger>
{
    public override EscalationTrigger Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new JsonException("An escalation trigger is written for reports only; create triggers with the EscalationTrigger factory methods.");

    public override void Write(Utf8JsonWriter writer, EscalationTrigger value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("kind");
        JsonSerializer.Serialize(writer, value.Kind, options.GetTypeInfo(typeof(EscalationTriggerKind)));
        switch (value.Kind)
        {
            case EscalationTriggerKind.Severity:
                writer.WriteString("category", value.Category.Category.Value);
                writer.WriteNumber("severity", value.Severity);
                break;
            case EscalationTriggerKind.SlaWarning or EscalationTriggerKind.SlaBreach:
                writer.WritePropertyName("notification");
                JsonSerializer.Serialize(writer, value.Notification, options.GetTypeInfo(typeof(SlaNotification)));
                break;
            case EscalationTriggerKind.Segment:
                writer.WriteString("segment", value.Segment);
                break;
            case EscalationTriggerKind.RepeatContacts:
                writer.WriteNumber("contacts", value.Contacts);
                break;
            case EscalationTriggerKind.Authority:
                writer.WriteString("request_kind", value.RequestKind.Value);
                writer.WritePropertyName("amount");
                JsonSerializer.Serialize(writer, value.Amount, options.GetTypeInfo(typeof(Money)));
                break;
        }

        writer.WriteEndObject();
    }
}
