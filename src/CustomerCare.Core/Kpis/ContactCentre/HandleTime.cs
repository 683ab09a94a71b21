// Average handle time from handled contacts: one pass, no allocation.
namespace CustomerCare.Core.Kpis.ContactCentre;

/// <summary>Computes average handle time (AHT) totals. Thread-safe, allocation-free.</summary>
public static class HandleTime
{
    /// <summary>Sums <paramref name="contacts"/>.</summary>
    /// <param name="contacts">The handled contacts; may be empty (AHT is then undefined).</param>
    /// <returns>The totals and AHT.</returns>
    public static HandleTimeResult Calculate(ReadOnlySpan<HandledContact> contacts)
    {
        var accumulator = default(HandleTimeAccumulator);
        accumulator.Add(contacts);
        return accumulator.Result;
    }
}
