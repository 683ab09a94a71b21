// A seeded synthetic month of the retail desk: Poisson arrivals shaped by hour, weekday and Tết, with segments, severities and channels.
using CustomerCare.Core;
using CustomerCare.Core.Kpis.Customers;
using CustomerCare.Core.Segments;
using NodaTime;

namespace CareDesk.Desk;

/// <summary>
/// Generates tickets for a period. Arrivals form a Poisson process whose hourly rate follows the time of day, the
/// weekday and the desk's closures; given the total, arrival times are independent draws from that rate, which is
/// how <c>--tickets N</c> fixes the count exactly. Response and resolution times are business time on the desk's
/// calendar, so the SLA results depend on lunch breaks, Saturday mornings and Tết as they would in a real month.
/// </summary>
internal sealed class Simulator
{
    /// <summary>The expected number of tickets in a 30-day month, when <c>--tickets</c> is not given.</summary>
    public const double TicketsPerMonth = 3000;

    /// <summary>Tickets per chunk of a run: the unit of parallel work, fixed so that the report never depends on the thread count.</summary>
    public const int ChunkSize = 1 << 16;

    private static readonly double[] HourWeight = [0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.4, 0.8, 1.6, 1.8, 1.7, 1.5, 1.0, 1.2, 1.5, 1.5, 1.4, 1.2, 0.9, 0.9, 0.8, 0.6, 0.4, 0.3];
    private static readonly double[] DayWeight = [1.25, 1.0, 1.0, 1.0, 1.05, 0.8, 0.5]; // Monday .. Sunday
    private static readonly double[] SeverityWeight = [0.03, 0.15, 0.65, 1.0];
    private static readonly double[] CategoryWeight = [0.25, 0.40, 0.62, 0.78, 0.84, 1.0];

    private readonly DeskSetup _setup;
    private readonly Interval _period;
    private readonly Rng _seedRng;
    private readonly ulong _seed;
    private readonly string[] _customerSegment;
    private readonly bool[] _unhappy;
    private readonly int _acquired;

    public Simulator(DeskSetup setup, Interval period, ulong seed, int? tickets)
    {
        _setup = setup;
        _period = period;
        _seed = seed;
        _seedRng = new Rng(seed);
        var rng = new Rng(seed ^ 0x5EED);
        Count = tickets ?? rng.Poisson(TicketsPerMonth * period.Duration.TotalDays / 30.0);

        // The customer base: profiles classified once by the segment catalogue (segmentation), then reused by tickets.
        var customers = Math.Clamp(Count / 3, 500, 50_000);
        _customerSegment = new string[customers];
        _unhappy = new bool[customers];
        var classifier = setup.Segments.AsOf(period.Start);
        var today = period.Start.InZone(DeskSetup.Zone).Date;
        for (var i = 0; i < customers; i++)
        {
            var purchases = rng.NextDouble() < 0.12 ? 1 : 2 + (int)rng.Exponential(5);
            var spend = purchases * (decimal)(3_000_000 + rng.Exponential(12_000_000));
            var profile = new CustomerProfile
            {
                Id = $"C{i}",
                PurchaseCount = purchases,
                LifetimeSpend = new Money(decimal.Round(spend, 0), "VND"),
                LastPurchase = today.PlusDays(-rng.Next(200)),
            };
            _customerSegment[i] = classifier.Classify(setup.Segments.Compile(profile)).Name;
            _acquired += purchases == 1 ? 1 : 0;
        }
    }

    /// <summary>The number of tickets this run generates.</summary>
    public int Count { get; }

    /// <summary>The number of customer profiles the tickets are drawn from.</summary>
    public int CustomerCount => _unhappy.Length;

    /// <summary>The number of chunks of <see cref="ChunkSize"/> tickets a run folds (in parallel, merged in order).</summary>
    public int Chunks => (int)(((long)Count + ChunkSize - 1) / ChunkSize);

    /// <summary>Customers at the start, acquired and left at the end of the period, known once <see cref="Run"/> has finished.</summary>
    public CustomerBase? Customers { get; private set; }

    /// <summary>
    /// Generates every ticket and folds it into <paramref name="report"/>, chunk by chunk on up to
    /// <paramref name="threads"/> threads; reports progress as chunks finish.
    /// </summary>
    /// <remarks>
    /// The tickets are cut into chunks of <see cref="ChunkSize"/> in arrival order. Chunk <c>k</c> draws from its own
    /// generator (chunk 0 from the run's seed, the others from a seed derived from the run's seed and <c>k</c>) and folds
    /// its tickets into its own partial report; the partial reports are merged in chunk order. Chunks and their seeds do
    /// not depend on the number of threads, so the report is the same for 1 thread or many. A run of at most
    /// <see cref="ChunkSize"/> tickets (every default month) is one chunk, drawn exactly as a sequential run.
    /// </remarks>
    public void Run(DeskReport report, int threads, Action<double>? progress = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        var cumulative = HourlyIntensity();
        var chunks = Chunks;
        var partials = new DeskReport[chunks];
        var ends = new Rng[chunks];
        var done = 0L;
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = threads }, k =>
        {
            var first = (long)k * ChunkSize;
            var count = (int)Math.Min(ChunkSize, Count - first);
            var partial = report.Partial(first);
            var rng = k == 0 ? _seedRng : new Rng(ChunkSeed(_seed, k));
            for (var i = 0; i < count; i++)
            {
                var hour = rng.Pick(cumulative);
                var opened = _period.Start + Duration.FromHours(hour) + Duration.FromSeconds(rng.Next(3600));
                partial.Add(Ticket(ref rng, opened));
            }

            partials[k] = partial;
            ends[k] = rng;
            lock (partials)
            {
                done += count;
                progress?.Invoke((double)done / Count);
            }
        });

        foreach (var partial in partials)
        {
            report.Merge(partial);
        }

        // Churn draws from the generator of the last chunk where it stopped (for one chunk: exactly as a sequential run).
        var last = ends[^1];
        var churned = 0;
        var churnRng = new Rng(last.NextDouble() is var x ? (ulong)(x * ulong.MaxValue) : 0);
        for (var c = 0; c < _unhappy.Length; c++)
        {
            var risk = (_unhappy[c] ? 0.12 : 0.015) * (_customerSegment[c] == "vip" ? 0.5 : 1.0);
            churned += churnRng.NextDouble() < risk ? 1 : 0;
        }

        Customers = new CustomerBase(_unhappy.Length - _acquired, _acquired, _unhappy.Length - churned);
        progress?.Invoke(1.0);
    }

    // The seed of chunk k > 0: one SplitMix64 step of the run's seed mixed with k, so chunks draw unrelated streams.
    private static ulong ChunkSeed(ulong seed, int k)
    {
        var z = seed + (0x9E3779B97F4A7C15UL * (ulong)(k + 1)) + 0xC0FFEE;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    // Cumulative arrival weight per hour of the period: time of day, weekday, and far fewer customers on closed weekdays.
    private double[] HourlyIntensity()
    {
        var hours = (int)Math.Ceiling(_period.Duration.TotalHours);
        var cumulative = new double[hours];
        var total = 0.0;
        for (var h = 0; h < hours; h++)
        {
            var start = _period.Start + Duration.FromHours(h);
            var local = start.InZone(DeskSetup.Zone).LocalDateTime;
            var weight = HourWeight[local.Hour] * DayWeight[(int)local.DayOfWeek - 1];
            // A day the desk is closed on a weekday (Tết, public holidays): customers write far less.
            if (local.DayOfWeek != IsoDayOfWeek.Sunday && !_setup.Calendar.IsOpen(local.Date.At(new LocalTime(10, 0)).InZoneLeniently(DeskSetup.Zone).ToInstant()))
            {
                weight *= 0.3;
            }

            total += weight;
            cumulative[h] = total;
        }

        return cumulative;
    }

    private DeskTicket Ticket(ref Rng rng, Instant opened)
    {
        var calendar = _setup.Calendar;
        var customer = rng.Next(_customerSegment.Length);
        var segment = _customerSegment[customer];
        var vip = segment == "vip";
        var open = calendar.IsOpen(opened);
        var u = rng.NextDouble();
        var channel = open ? (u < 0.4 ? 0 : u < 0.75 ? 1 : 2) : (u < 0.3 ? 1 : 2);
        var severity = rng.Pick(SeverityWeight) + 1;
        var category = severity == 1 && rng.NextDouble() < 0.5 ? 4 : rng.Pick(CategoryWeight);

        Duration? wait = null;
        var abandoned = false;
        double firstResponseMinutes;
        if (channel == 0)
        {
            abandoned = rng.NextDouble() < 0.07;
            var seconds = abandoned ? rng.Exponential(40) : rng.NextDouble() < 0.2 ? rng.Exponential(60) : rng.Exponential(12);
            wait = Duration.FromMilliseconds((long)(seconds * 1000));
            firstResponseMinutes = abandoned ? rng.Exponential(30) : seconds / 60;
        }
        else
        {
            firstResponseMinutes = channel == 1 ? rng.Exponential(4) : rng.Exponential(150);
        }

        if (vip)
        {
            firstResponseMinutes *= 0.5;
        }

        var contacts = 1;
        while (contacts < 6 && rng.NextDouble() < 0.28)
        {
            contacts++;
        }

        var resolutionHours = (firstResponseMinutes / 60) + (rng.Exponential(severity switch { 1 => 3, 2 => 5, 3 => 6, _ => 9 }) * (1 + (0.4 * (contacts - 1))));
        var firstResponse = calendar.Add(opened, Duration.FromSeconds(firstResponseMinutes * 60));
        var resolved = calendar.Add(opened, Duration.FromSeconds(resolutionHours * 3600));
        var handle = Duration.FromSeconds(contacts * ((channel switch { 0 => 360, 1 => 540, _ => 300 } * (0.5 + rng.NextDouble())) + 60 + rng.Exponential(30)));

        // Happier customers when the issue was solved quickly on the first contact.
        var good = contacts == 1 && resolutionHours < 8;
        var bad = contacts >= 3 || resolutionHours > 16;
        int nps = -1, csat = -1, ces = -1;
        if (rng.NextDouble() < 0.3)
        {
            nps = Math.Clamp((int)Math.Round((good ? 8.6 : bad ? 5.0 : 7.4) + ((rng.NextDouble() - 0.5) * 5)), 0, 10);
            csat = Math.Clamp((int)Math.Round((good ? 4.4 : bad ? 2.6 : 3.8) + ((rng.NextDouble() - 0.5) * 2.4)), 1, 5);
            ces = Math.Clamp((int)Math.Round((good ? 6.0 : bad ? 3.2 : 5.0) + ((rng.NextDouble() - 0.5) * 3)), 1, 7);
        }

        if (bad || (nps >= 0 && nps <= 6))
        {
            _unhappy[customer] = true;
        }

        return new DeskTicket(opened, channel, severity, segment, category, customer, firstResponse, resolved, contacts, handle, wait, abandoned, nps, csat, ces);
    }
}
