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

    private static readonly double[] HourWeight = [0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.4, 0.8, 1.6, 1.8, 1.7, 1.5, 1.0, 1.2, 1.5, 1.5, 1.4, 1.2, 0.9, 0.9, 0.8, 0.6, 0.4, 0.3];
    private static readonly double[] DayWeight = [1.25, 1.0, 1.0, 1.0, 1.05, 0.8, 0.5]; // Monday .. Sunday
    private static readonly double[] SeverityWeight = [0.03, 0.15, 0.65, 1.0];
    private static readonly double[] CategoryWeight = [0.25, 0.40, 0.62, 0.78, 0.84, 1.0];

    private readonly DeskSetup _setup;
    private readonly Interval _period;
    private readonly Rng _seedRng;
    private readonly string[] _customerSegment;
    private readonly bool[] _unhappy;
    private readonly int _acquired;

    public Simulator(DeskSetup setup, Interval period, ulong seed, int? tickets)
    {
        _setup = setup;
        _period = period;
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

    /// <summary>Customers at the start, acquired and left at the end of the period, known once <see cref="Run"/> has finished.</summary>
    public CustomerBase? Customers { get; private set; }

    /// <summary>Generates every ticket, handing each to <paramref name="sink"/>; reports progress every 1% of the tickets.</summary>
    public void Run(Action<DeskTicket> sink, Action<double>? progress = null)
    {
        var rng = _seedRng;
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

        var step = Math.Max(1, Count / 100);
        for (var i = 0; i < Count; i++)
        {
            var hour = rng.Pick(cumulative);
            var opened = _period.Start + Duration.FromHours(hour) + Duration.FromSeconds(rng.Next(3600));
            sink(Ticket(ref rng, opened));
            if (progress is not null && i % step == 0)
            {
                progress((double)i / Count);
            }
        }

        var churned = 0;
        var churnRng = new Rng(rng.NextDouble() is var x ? (ulong)(x * ulong.MaxValue) : 0);
        for (var c = 0; c < _unhappy.Length; c++)
        {
            var risk = (_unhappy[c] ? 0.12 : 0.015) * (_customerSegment[c] == "vip" ? 0.5 : 1.0);
            churned += churnRng.NextDouble() < risk ? 1 : 0;
        }

        Customers = new CustomerBase(_unhappy.Length - _acquired, _acquired, _unhappy.Length - churned);
        progress?.Invoke(1.0);
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
