// The settings every silo of the desk shares: the SLA policies, the number of aggregation partitions, reminder use.
using CareDesk.Desk;
using CustomerCare.Core.Responsibility;
using CustomerCare.Core.Sla.Policies;

namespace CareDesk.Orleans.Hosting;

/// <summary>Settings shared by all silos (registered as a singleton in each).</summary>
/// <param name="Policies">The desk's SLA policies.</param>
/// <param name="Partitions">How many aggregation partitions the tickets are hashed into (each a pre-aggregator grain).</param>
/// <param name="UseReminders">Whether ticket grains back their exact timers with durable reminders (needs a reminder service).</param>
/// <param name="ReminderPeriod">The period of those reminders; Orleans refuses one shorter than its minimum reminder period.</param>
/// <param name="WriteThrough">
/// Whether a partition stores every contribution before acknowledging it (group-committed), so that no acknowledged
/// event's contribution is lost when a silo fails. Off, partitions write behind every second and at each report: right
/// for in-memory storage, which does not survive a silo failure anyway.
/// </param>
public sealed record DeskSettings(SlaPolicySet Policies, int Partitions, bool UseReminders, TimeSpan ReminderPeriod, bool WriteThrough)
{
    /// <summary>Gets the responsibility matrix whose escalation the tickets' SLA warnings and breaches feed (default: <see cref="DeskPolicies.Responsibility"/>).</summary>
    public ResponsibilityModel Responsibility { get; init; } = DeskPolicies.Responsibility();

    /// <summary>The settings of <paramref name="desk"/>: with durable storage, reminders back the SLA timers and partitions write through.</summary>
    public static DeskSettings For(DeskKind desk, int partitions, DeskStorage storage)
    {
        var durable = storage == DeskStorage.Postgres;
        if (desk == DeskKind.Console)
        {
            var setup = new DeskSetup();
            return new DeskSettings(setup.Policies, partitions, durable, TimeSpan.FromMinutes(1), durable) { Responsibility = setup.Responsibility };
        }

        return new DeskSettings(DeskPolicies.Create(), partitions, durable, TimeSpan.FromMinutes(1), durable);
    }

    /// <summary>The partition of a ticket: a stable hash of its id (FNV-1a), the same in every process and run.</summary>
    public int PartitionOf(string ticketId)
    {
        ArgumentNullException.ThrowIfNull(ticketId);
        var hash = 2166136261u;
        foreach (var c in ticketId)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % (uint)Partitions);
    }
}
