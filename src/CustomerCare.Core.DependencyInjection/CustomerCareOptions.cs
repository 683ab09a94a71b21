// The options behind services.AddCustomerCare(configuration): where a tenant's configuration lives, and the model validated from it.
using CustomerCare.Core.DependencyInjection.Internal;
using Microsoft.Extensions.Configuration;

namespace CustomerCare.Core.DependencyInjection;

/// <summary>
/// The options of one tenant (the options name is the tenant's name; the default registration uses the empty name):
/// the configuration section its model is read from. The section holds these members, each in the JSON shape its
/// core reader reads:
/// <list type="table">
/// <listheader><term>Member</term><description>Shape</description></listheader>
/// <item><term><c>Calendars</c></term><description>name → a calendar as <see cref="Calendars.BusinessCalendarJson"/> reads it.</description></item>
/// <item><term><c>SlaPolicies</c></term><description>a policy set as <see cref="Sla.Policies.SlaPolicyJson"/> reads it (calendars by name).</description></item>
/// <item><term><c>Segments</c></term><description>a catalogue as <see cref="Segments.SegmentCatalogueJson"/> reads it.</description></item>
/// <item><term><c>CarePlans</c></term><description><c>{ "calendar": name, "plans": [ { "segment", "sla_policy", "priority_uplift", "preferred_channels",
/// "fallback_channels", "minimum_tier", "notes", "contact_every": "30 days" } ] }</c>.</description></item>
/// <item><term><c>Goals</c></term><description>a list of goals as <see cref="Goals.CareGoalJson"/> reads them.</description></item>
/// <item><term><c>Capability</c></term><description>an envelope as <see cref="Goals.Capability.CapabilityEnvelopeJson"/> reads it.</description></item>
/// <item><term><c>Responsibility</c></term><description>a model as <see cref="Responsibility.ResponsibilityModelJson"/> reads it; the
/// capability envelope supplies its compensation ceilings and the care plans its minimum tiers.</description></item>
/// </list>
/// Every member is optional. Values arrive from <see cref="IConfiguration"/> as strings: numbers and booleans are restored
/// by position (names, zones, priorities and segment values stay texts), and an empty value is an empty list, an empty
/// object or <c>null</c> as the member requires; in environment variables write <c>[]</c>, <c>{}</c> or <c>null</c>.
/// </summary>
/// <remarks>An options class, mutable while the options are configured and not used concurrently then.</remarks>
[MutableByDesign("An options class: configured by the options pipeline, then read.")]
public sealed class CustomerCareOptions
{
    /// <summary>The member of the section that holds the named calendars.</summary>
    public const string CalendarsSection = "Calendars";

    /// <summary>The member of the section that holds the SLA policy set.</summary>
    public const string SlaPoliciesSection = "SlaPolicies";

    /// <summary>The member of the section that holds the segment catalogue.</summary>
    public const string SegmentsSection = "Segments";

    /// <summary>The member of the section that holds the care plans.</summary>
    public const string CarePlansSection = "CarePlans";

    /// <summary>The member of the section that holds the list of care goals.</summary>
    public const string GoalsSection = "Goals";

    /// <summary>The member of the section that holds the capability envelope.</summary>
    public const string CapabilitySection = "Capability";

    /// <summary>The member of the section that holds the responsibility model.</summary>
    public const string ResponsibilitySection = "Responsibility";

    /// <summary>Gets or sets the configuration the model is read from, e.g. <c>configuration.GetSection("CustomerCare")</c>.</summary>
    public IConfiguration? Configuration { get; set; }

    /// <summary>Gets the model validated from <see cref="Configuration"/> by the options validation, or <see langword="null"/> before it ran.</summary>
    public CustomerCareModel? Model { get; internal set; }
}
