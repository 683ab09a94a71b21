// The ordered severity scale of a responsibility model, most severe first (S1 critical/safety … S4 low by default).
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Responsibility;

/// <summary>
/// An ordered set of severity levels, <b>most severe first</b>: index 0 is the most severe. Tools disagree whether
/// "1" is the most or the least severe level, so the order is stated by position, not by the digits of the names.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class SeverityScale
{
    private readonly SeverityLevel[] _levels;

    private SeverityScale(SeverityLevel[] levels) => _levels = levels;

    /// <summary>
    /// Gets the default scale: <c>S1</c> critical (safety risk, injury or total loss of service), <c>S2</c> high
    /// (major function lost, no workaround), <c>S3</c> medium (function impaired, workaround exists), <c>S4</c> low
    /// (cosmetic issue or question).
    /// </summary>
    public static SeverityScale Default { get; } = new(
    [
        new("S1", "critical: safety risk, injury or total loss of service"),
        new("S2", "high: a major function is lost and there is no workaround"),
        new("S3", "medium: a function is impaired but a workaround exists"),
        new("S4", "low: cosmetic issue or a question"),
    ]);

    /// <summary>Gets the levels, most severe first.</summary>
    public IReadOnlyList<SeverityLevel> Levels => _levels;

    /// <summary>Gets the number of levels.</summary>
    public int Count => _levels.Length;

    /// <summary>Gets the level at <paramref name="index"/> (0 is the most severe).</summary>
    /// <param name="index">From 0 to <see cref="Count"/> − 1.</param>
    /// <returns>The level.</returns>
    public SeverityLevel this[int index] => _levels[index];

    /// <summary>Creates a scale from levels listed most severe first.</summary>
    /// <param name="levelsMostSevereFirst">At least one level; names must be distinct (ignoring case).</param>
    /// <returns>The scale.</returns>
    /// <exception cref="ArgumentNullException">The list or an element is null.</exception>
    /// <exception cref="ArgumentException">The list is empty or a name repeats.</exception>
    public static SeverityScale Create(params SeverityLevel[] levelsMostSevereFirst)
    {
        ArgumentNullException.ThrowIfNull(levelsMostSevereFirst);
        if (levelsMostSevereFirst.Length == 0)
        {
            Preconditions.ThrowArgument(nameof(levelsMostSevereFirst), "levelsMostSevereFirst is empty; a severity scale needs at least one level.");
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < levelsMostSevereFirst.Length; i++)
        {
            var level = levelsMostSevereFirst[i];
            ArgumentNullException.ThrowIfNull(level, $"{nameof(levelsMostSevereFirst)}[{i}]");
            if (!seen.Add(level.Name))
            {
                Preconditions.ThrowArgument(nameof(levelsMostSevereFirst), $"levelsMostSevereFirst[{i}] '{level.Name}' appears twice; each severity must be listed once.");
            }
        }

        return new SeverityScale((SeverityLevel[])levelsMostSevereFirst.Clone());
    }

    /// <summary>Gets the index of the level named <paramref name="name"/> (0 is the most severe), or -1.</summary>
    /// <param name="name">A level name, ignoring case.</param>
    /// <returns>The index, or -1 when the scale has no such level.</returns>
    public int IndexOf(string? name)
    {
        for (var i = 0; i < _levels.Length; i++)
        {
            if (string.Equals(_levels[i].Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Formats the scale as <c>S1 &gt; S2 &gt; S3 &gt; S4</c>.</summary>
    /// <returns>The names, most severe first.</returns>
    public override string ToString() => string.Join(" > ", _levels.Select(l => l.Name));
}
