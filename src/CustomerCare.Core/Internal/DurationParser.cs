// The one parser of duration text in the JSON formats ("1h30m", "90s", "H:MM[:SS]", whole minutes), with checked arithmetic.
using System.Text.Json;
using NodaTime;

namespace CustomerCare.Core.Internal;

/// <summary>
/// Reads durations written as a JSON number of whole minutes or as text: <c>"4h"</c>, <c>"1h30m"</c>, <c>"45m"</c>,
/// <c>"90s"</c> (units h, m, s, each at most once and in that order) or <c>"H:MM[:SS]"</c>. Every step is checked: a
/// number too large for the arithmetic, or a total above <see cref="MaxSeconds"/>, is refused instead of wrapping round.
/// </summary>
internal static class DurationParser
{
    /// <summary>The longest duration read, in seconds: 10,000,000 days, well inside NodaTime's <see cref="Duration"/> range
    /// and far above any configured target (a reader's own limits, such as a policy's 100 years, then apply).</summary>
    public const long MaxSeconds = 10_000_000L * 86_400;

    /// <summary>Reads the duration at <paramref name="path"/>, or throws a <see cref="JsonException"/> naming the path and the problem.</summary>
    public static Duration Read(JsonElement value, string path)
    {
        if (value.ValueKind == JsonValueKind.Number)
        {
            if (value.TryGetInt64(out var minutes) && TryFromMinutes(minutes, out var fromMinutes))
            {
                return fromMinutes;
            }

            throw Error(path, $"'{value.GetRawText()}' is not a whole number of minutes between 0 and {MaxSeconds / 60}");
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw Error(path, $"expected a duration (minutes, or a string such as \"1h30m\"), found {value.ValueKind}");
        }

        var text = value.GetString()!;
        return TryParse(text, out var duration, out var problem) ? duration : throw Error(path, problem);
    }

    /// <summary>Converts whole minutes, refusing negative ones and totals above <see cref="MaxSeconds"/>.</summary>
    public static bool TryFromMinutes(long minutes, out Duration value)
    {
        value = Duration.Zero;
        if (minutes < 0 || minutes > MaxSeconds / 60)
        {
            return false;
        }

        value = Duration.FromMinutes(minutes);
        return true;
    }

    /// <summary>Parses duration text; on failure <paramref name="problem"/> says why, quoting the text.</summary>
    public static bool TryParse(string text, out Duration value, out string problem)
    {
        value = Duration.Zero;
        var trimmed = text.AsSpan().Trim();
        var shape = $"'{text.Trim()}' is not a duration: write minutes as a number, or a string such as \"4h\", \"1h30m\", \"90s\" or \"1:30\"";
        var tooLong = $"'{text.Trim()}' is too long: a duration may be at most {MaxSeconds / 86_400:N0} days";
        problem = shape;
        if (trimmed.IsEmpty)
        {
            return false;
        }

        long seconds;
        var fits = trimmed.Contains(':') ? TryClock(trimmed, out seconds, ref problem) : TryUnits(trimmed, out seconds, ref problem);
        if (!fits)
        {
            return false;
        }

        if (seconds > MaxSeconds)
        {
            problem = tooLong;
            return false;
        }

        value = Duration.FromSeconds(seconds);
        problem = string.Empty;
        return true;

        bool TryClock(ReadOnlySpan<char> s, out long total, ref string why)
        {
            total = 0;
            var parts = 0;
            foreach (var range in s.Split(':'))
            {
                var part = s[range];
                parts++;
                if (parts > 3 || part.IsEmpty || !TryNumber(part, out var n))
                {
                    why = part.IsEmpty || parts > 3 || !AllDigits(part) ? shape : tooLong;
                    return false;
                }

                // hours, then minutes, then seconds: each part scales what came before by 60 (hours × 3600 in the end)
                if (!TryAdd(total, n, parts == 1 ? 3600 : parts == 2 ? 60 : 1, out total))
                {
                    why = tooLong;
                    return false;
                }
            }

            return parts >= 2;
        }

        bool TryUnits(ReadOnlySpan<char> s, out long total, ref string why)
        {
            total = 0;
            var start = 0;
            var lastUnit = 0;
            for (var i = 0; i < s.Length; i++)
            {
                if (char.IsAsciiDigit(s[i]))
                {
                    continue;
                }

                var unit = s[i] switch { 'h' => 1, 'm' => 2, 's' => 3, _ => 0 };
                if (unit == 0 || i == start || unit <= lastUnit)
                {
                    return false;
                }

                if (!TryNumber(s[start..i], out var n) || !TryAdd(total, n, unit == 1 ? 3600 : unit == 2 ? 60 : 1, out total))
                {
                    why = tooLong;
                    return false;
                }

                start = i + 1;
                lastUnit = unit;
            }

            return start == s.Length && lastUnit > 0;
        }
    }

    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    // A run of ASCII digits as a long, refusing anything that would overflow (and anything but digits).
    private static bool TryNumber(ReadOnlySpan<char> digits, out long value)
    {
        value = 0;
        if (digits.IsEmpty)
        {
            return false;
        }

        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c) || value > (long.MaxValue - (c - '0')) / 10)
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    // total + number × scale, checked.
    private static bool TryAdd(long total, long number, long scale, out long sum)
    {
        sum = 0;
        if (number > (long.MaxValue - total) / scale)
        {
            return false;
        }

        sum = total + (number * scale);
        return true;
    }

    private static JsonException Error(string path, string problem) => new($"{path}: {problem}.", path, null, null);
}
