// Queue counts at their edges: thresholds hit exactly, counts that no queue produces (word for word), overflow and text.
using System.Globalization;
using CustomerCare.Core.Kpis.ContactCentre;
using NodaTime;

namespace CustomerCare.Core.Tests.Kpis.ContactCentre;

public sealed class QueueEdgeTests
{
    private static readonly QueueThresholds Thresholds = new(Duration.FromSeconds(20), Duration.FromSeconds(5));

    // The short-abandon limit equals the answer target: a short abandon (wait < 20 s) is within target (wait ≤ 20 s).
    private static readonly QueueThresholds EqualLimits = new(Duration.FromSeconds(20), Duration.FromSeconds(20));

    // The short-abandon limit exceeds the answer target: every abandon within target (≤ 20 s) is short (< 30 s).
    private static readonly QueueThresholds LongShortAbandon = new(Duration.FromSeconds(20), Duration.FromSeconds(30));

    [Fact]
    public void An_abandon_at_exactly_the_short_abandon_limit_is_not_short()
    {
        var accumulator = new QueueAccumulator(Thresholds);
        accumulator.Add([QueuedContact.Abandoned(Duration.FromSeconds(4)), QueuedContact.Abandoned(Duration.FromSeconds(5))]);
        Assert.Equal(2, accumulator.Result.Abandoned);
        Assert.Equal(1, accumulator.Result.ShortAbandons);
    }

    [Fact]
    public void A_limit_equal_to_the_target_makes_short_abandons_a_part_of_those_within_target()
    {
        // Abandons after 19 s and 20 s: both within target, only the first is short.
        var counted = QueueMetrics.Calculate([QueuedContact.Abandoned(Duration.FromSeconds(19)), QueuedContact.Abandoned(Duration.FromSeconds(20))], EqualLimits);
        Assert.Equal(counted, QueueResult.FromCounts(EqualLimits, 0, 0, 2, 2, 1, Duration.Zero));
        Assert.Equal(0, QueueResult.FromCounts(EqualLimits, 0, 0, 2, 1, 0, Duration.Zero).ShortAbandons);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => QueueResult.FromCounts(EqualLimits, 0, 0, 2, 1, 2, Duration.Zero));
        Assert.Equal("shortAbandons", ex.ParamName);
        Assert.StartsWith("shortAbandons must not exceed abandonedWithinTarget (a short abandon is within the answer target) (1); it was 2.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_limit_above_the_target_needs_at_least_as_many_short_abandons_as_abandons_within_target()
    {
        var edge = QueueResult.FromCounts(LongShortAbandon, 0, 0, 3, 2, 2, Duration.Zero);
        Assert.Equal(2, edge.ShortAbandons);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => QueueResult.FromCounts(LongShortAbandon, 0, 0, 3, 2, 1, Duration.Zero));
        Assert.Equal("shortAbandons", ex.ParamName);
        Assert.StartsWith("shortAbandons must be at least abandonedWithinTarget (2): the short-abandon limit exceeds the answer target; it was 1.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("answered", -1, 0, 0, 0, 0)]
    [InlineData("answeredWithinTarget", 0, -1, 0, 0, 0)]
    [InlineData("abandoned", 0, 0, -1, 0, 0)]
    [InlineData("abandonedWithinTarget", 0, 0, 0, -1, 0)]
    [InlineData("shortAbandons", 0, 0, 0, 0, -1)]
    public void A_negative_count_is_named_with_its_value(string name, long answered, long answeredWithin, long abandoned, long abandonedWithin, long shortAbandons)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => QueueResult.FromCounts(Thresholds, answered, answeredWithin, abandoned, abandonedWithin, shortAbandons, Duration.Zero));
        Assert.Equal(name, ex.ParamName);
        Assert.StartsWith(name + " must not be negative; it was -1.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_and_waits_that_no_queue_produces_are_rejected_word_for_word()
    {
        var wait = Assert.Throws<ArgumentOutOfRangeException>(() => QueueResult.FromCounts(Thresholds, 1, 1, 0, 0, 0, Duration.FromSeconds(-1)));
        Assert.Equal("totalAnswerWait", wait.ParamName);
        Assert.StartsWith("totalAnswerWait must not be negative; it was -0:00:00:01.", wait.Message, StringComparison.Ordinal);
        var unanswered = Assert.Throws<ArgumentOutOfRangeException>(() => QueueResult.FromCounts(Thresholds, 0, 0, 1, 1, 0, Duration.FromSeconds(1)));
        Assert.StartsWith("totalAnswerWait must be zero when no contact was answered; it was 0:00:00:01.", unanswered.Message, StringComparison.Ordinal);
        var within = Assert.Throws<ArgumentOutOfRangeException>(() => QueueResult.FromCounts(Thresholds, 0, 0, 1, 2, 0, Duration.Zero));
        Assert.Equal("abandonedWithinTarget", within.ParamName);
        Assert.StartsWith("abandonedWithinTarget must not exceed abandoned (1); it was 2.", within.Message, StringComparison.Ordinal);
        var shortOnes = Assert.Throws<ArgumentOutOfRangeException>(() => QueueResult.FromCounts(Thresholds, 0, 0, 1, 1, 2, Duration.Zero));
        Assert.Equal("shortAbandons", shortOnes.ParamName);
        Assert.StartsWith("shortAbandons must not exceed abandoned (1); it was 2.", shortOnes.Message, StringComparison.Ordinal);
        var thresholds = Assert.Throws<ArgumentException>(() => QueueResult.FromCounts(default, 0, 0, 0, 0, 0, Duration.Zero));
        Assert.Equal("thresholds", thresholds.ParamName);
        Assert.StartsWith("thresholds is default(QueueThresholds); create it with new QueueThresholds(answerTarget, shortAbandon).", thresholds.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_thresholds_and_contacts_are_rejected_word_for_word()
    {
        var target = Assert.Throws<ArgumentOutOfRangeException>(() => new QueueThresholds(Duration.Zero, Duration.Zero));
        Assert.StartsWith("answerTarget must be greater than zero; it was 0:00:00:00.", target.Message, StringComparison.Ordinal);
        var outcome = Assert.Throws<ArgumentOutOfRangeException>(() => new QueuedContact(Duration.Zero, (CallOutcome)3));
        Assert.StartsWith("outcome must be Answered or Abandoned; it was 3.", outcome.Message, StringComparison.Ordinal);
        var accumulator = Assert.Throws<ArgumentException>(() => new QueueAccumulator(default));
        Assert.Equal("thresholds", accumulator.ParamName);
        Assert.StartsWith("thresholds is default(QueueThresholds); create it with new QueueThresholds(answerTarget, shortAbandon).", accumulator.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_default_contact_is_rejected_alone_or_in_a_span_and_nothing_is_added()
    {
        var accumulator = new QueueAccumulator(Thresholds);
        var single = Assert.Throws<ArgumentOutOfRangeException>(() => accumulator.Add(default(QueuedContact)));
        Assert.Equal("contact", single.ParamName);
        Assert.StartsWith("contact must have an outcome (default(QueuedContact) is not a contact); it was no contact (default).", single.Message, StringComparison.Ordinal);
        var span = Assert.Throws<ArgumentOutOfRangeException>(() => accumulator.Add([QueuedContact.Answered(Duration.FromSeconds(1)), default]));
        Assert.Equal("contacts", span.ParamName);
        Assert.StartsWith("contacts[1] must have an outcome (default(QueuedContact) is not a contact); it was no contact (default).", span.Message, StringComparison.Ordinal);
        Assert.Equal(0, accumulator.Result.Offered);
    }

    [Fact]
    public void A_default_accumulator_refuses_a_span_with_the_way_to_create_one()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => default(QueueAccumulator).Add([QueuedContact.Answered(Duration.FromSeconds(1))]));
        Assert.Equal("This QueueAccumulator is default and has no thresholds; create it with new QueueAccumulator(thresholds).", ex.Message);
    }

    [Fact]
    public void Merging_past_long_MaxValue_offered_contacts_throws_and_merges_nothing()
    {
        // Doubling one answered and one abandoned contact 61 times gives 2^61 of each (2^62 offered); merging that with
        // itself would offer 2^63, one past long.MaxValue.
        var accumulator = new QueueAccumulator(Thresholds);
        accumulator.Add([QueuedContact.Answered(Duration.FromSeconds(1)), QueuedContact.Abandoned(Duration.FromSeconds(1))]);
        for (var i = 0; i < 61; i++)
        {
            accumulator.Merge(accumulator);
        }

        Assert.Equal(1L << 62, accumulator.Result.Offered);
        Assert.Throws<OverflowException>(() => accumulator.Merge(accumulator));
        Assert.Equal(1L << 61, accumulator.Result.Answered);
        Assert.Equal(1L << 61, accumulator.Result.Abandoned);
    }

    [Fact]
    public void Text_says_n_a_for_the_speed_of_answer_when_nothing_was_answered()
    {
        var result = QueueMetrics.Calculate([QueuedContact.Abandoned(Duration.FromSeconds(3))], Thresholds);
        Assert.Equal("offered 1: answered 0 (0 within 20 s), abandoned 1 (1 short); ASA n/a", result.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("offered 8: answered 5 (3 within 20 s), abandoned 3 (1 short); ASA 20 s", QueueMetrics.Calculate(QueueMetricsTests.Contacts, Thresholds).ToString(CultureInfo.InvariantCulture));
    }
}
