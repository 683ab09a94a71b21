// The "CustomerCare" meter: what SLA evaluations, escalations and goal evaluations record, read with a MeterListener; nothing allocated without one.
using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using CustomerCare.Core.DependencyInjection;
using CustomerCare.Core.DependencyInjection.Diagnostics;
using CustomerCare.Core.Goals;
using CustomerCare.Core.Responsibility;
using CustomerCare.Core.Tickets;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace CustomerCare.Core.Tests.DependencyInjection.Diagnostics;

public sealed class CustomerCareMetricsTests
{
    private static readonly Instant Opened = Instant.FromUtc(2026, 3, 2, 2, 0);   // Monday 09:00 in Ho Chi Minh City

    private sealed record Measurement(string Instrument, double Value, IReadOnlyDictionary<string, object?> Tags);

    /// <summary>Listens to the meter of one container only, so tests running in parallel do not see each other.</summary>
    private sealed class Recorder : IDisposable
    {
        private readonly MeterListener _listener = new();

        public Recorder(Meter meter)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (ReferenceEquals(instrument.Meter, meter))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((i, v, tags, _) => Add(i, v, tags));
            _listener.SetMeasurementEventCallback<double>((i, v, tags, _) => Add(i, v, tags));
            _listener.Start();
        }

        public ConcurrentQueue<Measurement> Measurements { get; } = new();

        public void Dispose() => _listener.Dispose();

        public List<Measurement> Of(string instrument) => [.. Measurements.Where(m => m.Instrument == instrument)];

        private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var tag in tags)
            {
                copy[tag.Key] = tag.Value;
            }

            Measurements.Enqueue(new(instrument.Name, value, copy));
        }
    }

    private static ServiceProvider Provider(IClock clock) => new ServiceCollection()
        .AddSingleton(clock)
        .AddCustomerCare(CareSettings.Load().GetSection("CustomerCare"))
        .BuildServiceProvider();

    [Fact]
    public void An_sla_evaluation_records_the_evaluation_breaches_and_business_times()
    {
        using var provider = Provider(new FakeClock(Opened + Duration.FromDays(3)));
        using var recorder = new Recorder(provider.GetRequiredService<CustomerCareMetrics>().Meter);
        // First reply after 1 business hour (met); resolution still open and breached after three days.
        var ticket = new TicketTimeline(new TicketAttributes("urgent"), [TicketEvent.Opened(Opened), TicketEvent.AgentPublicReply(Opened + Duration.FromHours(1))]);

        provider.GetRequiredService<ISlaService>().Evaluate(ticket);

        var evaluation = Assert.Single(recorder.Of(CustomerCareMeter.SlaEvaluations));
        Assert.Equal(1, evaluation.Value);
        Assert.Equal("Standard", evaluation.Tags[CustomerCareMeter.PolicyTag]);
        Assert.Equal("urgent", evaluation.Tags[CustomerCareMeter.PriorityTag]);
        Assert.Equal(string.Empty, evaluation.Tags[CustomerCareMeter.TenantTag]);
        var breach = Assert.Single(recorder.Of(CustomerCareMeter.SlaBreaches));
        Assert.Equal("resolution", breach.Tags[CustomerCareMeter.MetricTag]);
        var firstResponse = Assert.Single(recorder.Of(CustomerCareMeter.FirstResponseTime));
        Assert.Equal(3600, firstResponse.Value);
        Assert.Equal("met", firstResponse.Tags[CustomerCareMeter.StatusTag]);
        Assert.Empty(recorder.Of(CustomerCareMeter.ResolutionTime));   // still running: nothing to measure yet
    }

    [Fact]
    public void Escalations_are_counted_by_tier_and_goal_status_changes_once_per_change()
    {
        var clock = new FakeClock(Instant.FromUtc(2025, 12, 1, 0, 0));
        using var provider = Provider(clock);
        using var recorder = new Recorder(provider.GetRequiredService<CustomerCareMetrics>().Meter);
        var escalations = provider.GetRequiredService<IEscalationService>();
        var model = provider.GetRequiredService<ResponsibilityModel>();
        var goals = provider.GetRequiredService<IGoalService>();
        var destination = new TargetEvaluation[2];

        escalations.Escalate(escalations.Resolve(new ResponsibilityIssue(model.CategoryKey("returns/refund"), 1)), EscalationTrigger.RepeatContacts(3));
        goals.Evaluate("Keep VIPs", [0.9, 3600], destination);
        goals.Evaluate("Keep VIPs", [0.9, 3600], destination);        // unchanged: not counted
        clock.Reset(Instant.FromUtc(2026, 4, 2, 0, 0));
        goals.Evaluate("Keep VIPs", [0.9, 3600], destination);

        var escalation = Assert.Single(recorder.Of(CustomerCareMeter.Escalations));
        Assert.Equal("lead", escalation.Tags[CustomerCareMeter.TierTag]);
        Assert.Equal("agent", escalation.Tags[CustomerCareMeter.FromTierTag]);
        Assert.Equal("escalated", escalation.Tags[CustomerCareMeter.OutcomeTag]);
        Assert.Equal("repeat_contacts", escalation.Tags[CustomerCareMeter.TriggerTag]);
        var changes = recorder.Of(CustomerCareMeter.GoalStatusChanges);
        Assert.Equal([("none", "not_started"), ("not_started", "met")], changes.Select(c => ((string)c.Tags[CustomerCareMeter.FromStatusTag]!, (string)c.Tags[CustomerCareMeter.ToStatusTag]!)));
    }

    [Fact]
    public void Without_a_listener_recording_allocates_nothing()
    {
        using var provider = Provider(new FakeClock(Opened + Duration.FromDays(3)));
        var metrics = provider.GetRequiredService<CustomerCareMetrics>();
        var evaluation = provider.GetRequiredService<CustomerCareModel>().SlaPolicies!.Evaluate(
            new TicketTimeline(new TicketAttributes("urgent"), [TicketEvent.Opened(Opened), TicketEvent.AgentPublicReply(Opened + Duration.FromHours(1))]), Opened + Duration.FromDays(3));
        metrics.RecordEvaluation(string.Empty, evaluation);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            metrics.RecordEvaluation(string.Empty, evaluation);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void The_meter_comes_from_the_hosts_meter_factory_when_there_is_one()
    {
        using var provider = new ServiceCollection().AddMetrics().AddCustomerCare().BuildServiceProvider();

        var meter = provider.GetRequiredService<CustomerCareMetrics>().Meter;
        Assert.Equal(CustomerCareMeter.Name, meter.Name);
        Assert.Same(provider.GetRequiredService<IMeterFactory>(), meter.Scope);
    }
}
