// One ticket as the console report reads it, from the simulator or a CSV export.
using NodaTime;

namespace CareDesk.Desk;

/// <summary>
/// The facts of one ticket. Indexes refer to <see cref="DeskSetup.Channels"/>, <see cref="DeskSetup.Categories"/> and the
/// report's segment names; a survey answer of -1 means the customer did not answer.
/// </summary>
internal readonly record struct DeskTicket(
    Instant Opened,
    int Channel,
    int Severity,
    string Segment,
    int Category,
    int Customer,
    Instant? FirstResponse,
    Instant? Resolved,
    int Contacts,
    Duration HandleTime,
    Duration? QueueWait,
    bool Abandoned,
    int Nps,
    int Csat,
    int Ces);
