// First response time and average response time: means over responses, never means of per-ticket means.
using CustomerCare.Core.Internal;
using NodaTime;

namespace CustomerCare.Core.Kpis.Service;

/// <summary>
/// Response-time KPIs. First response time = Σ (first response − creation) / tickets with a first response.
/// Average response time = Σ response times / responses, over every response (a ticket with ten replies weighs ten
/// times), which is why it is computed from all response times and not from per-ticket averages. Thread-safe.
/// </summary>
public static class ResponseTimes
{
    /// <summary>Returns the time from <paramref name="created"/> to <paramref name="responded"/>.</summary>
    /// <param name="created">When the ticket (or the customer's message) arrived.</param>
    /// <param name="responded">When the answer was sent, not before <paramref name="created"/>.</param>
    /// <returns>The response time.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="responded"/> is before <paramref name="created"/>.</exception>
    public static Duration Between(Instant created, Instant responded)
    {
        if (responded < created)
        {
            Preconditions.ThrowOutOfRange(nameof(responded), responded, $"must not be before created ({created})");
        }

        return responded - created;
    }

    /// <summary>
    /// Summarises response times (first response times of tickets, or every response time for the average
    /// response time); the mean of the summary is the KPI.
    /// </summary>
    /// <param name="responseTimes">Durations, each zero or more; may be empty (the mean is then undefined).</param>
    /// <returns>Count, total, minimum, maximum and mean.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A duration is negative; the message names its index.</exception>
    public static DurationSummary Calculate(ReadOnlySpan<Duration> responseTimes)
    {
        var accumulator = default(DurationAccumulator);
        accumulator.Add(responseTimes);
        return accumulator.Result;
    }
}
