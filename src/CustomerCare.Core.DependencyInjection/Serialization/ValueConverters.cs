// Converters of the core's small values that have one text form: a category path ("returns/refund") and money ("50.00 EUR").
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CustomerCare.Core.Tickets;

namespace CustomerCare.Core.DependencyInjection.Serialization;

/// <summary>Reads and writes a <see cref="CategoryPath"/> as its text (<c>"hardware/display"</c>); the undefined path is <c>null</c>.</summary>
internal sealed class CategoryPathConverter : JsonConverter<CategoryPath>
{
    public override bool HandleNull => true;

    public override CategoryPath Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return default;
        }

        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return CategoryPath.TryParse(text, out var path) ? path : throw new JsonException($"'{text}' is not a category path such as \"returns/refund\".");
    }

    public override void Write(Utf8JsonWriter writer, CategoryPath value, JsonSerializerOptions options)
    {
        if (value.IsDefined)
        {
            writer.WriteStringValue(value.Value);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

/// <summary>Reads and writes <see cref="Money"/> as <c>"&lt;amount&gt; &lt;ISO currency&gt;"</c> in the invariant culture (<c>"50.00 EUR"</c>), the
/// form the responsibility JSON uses; the amount keeps its decimal digits and never passes through a double. Undefined money is <c>null</c>.</summary>
internal sealed class MoneyConverter : JsonConverter<Money>
{
    public override bool HandleNull => true;

    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return default;
        }

        var text = reader.TokenType == JsonTokenType.String ? reader.GetString()! : string.Empty;
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0 && decimal.TryParse(text.AsSpan(0, space), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount)
            && Money.IsCurrencyCode(text[(space + 1)..]))
        {
            return new Money(amount, text[(space + 1)..]);
        }

        throw new JsonException($"'{text}' is not money such as \"50.00 EUR\" (an invariant amount, a space, an ISO currency code).");
    }

    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        if (value.IsDefined)
        {
            writer.WriteStringValue(string.Create(CultureInfo.InvariantCulture, $"{value.Amount} {value.Currency}"));
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
