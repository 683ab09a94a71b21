// Staff scorecards: 1,000,000 events into keyed per-agent accumulators and ticket-volume cells (0 B per event), and fair rankings of 1,000 agents.
using BenchmarkDotNet.Attributes;
using CustomerCare.Core.Goals.Scorecards;
using CustomerCare.Core.Kpis;
using CustomerCare.Core.Kpis.ContactCentre;
using CustomerCare.Core.Kpis.Resolution;
using CustomerCare.Core.Kpis.Surveys;
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CustomerCare.Core.Benchmarks.Goals;

[MemoryDiagnoser]
public class ScorecardBenchmarks
{
    private const int Events = 1_000_000;
    private const int AgentCount = 1_000;
    private static readonly string[] CategoryNames = ["hardware/display", "hardware/battery", "billing/refund", "billing/invoice", "account/login", "shipping"];
    private static readonly string[] Channels = ["phone", "chat", "email", "social"];
    private readonly string[] _agentOf = new string[Events];
    private readonly byte[] _kind = new byte[Events];
    private readonly byte[] _value = new byte[Events];
    private readonly HandledContact[] _contacts = new HandledContact[16];
    private readonly QualityReviewScore[] _reviews = new QualityReviewScore[16];
    private readonly Instant[] _arrived = new Instant[Events];
    private readonly CategoryPath[] _categoryOf = new CategoryPath[Events];
    private readonly string[] _channelOf = new string[Events];
    private QualityRubric _rubric = null!;
    private RubricRating[][] _ratings = null!;
    private ScorecardBook _book = null!;
    private TicketVolume _volume = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(12);
        var roster = new StaffRosterBuilder().AddRole("Agent").AddTarget("Agent", KpiId.CustomerSatisfaction, 0.85).AddTarget("Agent", KpiId.QualityScore, 0.8);
        var ids = Enumerable.Range(0, AgentCount).Select(i => "agent-" + i.ToString("0000", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        for (var i = 0; i < AgentCount; i++)
        {
            roster.AddAgent(ids[i], "team-" + (i % 16).ToString(System.Globalization.CultureInfo.InvariantCulture), random.Next(3) == 0 ? "L2" : "L1", "Agent");
        }

        _rubric = new QualityRubricBuilder("QA")
            .AddCategory("Greeting", RubricScale.Binary).AddCategory("Empathy", RubricScale.FivePoint, 2)
            .AddCategory("Solution", RubricScale.FourPoint, 3, critical: true).AddCategory("Tone", RubricScale.ThreePoint)
            .Build();
        _ratings = Enumerable.Range(0, 16).Select(_ => new[]
        {
            RubricRating.Of((byte)random.Next(0, 2)), RubricRating.Of((byte)random.Next(1, 6)),
            random.Next(5) == 0 ? RubricRating.NotApplicable : RubricRating.Of((byte)random.Next(2, 5)), RubricRating.Of((byte)random.Next(1, 4)),
        }).ToArray();
        for (var i = 0; i < 16; i++)
        {
            _contacts[i] = new HandledContact(Duration.FromSeconds(random.Next(60, 600)), Duration.FromSeconds(random.Next(0, 60)), Duration.FromSeconds(random.Next(0, 120)));
            _reviews[i] = _rubric.Evaluate(_ratings[i]);
        }

        var zone = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
        var categories = CategoryNames.Select(CategoryPath.Parse).ToArray();
        var channels = Channels;
        var start = Instant.FromUtc(2026, 1, 1, 0, 0);
        for (var i = 0; i < Events; i++)
        {
            _agentOf[i] = ids[random.Next(AgentCount)];
            _kind[i] = (byte)random.Next(5);
            _value[i] = (byte)random.Next(16);
            _arrived[i] = start + Duration.FromSeconds(random.Next(0, 90 * 86_400));
            _categoryOf[i] = categories[random.Next(categories.Length)];
            _channelOf[i] = channels[random.Next(channels.Length)];
        }

        _book = new ScorecardBook(roster.Build(), CsatScale.FivePoint);
        AddEvents();
        _volume = new TicketVolume(zone, VolumePeriod.Week);
        AddCases();
    }

    /// <summary>One event per call: an NPS or CSAT answer, a handled contact, an issue or a QA review for a known agent.</summary>
    [Benchmark(OperationsPerInvoke = Events)]
    public void AddEvents()
    {
        var book = _book;
        for (var i = 0; i < Events; i++)
        {
            var agent = _agentOf[i];
            var value = _value[i];
            switch (_kind[i])
            {
                case 0: book.AddNps(agent, (byte)(value % 11)); break;
                case 1: book.AddCsat(agent, (byte)(1 + (value % 5))); break;
                case 2: book.AddHandled(agent, _contacts[value]); break;
                case 3: book.AddIssue(agent, new IssueContacts(1 + (value % 3), value != 0)); break;
                default: book.AddReview(agent, _reviews[value]); break;
            }
        }
    }

    /// <summary>One case per call, counted in its (ISO week in Berlin, category, channel) cell.</summary>
    [Benchmark(OperationsPerInvoke = Events)]
    public void AddCases()
    {
        var volume = _volume;
        for (var i = 0; i < Events; i++)
        {
            volume.Add(_arrived[i], _categoryOf[i], _channelOf[i]);
        }
    }

    /// <summary>Scores one QA review against a four-category rubric.</summary>
    [Benchmark(OperationsPerInvoke = 16)]
    public double ScoreReviews()
    {
        double sum = 0;
        for (var i = 0; i < 16; i++)
        {
            sum += _rubric.Evaluate(_ratings[i]).Score;
        }

        return sum;
    }

    /// <summary>Ranks 1,000 agents' CSAT top box by the Wilson lower bound (rows built from the book).</summary>
    [Benchmark]
    public StaffRanking RankWilson1000() => _book.Rank(KpiId.CustomerSatisfaction, RankingMethod.WilsonLowerBound);

    /// <summary>Ranks 1,000 agents' QA scores by empirical-Bayes shrinkage (rows built from the book).</summary>
    [Benchmark]
    public StaffRanking RankEmpiricalBayes1000() => _book.Rank(KpiId.QualityScore, RankingMethod.EmpiricalBayes);
}
