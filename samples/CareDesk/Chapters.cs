// The chapters of the CareDesk story, in the order they are told; each capability adds its own file and one line here.
using NodaTime;

namespace CareDesk;

/// <summary>One part of the sample: a title and the code that prints it.</summary>
internal sealed record Chapter(string Title, Action<Instant> Run);

/// <summary>The chapters, in order.</summary>
internal static class Chapters
{
    public static IReadOnlyList<Chapter> All { get; } =
    [
        new("The desk", _ => Console.WriteLine("Agents answer calls, chats and e-mails for a consumer-electronics brand, Mon-Sat.")),
        new("Business hours", CalendarsChapter.Run),
        new("SLA policies", SlaChapter.Run),
        new("KPIs", KpisChapter.Run),
        new("Staffing the phones", StaffingChapter.Run),
        new("Segments and care plans", SegmentsChapter.Run),
        new("Who is responsible", ResponsibilityChapter.Run),
        new("Goals", GoalsChapter.Run),
        new("Capability limits", CapabilityChapter.Run),
        new("Staff scorecards", ScorecardChapter.Run),
    ];
}
