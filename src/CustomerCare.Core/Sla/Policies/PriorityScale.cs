// The open, ordered set of ticket priorities a policy set knows, most urgent first (urgent, high, normal, low by default).
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Sla.Policies;

/// <summary>
/// An ordered set of priority names, most urgent first. Names compare ordinally and case-insensitively.
/// Use <see cref="Default"/> (<c>urgent, high, normal, low</c>) or define your own with <see cref="Create"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PriorityScale
{
    /// <summary>The name of the most urgent default priority.</summary>
    public const string Urgent = "urgent";

    /// <summary>The name of the second default priority.</summary>
    public const string High = "high";

    /// <summary>The name of the third default priority.</summary>
    public const string Normal = "normal";

    /// <summary>The name of the least urgent default priority.</summary>
    public const string Low = "low";

    private readonly string[] _names;

    private PriorityScale(string[] names) => _names = names;

    /// <summary>Gets the default scale: <c>urgent, high, normal, low</c>.</summary>
    public static PriorityScale Default { get; } = new([Urgent, High, Normal, Low]);

    /// <summary>Gets the priority names, most urgent first.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>Creates a scale from names listed most urgent first.</summary>
    /// <param name="namesMostUrgentFirst">At least one distinct, non-blank name.</param>
    /// <returns>The scale.</returns>
    /// <exception cref="ArgumentException">The list is empty, or a name is blank or repeated.</exception>
    public static PriorityScale Create(params string[] namesMostUrgentFirst)
    {
        ArgumentNullException.ThrowIfNull(namesMostUrgentFirst);
        if (namesMostUrgentFirst.Length == 0)
        {
            Preconditions.ThrowArgument(nameof(namesMostUrgentFirst), "A priority scale needs at least one priority name.");
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < namesMostUrgentFirst.Length; i++)
        {
            var name = namesMostUrgentFirst[i];
            if (string.IsNullOrWhiteSpace(name))
            {
                Preconditions.ThrowArgument(nameof(namesMostUrgentFirst), $"namesMostUrgentFirst[{i}] is blank; priority names must be non-empty.");
            }

            if (!seen.Add(name))
            {
                Preconditions.ThrowArgument(nameof(namesMostUrgentFirst), $"namesMostUrgentFirst[{i}] '{name}' appears twice; each priority must be listed once.");
            }
        }

        return new PriorityScale((string[])namesMostUrgentFirst.Clone());
    }

    /// <summary>Gets the rank of <paramref name="name"/>: 0 for the most urgent, -1 when the scale does not hold it.</summary>
    /// <param name="name">A priority name (case-insensitive).</param>
    /// <returns>The zero-based rank, or -1.</returns>
    public int RankOf(string? name)
    {
        for (var i = 0; i < _names.Length; i++)
        {
            if (string.Equals(_names[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Gets whether the scale holds <paramref name="name"/>.</summary>
    /// <param name="name">A priority name (case-insensitive).</param>
    /// <returns><see langword="true"/> when the name is on the scale.</returns>
    public bool Contains(string? name) => RankOf(name) >= 0;

    /// <summary>Formats the scale as <c>urgent &gt; high &gt; normal &gt; low</c>.</summary>
    /// <returns>The names, most urgent first.</returns>
    public override string ToString() => string.Join(" > ", _names);
}
