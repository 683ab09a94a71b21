// Counts of issues and contacts from which FCR, repeat-contact rate and resolution rate are read.
using System.Globalization;
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Kpis.Resolution;

/// <summary>
/// Issue and contact counts: FCR (<see cref="FirstContactResolution(FcrBasis)"/>), repeat-contact rate
/// (<see cref="RepeatContactRate(RepeatContactVariant)"/>) and resolution rate (<see cref="ResolutionRate"/>),
/// each as a <see cref="KpiRatio"/> (undefined over no issues). Immutable and thread-safe.
/// </summary>
public readonly record struct ContactResolutionResult
{
    /// <summary>Creates a result from counts kept elsewhere (a data warehouse, another system's tallies).</summary>
    /// <param name="issues">The number of issues, 0 or more.</param>
    /// <param name="contacts">The contacts about them, at least one per issue (first contacts included).</param>
    /// <param name="resolved">The resolved issues, 0..<paramref name="issues"/>.</param>
    /// <param name="resolvedOnFirstContact">The issues resolved on their first and only contact, 0..<paramref name="resolved"/>, and at most the issues without a repeat.</param>
    /// <param name="issuesWithRepeat">The issues with more than one contact, 0..<paramref name="issues"/>, and at most <paramref name="contacts"/> − <paramref name="issues"/>.</param>
    /// <returns>The validated result.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or inconsistent with the others as described.</exception>
    public static ContactResolutionResult FromCounts(long issues, long contacts, long resolved, long resolvedOnFirstContact, long issuesWithRepeat)
    {
        Preconditions.NonNegative(issues, nameof(issues));
        Preconditions.NonNegative(contacts, nameof(contacts));
        Preconditions.NonNegative(resolved, nameof(resolved));
        Preconditions.NonNegative(resolvedOnFirstContact, nameof(resolvedOnFirstContact));
        Preconditions.NonNegative(issuesWithRepeat, nameof(issuesWithRepeat));
        if (contacts < issues)
        {
            Preconditions.ThrowOutOfRange(nameof(contacts), contacts, $"must be at least issues ({issues}): every issue has a first contact");
        }

        if (resolved > issues)
        {
            Preconditions.ThrowOutOfRange(nameof(resolved), resolved, $"must not exceed issues ({issues})");
        }

        if (issuesWithRepeat > issues || issuesWithRepeat > contacts - issues || (issuesWithRepeat == 0 && contacts > issues))
        {
            Preconditions.ThrowOutOfRange(nameof(issuesWithRepeat), issuesWithRepeat,
                $"must be from {(contacts > issues ? 1 : 0)} to {Math.Min(issues, contacts - issues)} for {issues} issues and {contacts} contacts");
        }

        if (resolvedOnFirstContact > resolved || resolvedOnFirstContact > issues - issuesWithRepeat)
        {
            Preconditions.ThrowOutOfRange(nameof(resolvedOnFirstContact), resolvedOnFirstContact,
                $"must not exceed resolved ({resolved}) nor the issues without a repeat ({issues - issuesWithRepeat})");
        }

        return new(issues, contacts, resolved, resolvedOnFirstContact, issuesWithRepeat);
    }

    internal ContactResolutionResult(long issues, long contacts, long resolved, long resolvedOnFirstContact, long issuesWithRepeat)
    {
        Issues = issues;
        Contacts = contacts;
        Resolved = resolved;
        ResolvedOnFirstContact = resolvedOnFirstContact;
        IssuesWithRepeat = issuesWithRepeat;
    }

    /// <summary>Gets the number of issues.</summary>
    public long Issues { get; }

    /// <summary>Gets the number of contacts about those issues (first contacts included).</summary>
    public long Contacts { get; }

    /// <summary>Gets the number of resolved issues.</summary>
    public long Resolved { get; }

    /// <summary>Gets the number of issues resolved on their first and only contact.</summary>
    public long ResolvedOnFirstContact { get; }

    /// <summary>Gets the number of issues with more than one contact.</summary>
    public long IssuesWithRepeat { get; }

    /// <summary>Gets the resolution rate, resolved issues / issues.</summary>
    public KpiRatio ResolutionRate => new(Resolved, Issues);

    /// <summary>Gets contacts per issue, contacts / issues (1 or more; undefined over no issues).</summary>
    public KpiRate ContactsPerIssue => new(Contacts, Issues);

    /// <summary>Returns first contact resolution on the chosen basis (see <see cref="FcrBasis"/>).</summary>
    /// <param name="basis">The basis: issues (customer basis), contacts, or calls (issues / contacts).</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/> is not defined.</exception>
    public KpiRatio FirstContactResolution(FcrBasis basis)
    {
        Preconditions.Defined(basis, "must be Customers, Contacts or Calls");
        return basis switch
        {
            FcrBasis.Customers => new(ResolvedOnFirstContact, Issues),
            FcrBasis.Contacts => new(ResolvedOnFirstContact, Contacts),
            _ => new(Issues, Contacts),
        };
    }

    /// <summary>Returns the counts as <c>FCR 62.5 % of 8 issues (11 contacts, 1.38 per issue); resolved 87.5 %</c> (invariant culture).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(CultureInfo.InvariantCulture);

    /// <summary>Returns the counts as <c>FCR 62.5 % of 8 issues (11 contacts, 1.38 per issue); resolved 87.5 %</c>.</summary>
    /// <param name="provider">The culture for numbers; null for the current culture.</param>
    /// <returns>The text.</returns>
    public string ToString(IFormatProvider? provider) => Issues == 0
        ? "FCR n/a (0 issues)"
        : $"FCR {KpiText.Percent(FirstContactResolution(FcrBasis.Customers).Value, provider)} of {Issues.ToString(provider)} issues ({Contacts.ToString(provider)} contacts, {KpiText.Number(ContactsPerIssue.Value, provider)} per issue); resolved {KpiText.Percent(ResolutionRate.Value, provider)}";

    /// <summary>Returns the repeat-contact rate of the chosen variant (see <see cref="RepeatContactVariant"/>).</summary>
    /// <param name="variant">Repeat contacts over contacts, or issues with a repeat over issues (callback rate).</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="variant"/> is not defined.</exception>
    public KpiRatio RepeatContactRate(RepeatContactVariant variant)
    {
        Preconditions.Defined(variant, "must be RepeatContactsOverContacts or IssuesWithRepeatOverIssues");
        return variant switch
        {
            RepeatContactVariant.RepeatContactsOverContacts => new(Contacts - Issues, Contacts),
            _ => new(IssuesWithRepeat, Issues),
        };
    }
}
