// Reads an SLA policy set from its public JSON format (System.Text.Json), with errors that name the JSON path.
using System.Globalization;
using System.Text.Json;
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Internal;
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CustomerCare.Core.Sla.Policies;

/// <summary>
/// Reads an <see cref="SlaPolicySet"/> from the library's JSON format for SLA configuration:
/// <code>
/// {
///   "priorities": ["urgent", "high", "normal", "low"],
///   "custom_metrics": [ { "name": "triage", "start": ["status:new"], "stop": ["status:triaged"] } ],
///   "policies": [
///     { "name": "VIP", "when": { "segment": ["vip"] }, "calendar": "office",
///       "metrics": { "first_response": { "targets": { "urgent": "30m", "normal": "2h" }, "warn_at": "75%" } } }
///   ],
///   "fallback": {
///     "name": "Standard", "calendar": "office", "reopen": "new_cycle", "responses_on_resolve": "pause",
///     "customer_reply_when_resolved": "reopen",
///     "metrics": {
///       "first_response": { "targets": { "urgent": "1h", "high": "2h", "normal": "4h", "low": "8h" }, "warn_before": "15m" },
///       "resolution":     { "targets": { "normal": "16h" }, "pause_on": ["pending"], "calendar": "24/7" }
///     }
///   }
/// }
/// </code>
/// </summary>
/// <remarks>
/// <para><b>Durations</b>: a JSON number of minutes, or a string <c>"1h30m"</c>, <c>"45m"</c>, <c>"90s"</c>, <c>"4h"</c> or
/// <c>"H:MM[:SS]"</c>; one that does not fit the arithmetic is refused, never wrapped. <b>Policy options</b>:
/// <c>reopen</c> (<c>"continue"</c>, <c>"new_cycle"</c>), <c>responses_on_resolve</c> (<c>"fulfil"</c>, <c>"pause"</c>,
/// <c>"run_on"</c>; the older <c>resolution_fulfils_responses</c>: <c>true</c> is fulfil, <c>false</c> is pause) and
/// <c>customer_reply_when_resolved</c> (<c>"reopen"</c>, <c>"reject"</c>). <b>Metrics</b>: <c>first_response</c>, <c>next_response</c>, <c>periodic_update</c>,
/// <c>pausable_update</c>, <c>resolution</c>, or a name from <c>custom_metrics</c>. Each metric has <c>targets</c>
/// (priority → duration) and optionally <c>calendar</c>, <c>pause_on</c> (statuses), <c>warn_at</c> (<c>"75%"</c>) or
/// <c>warn_before</c> (a duration). <b>Conditions</b> (<c>when</c>): an object whose members must all hold —
/// <c>priority</c>, <c>segment</c>, <c>channel</c>, <c>category</c> (a value or a list of values), <c>tag</c>,
/// <c>priority_at_least</c>, <c>attributes</c> (name → value or list), <c>all</c> / <c>any</c> (lists of conditions) and
/// <c>not</c> (a condition). <b>Event matches</b> of custom metrics: <c>opened</c>, <c>status</c>, <c>agent_reply</c>,
/// <c>internal_note</c>, <c>customer_reply</c>, <c>priority</c>, <c>segment</c>, <c>attribute</c>, <c>resolved</c>,
/// <c>reopened</c>, <c>closed</c>, optionally followed by <c>:value</c> (<c>status:pending</c>).</para>
/// <para>Calendars are passed by name; <c>24/7</c> is always known. Unknown members are ignored; a member given twice
/// in one object (two <c>fallback</c>s, a metric listed twice) is an error. Malformed JSON, and a value the builders
/// refuse, throw <see cref="JsonException"/> naming the JSON path and the problem; a well-formed configuration that
/// is invalid as a whole (an unknown calendar or priority) throws what <see cref="SlaPolicySetBuilder.Build"/> throws.
/// Stateless and thread-safe.</para>
/// </remarks>
public static class SlaPolicyJson
{
    /// <summary>Reads a policy set from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="calendars">The business calendars the policies may name, or <see langword="null"/> for calendar time only.</param>
    /// <returns>The validated policy set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is malformed; the message names the path and the problem.</exception>
    /// <exception cref="InvalidOperationException">The configuration is invalid (see <see cref="SlaPolicySetBuilder.Build"/>).</exception>
    public static SlaPolicySet Read(string json, IReadOnlyDictionary<string, BusinessCalendar>? calendars = null)
    {
        // Stryker disable once Statement : without it JsonDocument.Parse throws the same ArgumentNullException for json
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        return Read(document.RootElement, calendars);
    }

    /// <summary>Reads a policy set from a parsed JSON element.</summary>
    /// <param name="element">The JSON object.</param>
    /// <param name="calendars">The business calendars the policies may name, or <see langword="null"/> for calendar time only.</param>
    /// <returns>The validated policy set.</returns>
    /// <exception cref="JsonException">The JSON is malformed; the message names the path and the problem.</exception>
    /// <exception cref="InvalidOperationException">The configuration is invalid (see <see cref="SlaPolicySetBuilder.Build"/>).</exception>
    public static SlaPolicySet Read(JsonElement element, IReadOnlyDictionary<string, BusinessCalendar>? calendars = null)
    {
        RequireObject(element, "$");
        var builder = new SlaPolicySetBuilder();
        foreach (var (name, calendar) in calendars ?? new Dictionary<string, BusinessCalendar>())
        {
            builder.AddCalendar(name, calendar);
        }

        if (element.TryGetProperty("priorities", out var priorities))
        {
            var names = Strings(priorities, "$.priorities");
            try
            {
                builder.WithPriorities(PriorityScale.Create([.. names]));
            }
            catch (ArgumentException ex)
            {
                throw Error("$.priorities", ex.Message, ex);
            }
        }

        var custom = new Dictionary<string, SlaMetric>(StringComparer.OrdinalIgnoreCase);
        if (element.TryGetProperty("custom_metrics", out var metrics))
        {
            RequireKind(metrics, JsonValueKind.Array, "$.custom_metrics");
            var i = 0;
            foreach (var m in metrics.EnumerateArray())
            {
                var path = $"$.custom_metrics[{i++}]";
                RequireObject(m, path);
                var name = RequiredString(m, "name", path);
                var start = Strings(Required(m, "start", path), path + ".start").Select((s, k) => ParseMatch(s, $"{path}.start[{k}]")).ToList();
                var stop = Strings(Required(m, "stop", path), path + ".stop").Select((s, k) => ParseMatch(s, $"{path}.stop[{k}]")).ToList();
                if (custom.ContainsKey(name))
                {
                    throw Error(path + ".name", $"the custom metric '{name}' is defined twice; metric names must be unique");
                }

                try
                {
                    custom[name] = SlaMetric.Custom(name, start, stop);
                }
                catch (ArgumentException ex)
                {
                    throw Error(path, ex.Message, ex);
                }
            }
        }

        if (element.TryGetProperty("policies", out var policies))
        {
            RequireKind(policies, JsonValueKind.Array, "$.policies");
            var i = 0;
            foreach (var p in policies.EnumerateArray())
            {
                builder.Add(ReadPolicy(p, $"$.policies[{i++}]", custom));
            }
        }

        if (element.TryGetProperty("fallback", out var fallback))
        {
            builder.Fallback(ReadPolicy(fallback, "$.fallback", custom));
        }

        return builder.Build();
    }

    /// <summary>Parses a duration written as minutes (a number) or as <c>"1h30m"</c>, <c>"90s"</c>, <c>"H:MM[:SS]"</c>, with checked arithmetic.</summary>
    internal static Duration ParseDuration(JsonElement value, string path) => DurationParser.Read(value, path);

    /// <summary>Parses an event match such as <c>status:pending</c> or <c>agent_reply</c>.</summary>
    private static SlaEventMatch ParseMatch(string text, string path)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var name = colon < 0 ? text : text[..colon];
        if (!KindNames.TryGetValue(name, out var kind))
        {
            throw Error(path, $"'{name}' is not an event type; use one of {string.Join(", ", KindNames.Keys)}");
        }

        try
        {
            return colon < 0 ? SlaEventMatch.Of(kind) : SlaEventMatch.Of(kind, text[(colon + 1)..]);
        }
        catch (ArgumentException ex)
        {
            throw Error(path, ex.Message, ex);
        }
    }

    /// <summary>Maps the JSON event type names to event kinds.</summary>
    private static readonly Dictionary<string, TicketEventKind> KindNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["opened"] = TicketEventKind.Opened,
        ["status"] = TicketEventKind.StatusChanged,
        ["agent_reply"] = TicketEventKind.AgentPublicReply,
        ["internal_note"] = TicketEventKind.AgentInternalNote,
        ["customer_reply"] = TicketEventKind.CustomerReply,
        ["priority"] = TicketEventKind.PriorityChanged,
        ["segment"] = TicketEventKind.SegmentChanged,
        ["attribute"] = TicketEventKind.AttributeChanged,
        ["resolved"] = TicketEventKind.Resolved,
        ["reopened"] = TicketEventKind.Reopened,
        ["closed"] = TicketEventKind.Closed,
    };

    private static JsonException Error(string path, string problem, Exception? inner = null) =>
        new($"{path}: {problem}.", path, null, null, inner);

    private static SlaPolicy ReadPolicy(JsonElement p, string path, Dictionary<string, SlaMetric> custom)
    {
        RequireObject(p, path);
        var name = RequiredString(p, "name", path);
        SlaPolicyBuilder builder;
        try
        {
            builder = new SlaPolicyBuilder(name);
        }
        catch (ArgumentException ex)
        {
            throw Error(path + ".name", ex.Message, ex);
        }

        if (p.TryGetProperty("when", out var when))
        {
            builder.When(ReadCondition(when, path + ".when"));
        }

        if (p.TryGetProperty("calendar", out var calendar))
        {
            var text = String(calendar, path + ".calendar");
            Guard(path + ".calendar", () => builder.OnCalendar(text));
        }

        if (p.TryGetProperty("reopen", out var reopen))
        {
            builder.Reopen(String(reopen, path + ".reopen") switch
            {
                "continue" => ReopenMode.Continue,
                "new_cycle" => ReopenMode.NewCycle,
                var other => throw Error(path + ".reopen", $"'{other}' is not a reopen mode; use \"continue\" or \"new_cycle\""),
            });
        }

        var hasMode = p.TryGetProperty("responses_on_resolve", out var onResolve);
        if (p.TryGetProperty("resolution_fulfils_responses", out var fulfils))
        {
            if (hasMode)
            {
                throw Error(path + ".resolution_fulfils_responses", "give either responses_on_resolve or the older resolution_fulfils_responses, not both");
            }

            if (fulfils.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                throw Error(path + ".resolution_fulfils_responses", $"expected true or false, found {fulfils.ValueKind}");
            }

            builder.ResponsesOnResolve(fulfils.GetBoolean() ? ResponseResolveMode.Fulfil : ResponseResolveMode.Pause);
        }

        if (hasMode)
        {
            builder.ResponsesOnResolve(String(onResolve, path + ".responses_on_resolve") switch
            {
                "fulfil" => ResponseResolveMode.Fulfil,
                "pause" => ResponseResolveMode.Pause,
                "run_on" => ResponseResolveMode.RunOn,
                var other => throw Error(path + ".responses_on_resolve", $"'{other}' is not a resolve option; use \"fulfil\", \"pause\" or \"run_on\""),
            });
        }

        if (p.TryGetProperty("customer_reply_when_resolved", out var reply))
        {
            builder.CustomerReplyWhenResolved(String(reply, path + ".customer_reply_when_resolved") switch
            {
                "reopen" => ResolvedReplyMode.Reopen,
                "reject" => ResolvedReplyMode.Reject,
                var other => throw Error(path + ".customer_reply_when_resolved", $"'{other}' is not an option; use \"reopen\" or \"reject\""),
            });
        }

        var metrics = Required(p, "metrics", path);
        RequireObject(metrics, path + ".metrics");
        foreach (var m in metrics.EnumerateObject())
        {
            var mpath = $"{path}.metrics.{m.Name}";
            if (!SlaMetric.TryGetBuiltIn(m.Name, out var metric) && !custom.TryGetValue(m.Name, out metric))
            {
                throw Error(mpath, $"'{m.Name}' is not a metric; use first_response, next_response, periodic_update, pausable_update, resolution or a name from custom_metrics");
            }

            RequireObject(m.Value, mpath);
            var targets = Required(m.Value, "targets", mpath);
            RequireObject(targets, mpath + ".targets");
            try
            {
                foreach (var t in targets.EnumerateObject())
                {
                    var duration = ParseDuration(t.Value, $"{mpath}.targets.{t.Name}");
                    builder.Target(metric, t.Name, duration);
                }

                if (m.Value.TryGetProperty("calendar", out var mc))
                {
                    builder.OnCalendar(metric, String(mc, mpath + ".calendar"));
                }

                if (m.Value.TryGetProperty("pause_on", out var pauses))
                {
                    builder.PauseOn(metric, [.. Strings(pauses, mpath + ".pause_on")]);
                }

                if (m.Value.TryGetProperty("warn_at", out var warnAt))
                {
                    var text = String(warnAt, mpath + ".warn_at").Trim();
                    if (!text.EndsWith('%') || !double.TryParse(text[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var percent))
                    {
                        throw Error(mpath + ".warn_at", $"'{text}' is not a percentage such as \"75%\"");
                    }

                    builder.Warn(metric, SlaWarning.AtShare(percent / 100));
                }

                if (m.Value.TryGetProperty("warn_before", out var warnBefore))
                {
                    builder.Warn(metric, SlaWarning.Before(ParseDuration(warnBefore, mpath + ".warn_before")));
                }
            }
            catch (ArgumentException ex)
            {
                throw Error(mpath, ex.Message, ex);
            }
        }

        try
        {
            return builder.Build();
        }
        catch (InvalidOperationException ex)
        {
            throw Error(path, ex.Message, ex);
        }
    }

    private static SlaCondition ReadCondition(JsonElement c, string path)
    {
        RequireObject(c, path);
        var parts = new List<SlaCondition>();
        foreach (var member in c.EnumerateObject())
        {
            var mpath = $"{path}.{member.Name}";
            try
            {
                parts.Add(member.Name switch
                {
                    "priority" or "segment" or "channel" or "category" => SlaCondition.AttributeIn(member.Name, [.. OneOrMany(member.Value, mpath)]),
                    "tag" => SlaCondition.HasTag(String(member.Value, mpath)),
                    "priority_at_least" => SlaCondition.PriorityAtLeast(String(member.Value, mpath)),
                    "attributes" => SlaCondition.And([.. ObjectMembers(member.Value, mpath).Select(a => SlaCondition.AttributeIn(a.Name, [.. OneOrMany(a.Value, $"{mpath}.{a.Name}")]))]),
                    "all" => SlaCondition.And([.. Conditions(member.Value, mpath)]),
                    "any" => SlaCondition.Or([.. Conditions(member.Value, mpath)]),
                    "not" => SlaCondition.Not(ReadCondition(member.Value, mpath)),
                    _ => throw Error(mpath, $"'{member.Name}' is not a condition; use priority, segment, channel, category, tag, priority_at_least, attributes, all, any or not"),
                });
            }
            catch (ArgumentException ex)
            {
                throw Error(mpath, ex.Message, ex);
            }
        }

        return parts.Count switch
        {
            0 => SlaCondition.Always,
            1 => parts[0],
            _ => SlaCondition.And([.. parts]),
        };
    }

    private static List<SlaCondition> Conditions(JsonElement array, string path)
    {
        RequireKind(array, JsonValueKind.Array, path);
        return array.EnumerateArray().Select((e, i) => ReadCondition(e, $"{path}[{i}]")).ToList();
    }

    private static JsonElement.ObjectEnumerator ObjectMembers(JsonElement value, string path)
    {
        RequireObject(value, path);
        return value.EnumerateObject();
    }

    private static List<string> OneOrMany(JsonElement value, string path) =>
        value.ValueKind == JsonValueKind.String ? [value.GetString()!] : Strings(value, path);

    private static List<string> Strings(JsonElement array, string path)
    {
        RequireKind(array, JsonValueKind.Array, path);
        return [.. array.EnumerateArray().Select((e, i) => String(e, $"{path}[{i}]"))];
    }

    private static string String(JsonElement value, string path) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : throw Error(path, $"expected a string, found {value.ValueKind}");

    private static JsonElement Required(JsonElement element, string name, string path) =>
        element.TryGetProperty(name, out var value) ? value : throw Error(path, $"the member \"{name}\" is missing");

    private static string RequiredString(JsonElement element, string name, string path) => String(Required(element, name, path), $"{path}.{name}");

    // An object whose member names are unique: JsonElement would silently keep the last of two equal names. Names
    // compare as the reader looks them up (metric and priority names case-insensitively, so that is the rule for all).
    private static void RequireObject(JsonElement element, string path)
    {
        RequireKind(element, JsonValueKind.Object, path);
        HashSet<string>? seen = null;
        foreach (var member in element.EnumerateObject())
        {
            seen ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            if (!seen.Add(member.Name))
            {
                throw Error($"{path}.{member.Name}", $"the member \"{member.Name}\" appears more than once; give it once");
            }
        }
    }

    private static void Guard(string path, Action action)
    {
        try
        {
            action();
        }
        catch (ArgumentException ex)
        {
            throw Error(path, ex.Message, ex);
        }
    }

    private static void RequireKind(JsonElement element, JsonValueKind kind, string path)
    {
        if (element.ValueKind != kind)
        {
            throw Error(path, $"expected a JSON {kind.ToString().ToLowerInvariant()}, found {element.ValueKind}");
        }
    }
}
