// Contact resolution at its edges: counts on each limit, rejections word for word, overflow and the empty text.
using System.Globalization;
using CustomerCare.Core.Kpis.Resolution;

namespace CustomerCare.Core.Tests.Kpis.Resolution;

public sealed class ContactResolutionEdgeTests
{
    [Fact]
    public void An_issue_with_one_contact_is_added_alone()
    {
        var accumulator = default(ContactResolutionAccumulator);
        accumulator.Add(new IssueContacts(1, true));
        Assert.Equal(ContactResolutionResult.FromCounts(1, 1, 1, 1, 0), accumulator.Result);
    }

    [Fact]
    public void Counts_on_each_limit_are_accepted_and_equal_what_the_calculator_counts()
    {
        // Every issue has a repeat: issuesWithRepeat = issues = contacts − issues.
        Assert.Equal(ContactResolution.Calculate([new(2, false), new(2, false)]), ContactResolutionResult.FromCounts(2, 4, 0, 0, 2));
        // One contact per issue, all resolved on it: no repeat although contacts = issues, and resolvedOnFirstContact = resolved.
        Assert.Equal(ContactResolution.Calculate([new(1, true), new(1, true), new(1, true)]), ContactResolutionResult.FromCounts(3, 3, 3, 3, 0));
        Assert.Equal(ContactResolution.Calculate([new(1, true), new(1, true), new(1, false)]), ContactResolutionResult.FromCounts(3, 3, 2, 2, 0));
        Assert.Equal(ContactResolution.Calculate([]), ContactResolutionResult.FromCounts(0, 0, 0, 0, 0));
    }

    [Theory]
    [InlineData("issues", -1, 0, 0, 0, 0)]
    [InlineData("contacts", 0, -1, 0, 0, 0)]
    [InlineData("resolved", 0, 0, -1, 0, 0)]
    [InlineData("resolvedOnFirstContact", 0, 0, 0, -1, 0)]
    [InlineData("issuesWithRepeat", 0, 0, 0, 0, -1)]
    public void A_negative_count_is_named_with_its_value(string name, long issues, long contacts, long resolved, long resolvedOnFirstContact, long issuesWithRepeat)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ContactResolutionResult.FromCounts(issues, contacts, resolved, resolvedOnFirstContact, issuesWithRepeat));
        Assert.Equal(name, ex.ParamName);
        Assert.StartsWith(name + " must not be negative; it was -1.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Issues_without_a_contact_are_rejected_word_for_word()
    {
        var contacts = Assert.Throws<ArgumentOutOfRangeException>(() => new IssueContacts(0, true));
        Assert.StartsWith("contacts must be at least 1 (the first contact opens the issue); it was 0.", contacts.Message, StringComparison.Ordinal);
        var accumulator = default(ContactResolutionAccumulator);
        var issue = Assert.Throws<ArgumentOutOfRangeException>(() => accumulator.Add(default(IssueContacts)));
        Assert.StartsWith("issue must have at least one contact (default(IssueContacts) is not an issue); it was IssueContacts { Contacts = 0, Resolved = False, ResolvedOnFirstContact = False }.", issue.Message, StringComparison.Ordinal);
        var issues = Assert.Throws<ArgumentOutOfRangeException>(() => accumulator.Add([new(1, true), default]));
        Assert.Equal("issues", issues.ParamName);
        Assert.StartsWith("issues[1] must have at least one contact (default(IssueContacts) is not an issue); it was IssueContacts { Contacts = 0, Resolved = False, ResolvedOnFirstContact = False }.", issues.Message, StringComparison.Ordinal);
        Assert.Equal(0, accumulator.Result.Issues);
    }

    [Fact]
    public void Undefined_variants_are_named_with_the_allowed_ones()
    {
        var result = ContactResolutionResult.FromCounts(2, 3, 1, 1, 1);
        var basis = Assert.Throws<ArgumentOutOfRangeException>(() => result.FirstContactResolution((FcrBasis)0));
        Assert.StartsWith("basis must be Customers, Contacts or Calls; it was 0.", basis.Message, StringComparison.Ordinal);
        var variant = Assert.Throws<ArgumentOutOfRangeException>(() => result.RepeatContactRate((RepeatContactVariant)5));
        Assert.StartsWith("variant must be RepeatContactsOverContacts or IssuesWithRepeatOverIssues; it was 5.", variant.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_past_long_MaxValue_contacts_throws_and_adds_nothing()
    {
        // One issue of int.MaxValue = 2^31 − 1 contacts doubled 32 times: 2^63 − 2^32 contacts. Two more such issues give
        // 2^63 − 2 = long.MaxValue − 1; a third would pass long.MaxValue.
        var accumulator = default(ContactResolutionAccumulator);
        var big = new IssueContacts(int.MaxValue, false);
        accumulator.Add(big);
        for (var i = 0; i < 32; i++)
        {
            accumulator.Merge(accumulator);
        }

        accumulator.Add(big);
        accumulator.Add(big);
        Assert.Equal(long.MaxValue - 1, accumulator.Result.Contacts);
        Assert.Throws<OverflowException>(() => accumulator.Add(big));
        Assert.Equal(long.MaxValue - 1, accumulator.Result.Contacts);
        Assert.Equal((1L << 32) + 2, accumulator.Result.Issues);
    }

    [Fact]
    public void Text_of_no_issues_says_n_a()
    {
        Assert.Equal("FCR n/a (0 issues)", ContactResolution.Calculate([]).ToString(CultureInfo.InvariantCulture));
        Assert.Equal("FCR 40.0 % of 5 issues (8 contacts, 1.6 per issue); resolved 60.0 %",
            ContactResolution.Calculate([new(1, true), new(1, true), new(2, true), new(3, false), new(1, false)]).ToString(CultureInfo.InvariantCulture));
    }
}
