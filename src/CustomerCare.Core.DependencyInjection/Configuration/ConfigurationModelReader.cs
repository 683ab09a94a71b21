// Reads a tenant's whole model from an IConfiguration section, collecting every problem with its configuration path.
using System.Text.Json;
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Goals;
using CustomerCare.Core.Goals.Capability;
using CustomerCare.Core.Responsibility;
using CustomerCare.Core.Segments;
using CustomerCare.Core.Segments.CarePlans;
using CustomerCare.Core.Sla.Policies;
using Microsoft.Extensions.Configuration;

namespace CustomerCare.Core.DependencyInjection.Configuration;

/// <summary>
/// Builds a <see cref="CustomerCareModel"/> from the sections named in <see cref="CustomerCareOptions"/>, each read by the
/// core's JSON reader after <see cref="ConfigurationJson"/> rebuilt its JSON. A part that fails is reported and the parts
/// that depend on it are skipped, so one run lists every independent problem.
/// </summary>
internal static class ConfigurationModelReader
{
    internal static CustomerCareModel? Read(string tenant, IConfiguration configuration, List<string> failures, List<string> warnings)
    {
        var count = failures.Count;

        var calendars = new Dictionary<string, BusinessCalendar>(StringComparer.Ordinal);
        var calendarsOk = true;
        foreach (var section in configuration.GetSection(CustomerCareOptions.CalendarsSection).GetChildren())
        {
            var calendar = Part(section, failures, json => BusinessCalendarJson.Read(json));
            if (calendar is null)
            {
                calendarsOk = false;
            }
            else
            {
                calendars.Add(section.Key, calendar);
                warnings.AddRange(calendar.Warnings.Select(w => $"{section.Path}: {w}"));
            }
        }

        var slaSection = configuration.GetSection(CustomerCareOptions.SlaPoliciesSection);
        var sla = calendarsOk && slaSection.Exists() ? Part(slaSection, failures, json => SlaPolicyJson.Read(json, calendars)) : null;
        if (sla is not null)
        {
            warnings.AddRange(sla.Warnings.Select(w => $"{slaSection.Path}: {w}"));
        }

        var segmentSection = configuration.GetSection(CustomerCareOptions.SegmentsSection);
        var segments = segmentSection.Exists()
            ? Part(segmentSection, failures, json => SegmentCatalogueJson.Read(json), ConfigurationJson.TextAttributes(segmentSection))
            : null;

        var planSection = configuration.GetSection(CustomerCareOptions.CarePlansSection);
        var plans = calendarsOk && planSection.Exists() && (segments is not null || !segmentSection.Exists())
            ? Part(planSection, failures, json => CarePlanCatalogueJson.Read(json, calendars, segments))
            : null;

        var capabilitySection = configuration.GetSection(CustomerCareOptions.CapabilitySection);
        var capability = calendarsOk && capabilitySection.Exists() ? Part(capabilitySection, failures, json => CapabilityEnvelopeJson.Read(json, calendars)) : null;

        var responsibilitySection = configuration.GetSection(CustomerCareOptions.ResponsibilitySection);
        var responsibility = responsibilitySection.Exists()
            ? Part(responsibilitySection, failures, json => ResponsibilityModelJson.Read(json.GetRawText(), capability, plans))
            : null;

        var goals = new List<CareGoal>();
        foreach (var section in configuration.GetSection(CustomerCareOptions.GoalsSection).GetChildren())
        {
            var goal = Part(section, failures, json => CareGoalJson.Read(json));
            if (goal is null)
            {
                continue;
            }

            if (goals.Exists(g => string.Equals(g.Name, goal.Name, StringComparison.OrdinalIgnoreCase)))
            {
                failures.Add($"{section.Path}:name: a goal named '{goal.Name}' is already configured; give each goal its own name.");
                continue;
            }

            goals.Add(goal);
        }

        return failures.Count > count ? null : new CustomerCareModel(tenant, calendars, sla, segments, plans, goals, capability, responsibility);
    }

    /// <summary>Reads one document, turning every error into messages that name configuration paths.</summary>
    private static T? Part<T>(IConfigurationSection section, List<string> failures, Func<JsonElement, T> read, IReadOnlySet<string>? textAttributes = null)
        where T : class
    {
        try
        {
            return read(ConfigurationJson.ToJson(section, textAttributes));
        }
        catch (SegmentDefinitionException e)
        {
            failures.AddRange(e.Problems.Select(p => $"{ConfigurationPaths.Combine(section.Path, p.Path)}: {ConfigurationPaths.Rewrite(section.Path, p.Message)}"));
        }
        catch (JsonException e) when (e.Path is { } path && e.Message.StartsWith(path, StringComparison.Ordinal))
        {
            failures.Add(ConfigurationPaths.Combine(section.Path, path) + ConfigurationPaths.Rewrite(section.Path, e.Message[path.Length..]));
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            var message = ConfigurationPaths.Rewrite(section.Path, e.Message);
            failures.Add(message.StartsWith(section.Path, StringComparison.Ordinal) ? message : $"{section.Path}: {message}");
        }

        return null;
    }
}
