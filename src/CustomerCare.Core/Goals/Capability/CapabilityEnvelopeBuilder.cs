// Assembles and validates a CapabilityEnvelope; argument mistakes throw at once, cross-references are checked together in Build.
using System.Collections.Frozen;
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Internal;
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CustomerCare.Core.Goals.Capability;

/// <summary>
/// Builds an immutable <see cref="CapabilityEnvelope"/>. Each method rejects a bad argument at once
/// (<see cref="ArgumentException"/> naming the parameter); <see cref="Build"/> rejects, in one
/// <see cref="InvalidOperationException"/> listing every problem: no channel, a channel on an unregistered calendar,
/// an item weight above an agent's capacity, and a fastest response for an unknown channel.
/// </summary>
/// <remarks>Not thread-safe; use one builder on one thread. <see cref="Build"/> may be called once.</remarks>
[MutableByDesign("A builder; it produces an immutable CapabilityEnvelope and refuses reuse after Build.")]
public sealed class CapabilityEnvelopeBuilder
{
    private readonly DateTimeZone _zone;
    private readonly string _currency;
    private readonly Dictionary<string, BusinessCalendar> _calendars = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(string Name, string Calendar, int? Weight)> _channels = [];
    private readonly List<ScopeRule> _scope = [];
    private readonly List<CeilingRule> _ceilings = [];
    private readonly List<(string Channel, Duration Fastest, string? Priority)> _fastest = [];
    private Money? _budget;
    private BudgetPeriod _period;
    private int _units = 1;
    private LoadCounting _counting;
    private bool _built;

    /// <summary>Starts an envelope for a business in <paramref name="zone"/> that pays compensation in <paramref name="currency"/>.</summary>
    /// <param name="zone">The business's time zone.</param>
    /// <param name="currency">The ISO 4217 currency of every ceiling and of the goodwill budget.</param>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> or <paramref name="currency"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is not three upper-case letters.</exception>
    public CapabilityEnvelopeBuilder(DateTimeZone zone, string currency)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(currency);
        if (!Money.IsCurrencyCode(currency))
        {
            Preconditions.ThrowArgument(nameof(currency), $"currency must be an ISO 4217 code of three upper-case letters such as 'VND'; it was '{currency}'.");
        }

        _zone = zone;
        _currency = currency;
    }

    /// <summary>Registers a business calendar under a name, so that channels can be staffed on it.</summary>
    /// <param name="name">A non-blank name, unique in the envelope (case-insensitive).</param>
    /// <param name="calendar">The calendar.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank or already registered.</exception>
    public CapabilityEnvelopeBuilder AddCalendar(string name, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        NotBlank(name, nameof(name), "a calendar name such as 'desk'");
        if (!_calendars.TryAdd(name, calendar))
        {
            Preconditions.ThrowArgument(nameof(name), $"name '{name}' is already registered as a calendar; give each calendar its own name.");
        }

        return this;
    }

    /// <summary>Adds a channel, staffed when the named calendar is open.</summary>
    /// <param name="name">A non-blank channel name, unique in the envelope (case-insensitive), e.g. <c>chat</c>.</param>
    /// <param name="calendar">The name of a calendar registered with <see cref="AddCalendar"/> (checked by <see cref="Build"/>).</param>
    /// <param name="weight">The capacity units one item of the channel takes, from 1 to the units per agent; null for
    /// all of an agent's units (one item at a time, as for voice).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="calendar"/> is blank, or the channel already exists.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> is below 1.</exception>
    public CapabilityEnvelopeBuilder AddChannel(string name, string calendar, int? weight = null)
    {
        NotBlank(name, nameof(name), "a channel name such as 'chat'");
        NotBlank(calendar, nameof(calendar), "the name of a registered calendar");
        if (weight < 1)
        {
            Preconditions.ThrowOutOfRange(nameof(weight), weight.Value, "must be at least 1 capacity unit");
        }

        if (_channels.Exists(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            Preconditions.ThrowArgument(nameof(name), $"name '{name}' is already a channel of the envelope; add each channel once.");
        }

        _channels.Add((name, calendar, weight));
        return this;
    }

    /// <summary>Sets the scope of the request kinds a pattern selects; the most specific matching setting wins.</summary>
    /// <param name="pattern">A category pattern such as <c>returns/**</c> (see <see cref="CategoryPattern"/>).</param>
    /// <param name="scope">In scope, needs approval, or out of scope.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="pattern"/> is not a category pattern or already has a scope.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scope"/> is not a defined value.</exception>
    public CapabilityEnvelopeBuilder Scope(string pattern, RequestScope scope)
    {
        var parsed = ParsePattern(pattern);
        if (!Enum.IsDefined(scope))
        {
            Preconditions.ThrowOutOfRange(nameof(scope), scope, $"must be a defined {nameof(RequestScope)}");
        }

        if (_scope.Exists(r => r.Pattern.Equals(parsed)))
        {
            Preconditions.ThrowArgument(nameof(pattern), $"pattern '{parsed}' already has a scope; set each pattern once.");
        }

        _scope.Add(new ScopeRule(parsed, scope, _scope.Count));
        return this;
    }

    /// <summary>Sets the compensation ceiling of the request kinds a pattern selects; the most specific matching setting wins.</summary>
    /// <param name="pattern">A category pattern such as <c>returns/**</c>.</param>
    /// <param name="ceiling">The most the business grants, zero or more, in the envelope's currency; above it a request is declined.</param>
    /// <param name="approvalAbove">The most an agent grants without approval, from zero to <paramref name="ceiling"/>; null when
    /// everything up to the ceiling is allowed.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The pattern is not a category pattern or already has a ceiling; an amount is <c>default</c> or in another currency.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative, or <paramref name="approvalAbove"/> is above <paramref name="ceiling"/>.</exception>
    public CapabilityEnvelopeBuilder Ceiling(string pattern, Money ceiling, Money? approvalAbove = null)
    {
        var parsed = ParsePattern(pattern);
        InCurrency(ceiling, nameof(ceiling));
        if (approvalAbove is { } threshold)
        {
            InCurrency(threshold, nameof(approvalAbove));
            if (threshold.Amount > ceiling.Amount)
            {
                Preconditions.ThrowOutOfRange(nameof(approvalAbove), threshold, $"must not be above the ceiling {ceiling}");
            }
        }

        if (_ceilings.Exists(r => r.Pattern.Equals(parsed)))
        {
            Preconditions.ThrowArgument(nameof(pattern), $"pattern '{parsed}' already has a ceiling; set each pattern once.");
        }

        _ceilings.Add(new CeilingRule(parsed, ceiling, approvalAbove ?? default, _ceilings.Count));
        return this;
    }

    /// <summary>Sets the goodwill budget per period.</summary>
    /// <param name="amount">The budget, zero or more, in the envelope's currency.</param>
    /// <param name="period">The period (local to the envelope's zone).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="amount"/> is <c>default</c> or in another currency.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative, or <paramref name="period"/> is not a defined value.</exception>
    public CapabilityEnvelopeBuilder GoodwillBudget(Money amount, BudgetPeriod period)
    {
        InCurrency(amount, nameof(amount));
        if (!Enum.IsDefined(period))
        {
            Preconditions.ThrowOutOfRange(nameof(period), period, $"must be a defined {nameof(BudgetPeriod)}");
        }

        _budget = amount;
        _period = period;
        return this;
    }

    /// <summary>Sets an agent's capacity (default: 1 unit, every item takes it, all open work counts).</summary>
    /// <param name="unitsPerAgent">The units one agent carries, at least 1.</param>
    /// <param name="counting">Which open work counts toward the load.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unitsPerAgent"/> is below 1, or <paramref name="counting"/> is not a defined value.</exception>
    public CapabilityEnvelopeBuilder Capacity(int unitsPerAgent, LoadCounting counting)
    {
        if (unitsPerAgent < 1)
        {
            Preconditions.ThrowOutOfRange(nameof(unitsPerAgent), unitsPerAgent, "must be at least 1 capacity unit");
        }

        if (!Enum.IsDefined(counting))
        {
            Preconditions.ThrowOutOfRange(nameof(counting), counting, $"must be a defined {nameof(LoadCounting)}");
        }

        _units = unitsPerAgent;
        _counting = counting;
        return this;
    }

    /// <summary>Sets the fastest first response the business can staff on a channel, for some priorities or for all.</summary>
    /// <param name="channel">A channel of the envelope (checked by <see cref="Build"/>).</param>
    /// <param name="fastest">A positive duration in whole seconds.</param>
    /// <param name="priorities">The priorities it applies to; none for every priority without a setting of its own.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="channel"/> or a priority is blank, or the pair already has a setting.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fastest"/> is not positive or not whole seconds.</exception>
    public CapabilityEnvelopeBuilder FastestFirstResponse(string channel, Duration fastest, params string[] priorities)
    {
        NotBlank(channel, nameof(channel), "a channel name");
        ArgumentNullException.ThrowIfNull(priorities);
        Preconditions.Positive(fastest);
        if (fastest.SubsecondNanoseconds != 0)
        {
            Preconditions.ThrowOutOfRange(nameof(fastest), fastest, "must be whole seconds");
        }

        string?[] keys = priorities.Length == 0 ? new string?[1] : priorities;
        var i = 0;
        foreach (var priority in keys)
        {
            if (priority is not null && string.IsNullOrWhiteSpace(priority))
            {
                Preconditions.ThrowArgument(nameof(priorities), $"priorities[{i}] is blank; name a priority such as 'urgent'.");
            }

            if (_fastest.Exists(f => string.Equals(f.Channel, channel, StringComparison.OrdinalIgnoreCase) && string.Equals(f.Priority, priority, StringComparison.OrdinalIgnoreCase)))
            {
                Preconditions.ThrowArgument(nameof(priorities), $"channel '{channel}' already has a fastest first response for {(priority is null ? "every priority" : $"priority '{priority}'")}; set it once.");
            }

            _fastest.Add((channel, fastest, priority));
            i++;
        }

        return this;
    }

    /// <summary>Builds and validates the envelope.</summary>
    /// <returns>The immutable envelope.</returns>
    /// <exception cref="InvalidOperationException">The configuration is invalid (the message lists every problem and its fix), or the builder was already used.</exception>
    public CapabilityEnvelope Build()
    {
        if (_built)
        {
            Preconditions.ThrowInvalidOperation("This CapabilityEnvelopeBuilder was already built; start a new one.");
        }

        var errors = new List<string>();
        if (_channels.Count == 0)
        {
            errors.Add("No channel: call AddChannel(name, calendar) for every channel the business answers on.");
        }

        var plans = new List<ChannelPlan>();
        var weights = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, calendarName, weight) in _channels)
        {
            if (!_calendars.TryGetValue(calendarName, out var calendar))
            {
                errors.Add($"Channel '{name}' is staffed on calendar '{calendarName}', which is not registered: call AddCalendar(\"{calendarName}\", calendar). Known: {Known(_calendars.Keys)}.");
                continue;
            }

            var units = weight ?? _units;
            if (units > _units)
            {
                errors.Add($"Channel '{name}' weighs {units} units but an agent carries {_units}: lower the weight or raise Capacity(unitsPerAgent, ...).");
            }

            var mine = _fastest.Where(f => string.Equals(f.Channel, name, StringComparison.OrdinalIgnoreCase)).ToList();
            var any = mine.Where(f => f.Priority is null).Select(f => (Duration?)f.Fastest).FirstOrDefault();
            var byPriority = mine.Where(f => f.Priority is not null).ToFrozenDictionary(f => f.Priority!, f => f.Fastest, StringComparer.OrdinalIgnoreCase);
            plans.Add(new ChannelPlan(name, calendarName, calendar, units, any, byPriority));
            weights[name] = units;
        }

        foreach (var channel in _fastest.Select(f => f.Channel).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (!_channels.Exists(c => string.Equals(c.Name, channel, StringComparison.OrdinalIgnoreCase)))
            {
                errors.Add($"A fastest first response is set for channel '{channel}', which is not a channel of the envelope: add it with AddChannel or remove the setting. Known: {Known(_channels.Select(c => c.Name))}.");
            }
        }

        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The capability envelope is invalid:\n - " + string.Join("\n - ", errors));
        }

        _built = true;
        return new CapabilityEnvelope(_zone, _currency, _calendars, [.. plans], [.. _scope], [.. _ceilings], _budget, _period,
            new AgentCapacity(_units, _counting, weights));
    }

    private static void NotBlank(string value, string paramName, string what)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (string.IsNullOrWhiteSpace(value))
        {
            Preconditions.ThrowArgument(paramName, $"{paramName} must be {what}; it was '{value}'.");
        }
    }

    private static CategoryPattern ParsePattern(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        try
        {
            return CategoryPattern.Parse(pattern);
        }
        catch (ArgumentException ex)
        {
            Preconditions.ThrowArgument(nameof(pattern), $"pattern '{pattern}' is not a category pattern: {ex.Message}");
            return null!;
        }
    }

    private static string Known(IEnumerable<string> names) => string.Join(", ", names.Order(StringComparer.Ordinal)) is { Length: > 0 } list ? list : "none";

    private void InCurrency(Money amount, string paramName)
    {
        Money.EnsureDefined(amount, paramName);
        if (!string.Equals(amount.Currency, _currency, StringComparison.Ordinal))
        {
            Preconditions.ThrowArgument(paramName, $"{paramName} is in {amount.Currency} but the envelope's currency is {_currency}; give every amount in {_currency}.");
        }

        if (amount.Amount < 0)
        {
            Preconditions.ThrowOutOfRange(paramName, amount, "must be zero or more");
        }
    }
}
