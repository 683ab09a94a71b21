// 1,000,000 request decisions against the CareDesk-style envelope (target: 0 B per decision).
using BenchmarkDotNet.Attributes;
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Goals.Capability;
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CustomerCare.Core.Benchmarks.Goals;

/// <summary>
/// Decides 1,000,000 requests (a mix of kinds, channels, instants and amounts covering every outcome) against an
/// envelope with three channels, eight scope settings and four ceilings. The baseline finds the most specific
/// setting the obvious way: a LINQ query over the settings per decision.
/// </summary>
[MemoryDiagnoser]
public class CapabilityBenchmarks
{
    private const int Decisions = 1_000_000;
    private CapabilityEnvelope _envelope = null!;
    private GoodwillLedger _ledger = null!;
    private CareRequest[] _requests = null!;
    private (CategoryPattern Pattern, RequestScope Scope)[] _scopes = null!;

    [GlobalSetup]
    public void Setup()
    {
        var zone = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];
        var desk = new BusinessCalendarBuilder(zone).AddWeekdays(new LocalTime(8, 0), new LocalTime(17, 0)).AddWindow(IsoDayOfWeek.Saturday, new LocalTime(8, 0), new LocalTime(12, 0)).Build();
        var scopes = new (string Pattern, RequestScope Scope)[]
        {
            ("orders/**", RequestScope.InScope), ("orders/cancel", RequestScope.NeedsApproval), ("returns/**", RequestScope.InScope),
            ("returns/warranty-exception", RequestScope.NeedsApproval), ("repairs/**", RequestScope.OutOfScope), ("accounts/*", RequestScope.InScope),
            ("*/complaint", RequestScope.NeedsApproval), ("billing/**", RequestScope.InScope),
        };
        var builder = new CapabilityEnvelopeBuilder(zone, "VND").AddCalendar("desk", desk).AddCalendar("hotline", BusinessCalendar.AlwaysOpen(zone))
            .Capacity(6, LoadCounting.SlaClockRunning).AddChannel("phone", "hotline", 6).AddChannel("chat", "desk", 2).AddChannel("email", "desk", 1)
            .Ceiling("returns/**", new Money(2_000_000, "VND"), new Money(500_000, "VND"))
            .Ceiling("orders/late-delivery", new Money(200_000, "VND"))
            .Ceiling("billing/**", new Money(1_000_000, "VND"), new Money(100_000, "VND"))
            .Ceiling("*/complaint", new Money(300_000, "VND"))
            .GoodwillBudget(new Money(50_000_000, "VND"), BudgetPeriod.Month);
        foreach (var (pattern, scope) in scopes)
        {
            builder.Scope(pattern, scope);
        }

        _envelope = builder.Build();
        _scopes = [.. scopes.Select(s => (CategoryPattern.Parse(s.Pattern), s.Scope))];
        var monday = new LocalDateTime(2026, 11, 9, 0, 0).InZoneStrictly(zone).ToInstant();
        _ledger = _envelope.OpenLedger(monday);
        string[] kinds = ["orders/late-delivery", "orders/cancel", "returns/refund", "returns/warranty-exception", "repairs/screen", "accounts/password", "billing/complaint", "gifts/wrap"];
        string[] channels = ["chat", "email", "phone", "fax"];
        var random = new Random(20261130);
        _requests = new CareRequest[4_096];
        for (var i = 0; i < _requests.Length; i++)
        {
            var at = monday + Duration.FromMinutes(random.Next(0, 6 * 24 * 60));
            var kind = CategoryPath.Parse(kinds[random.Next(kinds.Length)]);
            var channel = channels[random.Next(channels.Length)];
            _requests[i] = random.Next(3) == 0
                ? new CareRequest(kind, channel, at)
                : new CareRequest(kind, channel, at, new Money(random.Next(0, 2_500) * 1_000m, "VND"));
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Decisions)]
    public int LinqScopeLookup()
    {
        var declined = 0;
        for (var i = 0; i < Decisions; i++)
        {
            var kind = _requests[i & 4_095].Kind;
            var best = _scopes.Where(s => s.Pattern.Matches(kind)).OrderByDescending(s => s.Pattern.Specificity).Select(s => (RequestScope?)s.Scope).FirstOrDefault();
            declined += best is null or RequestScope.OutOfScope ? 1 : 0;
        }

        return declined;
    }

    [Benchmark(OperationsPerInvoke = Decisions)]
    public int Decide()
    {
        var declined = 0;
        var requests = _requests;
        for (var i = 0; i < Decisions; i++)
        {
            declined += _envelope.Decide(in requests[i & 4_095], _ledger).IsDeclined ? 1 : 0;
        }

        return declined;
    }
}
