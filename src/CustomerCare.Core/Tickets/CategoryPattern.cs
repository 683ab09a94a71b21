// A pattern over category paths with segment wildcards: "hardware/**" is a subtree, "*/touch" any top level's touch.
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Tickets;

/// <summary>
/// A pattern that selects categories of the hierarchy <see cref="CategoryPath"/> describes. Segments are
/// separated by <c>/</c> and compared without regard to case; two wildcards are allowed, each as a whole segment:
/// <list type="bullet">
/// <item><c>*</c> matches exactly one segment: <c>hardware/*</c> matches <c>hardware/display</c> but neither
/// <c>hardware</c> nor <c>hardware/display/touch</c>.</item>
/// <item><c>**</c> matches zero or more segments: <c>hardware/**</c> matches <c>hardware</c> and everything below
/// it (the usual "inherit down the tree"); <c>**</c> alone matches every category.</item>
/// </list>
/// A pattern without wildcards matches exactly one category. When several patterns match, the one with the
/// greater <see cref="Specificity"/> is the more specific. Immutable and thread-safe.
/// </summary>
public sealed class CategoryPattern : IEquatable<CategoryPattern>
{
    private readonly string[] _segments;

    private CategoryPattern(string text, string[] segments)
    {
        Text = text;
        _segments = segments;
        var literals = 0;
        var singles = 0;
        foreach (var segment in segments)
        {
            if (segment == "*")
            {
                singles++;
            }
            else if (segment != "**")
            {
                literals++;
            }
        }

        // Literal segments weigh most, then single-segment wildcards; '**' adds nothing.
        Specificity = (literals * 2) + singles;
        IsExact = literals == segments.Length;
    }

    /// <summary>Gets the pattern text, normalised (segments trimmed, single <c>/</c> separators).</summary>
    public string Text { get; }

    /// <summary>
    /// Gets how specific the pattern is: twice the number of literal segments plus the number of <c>*</c>
    /// segments. <c>hardware/display</c> (4) is more specific than <c>hardware/*</c> (3), which is more specific
    /// than <c>hardware/**</c> (2) and <c>**</c> (0).
    /// </summary>
    public int Specificity { get; }

    /// <summary>Gets a value indicating whether the pattern has no wildcard (it matches exactly one category).</summary>
    public bool IsExact { get; }

    /// <summary>A pattern that matches every category (<c>**</c>).</summary>
    public static CategoryPattern Any { get; } = Parse("**");

    /// <summary>Parses a pattern.</summary>
    /// <param name="text">Segments separated by <c>/</c>; a segment may be a literal, <c>*</c> or <c>**</c>.</param>
    /// <returns>The pattern.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is blank, has an empty segment, or uses <c>*</c> inside a literal segment (<c>hard*</c>).</exception>
    public static CategoryPattern Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            Preconditions.ThrowArgument(nameof(text), "text is not a category pattern (it is blank); write e.g. 'hardware/**' or 'hardware/display'.");
        }

        var segments = text.Split(CategoryPath.Separator);
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i].Trim();
            var wildcard = segment is "*" or "**";
            if (segment.Length == 0 || (!wildcard && segment.Contains('*', StringComparison.Ordinal)))
            {
                Preconditions.ThrowArgument(nameof(text),
                    $"text is not a category pattern (segment {i + 1} is {(segment.Length == 0 ? "empty" : $"'{segment}'; '*' and '**' must be whole segments")}); it was '{text}'.");
            }

            segments[i] = segment;
        }

        return new CategoryPattern(string.Join(CategoryPath.Separator, segments), segments);
    }

    /// <summary>Returns true when <paramref name="category"/> is selected by this pattern.</summary>
    /// <param name="category">The category to test.</param>
    /// <returns>True when it matches.</returns>
    /// <exception cref="ArgumentException"><paramref name="category"/> is <c>default</c>.</exception>
    public bool Matches(CategoryPath category)
    {
        CategoryPath.EnsureDefined(category, nameof(category));
        return Match(_segments, category.Value.AsSpan());
    }

    /// <summary>Returns true when both patterns have the same text, ignoring case.</summary>
    /// <param name="other">The pattern to compare with.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(CategoryPattern? other) => other is not null && string.Equals(Text, other.Text, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CategoryPattern);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Text);

    /// <summary>Returns the pattern text.</summary>
    /// <returns>The text, e.g. <c>hardware/**</c>.</returns>
    public override string ToString() => Text;

    // Matches without allocating: the path is walked as text (a CategoryPath is already normalised).
    private static bool Match(ReadOnlySpan<string> pattern, ReadOnlySpan<char> path)
    {
        while (pattern.Length > 0)
        {
            var head = pattern[0];
            if (head == "**")
            {
                var rest = pattern[1..];
                if (Match(rest, path))
                {
                    return true;
                }

                while (path.Length > 0)
                {
                    path = SkipSegment(path);
                    if (Match(rest, path))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (path.Length == 0)
            {
                return false;
            }

            var cut = path.IndexOf(CategoryPath.Separator);
            var segment = cut < 0 ? path : path[..cut];
            if (head != "*" && !segment.Equals(head, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            pattern = pattern[1..];
            path = SkipSegment(path);
        }

        return path.Length == 0;
    }

    private static ReadOnlySpan<char> SkipSegment(ReadOnlySpan<char> path)
    {
        var cut = path.IndexOf(CategoryPath.Separator);
        return cut < 0 ? [] : path[(cut + 1)..];
    }
}
