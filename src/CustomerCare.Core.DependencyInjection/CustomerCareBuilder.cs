// The registration-time builder behind services.AddCustomerCare(care => ...): named calendars and one SLA policy set.
using CustomerCare.Core.Calendars;
using CustomerCare.Core.DependencyInjection.Internal;
using CustomerCare.Core.Sla.Policies;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerCare.Core.DependencyInjection;

/// <summary>
/// Collects what a host registers with <see cref="CustomerCareServiceCollectionExtensions.AddCustomerCare(IServiceCollection, Action{CustomerCareBuilder})"/>:
/// business calendars by name and the SLA policy set. Everything is validated and built when
/// <c>AddCustomerCare</c> returns, so a bad calendar or policy fails at start-up with the message of the
/// calendar or policy builder, never at the first ticket.
/// </summary>
/// <remarks>
/// A builder is used by one thread during registration and then discarded. Calendars are registered as keyed
/// singletons (resolve with <c>[FromKeyedServices("name")] BusinessCalendar</c> or
/// <c>GetRequiredKeyedService&lt;BusinessCalendar&gt;("name")</c>); the policy set as a singleton
/// <see cref="SlaPolicySet"/> that sees every calendar added here, whatever the order of the calls.
/// </remarks>
[MutableByDesign("A registration-time builder, used by one thread and then discarded.")]
public sealed class CustomerCareBuilder
{
    private readonly Dictionary<string, BusinessCalendar> _calendars = new(StringComparer.Ordinal);
    private readonly List<Func<IReadOnlyDictionary<string, BusinessCalendar>, SlaPolicySet>> _policySources = [];

    internal CustomerCareBuilder(IServiceCollection services) => Services = services;

    /// <summary>Gets the service collection being configured, for registrations of the host's own.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Registers <paramref name="calendar"/> as the keyed singleton <paramref name="name"/> and makes it available to the SLA policies by that name.</summary>
    /// <param name="name">The calendar's name: the key it is resolved by and the name SLA targets use. Not empty; unique.</param>
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

        Services.AddKeyedSingleton(name, calendar);
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

    /// <summary>
    /// Registers the singleton <see cref="SlaPolicySet"/>, built with every calendar added to this builder and then
    /// <paramref name="configure"/>.
    /// </summary>
    /// <param name="configure">Adds the policies, the fallback and, if needed, priorities to the set's builder.</param>
    /// <returns>This builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="configure"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">A policy set was already added: a host has one.</exception>
    public CustomerCareBuilder AddSlaPolicies(Action<SlaPolicySetBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return AddPolicySource(calendars =>
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

    /// <summary>Registers the singleton <see cref="SlaPolicySet"/> read from JSON (see <see cref="SlaPolicyJson"/>), whose targets may name any calendar added to this builder.</summary>
    /// <param name="json">The policy set as JSON.</param>
    /// <returns>This builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">A policy set was already added: a host has one.</exception>
    /// <remarks>The JSON is read when <c>AddCustomerCare</c> returns: a <see cref="System.Text.Json.JsonException"/> naming the JSON path, or an
    /// <see cref="InvalidOperationException"/> listing every problem of the policy set, is thrown from there.</remarks>
    public CustomerCareBuilder AddSlaPoliciesJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return AddPolicySource(calendars => SlaPolicyJson.Read(json, calendars));
    }

    private CustomerCareBuilder AddPolicySource(Func<IReadOnlyDictionary<string, BusinessCalendar>, SlaPolicySet> source)
    {
        if (_policySources.Count > 0)
        {
            throw new InvalidOperationException("An SLA policy set was already added. A host has one set: put every policy in it, ordered, with one fallback.");
        }

        _policySources.Add(source);
        return this;
    }

    /// <summary>Builds what was deferred until every calendar is known; called once by AddCustomerCare.</summary>
    internal void Complete()
    {
        if (_policySources.Count == 1)
        {
            Services.AddSingleton(_policySources[0](_calendars));
        }
    }
}
