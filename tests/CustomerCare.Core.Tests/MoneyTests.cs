// Money: exact decimal amounts, ISO currency codes, and no silent mixing of currencies.
namespace CustomerCare.Core.Tests;

public sealed class MoneyTests
{
    [Fact]
    public void Adds_subtracts_and_compares_amounts_of_one_currency_exactly()
    {
        var a = new Money(0.1m, "EUR");
        var b = new Money(0.2m, "EUR");

        Assert.Equal(new Money(0.3m, "EUR"), a + b);
        Assert.Equal(new Money(-0.1m, "EUR"), a - b);
        Assert.Equal(new Money(-0.1m, "EUR"), -a);
        Assert.True(a < b);
        Assert.True(b >= a);
        Assert.Equal(new Money(10m, "VND"), new Money(10.00m, "VND"));
        Assert.Equal(Money.Zero("USD"), new Money(0m, "USD"));
    }

    [Fact]
    public void Prints_the_amount_grouped_in_the_invariant_culture_and_the_code()
    {
        Assert.Equal("1,234.5 EUR", new Money(1234.50m, "EUR").ToString());
        Assert.Equal("-2,000,000 VND", new Money(-2_000_000m, "VND").ToString());
        Assert.Equal("1234.50 EUR", new Money(1234.5m, "EUR").ToString("0.00", null));
        Assert.Equal("(no currency)", default(Money).ToString());
    }

    [Theory]
    [InlineData("eur")]
    [InlineData("EURO")]
    [InlineData("")]
    [InlineData("E1R")]
    public void Rejects_a_currency_that_is_not_an_iso_code(string currency)
    {
        var ex = Assert.Throws<ArgumentException>(() => new Money(1m, currency));

        Assert.Equal("currency", ex.ParamName);
        Assert.Contains($"it was '{currency}'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_to_mix_currencies_or_use_default()
    {
        var eur = new Money(1m, "EUR");
        var usd = new Money(1m, "USD");

        var mixed = Assert.Throws<ArgumentException>(() => eur + usd);
        Assert.Equal("other", mixed.ParamName);
        Assert.Contains("USD", mixed.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => eur < usd);
        Assert.Throws<ArgumentException>(() => eur + default(Money));
        Assert.False(default(Money).IsDefined);
        Assert.NotEqual(eur, usd);
        Assert.Throws<ArgumentNullException>(() => new Money(1m, null!));
    }

    [Fact]
    public void Reports_overflow_instead_of_wrapping()
    {
        var max = new Money(decimal.MaxValue, "EUR");

        Assert.Throws<OverflowException>(() => max + new Money(1m, "EUR"));
    }
}
