// The KPI chapter: a week of the desk's surveys, contacts and calls, generated deterministically, reported with CustomerCare.Core.Kpis.
using System.Globalization;
using CustomerCare.Core.Kpis.ContactCentre;
using CustomerCare.Core.Kpis.Percentiles;
using CustomerCare.Core.Kpis.Resolution;
using CustomerCare.Core.Kpis.Surveys;
using NodaTime;

namespace CareDesk;

/// <summary>Prints the desk's weekly KPI report.</summary>
internal static class KpisChapter
{
    public static void Run(Instant now)
    {
        var data = new Week(seed: 2026);
        var scale = CsatScale.FivePoint;
        var thresholds = new QueueThresholds(answerTarget: Duration.FromSeconds(20), shortAbandon: Duration.FromSeconds(5));

        var nps = Nps.Calculate(data.NpsAnswers);
        var interval = nps.ConfidenceInterval(NpsIntervalMethod.AdjustedWald, 0.95);
        var csat = Csat.Calculate(data.CsatAnswers, scale);
        var wilson = csat.WilsonInterval(0.95);
        var resolution = ContactResolution.Calculate(data.Issues);
        var handled = HandleTime.Calculate(data.Handled);
        var queue = QueueMetrics.Calculate(data.Calls, thresholds);

        Line($"Week ending {now.InUtc().Date:yyyy-MM-dd}: {data.NpsAnswers.Length} NPS answers, {data.CsatAnswers.Length} CSAT answers, {queue.Offered} calls");
        Line($"  NPS                {nps.Score,7:0.0} points   95% CI {interval.Lower:0.0} .. {interval.Upper:0.0} (adjusted Wald; {nps.Promoters} promoters, {nps.Detractors} detractors)");
        Line($"  CSAT (top 2 of 5)  {csat.TopBoxShare.Value,7:P1}          95% CI {wilson.Lower:P1} .. {wilson.Upper:P1} (Wilson); mean {csat.MeanScore:0.00}");
        Line($"  FCR (per issue)    {resolution.FirstContactResolution(FcrBasis.Customers).Value,7:P1}          repeat contacts {resolution.RepeatContactRate(RepeatContactVariant.RepeatContactsOverContacts).Value:P1} of all contacts");
        if (handled.TryGetAverageHandleTime(out var aht))
        {
            Line($"  AHT                {Format(aht),7}          talk + hold + wrap over {handled.Handled} handled contacts");
        }

        Line($"  Service level      {queue.ServiceLevel(ServiceLevelVariant.AnsweredWithinOverOfferedExcludingShortAbandons).Value,7:P1}          answered in 20 s over offered, short abandons (< 5 s) excluded");
        Line($"  Abandonment        {queue.AbandonmentRate(AbandonmentVariant.ExcludingShortAbandons).Value,7:P1}          {queue.Abandoned} abandoned, {queue.ShortAbandons} of them short and excluded");
        if (queue.TryGetAverageSpeedOfAnswer(out var asa))
        {
            Line($"  ASA                {Format(asa),7}");
        }

        var waits = data.Calls.Where(c => c.Outcome == CallOutcome.Answered).Select(c => c.Wait).ToArray();
        var scratch = new Duration[waits.Length];
        var sketch = new QuantileSketch();
        foreach (var wait in waits)
        {
            sketch.Add(wait);
        }

        ExactPercentiles.TryCalculate(waits, 0.5, PercentileMethod.NearestRank, scratch, out var p50);
        ExactPercentiles.TryCalculate(waits, 0.9, PercentileMethod.NearestRank, scratch, out var p90);
        sketch.TryGetQuantile(0.9, out var sketchP90);
        Line($"  Wait to answer     p50 {Format(p50)}, p90 {Format(p90)} (exact, nearest rank); p90 {Format(sketchP90)} from the 1% sketch");
    }

    private static string Format(Duration duration) => duration.ToString("m:ss.f", CultureInfo.InvariantCulture);

    private static void Line(FormattableString text) => Console.WriteLine(text.ToString(CultureInfo.InvariantCulture));

    // A week of data from a small linear congruential generator, so the report is identical on every run and runtime.
    private sealed class Week
    {
        private ulong _state;

        public Week(ulong seed)
        {
            _state = seed;
            NpsAnswers = Enumerable.Range(0, 480).Select(_ => (byte)Pick([0, 3, 5, 6, 7, 8, 8, 9, 9, 9, 10, 10, 10, 10])).ToArray();
            CsatAnswers = Enumerable.Range(0, 650).Select(_ => (byte)Pick([1, 2, 3, 4, 4, 4, 5, 5, 5, 5])).ToArray();
            Issues = Enumerable.Range(0, 900).Select(_ => new IssueContacts(Pick([1, 1, 1, 1, 1, 2, 2, 3]), Next(10) != 0)).ToArray();
            Handled = Enumerable.Range(0, 900).Select(_ => new HandledContact(
                Duration.FromSeconds(120 + Next(480)), Duration.FromSeconds(Next(4) == 0 ? Next(90) : 0), Duration.FromSeconds(30 + Next(120)))).ToArray();
            Calls = Enumerable.Range(0, 1200).Select(_ => Next(12) == 0
                ? QueuedContact.Abandoned(Duration.FromMilliseconds(Next(60_000)))
                : QueuedContact.Answered(Duration.FromMilliseconds(Next(4) == 0 ? 20_000 + Next(100_000) : Next(20_000)))).ToArray();
        }

        public byte[] NpsAnswers { get; }

        public byte[] CsatAnswers { get; }

        public IssueContacts[] Issues { get; }

        public HandledContact[] Handled { get; }

        public QueuedContact[] Calls { get; }

        private int Pick(int[] choices) => choices[Next(choices.Length)];

        private int Next(int bound)
        {
            _state = (_state * 6364136223846793005UL) + 1442695040888963407UL;
            return (int)((_state >> 33) % (ulong)bound);
        }
    }
}
