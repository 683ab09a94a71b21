// A node of the open, hierarchical set of issue categories ("hardware/display/touch"), compared without regard to case.
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Tickets;

/// <summary>
/// An issue or request category as a path from the root of an open hierarchy: <c>hardware</c>,
/// <c>hardware/display</c>, <c>hardware/display/touch</c>. Settings made for a category apply down the tree (a rule
/// for <c>hardware</c> covers <c>hardware/display/touch</c> unless a more specific one exists), which is what
/// <see cref="IsSameOrDescendantOf"/> and <see cref="CategoryPattern"/> express.
/// </summary>
/// <remarks>
/// <para>Segments are separated by <c>/</c>, trimmed of surrounding white space, and must be non-empty and free of
/// <c>*</c> (wildcards belong to <see cref="CategoryPattern"/>). Comparison and hashing ignore case (ordinal,
/// invariant), so <c>Hardware/Display</c> equals <c>hardware/display</c>; <see cref="Value"/> keeps the spelling
/// given, normalised to single <c>/</c> separators without spaces around them.</para>
/// <para><c>default(CategoryPath)</c> is not a category; members receiving it throw <see cref="ArgumentException"/>.
/// Immutable and thread-safe.</para>
/// </remarks>
public readonly struct CategoryPath : IEquatable<CategoryPath>
{
    /// <summary>The separator between segments.</summary>
    public const char Separator = '/';

    private readonly string? _value;

    private CategoryPath(string value, int depth)
    {
        _value = value;
        Depth = depth;
    }

    /// <summary>Gets the path text, e.g. <c>hardware/display/touch</c>; empty for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets the number of segments (1 for a top-level category; 0 for <c>default</c>).</summary>
    public int Depth { get; }

    /// <summary>Gets a value indicating whether this value holds a category (false for <c>default</c>).</summary>
    public bool IsDefined => _value is not null;

    /// <summary>Gets the parent category, or null for a top-level category.</summary>
    public CategoryPath? Parent
    {
        get
        {
            var value = Value;
            var cut = value.LastIndexOf(Separator);
            return cut < 0 ? null : new CategoryPath(value[..cut], Depth - 1);
        }
    }

    /// <summary>Gets the last segment, e.g. <c>touch</c> for <c>hardware/display/touch</c>.</summary>
    public string Name => Value[(Value.LastIndexOf(Separator) + 1)..];

    /// <summary>Parses a category path.</summary>
    /// <param name="text">Segments separated by <c>/</c>, e.g. <c>hardware/display/touch</c>.</param>
    /// <returns>The category.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is blank, has an empty segment or contains <c>*</c>.</exception>
    public static CategoryPath Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!TryParse(text, out var path, out var error))
        {
            Preconditions.ThrowArgument(nameof(text), $"text is not a category path ({error}); it was '{text}'. Write segments separated by '/', e.g. 'hardware/display'.");
        }

        return path;
    }

    /// <summary>Parses a category path, returning false instead of throwing.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="path">The category when the text is valid.</param>
    /// <returns>True when <paramref name="text"/> is a valid category path.</returns>
    public static bool TryParse(string? text, out CategoryPath path) => TryParse(text, out path, out _);

    /// <summary>Returns true when this category is <paramref name="ancestor"/> or lies below it.</summary>
    /// <param name="ancestor">The candidate ancestor.</param>
    /// <returns>True for <c>hardware/display/touch</c> against <c>hardware</c> or itself; false against <c>hard</c>.</returns>
    /// <exception cref="ArgumentException">Either value is <c>default</c>.</exception>
    public bool IsSameOrDescendantOf(CategoryPath ancestor)
    {
        EnsureDefined(this, "this");
        EnsureDefined(ancestor, nameof(ancestor));
        var value = Value;
        var prefix = ancestor.Value;
        return value.Length == prefix.Length
            ? string.Equals(value, prefix, StringComparison.OrdinalIgnoreCase)
            : value.Length > prefix.Length && value[prefix.Length] == Separator && value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Returns the path truncated to its first <paramref name="depth"/> segments.</summary>
    /// <param name="depth">From 1 to <see cref="Depth"/>.</param>
    /// <returns>The ancestor at that depth (this path when <paramref name="depth"/> equals <see cref="Depth"/>).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="depth"/> is outside 1..<see cref="Depth"/>.</exception>
    public CategoryPath AncestorAt(int depth)
    {
        EnsureDefined(this, "this");
        if (depth < 1 || depth > Depth)
        {
            Preconditions.ThrowOutOfRange(nameof(depth), depth, $"must lie between 1 and the path's depth {Depth}");
        }

        var value = Value;
        var end = -1;
        for (var i = 0; i < depth; i++)
        {
            end = value.IndexOf(Separator, end + 1);
            if (end < 0)
            {
                return this;
            }
        }

        return new CategoryPath(value[..end], depth);
    }

    /// <summary>Returns true when both paths name the same category, ignoring case.</summary>
    /// <param name="other">The path to compare with.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(CategoryPath other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CategoryPath other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>Returns true when both paths name the same category.</summary>
    /// <param name="left">The first path.</param>
    /// <param name="right">The second path.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(CategoryPath left, CategoryPath right) => left.Equals(right);

    /// <summary>Returns true when the paths name different categories.</summary>
    /// <param name="left">The first path.</param>
    /// <param name="right">The second path.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(CategoryPath left, CategoryPath right) => !left.Equals(right);

    /// <summary>Returns the path text, e.g. <c>hardware/display/touch</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value;

    internal static void EnsureDefined(CategoryPath value, string paramName)
    {
        if (value._value is null)
        {
            Preconditions.ThrowArgument(paramName, $"{paramName} is default(CategoryPath); create it with CategoryPath.Parse(\"hardware/display\").");
        }
    }

    internal static bool TryParse(string? text, out CategoryPath path, out string error)
    {
        path = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "it is blank";
            return false;
        }

        var segments = text.Split(Separator);
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i].Trim();
            if (segment.Length == 0)
            {
                error = $"segment {i + 1} is empty";
                return false;
            }

            if (segment.Contains('*', StringComparison.Ordinal))
            {
                error = $"segment {i + 1} contains '*', which only a category pattern may use";
                return false;
            }

            segments[i] = segment;
        }

        path = new CategoryPath(string.Join(Separator, segments), segments.Length);
        error = string.Empty;
        return true;
    }
}
