// Whether one category pattern matches every category another matches: how the validation finds rules that can never fire.
using CustomerCare.Core.Tickets;

namespace CustomerCare.Core.Responsibility.Compilation;

/// <summary>Containment of segment patterns (<c>*</c> one segment, <c>**</c> any number, literals ignoring case).</summary>
internal static class PatternCover
{
    /// <summary>True when every category matched by <paramref name="specific"/> is also matched by <paramref name="general"/>.</summary>
    public static bool Covers(CategoryPattern general, CategoryPattern specific) =>
        Covers(general.Text.Split(CategoryPath.Separator), specific.Text.Split(CategoryPath.Separator));

    /// <summary>The literal segments before the first wildcard, as a category (null when the pattern starts with one).</summary>
    public static CategoryPath? LiteralPrefix(CategoryPattern pattern)
    {
        var segments = pattern.Text.Split(CategoryPath.Separator);
        var n = 0;
        while (n < segments.Length && segments[n] is not ("*" or "**"))
        {
            n++;
        }

        return n == 0 ? null : CategoryPath.Parse(string.Join(CategoryPath.Separator, segments, 0, n));
    }

    private static bool Covers(ReadOnlySpan<string> g, ReadOnlySpan<string> s)
    {
        if (g.Length == 0)
        {
            return s.Length == 0;
        }

        if (g[0] == "**")
        {
            // "**" either matches nothing more, or absorbs the specific pattern's next segment (whatever it is).
            return Covers(g[1..], s) || (s.Length > 0 && Covers(g, s[1..]));
        }

        if (s.Length == 0 || s[0] == "**")
        {
            return false;
        }

        if (g[0] == "*")
        {
            return Covers(g[1..], s[1..]);
        }

        return s[0] != "*" && string.Equals(g[0], s[0], StringComparison.OrdinalIgnoreCase) && Covers(g[1..], s[1..]);
    }
}
