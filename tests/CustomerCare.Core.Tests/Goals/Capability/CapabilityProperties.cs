// Laws of the envelope: ledger balance = grants − reversals and never negative without override; decisions are deterministic and survive a JSON round trip.
using CustomerCare.Core.Goals.Capability;
using CustomerCare.Core.Tests.TestInfrastructure;
using CustomerCare.Core.Tickets;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using static CustomerCare.Core.Tests.Goals.Capability.CapabilityFixture;

namespace CustomerCare.Core.Tests.Goals.Capability;

public sealed class CapabilityProperties
{
    private static readonly string[] Kinds = ["orders", "orders/late-delivery", "orders/wrong-item", "returns", "returns/refund", "returns/warranty-exception", "repairs/screen", "gifts"];
    private static readonly string[] Patterns = ["**", "orders/**", "orders/*", "returns/**", "returns/refund", "*/refund", "repairs/**", "gifts"];
    private static readonly string[] ChannelNames = ["phone", "chat", "email", "fax"];

    /// <summary>One ledger operation: (0 grant | 1 grant over budget | 2 reverse), an amount in thousands, and which earlier grant to reverse.</summary>
    private static readonly Gen<(int Op, int Thousands, int Pick)> Operation =
        from op in Gen.Frequency((5, Gen.Constant(0)), (1, Gen.Constant(1)), (3, Gen.Constant(2)))
        from thousands in Gen.Choose(1, 400)
        from pick in Gen.Choose(0, 1_000)
        select (op, thousands, pick);

    private static readonly Gen<CareRequest> Requests =
        from kind in Gen.Elements(Kinds)
        from channel in Gen.Elements(ChannelNames)
        from minutes in Gen.Choose(0, 7 * 24 * 60)
        from amount in Gen.Frequency((2, Gen.Constant(-1)), (3, Gen.Choose(0, 3_000).Select(k => k * 1_000)))
        select amount < 0
            ? new CareRequest(CategoryPath.Parse(kind), channel, Local(2026, 11, 30, 0, 0) + Duration.FromMinutes(minutes))
            : new CareRequest(CategoryPath.Parse(kind), channel, Local(2026, 11, 30, 0, 0) + Duration.FromMinutes(minutes), Vnd(amount));

    private static readonly Gen<CapabilityEnvelope> Envelopes =
        from scopes in Gen.SubListOf(Patterns)
        from scopeKinds in Gen.ArrayOf(Gen.Elements(RequestScope.InScope, RequestScope.NeedsApproval, RequestScope.OutOfScope), Patterns.Length)
        from ceilings in Gen.SubListOf(Patterns)
        from ceilingAmounts in Gen.ArrayOf(Gen.Choose(0, 2_000), Patterns.Length)
        from thresholds in Gen.ArrayOf(Gen.Choose(-1, 100), Patterns.Length)
        from budget in Gen.Choose(-1, 5_000)
        from period in Gen.Elements(Enum.GetValues<BudgetPeriod>())
        from units in Gen.Choose(1, 8)
        from counting in Gen.Elements(LoadCounting.AllOpenWork, LoadCounting.SlaClockRunning)
        from fastestSeconds in Gen.Choose(1, 7_200)
        select Build(scopes, scopeKinds, ceilings, ceilingAmounts, thresholds, budget, period, units, counting, fastestSeconds);

    [CareProperty]
    public Property Ledger_balance_is_grants_minus_reversals_and_never_negative_without_override() =>
        Prop.ForAll(Gen.ListOf(Operation).ToArbitrary(), operations =>
        {
            var ledger = GoodwillLedger.Open(Vnd(2_000_000), new NodaTime.Interval(Local(2026, 11, 1, 0, 0), Local(2026, 12, 1, 0, 0)));
            var at = MondayTen;
            decimal grants = 0, reversals = 0;
            var references = new List<string>();
            var overridden = false;
            foreach (var (op, thousands, pick) in operations)
            {
                var amount = Vnd(thousands * 1_000m);
                if (op == 2 && references.Count > 0)
                {
                    var reference = references[pick % references.Count];
                    var outstanding = ledger.OutstandingOf(reference).Amount;
                    if (ledger.TryReverse(reference, amount, at, out var next))
                    {
                        reversals += amount.Amount;
                    }
                    else if (amount.Amount <= outstanding)
                    {
                        return false; // a reversal within what is outstanding must succeed
                    }

                    ledger = next;
                    continue;
                }

                var id = "T-" + references.Count;
                if (op == 1)
                {
                    ledger = ledger.GrantOverBudget(id, amount, at);
                    overridden |= ledger.Entries[^1].IsOverride;
                    grants += amount.Amount;
                    references.Add(id);
                }
                else if (ledger.TryGrant(id, amount, at, out var granted))
                {
                    ledger = granted;
                    grants += amount.Amount;
                    references.Add(id);
                }
                else if (amount.Amount <= ledger.Remaining.Amount)
                {
                    return false; // a grant within what is left must succeed
                }

                if (!overridden && ledger.Remaining.Amount < 0)
                {
                    return false;
                }
            }

            return ledger.Balance.Amount == grants - reversals
                && ledger.Remaining.Amount == 2_000_000m - (grants - reversals)
                && (overridden || ledger.Remaining.Amount >= 0);
        });

    [CareProperty]
    public Property Decisions_are_deterministic_and_survive_a_json_round_trip() =>
        Prop.ForAll(Envelopes.ToArbitrary(), Gen.ListOf(Requests).ToArbitrary(), (envelope, requests) =>
        {
            var text = CapabilityEnvelopeJson.Write(envelope);
            var copy = CapabilityEnvelopeJson.Read(text, NamedCalendars);
            if (CapabilityEnvelopeJson.Write(copy) != text)
            {
                return false;
            }

            foreach (var request in requests)
            {
                var ledger = envelope.GoodwillBudget is null ? null : envelope.OpenLedger(request.At);
                var first = envelope.Decide(in request, ledger);
                if (first != envelope.Decide(in request, ledger) || first != copy.Decide(in request, ledger))
                {
                    return false;
                }
            }

            return true;
        });

    [CareProperty]
    public Property A_decision_never_allows_more_than_the_ceiling() =>
        Prop.ForAll(Envelopes.ToArbitrary(), Requests.ToArbitrary(), (envelope, request) =>
        {
            var ledger = envelope.GoodwillBudget is null ? null : envelope.OpenLedger(request.At);
            var decision = envelope.Decide(in request, ledger);
            return decision.IsDeclined
                || !request.AsksCompensation
                || !envelope.TryGetCeiling(request.Kind, out var ceiling)
                || request.Compensation.Amount <= ceiling.Amount;
        });

    private static CapabilityEnvelope Build(
        List<string> scopes, RequestScope[] scopeKinds, List<string> ceilings, int[] ceilingAmounts, int[] thresholds,
        int budget, BudgetPeriod period, int units, LoadCounting counting, int fastestSeconds)
    {
        var builder = new CapabilityEnvelopeBuilder(Saigon, "VND").AddCalendar("desk", Desk).AddCalendar("hotline", Hotline)
            .Capacity(units, counting)
            .AddChannel("phone", "hotline")
            .AddChannel("chat", "desk", Math.Max(1, units / 2))
            .AddChannel("email", "desk", 1)
            .FastestFirstResponse("chat", Duration.FromSeconds(fastestSeconds))
            .FastestFirstResponse("phone", Duration.FromSeconds(fastestSeconds), "urgent", "high");
        for (var i = 0; i < scopes.Count; i++)
        {
            builder.Scope(scopes[i], scopeKinds[i]);
        }

        for (var i = 0; i < ceilings.Count; i++)
        {
            var ceiling = Vnd(ceilingAmounts[i] * 1_000m);
            Money? threshold = thresholds[i] < 0 ? null : Vnd(ceilingAmounts[i] * 10m * thresholds[i]);
            builder.Ceiling(ceilings[i], ceiling, threshold);
        }

        if (budget >= 0)
        {
            builder.GoodwillBudget(Vnd(budget * 1_000m), period);
        }

        return builder.Build();
    }
}
