// The README's KPI example, statement for statement, so that the numbers printed there stay true.
using System.Globalization;
using CustomerCare.Core.Kpis.ContactCentre;
using CustomerCare.Core.Kpis.Customers;
using CustomerCare.Core.Kpis.Surveys;
using NodaTime;

namespace CustomerCare.Core.Tests.Kpis;

public sealed class ReadmeExampleTests
{
    [Fact]
    public void The_readme_example_prints_what_its_comments_say()
    {
        var nps = Nps.Calculate([10, 9, 9, 8, 7, 6]);
        Assert.Equal(100.0 / 3, nps.Score, 12);
        var ci = nps.ConfidenceInterval(NpsIntervalMethod.AdjustedWald, 0.95);
        Assert.Equal("-26.7 .. 71.2", string.Create(CultureInfo.InvariantCulture, $"{ci.Lower:0.0} .. {ci.Upper:0.0}"));

        var thresholds = new QueueThresholds(answerTarget: Duration.FromSeconds(20), shortAbandon: Duration.FromSeconds(5));
        var day = new QueueAccumulator(thresholds);
        day.Add(QueuedContact.Answered(Duration.FromSeconds(12)));
        day.Add(QueuedContact.Abandoned(Duration.FromSeconds(3)));
        day.Add(QueuedContact.Answered(Duration.FromSeconds(45)));
        var sl = day.Result.ServiceLevel(ServiceLevelVariant.AnsweredWithinOverOfferedExcludingShortAbandons);
        Assert.Equal(0.5, sl.Value);

        Assert.Equal(0.85, CareRates.RetentionRate(atStart: 1000, acquired: 250, atEnd: 1100).Value);

        var readme = File.ReadAllText(Path.Combine(TestInfrastructure.RepositoryPaths.Root, "README.md"));
        Assert.Contains("var nps = Nps.Calculate([10, 9, 9, 8, 7, 6]);", readme, StringComparison.Ordinal);
        Assert.Contains("// -26.7 .. 71.2", readme, StringComparison.Ordinal);
    }
}
