// Reads a user's ticket export (CSV, parsed by Sep); every bad row is reported with its line number and reason, never dropped silently.
using System.Globalization;
using nietras.SeparatedValues;
using NodaTime;
using NodaTime.Text;

namespace CareDesk.Desk;

/// <summary>A row that could not be read: its line in the file and why.</summary>
internal readonly record struct BadRow(int Line, string Reason);

/// <summary>
/// Reads tickets from a CSV file with a header row. Columns (any order, names case-insensitive; the README lists them):
/// <c>id, opened, channel, severity</c> required; <c>segment, category, first_response, resolved, contacts,
/// handle_seconds, wait_seconds, abandoned, nps, csat, ces</c> optional. Times are ISO-8601 instants
/// (<c>2027-02-01T02:15:00Z</c>) or local times of the desk (<c>2027-02-01 09:15</c>, Asia/Ho_Chi_Minh).
/// </summary>
internal static class TicketCsv
{
    private static readonly string[] Required = ["id", "opened", "channel", "severity"];
    private static readonly string[] Segments = ["vip", "loyal", "new", "standard"];
    private static readonly LocalDateTimePattern LocalShort = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm");
    private static readonly LocalDateTimePattern LocalLong = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm:ss");

    /// <summary>Reads every row; good rows go to <paramref name="tickets"/>, bad ones to <paramref name="bad"/>.</summary>
    /// <returns><see langword="false"/> when the file cannot be used at all (missing, or a required column absent); the reason is in <paramref name="bad"/>.</returns>
    public static bool Read(string path, List<DeskTicket> tickets, List<BadRow> bad) => Read(path, (ticket, _, _) => tickets.Add(ticket), bad);

    /// <summary>Reads every row; each good row goes to <paramref name="onTicket"/> with its id and line number, bad ones to <paramref name="bad"/>.</summary>
    /// <returns><see langword="false"/> when the file cannot be used at all (missing, or a required column absent); the reason is in <paramref name="bad"/>.</returns>
    public static bool Read(string path, Action<DeskTicket, string, int> onTicket, List<BadRow> bad)
    {
        if (!File.Exists(path))
        {
            bad.Add(new BadRow(0, $"the file '{path}' does not exist"));
            return false;
        }

        using var reader = Sep.Reader(o => o with { Unescape = true, Trim = SepTrim.All }).FromFile(path);
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < reader.Header.ColNames.Count; i++)
        {
            columns[reader.Header.ColNames[i]] = i;
        }

        var missing = Required.Where(c => !columns.ContainsKey(c)).ToArray();
        if (missing.Length > 0)
        {
            bad.Add(new BadRow(1, $"the header lacks the required column(s) {string.Join(", ", missing)}"));
            return false;
        }

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in reader)
        {
            var line = row.LineNumberFrom;
            var cells = new string[row.ColCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = row[i].ToString();
            }

            string Get(string name) => columns.TryGetValue(name, out var index) && index < cells.Length ? cells[index] : string.Empty;
            DeskTicket ticket;
            try
            {
                ticket = Parse(Get, ids, line);
            }
            catch (FormatException e)
            {
                bad.Add(new BadRow(line, e.Message));
                continue;
            }

            onTicket(ticket, Get("id"), line);
        }

        return true;
    }

    private static DeskTicket Parse(Func<string, string> get, Dictionary<string, int> ids, int line)
    {
        var id = get("id");
        Check(id.Length > 0, "id is empty");
        Check(ids.TryAdd(id, line), $"id '{id}' was already used on line {(ids.TryGetValue(id, out var first) ? first : 0)}");
        var opened = Time(get("opened"), "opened") ?? throw new FormatException("opened is empty");
        var channel = Array.IndexOf(DeskSetup.Channels, get("channel").ToLowerInvariant());
        Check(channel >= 0, $"channel '{get("channel")}' is not one of {string.Join(", ", DeskSetup.Channels)}");
        var severity = Array.IndexOf(DeskSetup.Severities, get("severity").ToUpperInvariant()) + 1;
        Check(severity > 0, $"severity '{get("severity")}' is not one of {string.Join(", ", DeskSetup.Severities)}");
        var segment = get("segment") is { Length: > 0 } s ? s.ToLowerInvariant() : "standard";
        Check(Segments.Contains(segment), $"segment '{segment}' is not one of {string.Join(", ", Segments)}");
        var category = get("category") is { Length: > 0 } c ? Array.IndexOf(DeskSetup.Categories, c) : 1;
        Check(category >= 0, $"category '{get("category")}' is not one of {string.Join(", ", DeskSetup.Categories)}");
        var firstResponse = Time(get("first_response"), "first_response");
        Check(firstResponse is null || firstResponse >= opened, "first_response is before opened");
        var resolved = Time(get("resolved"), "resolved");
        Check(resolved is null || resolved >= opened, "resolved is before opened");
        var contacts = Number(get("contacts"), "contacts", 1, 1000) ?? 1;
        var handle = Number(get("handle_seconds"), "handle_seconds", 0, 1_000_000) ?? 0;
        var wait = Number(get("wait_seconds"), "wait_seconds", 0, 86_400);
        Check(wait is null || channel == 0, "wait_seconds is only for phone tickets");
        var abandoned = get("abandoned") switch
        {
            "" or "false" or "0" or "no" => false,
            "true" or "1" or "yes" => true,
            var other => throw new FormatException($"abandoned '{other}' is not true or false"),
        };
        Check(!abandoned || wait is not null, "abandoned needs wait_seconds (how long the caller waited)");
        return new DeskTicket(opened, channel, severity, segment, category, -1, firstResponse, resolved, contacts,
            Duration.FromSeconds(handle), wait is { } w ? Duration.FromSeconds(w) : null, abandoned,
            Number(get("nps"), "nps", 0, 10) ?? -1, Number(get("csat"), "csat", 1, 5) ?? -1, Number(get("ces"), "ces", 1, 7) ?? -1);
    }

    private static Instant? Time(string text, string column)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (InstantPattern.ExtendedIso.Parse(text) is { Success: true } instant)
        {
            return instant.Value;
        }

        foreach (var pattern in new[] { LocalShort, LocalLong, LocalDateTimePattern.ExtendedIso })
        {
            if (pattern.Parse(text) is { Success: true } local)
            {
                // Asia/Ho_Chi_Minh has no daylight saving today; leniency only matters for historic offsets.
                return local.Value.InZoneLeniently(DeskSetup.Zone).ToInstant();
            }
        }

        throw new FormatException($"{column} '{text}' is not a time (use 2027-02-01T02:15:00Z or 2027-02-01 09:15)");
    }

    private static int? Number(string text, string column, int minimum, int maximum)
    {
        if (text.Length == 0)
        {
            return null;
        }

        Check(int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value), $"{column} '{text}' is not a whole number");
        Check(value >= minimum && value <= maximum, $"{column} {value} is outside {minimum}..{maximum}");
        return value;
    }

    private static void Check(bool condition, string reason)
    {
        if (!condition)
        {
            throw new FormatException(reason);
        }
    }
}
