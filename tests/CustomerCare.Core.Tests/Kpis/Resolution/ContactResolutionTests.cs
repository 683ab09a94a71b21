// Hand-checked FCR, repeat-contact and resolution rates in every variant, with merge laws and rejections.
using CustomerCare.Core.Kpis;
using CustomerCare.Core.Kpis.Customers;
using CustomerCare.Core.Kpis.Resolution;
using CustomerCare.Core.Tests.TestInfrastructure;
using FsCheck;
using FsCheck.Fluent;

namespace CustomerCare.Core.Tests.Kpis.Resolution;

public sealed class ContactResolutionTests
{
    // 5 issues, 1 + 1 + 2 + 3 + 1 = 8 contacts; resolved: the first three; resolved on first contact: the first two.
    private static readonly IssueContacts[] Issues =
        [new(1, true), new(1, true), new(2, true), new(3, false), new(1, false)];

    [Fact]
    public void Fcr_on_both_bases()
    {
        var result = ContactResolution.Calculate(Issues);
        Assert.Equal(0.4, result.FirstContactResolution(FcrBasis.Customers).Value);  // 2 / 5 issues
        Assert.Equal(0.25, result.FirstContactResolution(FcrBasis.Contacts).Value);  // 2 / 8 contacts
    }

    [Fact]
    public void Repeat_contact_rates_and_resolution_rate()
    {
        var result = ContactResolution.Calculate(Issues);
        Assert.Equal(0.375, result.RepeatContactRate(RepeatContactVariant.RepeatContactsOverContacts).Value); // (8 − 5) / 8
        Assert.Equal(0.4, result.RepeatContactRate(RepeatContactVariant.IssuesWithRepeatOverIssues).Value);  // 2 / 5
        Assert.Equal(0.6, result.ResolutionRate.Value);                                                       // 3 / 5
        Assert.Equal(new KpiRatio(3, 5), CareRates.ResolutionRate(3, 5));
    }

    [Fact]
    public void No_issues_is_undefined()
    {
        var result = ContactResolution.Calculate([]);
        Assert.False(result.FirstContactResolution(FcrBasis.Customers).IsDefined);
        Assert.False(result.RepeatContactRate(RepeatContactVariant.RepeatContactsOverContacts).IsDefined);
    }

    [Fact]
    public void Bad_input_is_rejected()
    {
        var contacts = Assert.Throws<ArgumentOutOfRangeException>(() => new IssueContacts(0, true));
        Assert.Equal("contacts", contacts.ParamName);
        var span = Assert.Throws<ArgumentOutOfRangeException>(() => ContactResolution.Calculate([new(1, true), default]));
        Assert.Contains("issues[1]", span.Message, StringComparison.Ordinal);
        var accumulator = default(ContactResolutionAccumulator);
        Assert.Equal("issue", Assert.Throws<ArgumentOutOfRangeException>(() => accumulator.Add(default(IssueContacts))).ParamName);
        var result = ContactResolution.Calculate(Issues);
        Assert.Equal("basis", Assert.Throws<ArgumentOutOfRangeException>(() => result.FirstContactResolution((FcrBasis)0)).ParamName);
        Assert.Equal("variant", Assert.Throws<ArgumentOutOfRangeException>(() => result.RepeatContactRate((RepeatContactVariant)5)).ParamName);
    }

    [CareProperty(200)]
    public Property Merge_is_associative_commutative_and_exact()
    {
        var issue = from contacts in Gen.Choose(1, 6)
                    from resolved in Gen.Elements(true, false)
                    select new IssueContacts(contacts, resolved);
        var issues = Gen.ArrayOf(issue);
        var gen = from a in issues
                  from b in issues
                  from c in issues
                  select (a, b, c);
        return Prop.ForAll(gen.ToArbitrary(), s =>
        {
            var (a, b, c) = (Of(s.a), Of(s.b), Of(s.c));
            var (left, right, swapped) = MergeLaws.ThreeWays(a, b, c, static (ref ContactResolutionAccumulator x, in ContactResolutionAccumulator y) => x.Merge(y));
            var whole = ContactResolution.Calculate([.. s.a, .. s.b, .. s.c]);
            var fcr = whole.FirstContactResolution(FcrBasis.Customers);
            return left.Result == right.Result && right.Result == swapped.Result && swapped.Result == whole
                && (!fcr.IsDefined || fcr.Value is >= 0 and <= 1);
        });
    }

    [Fact]
    public void Calculator_and_accumulator_do_not_allocate()
    {
        var accumulator = default(ContactResolutionAccumulator);
        AllocationAssert.NoAllocations(() => ContactResolution.Calculate(Issues));
        AllocationAssert.NoAllocations(() => accumulator.Add(Issues));
    }

    private static ContactResolutionAccumulator Of(IssueContacts[] issues)
    {
        var accumulator = default(ContactResolutionAccumulator);
        accumulator.Add(issues);
        return accumulator;
    }
}
