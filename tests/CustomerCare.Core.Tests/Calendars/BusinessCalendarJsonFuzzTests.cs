// A seeded, bounded fuzz test of the calendar JSON reader: only its documented exception types may come out.
using System.Text;
using System.Text.Json;
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Tests.TestInfrastructure;

namespace CustomerCare.Core.Tests.Calendars;

public sealed class BusinessCalendarJsonFuzzTests
{
    private static readonly string[] Seeds =
    [
        """{ "tz": "Europe/Berlin", "week": { "mon": [["09:00", "12:00"], ["13:00", "17:00"]], "sun": [["22:00", "02:00"]] }, "holidays": ["2026-12-24", "--01-01", "2026-12-27/2027-01-02", "--12-30/--01-02"], "overrides": { "2026-12-31": [["09:00", "12:00"]], "2027-01-04": [] }, "breaks": [["2026-01-28T10:00:00", "2026-01-28T11:30:00"]] }""",
        """{ "tz": "SE Asia Standard Time", "week": { "tue": [["00:00", "24:00"]] } }""",
    ];

    // Fragments a mutation may splice in: extreme dates, odd times, wrong kinds.
    private static readonly string[] Fragments =
    [
        "\"-0001-01-01\"", "\"0000-01-03\"", "\"9999-12-31\"", "\"--02-30\"", "\"--04-31\"", "\"24:00\"", "\"23:59:59.999999999\"",
        "\"99999999999999999999:00\"", "[]", "{}", "null", "1e308", "-1", "\"\"", "\"2026-12-31/2026-01-01\"", "[[\"09:00\"]]", "\"x\"",
    ];

    [Fact]
    public void Only_json_exceptions_escape_the_reader_for_mutated_documents()
    {
        var random = new Random(20261130);
        // Bounded by count (no clock in tests): 3,000 documents, a second or two (fewer under a property cap).
        var documents = CarePropertyAttribute.Cases(3_000);
        for (var n = 0; n < documents; n++)
        {
            var text = Mutate(Seeds[random.Next(Seeds.Length)], random);
            try
            {
                _ = BusinessCalendarJson.Read(text);
            }
            catch (JsonException)
            {
                // documented
            }
            catch (Exception ex)
            {
                Assert.Fail($"{ex.GetType().Name} escaped for document #{n}: {text}\n{ex}");
            }
        }
    }

    private static string Mutate(string seed, Random random)
    {
        var text = new StringBuilder(seed);
        for (var m = random.Next(1, 4); m > 0; m--)
        {
            var at = random.Next(text.Length);
            switch (random.Next(4))
            {
                case 0:
                    text.Remove(at, Math.Min(random.Next(1, 6), text.Length - at));
                    break;
                case 1:
                    text.Insert(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                case 2:
                    text[at] = "0123456789-:/\"[]{},"[random.Next(19)];
                    break;
                default:
                    // Replace a quoted value with a fragment.
                    var open = seed.IndexOf('"', at % seed.Length);
                    var close = open < 0 ? -1 : seed.IndexOf('"', open + 1);
                    if (close > open && close < text.Length)
                    {
                        text.Remove(open, close - open + 1).Insert(open, Fragments[random.Next(Fragments.Length)]);
                    }

                    break;
            }
        }

        return text.ToString();
    }
}
