// The cost of the "CustomerCare" meter on ISlaService.Evaluate: the core's Evaluate alone, the service with no listener, and with a MeterListener.
using System.Diagnostics.Metrics;
using BenchmarkDotNet.Attributes;
using CustomerCare.Core.Calendars;
using CustomerCare.Core.DependencyInjection;
using CustomerCare.Core.DependencyInjection.Diagnostics;
using CustomerCare.Core.Sla.Evaluation;
using CustomerCare.Core.Sla.Policies;
using CustomerCare.Core.Tickets;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace CustomerCare.Core.Benchmarks.DependencyInjection;

/// <summary>
/// One ticket (opened, answered after an hour, resolution breached three days later) evaluated against a two-metric policy on
/// business hours: by <see cref="SlaPolicySet.Evaluate(TicketTimeline, Instant)"/> directly (the baseline), by
/// <see cref="ISlaService"/> with nobody listening to the meter (the recording must add no allocation and next to no time),
/// and by <see cref="ISlaService"/> of a container whose meter a <see cref="MeterListener"/> listens to (each measurement
/// reaches an empty callback: the cost of the tags and the dispatch).
/// </summary>
[MemoryDiagnoser]
public class MetricsBenchmarks : IDisposable
{
    private static readonly DateTimeZone Saigon = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];

    private readonly ServiceProvider _quiet;
    private readonly ServiceProvider _listened;
    private readonly MeterListener _listener = new();
    private readonly SlaPolicySet _policies;
    private readonly ISlaService _quietService;
    private readonly ISlaService _listenedService;
    private readonly TicketTimeline _ticket;
    private readonly Instant _now;

    public MetricsBenchmarks()
    {
        var desk = new BusinessCalendarBuilder(Saigon)
            .AddWeekdays(new LocalTime(8, 0), new LocalTime(12, 0))
            .AddWeekdays(new LocalTime(13, 30), new LocalTime(17, 30))
            .Build();
        _quiet = Provider(desk);
        _listened = Provider(desk);
        _policies = _quiet.GetRequiredService<SlaPolicySet>();
        _quietService = _quiet.GetRequiredService<ISlaService>();
        _listenedService = _listened.GetRequiredService<ISlaService>();

        var meter = _listened.GetRequiredService<CustomerCareMetrics>().Meter;
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter, meter))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>(static (_, _, _, _) => { });
        _listener.SetMeasurementEventCallback<double>(static (_, _, _, _) => { });
        _listener.Start();

        var opened = new LocalDateTime(2026, 3, 2, 9, 0).InZoneStrictly(Saigon).ToInstant();
        _ticket = new TicketTimeline(new TicketAttributes("urgent"), [TicketEvent.Opened(opened), TicketEvent.AgentPublicReply(opened + Duration.FromHours(1))]);
        _now = opened + Duration.FromDays(3);
    }

    [Benchmark(Baseline = true)]
    public SlaEvaluation Core_evaluate() => _policies.Evaluate(_ticket, _now);

    [Benchmark]
    public SlaEvaluation Service_without_listener() => _quietService.Evaluate(_ticket, _now);

    [Benchmark]
    public SlaEvaluation Service_with_listener() => _listenedService.Evaluate(_ticket, _now);

    public void Dispose()
    {
        _listener.Dispose();
        _quiet.Dispose();
        _listened.Dispose();
        GC.SuppressFinalize(this);
    }

    private static ServiceProvider Provider(BusinessCalendar desk) => new ServiceCollection()
        .AddCustomerCare(care => care
            .AddCalendar("desk", desk)
            .AddSlaPolicies(p => p.Fallback(new SlaPolicyBuilder("Standard").OnCalendar("desk")
                .Target(SlaMetric.FirstResponse, "urgent", Duration.FromHours(1))
                .Target(SlaMetric.Resolution, "urgent", Duration.FromHours(8))
                .Build())))
        .BuildServiceProvider();
}
