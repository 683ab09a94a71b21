// The goodwill budget of one period as an immutable ledger: every grant or reversal returns a new ledger, so no state is shared.
using System.Collections.Immutable;
using System.Globalization;
using CustomerCare.Core.Internal;
using NodaTime;

namespace CustomerCare.Core.Goals.Capability;

/// <summary>
/// The goodwill budget of one period and what has been granted from it: <see cref="Balance"/> = grants − reversals,
/// <see cref="Remaining"/> = budget − balance. A grant that would take <see cref="Remaining"/> below zero is refused
/// (<see cref="TryGrant"/> returns false) unless made with the explicit override <see cref="GrantOverBudget"/>.
/// </summary>
/// <remarks>
/// <para><b>An immutable value.</b> Every grant or reversal returns a new ledger and leaves this one unchanged, so a
/// ledger can be read from any thread. To share one period's ledger between threads, keep it in a field and
/// publish each new state with <see cref="System.Threading.Interlocked.CompareExchange{T}(ref T, T, T)"/>, retrying
/// when another thread got there first; a grant can then never spend budget another thread already spent.</para>
/// <para>Appending costs O(log n) (the entries are an immutable list). Amounts are <see cref="decimal"/>, unrounded.</para>
/// </remarks>
public sealed class GoodwillLedger
{
    private readonly ImmutableList<GoodwillEntry> _entries;
    private readonly ImmutableDictionary<string, decimal> _outstanding;
    private readonly decimal _granted;
    private readonly decimal _reversed;

    private GoodwillLedger(Interval period, Money budget, ImmutableList<GoodwillEntry> entries, ImmutableDictionary<string, decimal> outstanding, decimal granted, decimal reversed)
    {
        Period = period;
        Budget = budget;
        _entries = entries;
        _outstanding = outstanding;
        _granted = granted;
        _reversed = reversed;
        Remaining = new Money(budget.Amount - (granted - reversed), budget.Currency);
    }

    /// <summary>Gets the period the budget is for (start inclusive, end exclusive).</summary>
    public Interval Period { get; }

    /// <summary>Gets the budget of the period.</summary>
    public Money Budget { get; }

    /// <summary>Gets the sum of all grants.</summary>
    public Money Granted => new(_granted, Budget.Currency);

    /// <summary>Gets the sum of all reversals.</summary>
    public Money Reversed => new(_reversed, Budget.Currency);

    /// <summary>Gets what is spent: grants − reversals.</summary>
    public Money Balance => new(_granted - _reversed, Budget.Currency);

    /// <summary>Gets what is left: budget − balance; below zero only after a grant over budget.</summary>
    public Money Remaining { get; }

    /// <summary>Gets a value indicating whether grants over budget have taken <see cref="Remaining"/> below zero.</summary>
    public bool IsOverdrawn => Remaining.Amount < 0;

    /// <summary>Gets the entries in the order they were made.</summary>
    public IReadOnlyList<GoodwillEntry> Entries => _entries;

    /// <summary>Opens an empty ledger for a period.</summary>
    /// <param name="budget">The period's budget, zero or more.</param>
    /// <param name="period">The period; entries must fall inside it.</param>
    /// <returns>The ledger.</returns>
    /// <exception cref="ArgumentException"><paramref name="budget"/> is <c>default</c>, or <paramref name="period"/> is open-ended or empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="budget"/> is negative.</exception>
    public static GoodwillLedger Open(Money budget, Interval period)
    {
        Money.EnsureDefined(budget, nameof(budget));
        if (budget.Amount < 0)
        {
            Preconditions.ThrowOutOfRange(nameof(budget), budget, "must be zero or more");
        }

        if (!period.HasStart || !period.HasEnd || period.Duration <= Duration.Zero)
        {
            Preconditions.ThrowArgument(nameof(period), $"period must have a start and a later end; it was {period}.");
        }

        return new GoodwillLedger(period, budget, [], ImmutableDictionary.Create<string, decimal>(StringComparer.Ordinal), 0m, 0m);
    }

    /// <summary>Grants goodwill if the budget allows it.</summary>
    /// <param name="reference">A reference not used by an earlier grant (a ticket or case id).</param>
    /// <param name="amount">A positive amount in the budget's currency.</param>
    /// <param name="at">An instant inside <see cref="Period"/>.</param>
    /// <param name="next">The ledger with the grant; this ledger when refused.</param>
    /// <returns>True when granted; false when <paramref name="amount"/> is more than <see cref="Remaining"/>.</returns>
    /// <exception cref="ArgumentException">The reference is blank or already used, the amount is <c>default</c> or in another currency.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The amount is not positive, or <paramref name="at"/> is outside the period.</exception>
    public bool TryGrant(string reference, Money amount, Instant at, out GoodwillLedger next)
    {
        CheckEntry(reference, amount, at);
        if (_outstanding.ContainsKey(reference))
        {
            Preconditions.ThrowArgument(nameof(reference), $"reference '{reference}' was already granted in this ledger; grant more under a new reference.");
        }

        if (amount.Amount > Remaining.Amount)
        {
            next = this;
            return false;
        }

        next = AddGrant(reference, amount, at, isOverride: false);
        return true;
    }

    /// <summary>Grants goodwill even when it takes <see cref="Remaining"/> below zero: the explicit override, recorded on the entry.</summary>
    /// <param name="reference">A reference not used by an earlier grant.</param>
    /// <param name="amount">A positive amount in the budget's currency.</param>
    /// <param name="at">An instant inside <see cref="Period"/>.</param>
    /// <returns>The ledger with the grant (marked as an override only when it exceeded what was left).</returns>
    /// <exception cref="ArgumentException">The reference is blank or already used, the amount is <c>default</c> or in another currency.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The amount is not positive, or <paramref name="at"/> is outside the period.</exception>
    public GoodwillLedger GrantOverBudget(string reference, Money amount, Instant at)
    {
        CheckEntry(reference, amount, at);
        if (_outstanding.ContainsKey(reference))
        {
            Preconditions.ThrowArgument(nameof(reference), $"reference '{reference}' was already granted in this ledger; grant more under a new reference.");
        }

        return AddGrant(reference, amount, at, isOverride: amount.Amount > Remaining.Amount);
    }

    /// <summary>Takes back (part of) an earlier grant, returning it to the budget.</summary>
    /// <param name="reference">The grant's reference.</param>
    /// <param name="amount">A positive amount in the budget's currency.</param>
    /// <param name="at">An instant inside <see cref="Period"/>.</param>
    /// <param name="next">The ledger with the reversal; this ledger when refused.</param>
    /// <returns>True when reversed; false when no grant has the reference, or <paramref name="amount"/> is more than what is still granted under it.</returns>
    /// <exception cref="ArgumentException">The reference is blank, the amount is <c>default</c> or in another currency.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The amount is not positive, or <paramref name="at"/> is outside the period.</exception>
    public bool TryReverse(string reference, Money amount, Instant at, out GoodwillLedger next)
    {
        CheckEntry(reference, amount, at);
        if (!_outstanding.TryGetValue(reference, out var outstanding) || amount.Amount > outstanding)
        {
            next = this;
            return false;
        }

        next = new GoodwillLedger(Period, Budget, _entries.Add(new GoodwillEntry(GoodwillEntryKind.Reversal, reference, amount, at, false)),
            _outstanding.SetItem(reference, outstanding - amount.Amount), _granted, _reversed + amount.Amount);
        return true;
    }

    /// <summary>Gets what is still granted under <paramref name="reference"/> (its grant minus its reversals).</summary>
    /// <param name="reference">A grant's reference.</param>
    /// <returns>The amount; zero when no grant has the reference.</returns>
    public Money OutstandingOf(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return new Money(_outstanding.GetValueOrDefault(reference), Budget.Currency);
    }

    /// <summary>Formats the ledger as <c>Goodwill 2,000,000 of 50,000,000 VND spent, 48,000,000 VND left (3 entries)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"Goodwill {Balance} of {Budget} spent, {Remaining} left ({_entries.Count} entries, {Period})");

    private GoodwillLedger AddGrant(string reference, Money amount, Instant at, bool isOverride) =>
        new(Period, Budget, _entries.Add(new GoodwillEntry(GoodwillEntryKind.Grant, reference, amount, at, isOverride)),
            _outstanding.Add(reference, amount.Amount), _granted + amount.Amount, _reversed);

    private void CheckEntry(string reference, Money amount, Instant at)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            Preconditions.ThrowArgument(nameof(reference), $"reference must name the grant (a ticket or case id); it was '{reference}'.");
        }

        Money.EnsureDefined(amount, nameof(amount));
        if (!string.Equals(amount.Currency, Budget.Currency, StringComparison.Ordinal))
        {
            Preconditions.ThrowArgument(nameof(amount), $"amount is in {amount.Currency} but the budget is in {Budget.Currency}; enter goodwill in the budget's currency.");
        }

        if (amount.Amount <= 0)
        {
            Preconditions.ThrowOutOfRange(nameof(amount), amount, "must be positive");
        }

        if (!Period.Contains(at))
        {
            Preconditions.ThrowOutOfRange(nameof(at), at, $"must lie inside the ledger's period {Period}");
        }
    }
}
