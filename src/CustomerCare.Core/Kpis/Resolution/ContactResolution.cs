// FCR, repeat-contact and resolution rates from issue histories: one pass, no allocation.
namespace CustomerCare.Core.Kpis.Resolution;

/// <summary>Counts issues and contacts for FCR, repeat-contact rate and resolution rate. Thread-safe, allocation-free.</summary>
public static class ContactResolution
{
    /// <summary>Counts <paramref name="issues"/>.</summary>
    /// <param name="issues">One element per issue; may be empty (every rate is then undefined).</param>
    /// <returns>The counts and rates.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An element is <c>default</c> (0 contacts); the message names its index.</exception>
    public static ContactResolutionResult Calculate(ReadOnlySpan<IssueContacts> issues)
    {
        var accumulator = default(ContactResolutionAccumulator);
        accumulator.Add(issues);
        return accumulator.Result;
    }
}
