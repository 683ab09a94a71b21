// The short-abandons-as-met service level, one meaning of "short abandon" across Kpis and Staffing, and the one-line texts.
using CustomerCare.Core.Kpis.ContactCentre;
using CustomerCare.Core.Staffing;
using NodaTime;

namespace CustomerCare.Core.Tests.Kpis.ContactCentre;

public sealed class ServiceLevelVariantTests
{
    private static readonly QueueThresholds Thresholds = new(Duration.FromSeconds(20), Duration.FromSeconds(5));

    // Answered after 5, 10, 20, 25, 40 s (3 within 20 s); abandoned after 3, 15, 30 s (2 within 20 s, 1 short).
    private static readonly QueuedContact[] Contacts = QueueMetricsTests.Contacts;

    [Fact]
    public void Short_abandons_as_met_add_the_short_abandons_to_the_answered_within_target()
    {
        // (Aw + S) / O = (3 + 1) / 8: the 3-second abandon is met, the 15- and 30-second ones are not.
        var level = QueueMetrics.Calculate(Contacts, Thresholds).ServiceLevel(ServiceLevelVariant.AnsweredWithinAndShortAbandonsOverOffered);

        Assert.Equal(4, level.Numerator);
        Assert.Equal(8, level.Denominator);
        Assert.Equal(50, level.Percent, 12);
    }

    [Fact]
    public void Readme_line_short_abandons_as_met()
    {
        // The README's day: answered after 12 s, abandoned after 3 s (short), answered after 45 s: (1 + 1) / 3.
        var day = new QueueAccumulator(Thresholds);
        day.Add(QueuedContact.Answered(Duration.FromSeconds(12)));
        day.Add(QueuedContact.Abandoned(Duration.FromSeconds(3)));
        day.Add(QueuedContact.Answered(Duration.FromSeconds(45)));

        Assert.Equal(2.0 / 3, day.Result.ServiceLevel(ServiceLevelVariant.AnsweredWithinAndShortAbandonsOverOffered).Value);
    }

    [Fact]
    public void With_the_short_abandon_limit_at_the_target_the_short_abandon_variants_equal_the_within_target_ones()
    {
        // No wait lies exactly on the 20-second limit among the abandons, so S = Abw = 2.
        var atTarget = QueueMetrics.Calculate(Contacts, new QueueThresholds(Duration.FromSeconds(20), Duration.FromSeconds(20)));

        Assert.Equal(
            atTarget.ServiceLevel(ServiceLevelVariant.AnsweredAndAbandonedWithinOverOffered),
            atTarget.ServiceLevel(ServiceLevelVariant.AnsweredWithinAndShortAbandonsOverOffered));
        Assert.Equal(
            atTarget.ServiceLevel(ServiceLevelVariant.AnsweredWithinOverAnsweredAndLateAbandons),
            atTarget.ServiceLevel(ServiceLevelVariant.AnsweredWithinOverOfferedExcludingShortAbandons));
    }

    [Fact]
    public void Staffing_definitions_carry_the_name_and_number_of_the_variant_they_predict()
    {
        foreach (var definition in Enum.GetValues<ServiceLevelDefinition>())
        {
            var variant = Enum.Parse<ServiceLevelVariant>(definition.ToString());
            Assert.Equal((int)variant, (int)definition);
        }
    }

    [Fact]
    public void Thresholds_and_contacts_read_as_one_invariant_line()
    {
        Assert.Equal("answer target 20 s, short abandon under 5 s", Thresholds.ToString());
        Assert.Equal("answered after 5 s", Contacts[0].ToString());
        Assert.Equal("abandoned after 3 s", Contacts[5].ToString());
        Assert.Equal("no contact (default)", default(QueuedContact).ToString());
    }

    [Fact]
    public void An_undefined_variant_is_rejected_with_the_allowed_range()
    {
        var result = QueueMetrics.Calculate(Contacts, Thresholds);
        AssertOutOfRange(
            () => result.ServiceLevel((ServiceLevelVariant)7),
            "variant",
            "variant must be a defined ServiceLevelVariant (AnsweredWithinOverOffered … AnsweredWithinAndShortAbandonsOverOffered); it was 7.");
        AssertOutOfRange(() => result.AbandonmentRate(0), "variant", "variant must be AllAbandons or ExcludingShortAbandons; it was 0.");
    }

    private static void AssertOutOfRange(Action call, string paramName, string message)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(call);
        Assert.Equal(paramName, ex.ParamName);
        Assert.Equal($"{message} (Parameter '{paramName}')", ex.Message);
    }
}
