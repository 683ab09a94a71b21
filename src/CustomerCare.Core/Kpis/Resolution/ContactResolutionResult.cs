// Counts of issues and contacts from which FCR, repeat-contact rate and resolution rate are read.
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Kpis.Resolution;

/// <summary>
/// Issue and contact counts: FCR (<see cref="FirstContactResolution(FcrBasis)"/>), repeat-contact rate
/// (<see cref="RepeatContactRate(RepeatContactVariant)"/>) and resolution rate (<see cref="ResolutionRate"/>),
/// each as a <see cref="KpiRatio"/> (undefined over no issues). Immutable and thread-safe.
/// </summary>
public readonly record struct ContactResolutionResult
{
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

    /// <summary>Returns first contact resolution on the chosen basis (see <see cref="FcrBasis"/>).</summary>
    /// <param name="basis">The denominator: issues (customer basis) or contacts.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/> is not defined.</exception>
    public KpiRatio FirstContactResolution(FcrBasis basis)
    {
        Preconditions.Defined(basis, "must be Customers or Contacts");
        return basis switch
        {
            FcrBasis.Customers => new(ResolvedOnFirstContact, Issues),
            _ => new(ResolvedOnFirstContact, Contacts),
        };
    }

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
