// Hand-checked service level in every variant, abandonment with and without short abandons, ASA, and merge laws.
using CustomerCare.Core.Kpis.ContactCentre;
using CustomerCare.Core.Tests.TestInfrastructure;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CustomerCare.Core.Tests.Kpis.ContactCentre;

public sealed class QueueMetricsTests
{
    private static readonly QueueThresholds Thresholds = new(Duration.FromSeconds(20), Duration.FromSeconds(5));

    // Answered after 5, 10, 20, 25, 40 s: 5 answered, 3 within 20 s (20 itself counts). Abandoned after 3, 15, 30 s:
    // 3 abandoned, 2 within 20 s, 1 short (3 s < 5 s). Offered 8.
    internal static readonly QueuedContact[] Contacts =
    [
        QueuedContact.Answered(Duration.FromSeconds(5)), QueuedContact.Answered(Duration.FromSeconds(10)),
        QueuedContact.Answered(Duration.FromSeconds(20)), QueuedContact.Answered(Duration.FromSeconds(25)),
        QueuedContact.Answered(Duration.FromSeconds(40)), QueuedContact.Abandoned(Duration.FromSeconds(3)),
        QueuedContact.Abandoned(Duration.FromSeconds(15)), QueuedContact.Abandoned(Duration.FromSeconds(30)),
    ];

    [Theory]
    [InlineData(ServiceLevelVariant.AnsweredWithinOverOffered, 3, 8)]
    [InlineData(ServiceLevelVariant.AnsweredWithinOverAnswered, 3, 5)]
    [InlineData(ServiceLevelVariant.AnsweredAndAbandonedWithinOverOffered, 5, 8)]
    [InlineData(ServiceLevelVariant.AnsweredWithinOverAnsweredAndLateAbandons, 3, 6)]
    [InlineData(ServiceLevelVariant.AnsweredWithinOverOfferedExcludingShortAbandons, 3, 7)]
    public void Service_level_in_every_variant(ServiceLevelVariant variant, long numerator, long denominator)
    {
        var level = QueueMetrics.Calculate(Contacts, Thresholds).ServiceLevel(variant);
        Assert.Equal(numerator, level.Numerator);
        Assert.Equal(denominator, level.Denominator);
        Assert.Equal((double)numerator / denominator, level.Value);
    }

    [Fact]
    public void Abandonment_with_and_without_short_abandons()
    {
        var result = QueueMetrics.Calculate(Contacts, Thresholds);
        Assert.Equal(3.0 / 8, result.AbandonmentRate(AbandonmentVariant.AllAbandons).Value);
        Assert.Equal(2.0 / 7, result.AbandonmentRate(AbandonmentVariant.ExcludingShortAbandons).Value); // (3 − 1) / (8 − 1)
    }

    [Fact]
    public void Hundred_calls_with_ninety_answered_is_ten_percent_abandonment_as_the_fraction_0_10()
    {
        var calls = Enumerable.Range(0, 100)
            .Select(i => i < 90 ? QueuedContact.Answered(Duration.FromSeconds(i)) : QueuedContact.Abandoned(Duration.FromSeconds(60)))
            .ToArray();
        var rate = QueueMetrics.Calculate(calls, Thresholds).AbandonmentRate(AbandonmentVariant.AllAbandons);
        Assert.Equal(0.10, rate.Value); // 10 / 100
        Assert.Equal(10, rate.Percent, 12);
    }

    [Fact]
    public void Average_speed_of_answer_is_total_answer_wait_over_answered()
    {
        // (5 + 10 + 20 + 25 + 40) / 5 = 20 s; abandoned waits do not count.
        Assert.True(QueueMetrics.Calculate(Contacts, Thresholds).TryGetAverageSpeedOfAnswer(out var asa));
        Assert.Equal(Duration.FromSeconds(20), asa);
        Assert.False(QueueMetrics.Calculate([QueuedContact.Abandoned(Duration.FromSeconds(1))], Thresholds).TryGetAverageSpeedOfAnswer(out _));
    }

    [Fact]
    public void Intervals_merge_weighted_by_volume()
    {
        // 9:00 interval: 1 of 1 within target (100 %); 9:15 interval: 1 of 9 (11 %). Averaging the percentages says 55.6 %;
        // the day's true service level is 2 of 10 = 20 %.
        var early = new QueueAccumulator(Thresholds);
        early.Add(QueuedContact.Answered(Duration.FromSeconds(1)));
        var late = new QueueAccumulator(Thresholds);
        late.Add(QueuedContact.Answered(Duration.FromSeconds(1)));
        for (var i = 0; i < 8; i++)
        {
            late.Add(QueuedContact.Answered(Duration.FromMinutes(2)));
        }

        early.Merge(late);
        Assert.Equal(0.2, early.Result.ServiceLevel(ServiceLevelVariant.AnsweredWithinOverOffered).Value);
    }

    [CareProperty(200)]
    public Property Merge_is_associative_commutative_and_exact()
    {
        var contact = from seconds in Gen.Choose(0, 60)
                      from answered in Gen.Elements(true, false)
                      select answered ? QueuedContact.Answered(Duration.FromSeconds(seconds)) : QueuedContact.Abandoned(Duration.FromSeconds(seconds));
        var contacts = Gen.ArrayOf(contact);
        var gen = from a in contacts
                  from b in contacts
                  from c in contacts
                  select (a, b, c);
        return Prop.ForAll(gen.ToArbitrary(), s =>
        {
            var (a, b, c) = (Of(s.a), Of(s.b), Of(s.c));
            var (left, right, swapped) = MergeLaws.ThreeWays(a, b, c, static (ref QueueAccumulator x, in QueueAccumulator y) => x.Merge(y));
            var whole = QueueMetrics.Calculate([.. s.a, .. s.b, .. s.c], Thresholds);
            var inBounds = Enum.GetValues<ServiceLevelVariant>().All(v => whole.ServiceLevel(v) is var r && (!r.IsDefined || r.Value is >= 0 and <= 1));
            return left.Result == right.Result && right.Result == swapped.Result && swapped.Result == whole && inBounds;
        });
    }

    [Fact]
    public void Empty_queue_is_undefined()
    {
        var result = QueueMetrics.Calculate([], Thresholds);
        Assert.False(result.ServiceLevel(ServiceLevelVariant.AnsweredWithinOverOffered).IsDefined);
        Assert.False(result.AbandonmentRate(AbandonmentVariant.ExcludingShortAbandons).IsDefined);
    }

    [Fact]
    public void Bad_input_is_rejected()
    {
        Assert.Equal("answerTarget", Assert.Throws<ArgumentOutOfRangeException>(() => new QueueThresholds(Duration.Zero, Duration.Zero)).ParamName);
        Assert.Equal("shortAbandon", Assert.Throws<ArgumentOutOfRangeException>(() => new QueueThresholds(Duration.FromSeconds(20), Duration.FromSeconds(-1))).ParamName);
        var wait = Assert.Throws<ArgumentOutOfRangeException>(() => QueuedContact.Answered(Duration.FromSeconds(-3)));
        Assert.Equal("wait", wait.ParamName);
        Assert.Contains("negative", wait.Message, StringComparison.Ordinal);
        Assert.Equal("outcome", Assert.Throws<ArgumentOutOfRangeException>(() => new QueuedContact(Duration.Zero, (CallOutcome)3)).ParamName);
        var index = Assert.Throws<ArgumentOutOfRangeException>(() => QueueMetrics.Calculate([Contacts[0], default], Thresholds));
        Assert.Contains("contacts[1]", index.Message, StringComparison.Ordinal);
        Assert.Equal("thresholds", Assert.Throws<ArgumentException>(() => QueueMetrics.Calculate(Contacts, default)).ParamName);
        Assert.Throws<InvalidOperationException>(() => default(QueueAccumulator).Add(Contacts[0]));
        var other = new QueueAccumulator(new QueueThresholds(Duration.FromSeconds(30), Duration.Zero));
        var accumulator = new QueueAccumulator(Thresholds);
        Assert.Equal("other", Assert.Throws<ArgumentException>(() => accumulator.Merge(other)).ParamName);
        var result = QueueMetrics.Calculate(Contacts, Thresholds);
        Assert.Equal("variant", Assert.Throws<ArgumentOutOfRangeException>(() => result.ServiceLevel(0)).ParamName);
        Assert.Equal("variant", Assert.Throws<ArgumentOutOfRangeException>(() => result.AbandonmentRate(0)).ParamName);
    }

    [Fact]
    public void A_default_accumulator_is_rejected_by_every_member_that_needs_thresholds()
    {
        var accumulator = new QueueAccumulator(Thresholds);
        Assert.Throws<InvalidOperationException>(() => default(QueueAccumulator).Result);
        Assert.Throws<InvalidOperationException>(() => default(QueueAccumulator).Merge(accumulator));
        var merge = Assert.Throws<ArgumentException>(() => accumulator.Merge(default(QueueAccumulator)));
        Assert.Equal("other", merge.ParamName);
        Assert.StartsWith("other is default(QueueAccumulator) and has no thresholds", merge.Message, StringComparison.Ordinal);
        var variant = Assert.Throws<ArgumentOutOfRangeException>(() => accumulator.Result.ServiceLevel((ServiceLevelVariant)99));
        Assert.Equal("variant", variant.ParamName);
        Assert.StartsWith("variant must be a defined ServiceLevelVariant (AnsweredWithinOverOffered … AnsweredWithinAndShortAbandonsOverOffered); it was 99.", variant.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculator_and_accumulator_do_not_allocate()
    {
        var accumulator = new QueueAccumulator(Thresholds);
        AllocationAssert.NoAllocations(() => QueueMetrics.Calculate(Contacts, Thresholds));
        AllocationAssert.NoAllocations(() => accumulator.Add(Contacts));
    }

    private static QueueAccumulator Of(QueuedContact[] contacts)
    {
        var accumulator = new QueueAccumulator(Thresholds);
        accumulator.Add(contacts);
        return accumulator;
    }
}
