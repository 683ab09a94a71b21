// Folds tickets into the desk's month: allocation-free KPI accumulators for every ticket, full SLA and escalation traces for a sample.
using System.Runtime.InteropServices;
using CustomerCare.Core.Kpis;
using CustomerCare.Core.Kpis.ContactCentre;
using CustomerCare.Core.Kpis.Customers;
using CustomerCare.Core.Kpis.Percentiles;
using CustomerCare.Core.Kpis.Resolution;
using CustomerCare.Core.Kpis.Service;
using CustomerCare.Core.Kpis.Surveys;
using CustomerCare.Core.Sla.Evaluation;
using CustomerCare.Core.Sla.Policies;
using CustomerCare.Core.Sla.Reporting;
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CareDesk.Desk;

/// <summary>
/// The month's report. <see cref="Add"/> is the hot path: it runs for every ticket (a million in a few seconds) and
/// only feeds the library's struct accumulators and sketches. The complete SLA evaluation (policy choice, pauses,
/// warnings) and the responsibility trace run in <see cref="Finish"/> on an evenly spread sample of at most
/// <see cref="SampleSize"/> tickets, which is what a desk reviews by hand.
/// </summary>
internal sealed class DeskReport
{
    public const int SampleSize = 2000;

    private readonly DeskSetup _setup;
    private readonly Dictionary<(string Segment, int Channel, string Priority), (Duration FirstResponse, Duration Resolution)> _targets = [];
    private readonly Dictionary<string, SlaComplianceAccumulator> _bySegment = new(StringComparer.Ordinal);
    private readonly List<DeskTicket> _sample = [];
    private readonly int _sampleEvery;
    private NpsAccumulator _nps;
    private CsatAccumulator _csat = new(CsatScale.FivePoint);
    private CesAccumulator _ces = new(new CesScale(7, CesDirection.HigherIsEasier));
    private ContactResolutionAccumulator _resolution;
    private HandleTimeAccumulator _handle;
    private QueueAccumulator _queue = new(new QueueThresholds(answerTarget: Duration.FromSeconds(20), shortAbandon: Duration.FromSeconds(5)));
    private SlaComplianceAccumulator _compliance;
    private DurationAccumulator _firstResponse;
    private DurationAccumulator _resolutionTime;
    private long _created;
    private long _resolved;
    private long _seen;

    public DeskReport(DeskSetup setup, Interval period, long expectedTickets)
    {
        _setup = setup;
        Period = period;
        _sampleEvery = (int)Math.Max(1, expectedTickets / SampleSize);
        Days = new long[(int)Math.Ceiling(period.Duration.TotalDays)];
    }

    public Interval Period { get; }

    public Instant End => Period.End;

    public QuantileSketch FirstResponseSketch { get; } = new();

    public QuantileSketch ResolutionSketch { get; } = new();

    public QuantileSketch HandleSketch { get; } = new();

    public long[] ByChannel { get; } = new long[DeskSetup.Channels.Length];

    public long[] BySeverity { get; } = new long[DeskSetup.Severities.Length];

    public long[] Days { get; }

    /// <summary>Phone calls per half-hour of the local day, counted on ordinary working weekdays (Mon–Fri, desk open at 10:00).</summary>
    public long[] PhoneByHalfHour { get; } = new long[48];

    public int PhoneWeekdays { get; private set; }

    public Dictionary<string, long> BySegment { get; } = new(StringComparer.Ordinal);

    public CustomerBase? Customers { get; set; }

    public NpsResult Nps => _nps.Result;

    public CsatResult Csat => _csat.Result;

    public CesResult Ces => _ces.Result;

    public ContactResolutionResult Resolution => _resolution.Result;

    public HandleTimeResult Handle => _handle.Result;

    public QueueResult Queue => _queue.Result;

    public SlaComplianceResult Compliance => _compliance.Result;

    public DurationSummary FirstResponse => _firstResponse.Result;

    public DurationSummary ResolutionTime => _resolutionTime.Result;

    public TicketFlow Flow => new(0, _created, _resolved);

    public IReadOnlyDictionary<string, SlaComplianceAccumulator> ComplianceBySegment => _bySegment;

    public SlaComplianceReport? SlaReport { get; private set; }

    public int Sampled => _sample.Count;

    public Dictionary<string, int> EscalatedTo { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> FinalTier { get; } = new(StringComparer.Ordinal);

    public int Escalations { get; private set; }

    /// <summary>Adds one ticket: counts, survey answers, contacts, handle time, queue wait and SLA state, in business time.</summary>
    public void Add(in DeskTicket ticket)
    {
        var calendar = _setup.Calendar;
        _created++;
        ByChannel[ticket.Channel]++;
        BySeverity[ticket.Severity - 1]++;
        CollectionsMarshal.GetValueRefOrAddDefault(BySegment, ticket.Segment, out _)++;
        var day = (int)((ticket.Opened - Period.Start).TotalDays);
        Days[Math.Clamp(day, 0, Days.Length - 1)]++;

        var resolved = ticket.Resolved is { } r && r <= End;
        _resolved += resolved ? 1 : 0;
        _resolution.Add(new IssueContacts(ticket.Contacts, resolved));
        _handle.Add(new HandledContact(ticket.HandleTime, Duration.Zero, Duration.Zero));
        HandleSketch.Add(ticket.HandleTime);
        if (ticket.QueueWait is { } wait)
        {
            _queue.Add(ticket.Abandoned ? QueuedContact.Abandoned(wait) : QueuedContact.Answered(wait));
            CountPhone(ticket.Opened);
        }

        if (ticket.Nps >= 0)
        {
            _nps.Add((byte)ticket.Nps);
        }

        if (ticket.Csat >= 0)
        {
            _csat.Add((byte)ticket.Csat);
        }

        if (ticket.Ces >= 0)
        {
            _ces.Add((byte)ticket.Ces);
        }

        var (_, resolutionTarget) = Targets(ticket);
        if (ticket.FirstResponse is { } first && first <= End)
        {
            var elapsed = calendar.Elapsed(ticket.Opened, first);
            _firstResponse.Add(elapsed);
            FirstResponseSketch.Add(elapsed);
        }

        TicketSlaState state;
        if (resolved)
        {
            var elapsed = calendar.Elapsed(ticket.Opened, ticket.Resolved!.Value);
            _resolutionTime.Add(elapsed);
            ResolutionSketch.Add(elapsed);
            state = elapsed <= resolutionTarget ? TicketSlaState.ResolvedWithinTarget : TicketSlaState.ResolvedBreached;
        }
        else
        {
            state = calendar.Elapsed(ticket.Opened, End) > resolutionTarget ? TicketSlaState.OpenBreached : TicketSlaState.OpenWithinTarget;
        }

        _compliance.Add(state);
        CollectionsMarshal.GetValueRefOrAddDefault(_bySegment, ticket.Segment, out _).Add(state);

        if (_seen++ % _sampleEvery == 0 && _sample.Count < SampleSize)
        {
            _sample.Add(ticket);
        }
    }

    /// <summary>Evaluates the sample against the full SLA policy set and traces its escalations through the responsibility matrix.</summary>
    public void Finish()
    {
        var report = new SlaComplianceReportBuilder();
        foreach (var ticket in _sample)
        {
            var timeline = Timeline(ticket);
            report.Add(_setup.Policies.Evaluate(timeline, End));
            var trace = _setup.Responsibility.Trace(timeline, _setup.Policies, End);
            foreach (var (_, step) in trace.Steps)
            {
                Escalations++;
                CollectionsMarshal.GetValueRefOrAddDefault(EscalatedTo, step.To.Name, out _)++;
            }

            if (trace.Final.Tier is { } tier)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(FinalTier, tier.Name, out _)++;
            }
        }

        SlaReport = report.Build();
    }

    /// <summary>The ticket as the SLA engine sees it: opened, first public reply and resolution, up to the end of the period.</summary>
    public TicketTimeline Timeline(in DeskTicket ticket)
    {
        var attributes = new TicketAttributes(
            _setup.Priority(ticket.Severity, ticket.Segment),
            segment: ticket.Segment,
            channel: DeskSetup.Channels[ticket.Channel],
            category: DeskSetup.Categories[ticket.Category],
            custom: new Dictionary<string, string> { ["severity"] = DeskSetup.Severities[ticket.Severity - 1] });
        var events = new List<TicketEvent>(3) { TicketEvent.Opened(ticket.Opened) };
        if (ticket.FirstResponse is { } first && first <= End)
        {
            events.Add(TicketEvent.AgentPublicReply(first));
        }

        if (ticket.Resolved is { } resolved && resolved <= End)
        {
            events.Add(TicketEvent.Resolved(resolved));
        }

        return new TicketTimeline(attributes, events);
    }

    // The targets of a (segment, channel, priority) combination, read once from the policy set by evaluating an empty ticket.
    private (Duration FirstResponse, Duration Resolution) Targets(in DeskTicket ticket)
    {
        var priority = _setup.Priority(ticket.Severity, ticket.Segment);
        var key = (ticket.Segment, ticket.Channel, priority);
        if (!_targets.TryGetValue(key, out var targets))
        {
            var probe = new TicketTimeline(new TicketAttributes(priority, segment: ticket.Segment, channel: DeskSetup.Channels[ticket.Channel]),
                [TicketEvent.Opened(Period.Start)]);
            var evaluation = _setup.Policies.Evaluate(probe, Period.Start);
            targets = (Target(evaluation, SlaMetric.FirstResponse), Target(evaluation, SlaMetric.Resolution));
            _targets[key] = targets;
        }

        return targets;
    }

    private static Duration Target(SlaEvaluation evaluation, SlaMetric metric)
    {
        foreach (var result in evaluation.Results)
        {
            if (result.Metric.Equals(metric) && result.Status != SlaStatus.NotApplicable)
            {
                return result.Target;
            }
        }

        return Duration.MaxValue;
    }

    private void CountPhone(Instant opened)
    {
        var local = opened.InZone(DeskSetup.Zone).LocalDateTime;
        if (local.DayOfWeek <= IsoDayOfWeek.Friday)
        {
            PhoneByHalfHour[(local.Hour * 2) + (local.Minute / 30)]++;
        }
    }

    /// <summary>Counts the ordinary working weekdays of the period, to average the phone calls per half-hour over.</summary>
    public void CountWeekdays()
    {
        PhoneWeekdays = 0;
        for (var day = Period.Start.InZone(DeskSetup.Zone).Date; day.AtStartOfDayInZone(DeskSetup.Zone).ToInstant() < End; day = day.PlusDays(1))
        {
            if (day.DayOfWeek <= IsoDayOfWeek.Friday && _setup.Calendar.IsOpen(day.At(new LocalTime(10, 0)).InZoneLeniently(DeskSetup.Zone).ToInstant()))
            {
                PhoneWeekdays++;
            }
        }
    }
}
