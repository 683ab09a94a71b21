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
    private readonly List<SegmentSlot> _segments = [];
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

    // A partial report for the tickets from index firstTicket on, to be merged back with Merge (same period and sample spacing).
    private DeskReport(DeskReport whole, long firstTicket)
        : this(whole._setup, whole.Period, 1)
    {
        _sampleEvery = whole._sampleEvery;
        _seen = firstTicket;
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

    /// <summary>Tickets per segment, in the order the segments first appeared.</summary>
    public IReadOnlyDictionary<string, long> BySegment => _segments.ToDictionary(s => s.Name, s => s.Count, StringComparer.Ordinal);

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

    /// <summary>SLA compliance per segment, in the order the segments first appeared.</summary>
    public IReadOnlyDictionary<string, SlaComplianceAccumulator> ComplianceBySegment => _segments.ToDictionary(s => s.Name, s => s.Compliance, StringComparer.Ordinal);

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
        var segment = Segment(ticket.Segment);
        segment.Count++;
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

        var resolutionTarget = segment.ResolutionTarget(this, ticket);
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
        segment.Compliance.Add(state);

        if (_seen++ % _sampleEvery == 0 && _sample.Count < SampleSize)
        {
            _sample.Add(ticket);
        }
    }

    /// <summary>An empty report for the tickets from index <paramref name="firstTicket"/> on (in arrival order), to fold one chunk into on its own thread.</summary>
    public DeskReport Partial(long firstTicket) => new(this, firstTicket);

    /// <summary>
    /// Adds a partial report's tickets, which come after every ticket added so far: the accumulators and sketches merge
    /// exactly, counts add up, segments keep the order in which they first appeared and the sample keeps its spacing.
    /// Merging the partial reports of consecutive chunks in order gives the same report as adding their tickets one by one,
    /// up to the rounding of the sketches' double-precision sums (which depends only on the chunks, not on the threads).
    /// </summary>
    public void Merge(DeskReport partial)
    {
        _created += partial._created;
        _resolved += partial._resolved;
        _seen = Math.Max(_seen, partial._seen);
        _nps.Merge(partial._nps);
        _csat.Merge(partial._csat);
        _ces.Merge(partial._ces);
        _resolution.Merge(partial._resolution);
        _handle.Merge(partial._handle);
        _queue.Merge(partial._queue);
        _compliance.Merge(partial._compliance);
        _firstResponse.Merge(partial._firstResponse);
        _resolutionTime.Merge(partial._resolutionTime);
        FirstResponseSketch.Merge(partial.FirstResponseSketch);
        ResolutionSketch.Merge(partial.ResolutionSketch);
        HandleSketch.Merge(partial.HandleSketch);
        AddCounts(ByChannel, partial.ByChannel);
        AddCounts(BySeverity, partial.BySeverity);
        AddCounts(Days, partial.Days);
        AddCounts(PhoneByHalfHour, partial.PhoneByHalfHour);
        foreach (var other in partial._segments)
        {
            var segment = Segment(other.Name);
            segment.Count += other.Count;
            segment.Compliance.Merge(other.Compliance);
        }

        foreach (var ticket in partial._sample)
        {
            if (_sample.Count < SampleSize)
            {
                _sample.Add(ticket);
            }
        }
    }

    /// <summary>
    /// Every fact of the report as exact values, in a fixed order: the accumulator results, the counts, the sketches'
    /// counts, sums and quantiles (bit for bit), the segments in order and the sampled tickets. Two reports are the same
    /// when these are equal element by element.
    /// </summary>
    public IEnumerable<(string Name, object? Value)> Facts()
    {
        yield return ("nps", Nps);
        yield return ("csat", Csat);
        yield return ("ces", Ces);
        yield return ("contact resolution", Resolution);
        yield return ("handle time", Handle);
        yield return ("queue", Queue);
        yield return ("compliance", Compliance);
        yield return ("first response", FirstResponse);
        yield return ("resolution time", ResolutionTime);
        yield return ("flow", Flow);
        yield return ("customers", Customers);
        yield return ("by channel", string.Join(",", ByChannel));
        yield return ("by severity", string.Join(",", BySeverity));
        yield return ("by day", string.Join(",", Days));
        yield return ("phone by half-hour", string.Join(",", PhoneByHalfHour));
        yield return ("by segment", string.Join(",", BySegment));
        yield return ("compliance by segment", string.Join(",", _segments.Select(x => (x.Name, x.Compliance.Result))));
        foreach (var (name, sketch) in new[] { ("first response sketch", FirstResponseSketch), ("resolution sketch", ResolutionSketch), ("handle sketch", HandleSketch) })
        {
            yield return (name, (sketch.Count, BitConverter.DoubleToInt64Bits(sketch.Mean), string.Join(",", Enumerable.Range(0, 101).Select(q => BitConverter.DoubleToInt64Bits(sketch.GetQuantile(q / 100.0))))));
        }

        yield return ("sample", string.Join(";", _sample));
    }

    private static void AddCounts(long[] total, long[] part)
    {
        for (var i = 0; i < total.Length; i++)
        {
            total[i] += part[i];
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

    // The slot of a segment (a handful exist): found by a short scan, added in the order segments first appear.
    private SegmentSlot Segment(string name)
    {
        foreach (var slot in _segments)
        {
            if (ReferenceEquals(slot.Name, name) || string.Equals(slot.Name, name, StringComparison.Ordinal))
            {
                return slot;
            }
        }

        var added = new SegmentSlot(name);
        _segments.Add(added);
        return added;
    }

    // The targets of a (segment, channel, priority) combination, read once from the policy set by evaluating an empty ticket.
    private (Duration FirstResponse, Duration Resolution) Targets(string segment, int channel, string priority)
    {
        var probe = new TicketTimeline(new TicketAttributes(priority, segment: segment, channel: DeskSetup.Channels[channel]),
            [TicketEvent.Opened(Period.Start)]);
        var evaluation = _setup.Policies.Evaluate(probe, Period.Start);
        return (Target(evaluation, SlaMetric.FirstResponse), Target(evaluation, SlaMetric.Resolution));
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

    // One segment's counts, compliance and SLA targets (by channel and severity, read once each).
    private sealed class SegmentSlot(string name)
    {
        private readonly Duration?[] _resolutionTargets = new Duration?[DeskSetup.Channels.Length * DeskSetup.Severities.Length];

        public string Name { get; } = name;

        public long Count { get; set; }

        public SlaComplianceAccumulator Compliance;

        public Duration ResolutionTarget(DeskReport report, in DeskTicket ticket)
        {
            ref var target = ref _resolutionTargets[(ticket.Channel * DeskSetup.Severities.Length) + ticket.Severity - 1];
            target ??= report.Targets(Name, ticket.Channel, report._setup.Priority(ticket.Severity, Name)).Resolution;
            return target.Value;
        }
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
