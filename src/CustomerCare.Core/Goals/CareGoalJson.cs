// Reads and writes care goals as JSON (System.Text.Json); every error names the JSON path, and Write then Read gives the same goal.
using System.Globalization;
using System.Text;
using System.Text.Json;
using CustomerCare.Core.Kpis;
using NodaTime;
using NodaTime.Text;

namespace CustomerCare.Core.Goals;

/// <summary>
/// Reads and writes a <see cref="CareGoal"/> as JSON:
/// <code>
/// {
///   "name": "Keep VIPs", "objective": "retain", "segments": ["vip", "gold"],
///   "period": { "from": "2026-01-01", "to": "2026-03-31", "zone": "Europe/Berlin" },
///   "targets": [
///     { "kpi": "customer_satisfaction", "at_least": 0.85, "progress": "ratio_to_target", "clamp": true },
///     { "kpi": "first_response_time", "at_most": "2:00:00", "quantile": 0.9, "business_time": true, "progress": "binary", "clamp": false },
///     { "kpi": "average_handle_time", "within": ["0:04:00", "0:07:00"], "progress": "binary", "clamp": false },
///     { "kpi": "net_promoter_score", "progress": "distance_covered", "clamp": true,
///       "improve_on": { "baseline": 22, "period": { "start": "2025-09-30T22:00:00Z", "end": "2025-12-31T23:00:00Z" }, "absolute": 5 } }
///   ]
/// }
/// </code>
/// </summary>
/// <remarks>
/// <para><b>Objectives</b>: <c>retain</c>, <c>resolve</c>, <c>satisfy</c>, <c>expand</c>, or <c>custom</c> with
/// <c>objective_name</c>. <b>Periods</b>: <c>from</c>/<c>to</c> ISO dates (both included) with a TZDB <c>zone</c>, or
/// <c>start</c>/<c>end</c> ISO instants. <b>KPIs</b>: the <see cref="KpiId"/> names in snake case
/// (<c>customer_satisfaction</c>, <c>churn_rate</c>…). <b>Thresholds</b>: exactly one of <c>at_least</c>,
/// <c>at_most</c>, <c>within</c> (two values) or <c>improve_on</c> (<c>baseline</c>, its <c>period</c>, one of
/// <c>relative</c> or <c>absolute</c>, and optionally <c>direction</c>: <c>higher_is_better</c> or
/// <c>lower_is_better</c>). Values are in the KPI's unit: fractions 0..1 for rates, points for NPS; durations are
/// strings <c>"H:mm:ss[.fffffffff]"</c> (or numbers of seconds). <b>Progress</b> (<c>distance_covered</c>,
/// <c>ratio_to_target</c>, <c>binary</c>) and <c>clamp</c> (true = clamp to 0..1) are required for one-sided targets;
/// <c>start</c> is optional.</para>
/// <para>Unknown members are ignored. Every error — malformed JSON or an invalid definition — throws
/// <see cref="JsonException"/> whose message starts with the JSON path (<c>$.targets[1].at_most: …</c>).
/// <see cref="Write"/> writes every definition <see cref="Read(string)"/> accepts, so that reading what was written gives
/// an equal goal. Stateless and thread-safe.</para>
/// </remarks>
public static class CareGoalJson
{
    private static readonly Dictionary<string, KpiId> Kpis = Enum.GetValues<KpiId>().ToDictionary(SnakeCase, k => k, StringComparer.Ordinal);
    private static readonly string[] ThresholdMembers = ["at_least", "at_most", "within", "improve_on"];
    private static readonly long[] NanosecondNudges = [0, -1, 1, -2, 2];
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;
    private static readonly InstantPattern InstantText = InstantPattern.ExtendedIso;

    /// <summary>Reads a goal from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The validated goal.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is malformed or the goal is invalid; the message names the path and the problem.</exception>
    public static CareGoal Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        return Read(document.RootElement);
    }

    /// <summary>Reads a goal from a parsed JSON element.</summary>
    /// <param name="element">The JSON object.</param>
    /// <returns>The validated goal.</returns>
    /// <exception cref="JsonException">The goal is malformed or invalid; the message names the path and the problem.</exception>
    public static CareGoal Read(JsonElement element)
    {
        RequireKind(element, JsonValueKind.Object, "$");
        var name = String(Required(element, "name", "$"), "$.name");
        var builder = Guard("$.name", () => new CareGoalBuilder(name));
        var objective = String(Required(element, "objective", "$"), "$.objective");
        switch (objective)
        {
            case "custom":
                var custom = String(Required(element, "objective_name", "$"), "$.objective_name");
                Guard("$.objective_name", () => builder.ForCustom(custom));
                break;
            case "retain" or "resolve" or "satisfy" or "expand":
                builder.For(Enum.Parse<CareObjective>(objective, ignoreCase: true));
                break;
            default:
                throw Error("$.objective", $"'{objective}' is not an objective; use retain, resolve, satisfy, expand or custom");
        }

        var segments = Required(element, "segments", "$");
        RequireKind(segments, JsonValueKind.Array, "$.segments");
        var i = 0;
        foreach (var segment in segments.EnumerateArray())
        {
            var path = $"$.segments[{i++}]";
            var text = String(segment, path);
            Guard(path, () => builder.ForSegments(text));
        }

        builder.During(ReadPeriod(Required(element, "period", "$"), "$.period"));
        var targets = Required(element, "targets", "$");
        RequireKind(targets, JsonValueKind.Array, "$.targets");
        i = 0;
        foreach (var target in targets.EnumerateArray())
        {
            var path = $"$.targets[{i++}]";
            var built = ReadTarget(target, path);
            Guard(path, () => builder.AddTarget(built));
        }

        return Guard("$", builder.Build);
    }

    /// <summary>Writes a goal as indented JSON in the shape <see cref="Read(string)"/> reads.</summary>
    /// <param name="goal">The goal.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="goal"/> is null.</exception>
    public static string Write(CareGoal goal)
    {
        ArgumentNullException.ThrowIfNull(goal);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("name", goal.Name);
            w.WriteString("objective", goal.Objective.ToString().ToLowerInvariant());
            if (goal.Objective == CareObjective.Custom)
            {
                w.WriteString("objective_name", goal.ObjectiveName);
            }

            w.WriteStartArray("segments");
            foreach (var segment in goal.Segments)
            {
                w.WriteStringValue(segment);
            }

            w.WriteEndArray();
            w.WritePropertyName("period");
            WritePeriod(w, goal.Period);
            w.WriteStartArray("targets");
            foreach (var target in goal.Targets)
            {
                WriteTarget(w, target);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static GoalTarget ReadTarget(JsonElement t, string path)
    {
        RequireKind(t, JsonValueKind.Object, path);
        var kpiName = String(Required(t, "kpi", path), path + ".kpi");
        if (!Kpis.TryGetValue(kpiName, out var kpi))
        {
            throw Error(path + ".kpi", $"'{kpiName}' is not a KPI; use one of {string.Join(", ", Kpis.Keys)}");
        }

        var duration = KpiCatalog.Get(kpi).Unit == KpiUnit.Duration;
        var b = new GoalTargetBuilder(kpi);
        var thresholds = ThresholdMembers.Where(n => t.TryGetProperty(n, out _)).ToList();
        if (thresholds.Count != 1)
        {
            throw Error(path, thresholds.Count == 0
                ? "the target has no threshold; give one of at_least, at_most, within or improve_on"
                : $"the target has {string.Join(" and ", thresholds)}; give exactly one threshold");
        }

        var member = thresholds[0];
        var mpath = $"{path}.{member}";
        var value = t.GetProperty(member);
        switch (member)
        {
            case "at_least":
                Guard(mpath, () => duration ? b.AtLeast(ReadDuration(value, mpath)) : b.AtLeast(Number(value, mpath)));
                break;
            case "at_most":
                Guard(mpath, () => duration ? b.AtMost(ReadDuration(value, mpath)) : b.AtMost(Number(value, mpath)));
                break;
            case "within":
                RequireKind(value, JsonValueKind.Array, mpath);
                if (value.GetArrayLength() != 2)
                {
                    throw Error(mpath, $"expected two values [lower, upper], found {value.GetArrayLength()}");
                }

                Guard(mpath, () => duration
                    ? b.Within(ReadDuration(value[0], mpath + "[0]"), ReadDuration(value[1], mpath + "[1]"))
                    : b.Within(Number(value[0], mpath + "[0]"), Number(value[1], mpath + "[1]")));
                break;
            default:
                ReadImprovement(b, value, mpath, duration);
                break;
        }

        if (t.TryGetProperty("quantile", out var quantile))
        {
            Guard(path + ".quantile", () => b.AtQuantile(Number(quantile, path + ".quantile")));
        }

        if (t.TryGetProperty("business_time", out var businessTime) && Bool(businessTime, path + ".business_time"))
        {
            Guard(path + ".business_time", b.InBusinessTime);
        }

        if (t.TryGetProperty("progress", out var progress))
        {
            var formula = String(progress, path + ".progress") switch
            {
                "distance_covered" => ProgressFormula.DistanceCovered,
                "ratio_to_target" => ProgressFormula.RatioToTarget,
                "binary" => ProgressFormula.Binary,
                var other => throw Error(path + ".progress", $"'{other}' is not a progress formula; use distance_covered, ratio_to_target or binary"),
            };
            var clamp = Bool(Required(t, "clamp", path), path + ".clamp");
            b.Progress(formula, clamp ? ProgressClamp.ZeroToOne : ProgressClamp.Unclamped);
        }

        if (t.TryGetProperty("start", out var start))
        {
            Guard(path + ".start", () => duration ? b.StartingFrom(ReadDuration(start, path + ".start")) : b.StartingFrom(Number(start, path + ".start")));
        }

        return Guard(path, b.Build);
    }

    private static void ReadImprovement(GoalTargetBuilder b, JsonElement value, string path, bool duration)
    {
        RequireKind(value, JsonValueKind.Object, path);
        var baselineValue = duration ? ReadSeconds(Required(value, "baseline", path), path + ".baseline") : Number(Required(value, "baseline", path), path + ".baseline");
        var baseline = Guard(path + ".baseline", () => new GoalBaseline(baselineValue, ReadPeriod(Required(value, "period", path), path + ".period")));
        TargetDirection? direction = null;
        if (value.TryGetProperty("direction", out var d))
        {
            direction = String(d, path + ".direction") switch
            {
                "higher_is_better" => TargetDirection.HigherIsBetter,
                "lower_is_better" => TargetDirection.LowerIsBetter,
                var other => throw Error(path + ".direction", $"'{other}' is not a direction; use higher_is_better or lower_is_better"),
            };
        }

        var hasRelative = value.TryGetProperty("relative", out var relative);
        var hasAbsolute = value.TryGetProperty("absolute", out var absolute);
        if (hasRelative == hasAbsolute)
        {
            throw Error(path, "give exactly one of relative (a share of the baseline, 0.05 = 5 %) or absolute (KPI units)");
        }

        if (hasRelative)
        {
            Guard(path + ".relative", () => b.ImproveOn(baseline, ImprovementKind.Relative, Number(relative, path + ".relative"), direction));
        }
        else
        {
            Guard(path + ".absolute", () => b.ImproveOn(baseline, ImprovementKind.Absolute, duration ? ReadSeconds(absolute, path + ".absolute") : Number(absolute, path + ".absolute"), direction));
        }
    }

    internal static GoalPeriod ReadPeriod(JsonElement p, string path)
    {
        RequireKind(p, JsonValueKind.Object, path);
        if (p.TryGetProperty("from", out var from))
        {
            var start = Parse(DatePattern, from, path + ".from");
            var end = Parse(DatePattern, Required(p, "to", path), path + ".to");
            var zoneId = String(Required(p, "zone", path), path + ".zone");
            var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId) ?? throw Error(path + ".zone", $"'{zoneId}' is not a TZDB time zone id such as \"Europe/Berlin\"");
            if (end < start)
            {
                throw Error(path + ".to", $"the last date {end:uuuu-MM-dd} lies before the first {start:uuuu-MM-dd}");
            }

            return GoalPeriod.FromDates(new DateInterval(start, end), zone);
        }

        if (p.TryGetProperty("start", out var s))
        {
            var interval = new Interval(Parse(InstantText, s, path + ".start"), Parse(InstantText, Required(p, "end", path), path + ".end"));
            return Guard(path, () => GoalPeriod.FromInterval(interval));
        }

        throw Error(path, "a period has from, to and zone (dates) or start and end (instants)");
    }

    private static void WriteTarget(Utf8JsonWriter w, GoalTarget t)
    {
        var duration = t.Descriptor.Unit == KpiUnit.Duration;
        w.WriteStartObject();
        w.WriteString("kpi", SnakeCase(t.Kpi));
        if (t.Baseline is { } baseline)
        {
            w.WriteStartObject("improve_on");
            w.WritePropertyName("baseline");
            WriteValue(w, baseline.Value, duration);
            w.WritePropertyName("period");
            WritePeriod(w, baseline.Period);
            w.WritePropertyName(t.Improvement == ImprovementKind.Relative ? "relative" : "absolute");
            WriteValue(w, t.ImprovementAmount, duration && t.Improvement == ImprovementKind.Absolute);
            w.WriteString("direction", t.Direction == TargetDirection.HigherIsBetter ? "higher_is_better" : "lower_is_better");
            w.WriteEndObject();
        }
        else if (t.Direction == TargetDirection.WithinRange)
        {
            w.WriteStartArray("within");
            WriteValue(w, t.Lower, duration);
            WriteValue(w, t.Upper, duration);
            w.WriteEndArray();
        }
        else
        {
            w.WritePropertyName(t.Direction == TargetDirection.HigherIsBetter ? "at_least" : "at_most");
            WriteValue(w, t.Threshold, duration);
        }

        if (t.Quantile is { } q)
        {
            w.WriteNumber("quantile", q);
        }

        if (t.InBusinessTime)
        {
            w.WriteBoolean("business_time", true);
        }

        w.WriteString("progress", t.Progress switch
        {
            ProgressFormula.DistanceCovered => "distance_covered",
            ProgressFormula.RatioToTarget => "ratio_to_target",
            _ => "binary",
        });
        w.WriteBoolean("clamp", t.Clamp == ProgressClamp.ZeroToOne);
        if (t.HasStart && !(t.Baseline is { } b && b.Value.Equals(t.Start)))
        {
            w.WritePropertyName("start");
            WriteValue(w, t.Start, duration);
        }

        w.WriteEndObject();
    }

    internal static void WritePeriod(Utf8JsonWriter w, GoalPeriod period)
    {
        w.WriteStartObject();
        if (period.Dates is { } dates)
        {
            w.WriteString("from", DatePattern.Format(dates.Start));
            w.WriteString("to", DatePattern.Format(dates.End));
            w.WriteString("zone", period.Zone!.Id);
        }
        else
        {
            w.WriteString("start", InstantText.Format(period.Start));
            w.WriteString("end", InstantText.Format(period.End));
        }

        w.WriteEndObject();
    }

    /// <summary>
    /// Writes a duration KPI's value as "H:mm:ss.fffffffff" when a whole number of nanoseconds has exactly these
    /// seconds (every value that entered as a Duration does), else as a number of seconds; numbers otherwise.
    /// </summary>
    private static void WriteValue(Utf8JsonWriter w, double value, bool duration)
    {
        if (duration && Math.Abs(value) < 1e9)
        {
            var nanoseconds = (long)Math.Round(value * 1e9);
            foreach (var delta in NanosecondNudges)
            {
                var d = Duration.FromNanoseconds(nanoseconds + delta);
                if (d.TotalSeconds.Equals(value))
                {
                    w.WriteStringValue(GoalFormat.DurationText.Format(d));
                    return;
                }
            }
        }

        w.WriteNumberValue(value);
    }

    /// <summary>Reads the seconds of a duration KPI's baseline or improvement: a number as it stands, a duration string as its seconds.</summary>
    private static double ReadSeconds(JsonElement value, string path) =>
        value.ValueKind == JsonValueKind.Number ? Number(value, path) : ReadDuration(value, path).TotalSeconds;

    private static Duration ReadDuration(JsonElement value, string path)
    {
        if (value.ValueKind == JsonValueKind.Number)
        {
            return Duration.FromSeconds(Number(value, path));
        }

        return Parse(GoalFormat.DurationText, value, path);
    }

    private static T Parse<T>(IPattern<T> pattern, JsonElement value, string path)
    {
        var text = String(value, path);
        var result = pattern.Parse(text);
        return result.Success ? result.Value : throw Error(path, $"'{text}' is not valid: {result.Exception.Message}");
    }

    internal static double Number(JsonElement value, string path) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && double.IsFinite(number)
            ? number
            : throw Error(path, $"expected a number, found {value.ValueKind}");

    internal static bool Bool(JsonElement value, string path) =>
        value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : throw Error(path, $"expected true or false, found {value.ValueKind}");

    internal static string String(JsonElement value, string path) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : throw Error(path, $"expected a string, found {value.ValueKind}");

    internal static JsonElement Required(JsonElement element, string name, string path) =>
        element.TryGetProperty(name, out var value) ? value : throw Error(path, $"the member \"{name}\" is missing");

    internal static void RequireKind(JsonElement element, JsonValueKind kind, string path)
    {
        if (element.ValueKind != kind)
        {
            throw Error(path, $"expected {(kind == JsonValueKind.Object ? "an object" : "an array")}, found {element.ValueKind}");
        }
    }

    /// <summary>Runs a builder step, turning its argument or validation error into a <see cref="JsonException"/> at <paramref name="path"/>.</summary>
    internal static T Guard<T>(string path, Func<T> step)
    {
        try
        {
            return step();
        }
        catch (ArgumentException ex)
        {
            throw Error(path, ex.Message, ex);
        }
        catch (InvalidOperationException ex)
        {
            throw Error(path, ex.Message, ex);
        }
    }

    internal static JsonException Error(string path, string problem, Exception? inner = null) =>
        new($"{path}: {problem.TrimEnd('.')}.", path, null, null, inner);

    private static string SnakeCase(KpiId id)
    {
        var name = id.ToString();
        var text = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToLower(name[i], CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }
}
