// What the business will and will not do, as one immutable model: scope, staffed channels, ceilings, goodwill budget, capacity, fastest response.
using System.Collections.Frozen;
using System.Globalization;
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Internal;
using CustomerCare.Core.Responsibility;
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CustomerCare.Core.Goals.Capability;

/// <summary>
/// The capability envelope of a help desk: which request kinds it handles, through which channels and when each is
/// staffed, the most it grants in compensation per request kind, the goodwill budget per period, how much work one
/// agent carries, and the fastest first response it can staff per channel and priority. Build one with
/// <see cref="CapabilityEnvelopeBuilder"/>; judge a request with <see cref="Decide(in CareRequest, GoodwillLedger?)"/>;
/// check promises against it with <see cref="CapabilityCheck"/>.
/// </summary>
/// <remarks>
/// <para><b>Categories</b>: scope and ceilings are set for <see cref="CategoryPattern"/>s and the most specific matching
/// setting wins (greater <see cref="CategoryPattern.Specificity"/>; between equally specific patterns, the one added
/// first). A kind no scope setting covers is out of scope: the envelope lists what the business does.</para>
/// <para>Immutable and thread-safe. Deciding allocates nothing: the settings are ordered and the channels indexed when
/// the envelope is built.</para>
/// </remarks>
public sealed class CapabilityEnvelope : ICompensationCeilings
{
    private readonly ScopeRule[] _scope;
    private readonly CeilingRule[] _ceilings;
    private readonly ChannelPlan[] _channels;
    private readonly FrozenDictionary<string, int> _channelIndex;

    internal CapabilityEnvelope(
        DateTimeZone zone,
        string currency,
        IReadOnlyDictionary<string, BusinessCalendar> calendars,
        ChannelPlan[] channels,
        ScopeRule[] scope,
        CeilingRule[] ceilings,
        Money? goodwillBudget,
        BudgetPeriod goodwillPeriod,
        AgentCapacity capacity)
    {
        Zone = zone;
        Currency = currency;
        Calendars = calendars.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _channels = channels;
        _channelIndex = channels.Select((c, i) => KeyValuePair.Create(c.Name, i)).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Channels = [.. channels.Select(c => c.Name)];
        ScopeSettings = [.. scope.OrderBy(r => r.Order)];
        CeilingSettings = [.. ceilings.OrderBy(r => r.Order)];
        _scope = RuleOrder.MostSpecificFirst(scope, r => r.Pattern, r => r.Order);
        _ceilings = RuleOrder.MostSpecificFirst(ceilings, r => r.Pattern, r => r.Order);
        GoodwillBudget = goodwillBudget;
        GoodwillPeriod = goodwillPeriod;
        Capacity = capacity;
    }

    /// <summary>Gets the business's time zone (goodwill periods are local periods in it).</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the ISO 4217 currency of every ceiling and of the goodwill budget.</summary>
    public string Currency { get; }

    /// <summary>Gets the registered calendars by name (case-insensitive).</summary>
    public IReadOnlyDictionary<string, BusinessCalendar> Calendars { get; }

    /// <summary>Gets the channel names, in the order they were added.</summary>
    public IReadOnlyList<string> Channels { get; }

    /// <summary>Gets the goodwill budget per <see cref="GoodwillPeriod"/>, or null when the envelope sets none (compensation is then limited by the ceilings only).</summary>
    public Money? GoodwillBudget { get; }

    /// <summary>Gets the period of the goodwill budget.</summary>
    public BudgetPeriod GoodwillPeriod { get; }

    /// <summary>Gets how much concurrent work one agent carries.</summary>
    public AgentCapacity Capacity { get; }

    internal IReadOnlyList<ScopeRule> ScopeSettings { get; }

    internal IReadOnlyList<CeilingRule> CeilingSettings { get; }

    internal IReadOnlyList<ChannelPlan> ChannelPlans => _channels;

    /// <summary>Gets the scope of a request kind: the most specific scope setting that matches it, else <see cref="RequestScope.OutOfScope"/>.</summary>
    /// <param name="requestKind">The request kind.</param>
    /// <returns>The scope.</returns>
    /// <exception cref="ArgumentException"><paramref name="requestKind"/> is <c>default</c>.</exception>
    public RequestScope ScopeOf(CategoryPath requestKind)
    {
        CategoryPath.EnsureDefined(requestKind, nameof(requestKind));
        return FindScope(requestKind);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="requestKind"/> is <c>default</c>.</exception>
    public bool TryGetCeiling(CategoryPath requestKind, out Money ceiling)
    {
        CategoryPath.EnsureDefined(requestKind, nameof(requestKind));
        var rule = FindCeiling(requestKind);
        ceiling = rule?.Ceiling ?? default;
        return rule is not null;
    }

    /// <summary>Gets the amount up to which agents may grant compensation for <paramref name="requestKind"/> without approval.</summary>
    /// <param name="requestKind">The request kind.</param>
    /// <param name="threshold">The threshold, when the most specific ceiling setting sets one.</param>
    /// <returns>True when a threshold applies; false when the kind's ceiling has none (everything up to the ceiling is allowed) or no ceiling applies.</returns>
    /// <exception cref="ArgumentException"><paramref name="requestKind"/> is <c>default</c>.</exception>
    public bool TryGetApprovalThreshold(CategoryPath requestKind, out Money threshold)
    {
        CategoryPath.EnsureDefined(requestKind, nameof(requestKind));
        threshold = FindCeiling(requestKind)?.ApprovalAbove ?? default;
        return threshold.IsDefined;
    }

    /// <summary>Gets the calendar that says when <paramref name="channel"/> is staffed.</summary>
    /// <param name="channel">A channel name (case-insensitive).</param>
    /// <param name="calendar">The calendar, when the channel exists.</param>
    /// <returns>True when the envelope offers the channel.</returns>
    public bool TryGetCalendar(string channel, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out BusinessCalendar? calendar)
    {
        ArgumentNullException.ThrowIfNull(channel);
        calendar = _channelIndex.TryGetValue(channel, out var i) ? _channels[i].Calendar : null;
        return calendar is not null;
    }

    /// <summary>Gets the fastest first response the business can staff on <paramref name="channel"/> for <paramref name="priority"/>.</summary>
    /// <param name="channel">A channel name (case-insensitive).</param>
    /// <param name="priority">A priority name (case-insensitive).</param>
    /// <param name="fastest">The fastest response: the channel's setting for the priority, else its setting for every priority.</param>
    /// <returns>True when the envelope states one.</returns>
    public bool TryGetFastestFirstResponse(string channel, string priority, out Duration fastest)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(priority);
        fastest = default;
        if (!_channelIndex.TryGetValue(channel, out var i))
        {
            return false;
        }

        var plan = _channels[i];
        if (plan.FastestByPriority.TryGetValue(priority, out fastest))
        {
            return true;
        }

        fastest = plan.FastestAnyPriority.GetValueOrDefault();
        return plan.FastestAnyPriority.HasValue;
    }

    /// <summary>Opens an empty goodwill ledger for the budget period that holds <paramref name="at"/>.</summary>
    /// <param name="at">An instant in the period.</param>
    /// <returns>The ledger: the envelope's budget for the local period (day, ISO week, month, quarter or year in
    /// <see cref="Zone"/>), from the start of its first day to the start of the next period's first day (the first
    /// instant of a day whose midnight falls in a DST gap).</returns>
    /// <exception cref="InvalidOperationException">The envelope sets no goodwill budget.</exception>
    public GoodwillLedger OpenLedger(Instant at)
    {
        if (GoodwillBudget is not { } budget)
        {
            Preconditions.ThrowInvalidOperation("The envelope sets no goodwill budget; call GoodwillBudget(amount, period) on the builder to have one.");
            return null!;
        }

        var date = at.InZone(Zone).Date;
        var start = GoodwillPeriod switch
        {
            BudgetPeriod.Day => date,
            BudgetPeriod.Week => date.PlusDays(-((int)date.DayOfWeek - 1)),
            BudgetPeriod.Month => new LocalDate(date.Year, date.Month, 1),
            BudgetPeriod.Quarter => new LocalDate(date.Year, (((date.Month - 1) / 3) * 3) + 1, 1),
            _ => new LocalDate(date.Year, 1, 1),
        };
        var end = GoodwillPeriod switch
        {
            BudgetPeriod.Day => start.PlusDays(1),
            BudgetPeriod.Week => start.PlusWeeks(1),
            BudgetPeriod.Month => start.PlusMonths(1),
            BudgetPeriod.Quarter => start.PlusMonths(3),
            _ => start.PlusYears(1),
        };
        return GoodwillLedger.Open(budget, new Interval(Zone.AtStartOfDay(start).ToInstant(), Zone.AtStartOfDay(end).ToInstant()));
    }

    /// <summary>Decides a request that the goodwill budget does not concern (no compensation asked, or no budget set).</summary>
    /// <param name="request">The request.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentException"><paramref name="request"/> is <c>default</c>, or it asks compensation while the envelope has a goodwill budget (pass the period's ledger).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The request's instant is outside the channel calendar's horizon.</exception>
    public CapabilityDecision Decide(in CareRequest request) => Decide(in request, null);

    /// <summary>
    /// Decides what the business does with a request: declined (unknown channel, out of scope, channel closed at the
    /// request's instant, other currency, over the ceiling, more than the goodwill left), needs approval (the kind
    /// needs it, no ceiling is set for a requested amount, the amount is above the approval threshold) or allowed.
    /// Declines are checked first, in that order; the first reason that applies is reported. Allocates nothing.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="ledger">The goodwill ledger of the request's period; needed when the envelope has a goodwill budget
    /// and the request asks compensation, ignored otherwise. The decision does not change it: grant the amount on the
    /// ledger once the compensation is given.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentException"><paramref name="request"/> is <c>default</c>; or the ledger is needed and missing,
    /// or its period does not hold the request's instant.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The request's instant is outside the channel calendar's horizon.</exception>
    public CapabilityDecision Decide(in CareRequest request, GoodwillLedger? ledger)
    {
        if (!request.IsDefined)
        {
            Preconditions.ThrowArgument(nameof(request), "request is default(CareRequest); create it with new CareRequest(kind, channel, at).");
        }

        if (!_channelIndex.TryGetValue(request.Channel, out var channel))
        {
            return CapabilityDecision.Declined(CapabilityReason.UnknownChannel);
        }

        var scope = FindScope(request.Kind);
        if (scope == RequestScope.OutOfScope)
        {
            return CapabilityDecision.Declined(CapabilityReason.OutOfScope);
        }

        if (!_channels[channel].Calendar.IsOpen(request.At))
        {
            return CapabilityDecision.Declined(CapabilityReason.ChannelClosed);
        }

        var approval = scope == RequestScope.NeedsApproval ? CapabilityReason.KindNeedsApproval : CapabilityReason.None;
        Money approvalLimit = default;
        if (request.AsksCompensation)
        {
            var amount = request.Compensation;
            if (!string.Equals(amount.Currency, Currency, StringComparison.Ordinal))
            {
                return CapabilityDecision.Declined(CapabilityReason.OtherCurrency);
            }

            var rule = FindCeiling(request.Kind);
            if (rule is not null && amount.Amount > rule.Ceiling.Amount)
            {
                return CapabilityDecision.Declined(CapabilityReason.OverCeiling, rule.Ceiling);
            }

            if (GoodwillBudget.HasValue)
            {
                CheckLedger(ledger, request.At);
                if (amount.Amount > ledger.Remaining.Amount)
                {
                    return CapabilityDecision.Declined(CapabilityReason.BudgetExhausted, ledger.Remaining);
                }
            }

            if (approval == CapabilityReason.None)
            {
                if (rule is null)
                {
                    approval = CapabilityReason.NoCeiling;
                }
                else if (rule.ApprovalAbove.IsDefined && amount.Amount > rule.ApprovalAbove.Amount)
                {
                    approval = CapabilityReason.AboveApprovalThreshold;
                    approvalLimit = rule.ApprovalAbove;
                }
            }
        }

        return approval == CapabilityReason.None
            ? default
            : new CapabilityDecision(CapabilityOutcome.NeedsApproval, approval, approvalLimit);
    }

    /// <summary>Formats a summary such as <c>CapabilityEnvelope Asia/Ho_Chi_Minh VND: 3 channels, 5 scope settings, 2 ceilings, goodwill 50,000,000 VND per Month</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"CapabilityEnvelope {Zone.Id} {Currency}: {_channels.Length} channels, {_scope.Length} scope settings, {_ceilings.Length} ceilings, goodwill {(GoodwillBudget is { } b ? $"{b} per {GoodwillPeriod}" : "not set")}");

    private RequestScope FindScope(CategoryPath kind)
    {
        foreach (var rule in _scope)
        {
            if (rule.Pattern.Matches(kind))
            {
                return rule.Scope;
            }
        }

        return RequestScope.OutOfScope;
    }

    private CeilingRule? FindCeiling(CategoryPath kind)
    {
        foreach (var rule in _ceilings)
        {
            if (rule.Pattern.Matches(kind))
            {
                return rule;
            }
        }

        return null;
    }

    private void CheckLedger([System.Diagnostics.CodeAnalysis.NotNull] GoodwillLedger? ledger, Instant at)
    {
        if (ledger is null)
        {
            Preconditions.ThrowArgument(nameof(ledger), "ledger is null, but the envelope has a goodwill budget and the request asks compensation; pass the period's ledger (OpenLedger(at) starts one).");
        }

        if (!ledger.Period.Contains(at) || !string.Equals(ledger.Budget.Currency, Currency, StringComparison.Ordinal))
        {
            Preconditions.ThrowArgument(nameof(ledger), $"ledger covers {ledger.Period} in {ledger.Budget.Currency}, but the request is at {at} in {Currency}; pass the ledger of the request's period.");
        }
    }
}
