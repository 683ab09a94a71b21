// The goodwill ledger by hand: grants, reversals, what is left, the explicit override, and every rejected entry.
using CustomerCare.Core.Goals.Capability;
using NodaTime;
using static CustomerCare.Core.Tests.Goals.Capability.CapabilityFixture;

namespace CustomerCare.Core.Tests.Goals.Capability;

public sealed class GoodwillLedgerTests
{
    private static readonly Interval November = new(Local(2026, 11, 1, 0, 0), Local(2026, 12, 1, 0, 0));

    private static GoodwillLedger Empty() => GoodwillLedger.Open(Vnd(1_000_000), November);

    [Fact]
    public void Grants_and_reversals_move_the_balance_and_what_is_left()
    {
        Assert.True(Empty().TryGrant("T-1", Vnd(600_000), MondayTen, out var one));
        Assert.True(one.TryGrant("T-2", Vnd(300_000), MondayTen, out var two));
        Assert.True(two.TryReverse("T-1", Vnd(250_000), MondayTen, out var three));
        Assert.Equal(Vnd(900_000), three.Granted);
        Assert.Equal(Vnd(250_000), three.Reversed);
        Assert.Equal(Vnd(650_000), three.Balance);
        Assert.Equal(Vnd(350_000), three.Remaining);
        Assert.Equal(Vnd(350_000), three.OutstandingOf("T-1"));
        Assert.Equal(Vnd(0), three.OutstandingOf("T-9"));
        Assert.Equal(3, three.Entries.Count);
        Assert.Equal(new GoodwillEntry(GoodwillEntryKind.Reversal, "T-1", Vnd(250_000), MondayTen, false), three.Entries[2]);
        Assert.Equal(Vnd(1_000_000), Empty().Remaining); // the earlier states are unchanged
        Assert.Equal(Vnd(400_000), one.Remaining);
        Assert.StartsWith("Goodwill 650,000 VND of 1,000,000 VND spent, 350,000 VND left (3 entries", three.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_grant_beyond_what_is_left_is_refused_unless_overridden()
    {
        Assert.True(Empty().TryGrant("T-1", Vnd(900_000), MondayTen, out var ledger));
        Assert.False(ledger.TryGrant("T-2", Vnd(100_001), MondayTen, out var same));
        Assert.Same(ledger, same);
        Assert.True(ledger.TryGrant("T-2", Vnd(100_000), MondayTen, out var exact));
        Assert.Equal(Vnd(0), exact.Remaining);
        Assert.False(exact.IsOverdrawn);

        var over = ledger.GrantOverBudget("T-3", Vnd(250_000), MondayTen);
        Assert.Equal(Vnd(-150_000), over.Remaining);
        Assert.True(over.IsOverdrawn);
        Assert.True(over.Entries[^1].IsOverride);
        Assert.EndsWith("(over budget, override)", over.Entries[^1].ToString(), StringComparison.Ordinal);
        Assert.False(Empty().GrantOverBudget("T-4", Vnd(10), MondayTen).Entries[0].IsOverride); // within budget: no override recorded
    }

    [Fact]
    public void A_reversal_of_an_unknown_grant_or_of_more_than_is_outstanding_is_refused()
    {
        Assert.True(Empty().TryGrant("T-1", Vnd(100), MondayTen, out var ledger));
        Assert.False(ledger.TryReverse("T-2", Vnd(1), MondayTen, out var same));
        Assert.Same(ledger, same);
        Assert.False(ledger.TryReverse("T-1", Vnd(101), MondayTen, out _));
        Assert.True(ledger.TryReverse("T-1", Vnd(100), MondayTen, out var back));
        Assert.Equal(Vnd(1_000_000), back.Remaining);
    }

    [Fact]
    public void Bad_entries_and_definitions_are_rejected()
    {
        Assert.True(Empty().TryGrant("T-1", Vnd(100), MondayTen, out var ledger));
        static void Rejects<T>(Action act, string param, string message)
            where T : ArgumentException
        {
            var ex = Assert.Throws<T>(act);
            Assert.Equal(param, ex.ParamName);
            Assert.Contains(message, ex.Message, StringComparison.Ordinal);
        }

        Rejects<ArgumentException>(() => ledger.TryGrant("T-1", Vnd(1), MondayTen, out _), "reference", "already granted");
        Rejects<ArgumentException>(() => ledger.GrantOverBudget("T-1", Vnd(1), MondayTen), "reference", "already granted");
        Rejects<ArgumentException>(() => ledger.TryGrant(" ", Vnd(1), MondayTen, out _), "reference", "it was ' '");
        Rejects<ArgumentException>(() => ledger.TryGrant("T-2", new Money(1, "USD"), MondayTen, out _), "amount", "the budget is in VND");
        Rejects<ArgumentException>(() => ledger.TryGrant("T-2", default, MondayTen, out _), "amount", "default(Money)");
        Rejects<ArgumentOutOfRangeException>(() => ledger.TryGrant("T-2", Vnd(0), MondayTen, out _), "amount", "must be positive");
        Rejects<ArgumentOutOfRangeException>(() => ledger.TryReverse("T-1", Vnd(-1), MondayTen, out _), "amount", "must be positive");
        Rejects<ArgumentOutOfRangeException>(() => ledger.TryGrant("T-2", Vnd(1), Local(2026, 12, 1, 0, 0), out _), "at", "inside the ledger's period");
        Rejects<ArgumentOutOfRangeException>(() => GoodwillLedger.Open(Vnd(-1), November), "budget", "zero or more");
        Rejects<ArgumentException>(() => GoodwillLedger.Open(default, November), "budget", "default(Money)");
        Rejects<ArgumentException>(() => GoodwillLedger.Open(Vnd(1), new Interval(null, MondayTen)), "period", "a start and a later end");
        Rejects<ArgumentException>(() => GoodwillLedger.Open(Vnd(1), new Interval(MondayTen, MondayTen)), "period", "a start and a later end");
    }
}
