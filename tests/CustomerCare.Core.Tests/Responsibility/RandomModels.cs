// Random, valid responsibility models and ticket histories for the properties, drawn from a seed FsCheck generates.
using CustomerCare.Core.Responsibility;
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CustomerCare.Core.Tests.Responsibility;

internal static class RandomModels
{
    private static readonly string[] CategoryPool = ["hardware", "hardware/display", "hardware/display/touch", "hardware/battery", "billing", "billing/refund", "account"];

    private static readonly string[] PatternPool = ["**", "hardware/**", "hardware/*", "billing", "*/display/**", "hardware/display/touch", "account/**", "billing/**"];

    private static readonly string[] Severities = ["S1", "S2", "S3", "S4"];

    /// <summary>A model with 2–6 tiers whose parents always come later (so no cycles), 1–6 rules, and optionally a catch-all.</summary>
    public static ResponsibilityModelBuilder Builder(int seed, bool catchAll)
    {
        var random = new Random(seed);
        var builder = new ResponsibilityModelBuilder()
            .WithThreshold(random.Next(2) == 0 ? AuthorityThreshold.UpToAndIncludingLimit : AuthorityThreshold.BelowLimitOnly)
            .HigherTiersApproveLower(random.Next(2) == 0)
            .EscalateOnSla(random.Next(2) == 0, random.Next(2) == 0)
            .EscalateOnRepeatContacts(random.Next(0, 5));
        var n = random.Next(2, 7);
        for (var i = 0; i < n; i++)
        {
            var parent = i == n - 1 || random.Next(4) == 0 ? null : $"t{random.Next(i + 1, n)}";
            Money? limit = random.Next(3) == 0 ? null : new Money(random.Next(0, 5000) / 4m, "EUR");
            string[] approves = random.Next(2) == 0 ? ["returns/**"] : [];
            if (random.Next(3) == 0)
            {
                builder.AddRole($"t{i}", parent, limit, approves);
            }
            else
            {
                builder.AddTier($"t{i}", parent, limit, approves);
            }
        }

        builder.AddParty("product team");
        foreach (var c in CategoryPool.Where(_ => random.Next(2) == 0))
        {
            builder.AddCategory(c);
        }

        var rules = random.Next(1, 7);
        for (var r = 0; r < rules; r++)
        {
            var severities = Severities.Where(_ => random.Next(2) == 0).ToArray();
            List<RaciEntry> raci = [new RaciEntry($"t{random.Next(n)}", random.Next(2) == 0 ? RaciRole.Accountable : RaciRole.Accountable | RaciRole.Responsible)];
            if (random.Next(2) == 0)
            {
                raci.Add(new RaciEntry("product team", RaciRole.Informed));
            }

            builder.Add(new AssignmentRule(random.Next(0, 50), CategoryPattern.Parse(PatternPool[random.Next(PatternPool.Length)]), severities, raci, random.Next(4) == 0));
        }

        if (catchAll)
        {
            builder.Assign(random.Next(0, 100), "**", $"t{random.Next(n)}");
        }

        return builder;
    }

    /// <summary>A few tickets on the categories of the pool, with replies, contacts and severity changes.</summary>
    public static List<TicketTimeline> History(int seed)
    {
        var random = new Random(seed ^ 0x5bd1e995);
        var start = Instant.FromUtc(2026, 3, 2, 8, 0);
        var history = new List<TicketTimeline>();
        for (var k = random.Next(1, 6); k > 0; k--)
        {
            var opened = start + Duration.FromMinutes(random.Next(0, 600));
            var events = new List<TicketEvent> { TicketEvent.Opened(opened) };
            var at = opened;
            for (var e = random.Next(0, 5); e > 0; e--)
            {
                at += Duration.FromMinutes(random.Next(1, 120));
                events.Add(random.Next(3) switch
                {
                    0 => TicketEvent.CustomerReply(at),
                    1 => TicketEvent.AgentPublicReply(at),
                    _ => TicketEvent.AttributeChanged(at, "severity", Severities[random.Next(4)]),
                });
            }

            history.Add(new TicketTimeline(
                new TicketAttributes("normal", category: CategoryPool[random.Next(CategoryPool.Length)], custom: new Dictionary<string, string> { ["severity"] = Severities[random.Next(4)] }),
                events));
        }

        return history;
    }
}
