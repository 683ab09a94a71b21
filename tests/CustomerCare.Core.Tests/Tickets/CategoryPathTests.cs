// Category paths and patterns: the hierarchy, case-insensitive comparison and segment wildcards, hand-checked.
using CustomerCare.Core.Tickets;

namespace CustomerCare.Core.Tests.Tickets;

public sealed class CategoryPathTests
{
    [Fact]
    public void Parses_normalises_and_walks_the_tree()
    {
        var touch = CategoryPath.Parse(" Hardware / display/touch ");

        Assert.Equal("Hardware/display/touch", touch.Value);
        Assert.Equal(3, touch.Depth);
        Assert.Equal("touch", touch.Name);
        Assert.Equal(CategoryPath.Parse("hardware/display"), touch.Parent);
        Assert.Equal(CategoryPath.Parse("hardware"), touch.AncestorAt(1));
        Assert.Null(CategoryPath.Parse("hardware").Parent);
        Assert.Equal(CategoryPath.Parse("HARDWARE/DISPLAY/TOUCH").GetHashCode(), touch.GetHashCode());
    }

    [Theory]
    [InlineData("hardware/display/touch", "hardware", true)]
    [InlineData("hardware/display/touch", "hardware/display/touch", true)]
    [InlineData("hardware/display/touch", "HARDWARE/Display", true)]
    [InlineData("hardware/display", "hardware/display/touch", false)]
    [InlineData("hardware/display", "hard", false)]
    [InlineData("hardwarex/display", "hardware", false)]
    public void Knows_its_ancestors(string path, string ancestor, bool expected) =>
        Assert.Equal(expected, CategoryPath.Parse(path).IsSameOrDescendantOf(CategoryPath.Parse(ancestor)));

    [Theory]
    [InlineData("", "it is blank")]
    [InlineData("hardware//touch", "segment 2 is empty")]
    [InlineData("hardware/*", "segment 2 contains '*'")]
    public void Rejects_malformed_paths(string text, string reason)
    {
        var ex = Assert.Throws<ArgumentException>(() => CategoryPath.Parse(text));

        Assert.Equal("text", ex.ParamName);
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
        Assert.False(CategoryPath.TryParse(text, out _));
    }

    [Fact]
    public void Rejects_default_and_depths_outside_the_path()
    {
        var path = CategoryPath.Parse("a/b");

        Assert.Throws<ArgumentException>(() => path.IsSameOrDescendantOf(default));
        Assert.Equal("depth", Assert.Throws<ArgumentOutOfRangeException>(() => path.AncestorAt(3)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => path.AncestorAt(0));
        Assert.Throws<ArgumentException>(() => CategoryPattern.Any.Matches(default));
    }

    [Theory]
    [InlineData("hardware/**", "hardware", true)]
    [InlineData("hardware/**", "hardware/display/touch", true)]
    [InlineData("hardware/**", "software", false)]
    [InlineData("hardware/*", "hardware/display", true)]
    [InlineData("hardware/*", "hardware", false)]
    [InlineData("hardware/*", "hardware/display/touch", false)]
    [InlineData("*/touch", "hardware/touch", true)]
    [InlineData("*/touch", "hardware/display/touch", false)]
    [InlineData("**/touch", "hardware/display/touch", true)]
    [InlineData("**", "anything/at/all", true)]
    [InlineData("hardware/display", "Hardware/Display", true)]
    [InlineData("hardware/display", "hardware/display/touch", false)]
    public void Patterns_match_whole_segments(string pattern, string path, bool expected) =>
        Assert.Equal(expected, CategoryPattern.Parse(pattern).Matches(CategoryPath.Parse(path)));

    [Fact]
    public void More_specific_patterns_rank_higher()
    {
        Assert.True(CategoryPattern.Parse("hardware/display").Specificity > CategoryPattern.Parse("hardware/*").Specificity);
        Assert.True(CategoryPattern.Parse("hardware/*").Specificity > CategoryPattern.Parse("hardware/**").Specificity);
        Assert.True(CategoryPattern.Parse("hardware/**").Specificity > CategoryPattern.Any.Specificity);
        Assert.True(CategoryPattern.Parse("a/b").IsExact);
        Assert.False(CategoryPattern.Parse("a/*").IsExact);
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("hard*/x")]
    [InlineData("a//b")]
    public void Rejects_malformed_patterns(string text) =>
        Assert.Equal("text", Assert.Throws<ArgumentException>(() => CategoryPattern.Parse(text)).ParamName);

    [Fact]
    public void Matching_allocates_nothing()
    {
        var pattern = CategoryPattern.Parse("hardware/**/touch");
        var path = CategoryPath.Parse("hardware/display/touch");
        var hits = 0;

        TestInfrastructure.AllocationAssert.NoAllocations(() => hits += pattern.Matches(path) ? 1 : 0);
        Assert.True(hits > 0);
    }
}
