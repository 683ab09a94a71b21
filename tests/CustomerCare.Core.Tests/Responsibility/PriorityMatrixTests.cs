// The impact × urgency priority matrix: the ITSM preset, scales listed either way round, and inversions.
using CustomerCare.Core.Responsibility;
using CustomerCare.Core.Sla.Policies;

namespace CustomerCare.Core.Tests.Responsibility;

public sealed class PriorityMatrixTests
{
    [Theory]
    [InlineData("high", "high", "critical")]
    [InlineData("high", "low", "medium")]
    [InlineData("medium", "medium", "medium")]
    [InlineData("low", "medium", "low")]
    [InlineData("LOW", "Low", "planning")]
    public void The_itsm_preset_maps_impact_and_urgency_to_five_priorities(string impact, string urgency, string priority)
    {
        Assert.Equal(priority, PriorityMatrix.Itsm3x3.Prioritise(impact, urgency));
        Assert.Empty(PriorityMatrix.Itsm3x3.Inversions);
        Assert.Equal("critical > high > medium > low > planning", PriorityMatrix.Itsm3x3.Priorities.ToString());
    }

    [Fact]
    public void A_scale_listed_least_severe_first_is_read_the_right_way_round()
    {
        // Impact 1 (minor) … 3 (extensive), least severe first; urgency listed most severe first.
        var matrix = PriorityMatrix.Create(["1", "2", "3"], ScaleDirection.LeastSevereFirst, ["high", "low"], ScaleDirection.MostSevereFirst,
            PriorityScale.Default, new[,] { { "normal", "low" }, { "high", "normal" }, { "urgent", "high" } });
        Assert.Empty(matrix.Inversions);
        Assert.Equal("urgent", matrix.Prioritise("3", "high"));

        // The same table read as if "1" were the most severe is full of inversions.
        var misread = PriorityMatrix.Create(["1", "2", "3"], ScaleDirection.MostSevereFirst, ["high", "low"], ScaleDirection.MostSevereFirst,
            PriorityScale.Default, new[,] { { "normal", "low" }, { "high", "normal" }, { "urgent", "high" } });
        Assert.Equal(6, misread.Inversions.Count);
    }

    [Fact]
    public void A_more_severe_cell_with_a_less_urgent_priority_is_an_inversion()
    {
        var matrix = PriorityMatrix.Create(["high", "low"], ScaleDirection.MostSevereFirst, ["high", "low"], ScaleDirection.MostSevereFirst,
            PriorityScale.Default, new[,] { { "urgent", "low" }, { "high", "normal" } });
        var inversion = Assert.Single(matrix.Inversions);
        Assert.Equal(new PriorityInversion("high", "low", "low", "low", "low", "normal"), inversion);
        Assert.Equal("impact high × urgency low → low, but the less severe impact low × urgency low → normal", inversion.ToString());
    }

    [Fact]
    public void Bad_tables_are_rejected()
    {
        var shape = Assert.Throws<ArgumentException>(() => PriorityMatrix.Create(["a"], ScaleDirection.MostSevereFirst, ["x", "y"], ScaleDirection.MostSevereFirst, PriorityScale.Default, new[,] { { "low" } }));
        Assert.Equal("cells", shape.ParamName);
        Assert.StartsWith("cells is 1×1 but the scales are 1 impacts × 2 urgencies", shape.Message, StringComparison.Ordinal);

        var unknown = Assert.Throws<ArgumentException>(() => PriorityMatrix.Create(["a"], ScaleDirection.MostSevereFirst, ["x"], ScaleDirection.MostSevereFirst, PriorityScale.Default, new[,] { { "p1" } }));
        Assert.StartsWith("cells[0, 0] ('a' × 'x') is 'p1', which is not on the priority scale urgent > high > normal > low.", unknown.Message, StringComparison.Ordinal);

        var repeat = Assert.Throws<ArgumentException>(() => PriorityMatrix.Create(["a", "A"], ScaleDirection.MostSevereFirst, ["x"], ScaleDirection.MostSevereFirst, PriorityScale.Default, new[,] { { "low" }, { "low" } }));
        Assert.Equal("impacts", repeat.ParamName);
        Assert.StartsWith("impacts[1] is 'A'; labels must be non-blank and distinct.", repeat.Message, StringComparison.Ordinal);

        var label = Assert.Throws<ArgumentException>(() => PriorityMatrix.Itsm3x3.Prioritise("huge", "high"));
        Assert.Equal("impact", label.ParamName);
        Assert.StartsWith("impact 'huge' is not on its scale (high, medium, low).", label.Message, StringComparison.Ordinal);
    }
}
