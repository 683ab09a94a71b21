// The catalogue describes every KpiId exactly once and rejects undefined ids.
using CustomerCare.Core.Kpis;

namespace CustomerCare.Core.Tests.Kpis;

public sealed class KpiCatalogTests
{
    [Fact]
    public void Every_id_has_exactly_one_descriptor_in_id_order()
    {
        var ids = Enum.GetValues<KpiId>();
        Assert.Equal(ids, KpiCatalog.All.Select(d => d.Id));
        foreach (var id in ids)
        {
            var descriptor = KpiCatalog.Get(id);
            Assert.Equal(id, descriptor.Id);
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Name));
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Formula));
            Assert.True(descriptor.Minimum < descriptor.Maximum, $"{id}: empty range");
        }
    }

    [Fact]
    public void Descriptors_carry_unit_direction_and_range()
    {
        var nps = KpiCatalog.Get(KpiId.NetPromoterScore);
        Assert.Equal(KpiUnit.Points, nps.Unit);
        Assert.Equal(KpiDirection.HigherIsBetter, nps.Direction);
        Assert.True(nps.IsInRange(-100) && nps.IsInRange(100) && !nps.IsInRange(100.5) && !nps.IsInRange(double.NaN));
        Assert.Equal("Net Promoter Score", nps.ToString());
        Assert.Equal(KpiDirection.LowerIsBetter, KpiCatalog.Get(KpiId.AbandonmentRate).Direction);
        Assert.Equal(KpiUnit.Duration, KpiCatalog.Get(KpiId.AverageHandleTime).Unit);
    }

    [Fact]
    public void An_undefined_id_is_rejected()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => KpiCatalog.Get((KpiId)999));
        Assert.Equal("id", ex.ParamName);
        Assert.Contains("999", ex.Message, StringComparison.Ordinal);
    }
}
