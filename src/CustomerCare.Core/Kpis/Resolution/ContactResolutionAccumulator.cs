// A running count of issues and contacts that merges exactly across days, queues and shards.
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Kpis.Resolution;

/// <summary>
/// Accumulates <see cref="IssueContacts"/> as five counts; merging is exact and equals
/// <see cref="ContactResolution.Calculate(ReadOnlySpan{IssueContacts})"/> on the concatenated input.
/// <c>default</c> is empty. A mutable struct: not thread-safe; give each thread its own and merge.
/// </summary>
[MutableByDesign("A struct accumulator updated in place on hot paths; each thread keeps its own and merges.")]
public struct ContactResolutionAccumulator
{
    private long _issues;
    private long _contacts;
    private long _resolved;
    private long _firstContact;
    private long _repeat;

    /// <summary>Gets the result so far.</summary>
    public readonly ContactResolutionResult Result => new(_issues, _contacts, _resolved, _firstContact, _repeat);

    /// <summary>Adds one issue.</summary>
    /// <param name="issue">The issue's history.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="issue"/> is <c>default</c> (0 contacts).</exception>
    public void Add(IssueContacts issue)
    {
        if (issue.Contacts < 1)
        {
            Preconditions.ThrowOutOfRange(nameof(issue), issue, "must have at least one contact (default(IssueContacts) is not an issue)");
        }

        AddUnchecked(issue);
    }

    /// <summary>Adds every issue of <paramref name="issues"/>; nothing is added when one is invalid.</summary>
    /// <param name="issues">The issues.</param>
    /// <exception cref="ArgumentOutOfRangeException">An element is <c>default</c>; the message names its index.</exception>
    public void Add(ReadOnlySpan<IssueContacts> issues)
    {
        for (var i = 0; i < issues.Length; i++)
        {
            if (issues[i].Contacts < 1)
            {
                Preconditions.ThrowAt(nameof(issues), i, issues[i], "must have at least one contact (default(IssueContacts) is not an issue)");
            }
        }

        foreach (var issue in issues)
        {
            AddUnchecked(issue);
        }
    }

    /// <summary>Adds the counts of <paramref name="other"/> (exact, associative and commutative).</summary>
    /// <param name="other">Another accumulator.</param>
    /// <exception cref="OverflowException">A merged count would exceed <see cref="long.MaxValue"/>; nothing is merged.</exception>
    public void Merge(in ContactResolutionAccumulator other)
    {
        var contacts = checked(_contacts + other._contacts);
        _issues += other._issues;
        _contacts = contacts;
        _resolved += other._resolved;
        _firstContact += other._firstContact;
        _repeat += other._repeat;
    }

    private void AddUnchecked(IssueContacts issue)
    {
        var contacts = checked(_contacts + issue.Contacts);
        _issues++;
        _contacts = contacts;
        _resolved += issue.Resolved ? 1 : 0;
        _firstContact += issue.ResolvedOnFirstContact ? 1 : 0;
        _repeat += issue.Contacts > 1 ? 1 : 0;
    }
}
