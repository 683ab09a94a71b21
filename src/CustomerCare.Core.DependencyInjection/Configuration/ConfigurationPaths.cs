// Maps the JSON paths the model readers report ($.week.mon[1][0]) onto configuration paths (CustomerCare:Calendars:hcm:week:mon:1:0).
using System.Text.RegularExpressions;

namespace CustomerCare.Core.DependencyInjection.Configuration;

/// <summary>Rewrites JSON paths inside error messages as configuration paths under a section.</summary>
internal static partial class ConfigurationPaths
{
    /// <summary>Converts one JSON path (<c>$</c>, <c>.name</c>, <c>[0]</c>, <c>['key']</c> steps) under <paramref name="section"/>.</summary>
    /// <param name="section">The configuration path of the document, e.g. <c>CustomerCare:Calendars:hcm</c>.</param>
    /// <param name="jsonPath">The JSON path, e.g. <c>$.week.mon[0]</c>; a path without <c>$</c> is taken as relative.</param>
    /// <returns>The configuration path, e.g. <c>CustomerCare:Calendars:hcm:week:mon:0</c>.</returns>
    internal static string Combine(string section, string jsonPath)
    {
        var path = section;
        foreach (Match step in Step().Matches(jsonPath))
        {
            var name = step.Groups[1].Success ? step.Groups[1].Value : step.Groups[2].Success ? step.Groups[2].Value : step.Groups[3].Value;
            path = path.Length == 0 ? name : path + ":" + name;
        }

        return path;
    }

    /// <summary>Replaces every JSON path in <paramref name="message"/> by its configuration path under <paramref name="section"/>.</summary>
    /// <param name="section">The configuration path of the document.</param>
    /// <param name="message">A reader's message, e.g. <c>$.week.mon[0][1]: "25:00" is not a time</c>.</param>
    /// <returns>The message naming configuration paths.</returns>
    internal static string Rewrite(string section, string message) =>
        JsonPath().Replace(message, match => Combine(section, match.Value));

    /// <summary>One step: <c>.name</c>, <c>[index]</c> or <c>['key']</c>.</summary>
    [GeneratedRegex(@"\.([^.\[\]:\s,;']+)|\[(\d+)\]|\['([^']*)'\]")]
    private static partial Regex Step();

    /// <summary>A whole JSON path starting at <c>$</c>.</summary>
    [GeneratedRegex(@"\$(?:\.[^.\[\]:\s,;']+|\[\d+\]|\['[^']*'\])*")]
    private static partial Regex JsonPath();
}
