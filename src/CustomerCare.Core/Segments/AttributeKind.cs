// The value types a customer attribute can have; segment rules are checked against them when a catalogue is built.
namespace CustomerCare.Core.Segments;

/// <summary>The type of a customer attribute. A rule that compares an attribute with a value of another type is rejected when the catalogue is built.</summary>
public enum AttributeKind
{
    /// <summary>Text, compared ordinally ignoring case (a region code, a language, a channel).</summary>
    Text,

    /// <summary>A finite <see cref="double"/> (a count, a score).</summary>
    Number,

    /// <summary>An exact <see cref="decimal"/> number (not money: no currency).</summary>
    ExactNumber,

    /// <summary>An amount of <see cref="Core.Money"/>; a rule's amounts on one attribute must share one currency.</summary>
    Money,

    /// <summary>True or false.</summary>
    Boolean,

    /// <summary>A calendar date (<see cref="NodaTime.LocalDate"/>, ISO calendar).</summary>
    Date,

    /// <summary>A point in time (<see cref="NodaTime.Instant"/>).</summary>
    Instant,

    /// <summary>A set of text values (tags, product lines), compared ordinally ignoring case.</summary>
    TextSet,
}
