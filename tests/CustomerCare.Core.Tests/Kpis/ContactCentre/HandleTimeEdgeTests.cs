// Handle-time inputs, totals and merges checked member by member: each rejection word for word, each total on its own.
using System.Globalization;
using CustomerCare.Core.Kpis.ContactCentre;
using NodaTime;

namespace CustomerCare.Core.Tests.Kpis.ContactCentre;

public sealed class HandleTimeEdgeTests
{
    [Fact]
    public void A_negative_component_of_a_handled_contact_is_named_with_its_value()
    {
        var talk = Assert.Throws<ArgumentOutOfRangeException>(() => new HandledContact(Duration.FromSeconds(-1), Duration.Zero, Duration.Zero));
        Assert.Equal("talk", talk.ParamName);
        Assert.StartsWith("talk must not be negative; it was -0:00:00:01.", talk.Message, StringComparison.Ordinal);
        var wrap = Assert.Throws<ArgumentOutOfRangeException>(() => new HandledContact(Duration.Zero, Duration.Zero, Duration.FromSeconds(-2)));
        Assert.Equal("afterCallWork", wrap.ParamName);
        Assert.StartsWith("afterCallWork must not be negative; it was -0:00:00:02.", wrap.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merging_adds_each_total_on_its_own()
    {
        // 1st: talk 300 s, hold 60 s, wrap 120 s. 2nd + 3rd: talk 240 + 420 = 660 s, hold 0 + 30 = 30 s, wrap 60 + 90 = 150 s.
        var first = default(HandleTimeAccumulator);
        first.Add(new HandledContact(Duration.FromSeconds(300), Duration.FromSeconds(60), Duration.FromSeconds(120)));
        var rest = default(HandleTimeAccumulator);
        rest.Add([
            new(Duration.FromSeconds(240), Duration.Zero, Duration.FromSeconds(60)),
            new(Duration.FromSeconds(420), Duration.FromSeconds(30), Duration.FromSeconds(90)),
        ]);
        first.Merge(rest);
        var result = first.Result;
        Assert.Equal(3, result.Handled);
        Assert.Equal(Duration.FromSeconds(960), result.TotalTalk);
        Assert.Equal(Duration.FromSeconds(90), result.TotalHold);
        Assert.Equal(Duration.FromSeconds(270), result.TotalAfterCallWork);
        Assert.Equal(Duration.FromSeconds(1320), result.TotalHandleTime);
        Assert.True(result.TryGetAverageHandleTime(out var aht));
        Assert.Equal(Duration.FromSeconds(440), aht);
    }

    [Fact]
    public void Merging_past_long_MaxValue_contacts_throws()
    {
        // Doubling one contact 62 times gives 2^62 contacts; once more would be 2^63, one past long.MaxValue.
        var accumulator = default(HandleTimeAccumulator);
        accumulator.Add(new HandledContact(Duration.Zero, Duration.Zero, Duration.Zero));
        for (var i = 0; i < 62; i++)
        {
            accumulator.Merge(accumulator);
        }

        Assert.Equal(1L << 62, accumulator.Result.Handled);
        Assert.Throws<OverflowException>(() => accumulator.Merge(accumulator));
    }

    [Fact]
    public void Negative_totals_are_rejected_with_their_names()
    {
        var handled = Assert.Throws<ArgumentOutOfRangeException>(() => HandleTimeResult.FromTotals(-1, Duration.Zero, Duration.Zero, Duration.Zero));
        Assert.Equal("handled", handled.ParamName);
        Assert.StartsWith("handled must not be negative; it was -1.", handled.Message, StringComparison.Ordinal);
        var talk = Assert.Throws<ArgumentOutOfRangeException>(() => HandleTimeResult.FromTotals(1, Duration.FromSeconds(-1), Duration.Zero, Duration.Zero));
        Assert.Equal("totalTalk", talk.ParamName);
        Assert.StartsWith("totalTalk must not be negative; it was -0:00:00:01.", talk.Message, StringComparison.Ordinal);
        var wrap = Assert.Throws<ArgumentOutOfRangeException>(() => HandleTimeResult.FromTotals(1, Duration.Zero, Duration.Zero, Duration.FromSeconds(-1)));
        Assert.Equal("totalAfterCallWork", wrap.ParamName);
        Assert.StartsWith("totalAfterCallWork must not be negative; it was -0:00:00:01.", wrap.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 0, 1)] // talk + hold equals the wrap-up: a difference of the two would be zero
    [InlineData(1, 1, 0)] // talk equals hold
    [InlineData(0, 0, 1)]
    public void Time_without_contacts_is_rejected_whichever_totals_carry_it(int talk, int hold, int afterCallWork)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => HandleTimeResult.FromTotals(0, Duration.FromSeconds(talk), Duration.FromSeconds(hold), Duration.FromSeconds(afterCallWork)));
        Assert.Equal("handled", ex.ParamName);
        Assert.StartsWith("handled must be positive when a total is positive (time was spent on contacts that were not counted); it was 0.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Result_text_shows_aht_and_count_or_n_a()
    {
        // 120 contacts, 46,800 s in all: AHT 390 s.
        var result = HandleTimeResult.FromTotals(120, Duration.FromSeconds(36_000), Duration.FromSeconds(3_600), Duration.FromSeconds(7_200));
        Assert.Equal("AHT 6 min 30 s (n = 120)", result.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("AHT n/a (n = 0)", HandleTimeResult.FromTotals(0, Duration.Zero, Duration.Zero, Duration.Zero).ToString(CultureInfo.InvariantCulture));
        Assert.Equal("AHT n/a (n = 0)", default(HandleTimeResult).ToString(CultureInfo.InvariantCulture));
        Assert.False(default(HandleTimeResult).TryGetAverageHandleTime(out var none));
        Assert.Equal(Duration.Zero, none);
    }
}
