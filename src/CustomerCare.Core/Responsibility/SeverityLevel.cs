// One level of a severity scale: a short name (S1) and the definition that tells staff when it applies.
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Responsibility;

/// <summary>A named severity level with its definition, e.g. <c>S1</c> — "critical: safety risk or total loss of service".</summary>
/// <remarks>Immutable and thread-safe. Names compare ordinally, ignoring case.</remarks>
public sealed class SeverityLevel
{
    /// <summary>Creates a severity level.</summary>
    /// <param name="name">A short, non-blank name such as <c>S1</c>.</param>
    /// <param name="definition">When the level applies, in words (may be empty).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public SeverityLevel(string name, string definition)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(definition);
        if (string.IsNullOrWhiteSpace(name))
        {
            Preconditions.ThrowArgument(nameof(name), "name must be a non-blank severity name such as 'S1'; it was blank.");
        }

        Name = name.Trim();
        Definition = definition;
    }

    /// <summary>Gets the short name, e.g. <c>S1</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the definition: when the level applies.</summary>
    public string Definition { get; }

    /// <summary>Formats the level as <c>S1 (critical: …)</c>.</summary>
    /// <returns>The name and definition.</returns>
    public override string ToString() => Definition.Length == 0 ? Name : $"{Name} ({Definition})";
}
