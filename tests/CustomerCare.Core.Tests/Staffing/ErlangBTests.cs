// Erlang B checked against hand-worked values and the published Erlang B table.
using CustomerCare.Core.Staffing;

namespace CustomerCare.Core.Tests.Staffing;

public sealed class ErlangBTests
{
    [Fact]
    public void Blocking_probability_matches_hand_worked_values()
    {
        // B(5, 2) = (2⁵/5!) / Σ_{k≤5} 2ᵏ/k! = 0.26667 / (1 + 2 + 2 + 1.33333 + 0.66667 + 0.26667) = 0.26667 / 7.26667 = 0.036697.
        Assert.Equal(4.0 / 109, ErlangB.BlockingProbability(2, 5), 14);
        // One line: B(1, A) = A / (1 + A).
        Assert.Equal(0.75, ErlangB.BlockingProbability(3, 1), 14);
        Assert.Equal(0.214582, ErlangB.BlockingProbability(10, 10), 6);
        Assert.Equal(1, ErlangB.BlockingProbability(10, 0));
        Assert.Equal(0, ErlangB.BlockingProbability(0, 3));
    }

    [Fact]
    public void Inverses_match_the_published_table()
    {
        // Erlang B table at 1% grade of service: 10 lines carry 4.461 Erlangs, 18 lines 10.437; 10 Erlangs need 18 lines.
        Assert.Equal(4.4612, ErlangB.MaximumTraffic(10, 0.01), 4);
        Assert.Equal(10.4369, ErlangB.MaximumTraffic(18, 0.01), 4);
        Assert.Equal(18, ErlangB.RequiredLines(10, 0.01));
        Assert.Equal(0, ErlangB.RequiredLines(0, 0.01));
        Assert.Equal(0, ErlangB.MaximumTraffic(0, 0.01));
    }

    [Fact]
    public void Thousands_of_Erlangs_do_not_overflow()
    {
        // Aⁿ/n! would overflow a double long before n = 5,000; the recurrence stays in [0, 1].
        var b = ErlangB.BlockingProbability(5_000, 5_000);

        Assert.InRange(b, 0.005, 0.02); // ≈ 1/√(πA/2) · (1 − …) ≈ 0.0112 for large A = n
        Assert.Equal(0, ErlangB.BlockingProbability(1, 10_000));
    }

    [Fact]
    public void Bad_inputs_are_rejected_with_the_parameter_named()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ErlangB.BlockingProbability(-1, 3));
        Assert.Equal("erlangs", ex.ParamName);
        Assert.Contains("-1", ex.Message, StringComparison.Ordinal);
        Assert.Equal("lines", Assert.Throws<ArgumentOutOfRangeException>(() => ErlangB.BlockingProbability(1, -1)).ParamName);
        Assert.Equal("erlangs", Assert.Throws<ArgumentOutOfRangeException>(() => ErlangB.BlockingProbability(double.PositiveInfinity, 1)).ParamName);
        var gos = Assert.Throws<ArgumentOutOfRangeException>(() => ErlangB.RequiredLines(10, 1));
        Assert.Equal("gradeOfService", gos.ParamName);
        Assert.Contains("strictly between 0 and 1", gos.Message, StringComparison.Ordinal);
        Assert.Equal("gradeOfService", Assert.Throws<ArgumentOutOfRangeException>(() => ErlangB.MaximumTraffic(10, 0)).ParamName);
        Assert.Equal("lines", Assert.Throws<ArgumentOutOfRangeException>(() => ErlangB.MaximumTraffic(-1, 0.01)).ParamName);
    }
}
