// Agent time at its edges: each rejection word for word, fractions over a zero base, and the one-line text.
using System.Globalization;
using CustomerCare.Core.Kpis.ContactCentre;
using NodaTime;

namespace CustomerCare.Core.Tests.Kpis.ContactCentre;

public sealed class AgentTimeEdgeTests
{
    [Fact]
    public void Negative_handling_or_available_time_is_named_with_its_value()
    {
        var handling = Assert.Throws<ArgumentOutOfRangeException>(() => new AgentTime(Duration.FromHours(-1), Duration.Zero, Duration.Zero));
        Assert.Equal("handling", handling.ParamName);
        Assert.StartsWith("handling must not be negative; it was -0:01:00:00.", handling.Message, StringComparison.Ordinal);
        var available = Assert.Throws<ArgumentOutOfRangeException>(() => new AgentTime(Duration.Zero, Duration.FromMinutes(-30), Duration.Zero));
        Assert.Equal("available", available.ParamName);
        Assert.StartsWith("available must not be negative; it was -0:00:30:00.", available.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Staffed_time_beyond_a_duration_says_so()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new AgentTime(Duration.MaxValue, Duration.FromNanoseconds(1), Duration.Zero));
        Assert.Equal("available", ex.ParamName);
        Assert.StartsWith("available makes the staffed time (handling + available) longer than a NodaTime Duration holds (about 45,000 years); it was 0:00:00:00.000000001.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undefined_utilisation_variant_is_named_with_the_allowed_ones()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new AgentTime(Duration.FromHours(1), Duration.Zero, Duration.FromHours(1)).Utilisation((UtilisationVariant)7));
        Assert.Equal("variant", ex.ParamName);
        Assert.StartsWith("variant must be StaffedOverPaid or HandlingOverPaid; it was 7.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utilisation_without_paid_time_is_NaN_not_infinity()
    {
        // Time was handled but none was paid (a data gap): the fraction has no base, so it is undefined.
        var unpaid = new AgentTime(Duration.FromHours(2), Duration.FromHours(1), Duration.Zero);
        Assert.True(double.IsNaN(unpaid.Utilisation(UtilisationVariant.StaffedOverPaid)));
        Assert.True(double.IsNaN(unpaid.Utilisation(UtilisationVariant.HandlingOverPaid)));
        Assert.Equal(2.0 / 3, unpaid.Occupancy, 15);
    }

    [Fact]
    public void Text_shows_occupancy_handling_staffed_and_paid()
    {
        // 34 h of 40 h staffed = 85 %.
        var week = new AgentTime(Duration.FromHours(34), Duration.FromHours(6), Duration.FromHours(45));
        Assert.Equal("occupancy 85.0 % (handling 34 h of 40 h staffed), paid 45 h", week.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("occupancy 85,0 % (handling 34 h of 40 h staffed), paid 45 h", week.ToString(CultureInfo.GetCultureInfo("de-DE")));
    }
}
