// Every KPI calculator and accumulator on realistic batch sizes, to show 0 B allocated per call, and the sketch's Add.
using BenchmarkDotNet.Attributes;
using CustomerCare.Core.Kpis;
using CustomerCare.Core.Kpis.ContactCentre;
using CustomerCare.Core.Kpis.Customers;
using CustomerCare.Core.Kpis.Percentiles;
using CustomerCare.Core.Kpis.Resolution;
using CustomerCare.Core.Kpis.Service;
using CustomerCare.Core.Kpis.Surveys;
using NodaTime;

namespace CustomerCare.Core.Benchmarks.Kpis;

[MemoryDiagnoser]
public class KpisBenchmarks
{
    private const int Batch = 1000;
    private static readonly QueueThresholds Thresholds = new(Duration.FromSeconds(20), Duration.FromSeconds(5));
    private static readonly CesScale Ces7 = new(7, CesDirection.HigherIsEasier);
    private readonly byte[] _nps = new byte[Batch];
    private readonly byte[] _csat = new byte[Batch];
    private readonly IssueContacts[] _issues = new IssueContacts[Batch];
    private readonly TicketSlaState[] _tickets = new TicketSlaState[Batch];
    private readonly QueuedContact[] _calls = new QueuedContact[Batch];
    private readonly HandledContact[] _handled = new HandledContact[Batch];
    private readonly Duration[] _responses = new Duration[Batch];
    private readonly Duration[] _durationScratch = new Duration[Batch];
    private readonly double[] _seconds = new double[Batch];
    private readonly double[] _scratch = new double[Batch];
    private readonly double[] _perceptions = new double[22];
    private readonly double[] _expectations = new double[22];
    private readonly QuantileSketch _sketch = new();
    private readonly ServqualAccumulator _servqual = new(ServqualItemMap.Standard22);
    private NpsAccumulator _npsAccumulator;
    private CsatAccumulator _csatAccumulator = new(CsatScale.FivePoint);
    private CesAccumulator _cesAccumulator = new(Ces7);
    private ContactResolutionAccumulator _resolutionAccumulator;
    private SlaComplianceAccumulator _slaAccumulator;
    private QueueAccumulator _queueAccumulator = new(Thresholds);
    private HandleTimeAccumulator _handleAccumulator;
    private DurationAccumulator _durationAccumulator;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        for (var i = 0; i < Batch; i++)
        {
            _nps[i] = (byte)random.Next(0, 11);
            _csat[i] = (byte)random.Next(1, 6);
            _issues[i] = new IssueContacts(random.Next(1, 4), random.Next(4) != 0);
            _tickets[i] = (TicketSlaState)random.Next(1, 5);
            var wait = Duration.FromMilliseconds(random.Next(0, 120_000));
            _calls[i] = random.Next(10) == 0 ? QueuedContact.Abandoned(wait) : QueuedContact.Answered(wait);
            _handled[i] = new HandledContact(Duration.FromSeconds(random.Next(60, 600)), Duration.FromSeconds(random.Next(0, 60)), Duration.FromSeconds(random.Next(0, 120)));
            _responses[i] = Duration.FromSeconds(random.Next(1, 86_400));
            _seconds[i] = Math.Exp((random.NextDouble() * 19) - 6.9);
        }

        for (var i = 0; i < 22; i++)
        {
            _perceptions[i] = random.Next(1, 8);
            _expectations[i] = random.Next(1, 8);
        }

        _sketch.Add(_seconds);
    }

    [Benchmark]
    public double NpsAccumulatorAddSpan()
    {
        _npsAccumulator.Add(_nps);
        return _npsAccumulator.Count;
    }

    [Benchmark]
    public double NpsAdjustedWaldInterval() => Nps.Calculate(_nps).ConfidenceInterval(NpsIntervalMethod.AdjustedWald).Lower;

    [Benchmark]
    public double NpsCompare() => Nps.Compare(new NpsResult(500, 300, 200), new NpsResult(400, 300, 300)).PValue;

    [Benchmark]
    public long CsatAccumulatorAddSpan()
    {
        _csatAccumulator.Add(_csat);
        return _csatAccumulator.Count;
    }

    [Benchmark]
    public long CesAccumulatorAddSpan()
    {
        _cesAccumulator.Add(_csat);
        return _cesAccumulator.Count;
    }

    [Benchmark]
    public double CustomerSatisfactionIndex() => Core.Kpis.Surveys.CustomerSatisfactionIndex.CalculateRescaled(_perceptions, _expectations, 1, 7);

    [Benchmark]
    public double ServqualCalculate() => Servqual.Calculate(_perceptions, _expectations, ServqualItemMap.Standard22).UnweightedOverall;

    [Benchmark]
    public long ServqualAccumulatorAdd()
    {
        _servqual.Add(_perceptions, _expectations);
        return _servqual.Respondents;
    }

    [Benchmark]
    public double ContactResolutionCalculate() => ContactResolution.Calculate(_issues).FirstContactResolution(FcrBasis.Customers).Value;

    [Benchmark]
    public long ContactResolutionAccumulatorAddSpan()
    {
        _resolutionAccumulator.Add(_issues);
        return _resolutionAccumulator.Result.Issues;
    }

    [Benchmark]
    public double SlaComplianceCalculate() => SlaCompliance.Calculate(_tickets).Compliance(SlaComplianceVariant.MetOverResolvedAndOpenBreached).Value;

    [Benchmark]
    public long SlaComplianceAccumulatorAddSpan()
    {
        _slaAccumulator.Add(_tickets);
        return _slaAccumulator.Result.Total;
    }

    [Benchmark]
    public double RetentionAndBacklog() => CareRates.RetentionRate(1000, 250, 1100).Value + new TicketFlow(120, 300, 350).Backlog;

    [Benchmark]
    public double QueueMetricsCalculate() => QueueMetrics.Calculate(_calls, Thresholds).ServiceLevel(ServiceLevelVariant.AnsweredWithinOverOfferedExcludingShortAbandons).Value;

    [Benchmark]
    public long QueueAccumulatorAddSpan()
    {
        _queueAccumulator.Add(_calls);
        return _queueAccumulator.Result.Offered;
    }

    [Benchmark]
    public Duration HandleTimeCalculate()
    {
        HandleTime.Calculate(_handled).TryGetAverageHandleTime(out var aht);
        return aht;
    }

    [Benchmark]
    public long HandleTimeAccumulatorAddSpan()
    {
        _handleAccumulator.Add(_handled);
        return _handleAccumulator.Result.Handled;
    }

    [Benchmark]
    public Duration ResponseTimesCalculate()
    {
        ResponseTimes.Calculate(_responses).TryGetMean(out var mean);
        return mean;
    }

    [Benchmark]
    public long DurationAccumulatorAddSpan()
    {
        _durationAccumulator.Add(_responses);
        return _durationAccumulator.Count;
    }

    [Benchmark]
    public double OccupancyAndUtilisation()
    {
        var time = new AgentTime(Duration.FromHours(6), Duration.FromMinutes(90), Duration.FromHours(8));
        return time.Occupancy + time.Utilisation(UtilisationVariant.StaffedOverPaid);
    }

    [Benchmark]
    public double ExactPercentileR7() => ExactPercentiles.Calculate(_seconds, 0.9, PercentileMethod.LinearInterpolation, _scratch);

    [Benchmark]
    public Duration ExactPercentileNearestRankDurations()
    {
        ExactPercentiles.TryCalculate(_responses, 0.9, PercentileMethod.NearestRank, _durationScratch, out var p90);
        return p90;
    }

    // Per value: 1,000 adds per invocation.
    [Benchmark(OperationsPerInvoke = Batch)]
    public long SketchAdd()
    {
        var values = _seconds;
        for (var i = 0; i < values.Length; i++)
        {
            _sketch.Add(values[i]);
        }

        return _sketch.Count;
    }

    [Benchmark]
    public double SketchQuantile() => _sketch.GetQuantile(0.99);
}
