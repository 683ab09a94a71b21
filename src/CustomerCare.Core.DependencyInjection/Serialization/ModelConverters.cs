// Converters that put the core's JSON formats (calendar, goal, responsibility, capability) behind System.Text.Json, so models round-trip through JsonSerializer.
using System.Text.Json;
using System.Text.Json.Serialization;
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Goals;
using CustomerCare.Core.Goals.Capability;
using CustomerCare.Core.Responsibility;

namespace CustomerCare.Core.DependencyInjection.Serialization;

/// <summary>A <see cref="BusinessCalendar"/> in <see cref="BusinessCalendarJson"/>'s format.</summary>
internal sealed class BusinessCalendarConverter : JsonConverter<BusinessCalendar>
{
    public override BusinessCalendar Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return BusinessCalendarJson.Read(document.RootElement);
    }

    public override void Write(Utf8JsonWriter writer, BusinessCalendar value, JsonSerializerOptions options) => BusinessCalendarJson.Write(writer, value);
}

/// <summary>A <see cref="CareGoal"/> in <see cref="CareGoalJson"/>'s format.</summary>
internal sealed class CareGoalConverter : JsonConverter<CareGoal>
{
    public override CareGoal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return CareGoalJson.Read(document.RootElement);
    }

    public override void Write(Utf8JsonWriter writer, CareGoal value, JsonSerializerOptions options) => writer.WriteRawValue(CareGoalJson.Write(value));
}

/// <summary>A <see cref="ResponsibilityModel"/> in <see cref="ResponsibilityModelJson"/>'s format (read without ceilings or minimum tiers).</summary>
internal sealed class ResponsibilityModelConverter : JsonConverter<ResponsibilityModel>
{
    public override ResponsibilityModel Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return ResponsibilityModelJson.Read(document.RootElement.GetRawText());
    }

    public override void Write(Utf8JsonWriter writer, ResponsibilityModel value, JsonSerializerOptions options) => writer.WriteRawValue(ResponsibilityModelJson.Write(value));
}

/// <summary>A <see cref="CapabilityEnvelope"/> in <see cref="CapabilityEnvelopeJson"/>'s format; calendars are named, so reading needs them.</summary>
internal sealed class CapabilityEnvelopeConverter(IReadOnlyDictionary<string, BusinessCalendar>? calendars) : JsonConverter<CapabilityEnvelope>
{
    public override CapabilityEnvelope Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (calendars is null)
        {
            throw new JsonException("A capability envelope names its calendars: read it with options from CustomerCareJson.CreateOptions(calendars).");
        }

        using var document = JsonDocument.ParseValue(ref reader);
        return CapabilityEnvelopeJson.Read(document.RootElement, calendars);
    }

    public override void Write(Utf8JsonWriter writer, CapabilityEnvelope value, JsonSerializerOptions options) => CapabilityEnvelopeJson.Write(writer, value);
}
