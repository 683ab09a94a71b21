// Reads and writes funnel goals as JSON (System.Text.Json); every error names the JSON path, and Write then Read gives the same funnel.
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CustomerCare.Core.Goals;

/// <summary>
/// Reads and writes a <see cref="FunnelGoal"/> as JSON:
/// <code>
/// {
///   "name": "Care funnel",
///   "period": { "from": "2026-01-01", "to": "2026-03-31", "zone": "Asia/Ho_Chi_Minh" },
///   "stages": [
///     { "name": "handled", "count": 100 },
///     { "name": "satisfied", "count": 60, "of": 100 },
///     { "name": "core", "rate": 0.5 },
///     { "name": "referring", "rate": 0.3333333333333333 }
///   ]
/// }
/// </code>
/// </summary>
/// <remarks>
/// <para>A stage has a <c>name</c> and exactly one target: <c>count</c> (a whole number ≥ 0, optionally with
/// <c>of</c>, the positive base it is taken from) or <c>rate</c> (a step rate of the previous stage in (0, 1]). The
/// first stage is a count; a funnel has at least two stages with unique names. <c>period</c> is optional and reads as
/// in <see cref="CareGoalJson"/> (<c>from</c>/<c>to</c>/<c>zone</c> dates or <c>start</c>/<c>end</c> instants).</para>
/// <para>Stages that do not chain ("30 of 70" after a stage targeting 60) are read without error and listed in
/// <see cref="FunnelGoal.Findings"/>, as when built in code. Unknown members are ignored. Every error — malformed JSON
/// or an invalid definition — throws <see cref="JsonException"/> whose message starts with the JSON path
/// (<c>$.stages[2].rate: …</c>). <see cref="Write"/> writes every funnel <see cref="Read(string)"/> accepts, so that
/// reading what was written gives an equal funnel and writing it again gives the same text. Stateless and thread-safe.</para>
/// </remarks>
public static class FunnelGoalJson
{
    /// <summary>Reads a funnel goal from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The funnel, with its findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is malformed or the funnel is invalid; the message names the path and the problem.</exception>
    public static FunnelGoal Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        return Read(document.RootElement);
    }

    /// <summary>Reads a funnel goal from a parsed JSON element.</summary>
    /// <param name="element">The JSON object.</param>
    /// <returns>The funnel, with its findings.</returns>
    /// <exception cref="JsonException">The funnel is malformed or invalid; the message names the path and the problem.</exception>
    public static FunnelGoal Read(JsonElement element)
    {
        CareGoalJson.RequireKind(element, JsonValueKind.Object, "$");
        var name = CareGoalJson.String(CareGoalJson.Required(element, "name", "$"), "$.name");
        var builder = CareGoalJson.Guard("$.name", () => new FunnelGoalBuilder(name));
        if (element.TryGetProperty("period", out var period))
        {
            builder.During(CareGoalJson.ReadPeriod(period, "$.period"));
        }

        var stages = CareGoalJson.Required(element, "stages", "$");
        CareGoalJson.RequireKind(stages, JsonValueKind.Array, "$.stages");
        var i = 0;
        foreach (var stage in stages.EnumerateArray())
        {
            ReadStage(builder, stage, string.Create(CultureInfo.InvariantCulture, $"$.stages[{i++}]"));
        }

        return CareGoalJson.Guard("$.stages", builder.Build);
    }

    /// <summary>Writes a funnel goal as indented JSON in the shape <see cref="Read(string)"/> reads.</summary>
    /// <param name="funnel">The funnel.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="funnel"/> is null.</exception>
    public static string Write(FunnelGoal funnel)
    {
        ArgumentNullException.ThrowIfNull(funnel);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("name", funnel.Name);
            if (funnel.Period is { } period)
            {
                w.WritePropertyName("period");
                CareGoalJson.WritePeriod(w, period);
            }

            w.WriteStartArray("stages");
            foreach (var stage in funnel.Stages)
            {
                w.WriteStartObject();
                w.WriteString("name", stage.Name);
                if (stage.Kind == FunnelTargetKind.StepRate)
                {
                    w.WriteNumber("rate", stage.StepRate);
                }
                else
                {
                    w.WriteNumber("count", (long)stage.TargetCount);
                    if (!double.IsNaN(stage.DeclaredBase))
                    {
                        w.WriteNumber("of", (long)stage.DeclaredBase);
                    }
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void ReadStage(FunnelGoalBuilder builder, JsonElement stage, string path)
    {
        CareGoalJson.RequireKind(stage, JsonValueKind.Object, path);
        var name = CareGoalJson.String(CareGoalJson.Required(stage, "name", path), path + ".name");
        var hasCount = stage.TryGetProperty("count", out var count);
        var hasRate = stage.TryGetProperty("rate", out var rate);
        if (hasCount == hasRate)
        {
            throw CareGoalJson.Error(path, hasCount
                ? "the stage has both count and rate; give exactly one"
                : "the stage has no target; give count (a whole number, optionally with of) or rate (a step rate in (0, 1])");
        }

        if (hasRate)
        {
            if (stage.TryGetProperty("of", out _))
            {
                throw CareGoalJson.Error(path + ".of", "a rate stage takes its base from the previous stage; remove of or state the target as a count");
            }

            var value = CareGoalJson.Number(rate, path + ".rate");
            CareGoalJson.Guard(path + ".rate", () => builder.Rate(name, value));
            return;
        }

        var atLeast = Whole(count, path + ".count");
        if (stage.TryGetProperty("of", out var of))
        {
            var @base = Whole(of, path + ".of");
            CareGoalJson.Guard(path, () => builder.Count(name, atLeast, @base));
        }
        else
        {
            CareGoalJson.Guard(path, () => builder.Count(name, atLeast));
        }
    }

    private static long Whole(JsonElement value, string path) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number)
            ? number
            : throw CareGoalJson.Error(path, $"expected a whole number, found {value.GetRawText()}");
}
