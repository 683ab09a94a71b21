// One cell of a ticket-volume table: the cases that arose in one period, category and channel.
using System.Globalization;
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CustomerCare.Core.Goals.Scorecards;

/// <summary>The number of cases that arose in one period, category and channel. Immutable and thread-safe.</summary>
/// <param name="Period">The local dates of the period, both ends included.</param>
/// <param name="Category">The category as first added.</param>
/// <param name="Channel">The channel as first added.</param>
/// <param name="Count">The number of cases.</param>
public readonly record struct TicketVolumeRow(DateInterval Period, CategoryPath Category, string Channel, long Count)
{
    /// <summary>Returns the row as text, e.g. <c>2026-03-02..2026-03-08 hardware/display chat: 42</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Period.Start:uuuu-MM-dd}..{Period.End:uuuu-MM-dd} {Category.Value} {Channel}: {Count}");
}
