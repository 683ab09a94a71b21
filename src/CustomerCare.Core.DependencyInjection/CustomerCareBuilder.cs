// The registration-time builder behind services.AddCustomerCare(care => ...): a tenant's calendars, SLA policies, segments, plans, goals, limits and responsibility in code.
using CustomerCare.Core.Calendars;
using CustomerCare.Core.DependencyInjection.Internal;
using CustomerCare.Core.Goals;
using CustomerCare.Core.Goals.Capability;
using CustomerCare.Core.Responsibility;
using CustomerCare.Core.Segments;
using CustomerCare.Core.Segments.CarePlans;
using CustomerCare.Core.Sla.Policies;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerCare.Core.DependencyInjection;

/// <summary>
/// Collects what a host registers with <see cref="CustomerCareServiceCollectionExtensions.AddCustomerCare(IServiceCollection, Action{CustomerCareBuilder})"/>
/// (or the tenant overload): business calendars by name, the SLA policy set, the segment catalogue and care plans, care
/// goals, the capability envelope and the responsibility model. Everything is validated and built when
/// <c>AddCustomerCare</c> returns, so bad configuration fails at start-up with the message of the core's builder or JSON
/// reader, never at the first ticket. Parts may be added in any order: the policy set, plans and envelope see every
/// calendar, and the responsibility model gets the envelope's compensation ceilings and the plans' minimum tiers.
/// </summary>
/// <remarks>
/// A builder is used by one thread during registration and then discarded. For the default registration, calendars are
/// keyed singletons (<c>[FromKeyedServices("name")] BusinessCalendar</c>) and every other part a singleton of its type
/// (<see cref="SlaPolicySet"/>, <see cref="SegmentCatalogue"/>…); for a tenant, the parts are keyed by the tenant's name.
/// In both cases the whole <see cref="CustomerCareModel"/> is registered too.
/// </remarks>
[MutableByDesign("A registration-time builder, used by one thread and then discarded.")]
public sealed class CustomerCareBuilder
{
    private readonly Dictionary<string, BusinessCalendar> _calendars = new(StringComparer.Ordinal);
    private readonly List<CareGoal> _goals = [];
    private Func<IReadOnlyDictionary<string, BusinessCalendar>, SlaPolicySet>? _policies;
    private Func<SegmentCatalogue>? _segments;
    private (string Calendar, List<CarePlan> Plans)? _plans;
    private Func<IReadOnlyDictionary<string, BusinessCalendar>, CapabilityEnvelope>? _capability;
    private Func<ICompensationCeilings?, IMinimumTierSource?, ResponsibilityModel>? _responsibility;

    internal CustomerCareBuilder(IServiceCollection services, string tenant)
    {
        Services = services;
        Tenant = tenant;
    }

    /// <summary>Gets the service collection being configured, for registrations of the host's own.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Gets the tenant being configured: its service key, or the empty string for the default registration.</summary>
    public string Tenant { get; }

    /// <summary>Adds <paramref name="calendar"/> under <paramref name="name"/>, the name SLA targets, care plans and the capability envelope use.</summary>
    /// <param name="name">The calendar's name. Not empty; unique.</param>
    /// <param name="calendar">The calendar.</param>
    /// <returns>This builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space, or a calendar of that name was already added.</exception>
    public CustomerCareBuilder AddCalendar(string name, BusinessCalendar calendar)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(calendar);
        if (!_calendars.TryAdd(name, calendar))
        {
            throw new ArgumentException($"A calendar named '{name}' was already added; give each calendar its own name.", nameof(name));
        }

        return this;
    }

    /// <summary>Reads a calendar from JSON in the business-calendar JSON format (see <see cref="BusinessCalendarJson"/>) and adds it as <see cref="AddCalendar"/> does.</summary>
    /// <param name="name">The calendar's name (see <see cref="AddCalendar"/>).</param>
    /// <param name="json">The calendar as JSON.</param>
    /// <returns>This builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The name is empty or white space, or taken.</exception>
    /// <exception cref="System.Text.Json.JsonException">The JSON is malformed or describes an invalid calendar; the message names the JSON path and the problem.</exception>
    public CustomerCareBuilder AddCalendarJson(string name, string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return AddCalendar(name, BusinessCalendarJson.Read(json));
    }

    /// <summary>Adds the SLA policy set, built with every calendar added to this builder and then <paramref name="configure"/>.</summary>
    /// <param name="configure">Adds the policies, the fallback and, if needed, priorities to the set's builder.</param>
    /// <returns>This builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="configure"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">A policy set was already added: a tenant has one.</exception>
    public CustomerCareBuilder AddSlaPolicies(Action<SlaPolicySetBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return SetPolicies(calendars =>
        {
            var builder = new SlaPolicySetBuilder();
            foreach (var (name, calendar) in calendars)
            {
                builder.AddCalendar(name, calendar);
            }

            configure(builder);
            return builder.Build();
        });
    }

    /// <summary>Adds the SLA policy set read from JSON (see <see cref="SlaPolicyJson"/>), whose targets may name any calendar added to this builder.</summary>
    /// <param name="json">The policy set as JSON.</param>
    /// <returns>This builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">A policy set was already added: a tenant has one.</exception>
    /// <remarks>The JSON is read when <c>AddCustomerCare</c> returns: a <see cref="System.Text.Json.JsonException"/> naming the JSON path, or an
    /// <see cref="InvalidOperationException"/> listing every problem of the policy set, is thrown from there.</remarks>
    public CustomerCareBuilder AddSlaPoliciesJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return SetPolicies(calendars => SlaPolicyJson.Read(json, calendars));
    }

    /// <summary>Adds the segment catalogue.</summary>
    /// <param name="catalogue">The catalogue.</param>
    /// <returns>This builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalogue"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">A catalogue was already added: a tenant has one.</exception>
    public CustomerCareBuilder AddSegments(SegmentCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        return SetSegments(() => catalogue);
    }

    /// <summary>Adds the segment catalogue read from JSON (see <see cref="SegmentCatalogueJson"/>) when <c>AddCustomerCare</c> returns.</summary>
    /// <param name="json">The catalogue as JSON.</param>
    /// <returns>This builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">A catalogue was already added: a tenant has one.</exception>
    public CustomerCareBuilder AddSegmentsJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return SetSegments(() => SegmentCatalogueJson.Read(json));
    }

    /// <summary>Adds the care plans, scheduled on the calendar named <paramref name="calendar"/> and checked against the segment catalogue if one is added.</summary>
    /// <param name="calendar">The name of a calendar added to this builder.</param>
    /// <param name="plans">The plans, at most one per segment.</param>
    /// <returns>This builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">Care plans were already added: a tenant has one set.</exception>
    public CustomerCareBuilder AddCarePlans(string calendar, params IEnumerable<CarePlan> plans)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(plans);
        Once(_plans is null, "Care plans were");
        _plans = (calendar, [.. plans]);
        return this;
    }

    /// <summary>Adds a care goal; goal names are unique, ignoring case.</summary>
    /// <param name="goal">The goal.</param>
    /// <returns>This builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="goal"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A goal of that name was already added.</exception>
    public CustomerCareBuilder AddGoal(CareGoal goal)
    {
        ArgumentNullException.ThrowIfNull(goal);
        if (_goals.Exists(g => string.Equals(g.Name, goal.Name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException($"A goal named '{goal.Name}' was already added; give each goal its own name.", nameof(goal));
        }

        _goals.Add(goal);
        return this;
    }

    /// <summary>Reads a care goal from JSON (see <see cref="CareGoalJson"/>) and adds it as <see cref="AddGoal"/> does.</summary>
    /// <param name="json">The goal as JSON.</param>
    /// <returns>This builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="System.Text.Json.JsonException">The JSON is malformed or the goal invalid; the message starts with the JSON path.</exception>
    /// <exception cref="ArgumentException">A goal of that name was already added.</exception>
    public CustomerCareBuilder AddGoalJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return AddGoal(CareGoalJson.Read(json));
    }

    /// <summary>Adds the capability envelope read from JSON (see <see cref="CapabilityEnvelopeJson"/>) with every calendar added to this builder.</summary>
    /// <param name="json">The envelope as JSON.</param>
    /// <returns>This builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">An envelope was already added: a tenant has one.</exception>
    public CustomerCareBuilder AddCapabilityJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        Once(_capability is null, "A capability envelope was");
        _capability = calendars => CapabilityEnvelopeJson.Read(json, calendars);
        return this;
    }

    /// <summary>Adds the capability envelope.</summary>
    /// <param name="envelope">The envelope.</param>
    /// <returns>This builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="envelope"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">An envelope was already added: a tenant has one.</exception>
    public CustomerCareBuilder AddCapability(CapabilityEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        Once(_capability is null, "A capability envelope was");
        _capability = _ => envelope;
        return this;
    }

    /// <summary>Adds the responsibility model.</summary>
    /// <param name="model">The model (its ceilings and minimum tiers are its own).</param>
    /// <returns>This builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">A model was already added: a tenant has one.</exception>
    public CustomerCareBuilder AddResponsibility(ResponsibilityModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Once(_responsibility is null, "A responsibility model was");
        _responsibility = (_, _) => model;
        return this;
    }

    /// <summary>Adds the responsibility model read from JSON (see <see cref="ResponsibilityModelJson"/>), with the capability envelope's compensation
    /// ceilings and the care plans' minimum tiers when those are added.</summary>
    /// <param name="json">The model as JSON.</param>
    /// <returns>This builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">A model was already added: a tenant has one.</exception>
    public CustomerCareBuilder AddResponsibilityJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        Once(_responsibility is null, "A responsibility model was");
        _responsibility = (ceilings, tiers) => ResponsibilityModelJson.Read(json, ceilings, tiers);
        return this;
    }

    /// <summary>Builds the model from every part added (called once by AddCustomerCare); exceptions are the core's.</summary>
    internal CustomerCareModel Build()
    {
        var calendars = new Dictionary<string, BusinessCalendar>(_calendars, StringComparer.Ordinal);
        var policies = _policies?.Invoke(calendars);
        var segments = _segments?.Invoke();
        CarePlanCatalogue? plans = null;
        if (_plans is var (calendarName, list))
        {
            if (!calendars.TryGetValue(calendarName, out var calendar))
            {
                throw new InvalidOperationException($"The care plans name the calendar '{calendarName}', which was not added; add it with AddCalendar.");
            }

            plans = new CarePlanCatalogue(calendar, list, segments);
        }

        var capability = _capability?.Invoke(calendars);
        var responsibility = _responsibility?.Invoke(capability, plans);
        return new CustomerCareModel(Tenant, calendars, policies, segments, plans, [.. _goals], capability, responsibility);
    }

    private CustomerCareBuilder SetPolicies(Func<IReadOnlyDictionary<string, BusinessCalendar>, SlaPolicySet> source)
    {
        Once(_policies is null, "An SLA policy set was", " Put every policy in it, ordered, with one fallback.");
        _policies = source;
        return this;
    }

    private CustomerCareBuilder SetSegments(Func<SegmentCatalogue> source)
    {
        Once(_segments is null, "A segment catalogue was");
        _segments = source;
        return this;
    }

    private static void Once(bool first, string what, string hint = "")
    {
        if (!first)
        {
            throw new InvalidOperationException($"{what} already added. A tenant has one.{hint}");
        }
    }
}
