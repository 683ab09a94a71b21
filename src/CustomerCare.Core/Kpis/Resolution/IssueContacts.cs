// One customer issue as the resolution KPIs see it: how many contacts it took and whether it is resolved.
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Kpis.Resolution;

/// <summary>
/// The contact history of one issue (or, on a customer basis, one customer's issue in the period): the number of
/// contacts made about it (1 or more) and whether it is resolved. Input of <see cref="ContactResolution"/>.
/// Immutable and thread-safe.
/// </summary>
public readonly record struct IssueContacts
{
    /// <summary>Creates the history of one issue.</summary>
    /// <param name="contacts">Contacts made about the issue in the window, 1 or more (the first contact included).</param>
    /// <param name="resolved">Whether the issue is resolved.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="contacts"/> is less than 1.</exception>
    public IssueContacts(int contacts, bool resolved)
    {
        if (contacts < 1)
        {
            Preconditions.ThrowOutOfRange(nameof(contacts), contacts, "must be at least 1 (the first contact opens the issue)");
        }

        Contacts = contacts;
        Resolved = resolved;
    }

    /// <summary>Gets the number of contacts about the issue (0 only for <c>default</c>, which the calculators reject).</summary>
    public int Contacts { get; }

    /// <summary>Gets a value indicating whether the issue is resolved.</summary>
    public bool Resolved { get; }

    /// <summary>Gets a value indicating whether the issue was resolved on its first and only contact.</summary>
    public bool ResolvedOnFirstContact => Resolved && Contacts == 1;
}
