// SLA compliance from ticket states: one pass, no allocation.
namespace CustomerCare.Core.Kpis.Service;

/// <summary>Counts tickets per SLA state; read the compliance variant from the result. Thread-safe, allocation-free.</summary>
public static class SlaCompliance
{
    /// <summary>Counts <paramref name="tickets"/>.</summary>
    /// <param name="tickets">One state per ticket; may be empty.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An element is not a defined state; the message names its index.</exception>
    public static SlaComplianceResult Calculate(ReadOnlySpan<TicketSlaState> tickets)
    {
        var accumulator = default(SlaComplianceAccumulator);
        accumulator.Add(tickets);
        return accumulator.Result;
    }
}
