// Segment classification throughput (1,000,000 compiled profiles against 12 segments) and RFM scoring of 1,000,000 customers.
using BenchmarkDotNet.Attributes;
using CustomerCare.Core.Segments;
using CustomerCare.Core.Segments.Rfm;
using NodaTime;

namespace CustomerCare.Core.Benchmarks.Segments;

/// <summary>
/// 1,000,000 generated profiles compiled once into one table of rows, classified first-match against 12 segments
/// (comparisons, money, memberships, sets, recency, age, and/or/not); and 1,000,000 customers RFM-scored with
/// value-quantile thresholds (summary, thresholds and scoring) and with rank bins. <c>OperationsPerInvoke</c> makes
/// Mean and Allocated per profile or customer. Profiles per second = 1 s / Mean.
/// </summary>
[MemoryDiagnoser]
public class SegmentsBenchmarks
{
    private const int Count = 1_000_000;
    private readonly SegmentClassifier _classifier;
    private readonly long[] _rows;
    private readonly int[] _segments = new int[Count];
    private readonly RfmObservation[] _observations;
    private readonly RfmScore[] _scores = new RfmScore[Count];
    private readonly RfmThresholds _thresholds;

    public SegmentsBenchmarks()
    {
        var zone = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];
        var catalogue = new SegmentCatalogueBuilder(zone)
            .DeclareAttribute("tags", AttributeKind.TextSet)
            .Add("vip", SegmentRule.AtLeast(CommonAttributes.LifetimeSpend, new Money(10_000m, "EUR")))
            .Add("elderly-alone", SegmentRule.And(SegmentRule.AtLeast(CommonAttributes.Age, 70), SegmentRule.Equal(CommonAttributes.LivesAlone, true)))
            .Add("big-basket", SegmentRule.AtLeast(CommonAttributes.AverageOrderValue, new Money(500m, "EUR")))
            .Add("lapsing", SegmentRule.And(SegmentRule.AtLeast(CommonAttributes.PurchaseCount, 5), SegmentRule.Not(SegmentRule.WithinLast(CommonAttributes.LastPurchase, 6, RecencyUnit.Months))))
            .Add("elderly", SegmentRule.AtLeast(CommonAttributes.Age, 70))
            .Add("talkers", SegmentRule.Or(SegmentRule.Equal(CommonAttributes.PrefersConversation, true), SegmentRule.ContainsAny("tags", ["hearing-aid", "chatty"])))
            .Add("new", SegmentRule.WithinLast(CommonAttributes.CustomerSince, 30, RecencyUnit.Days))
            .Add("north-phone", SegmentRule.And(SegmentRule.In(CommonAttributes.Region, ["north", "north-east"]), SegmentRule.Equal(CommonAttributes.PreferredChannel, "phone")))
            .Add("frequent", SegmentRule.Between(CommonAttributes.PurchaseCount, 20, 1000))
            .Add("english", SegmentRule.Equal(CommonAttributes.Language, "en"))
            .Add("low-ability", SegmentRule.In(CommonAttributes.PaymentAbility, ["low"]))
            .Add("silent", SegmentRule.Not(SegmentRule.WithinLast(CommonAttributes.LastContact, 1, RecencyUnit.Years, WhenMissing.Match)))
            .WithDefault("standard")
            .Build();
        _classifier = catalogue.AsOf(Instant.FromUtc(2026, 11, 30, 3, 0));

        var random = new Random(20261130);
        string[] regions = ["north", "south", "central", "north-east"];
        string[] channels = ["phone", "chat", "email"];
        string[] languages = ["vi", "en", "fr"];
        var today = new LocalDate(2026, 11, 30);
        _rows = new long[Count * catalogue.SlotCount];
        _observations = new RfmObservation[Count];
        for (var i = 0; i < Count; i++)
        {
            var profile = new CustomerProfile
            {
                LifetimeSpend = new Money(random.Next(0, 12_000), "EUR"),
                AverageOrderValue = new Money(random.Next(5, 600), "EUR"),
                BirthDate = random.Next(10) == 0 ? null : today.PlusDays(-random.Next(18 * 365, 95 * 365)),
                LivesAlone = random.Next(3) == 0,
                PurchaseCount = random.Next(0, 40),
                LastPurchase = today.PlusDays(-random.Next(0, 700)),
                PrefersConversation = random.Next(10) == 0,
                CustomerSince = today.PlusDays(-random.Next(0, 3000)),
                Region = regions[random.Next(regions.Length)],
                PreferredChannel = channels[random.Next(channels.Length)],
                Language = languages[random.Next(languages.Length)],
                PaymentAbility = (PaymentAbility)random.Next(4),
                LastContact = random.Next(4) == 0 ? null : Instant.FromUtc(2026, 11, 30, 0, 0) - Duration.FromHours(random.Next(0, 24 * 500)),
                Custom = new Dictionary<string, AttributeValue> { ["tags"] = AttributeValue.TextSet(random.Next(20) == 0 ? ["chatty"] : []) },
            };
            catalogue.Compile(profile, _rows.AsSpan(i * catalogue.SlotCount, catalogue.SlotCount));
            _observations[i] = new RfmObservation(i.ToString("D7", System.Globalization.CultureInfo.InvariantCulture), random.Next(0, 700), random.Next(0, 40), random.Next(0, 100_000) / 10m);
        }

        var summary = new RfmSummary();
        summary.Add(_observations);
        summary.TryGetThresholds(out var thresholds);
        _thresholds = thresholds!;
    }

    /// <summary>First-match classification of one compiled profile against 12 segments.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public void Classify() => _classifier.Classify(_rows, _segments);

    /// <summary>Value-quantile RFM scoring of one customer with fixed thresholds.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public void RfmScoreWithThresholds() => _thresholds.Score(_observations, _scores);

    /// <summary>A mergeable exact summary of one customer, then thresholds and scores for all (one full pass).</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public void RfmSummaryThresholdsAndScores()
    {
        var summary = new RfmSummary();
        summary.Add(_observations);
        summary.TryGetThresholds(out var thresholds);
        thresholds!.Score(_observations, _scores);
    }

    /// <summary>Rank-based equal-count RFM bins of one customer (sorting the population three times).</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public void RfmRankBins() => RfmRanking.Calculate(_observations, _scores);
}
