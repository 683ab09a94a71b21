// Where the desk keeps grain state and reminders.
namespace CareDesk.Orleans.Hosting;

/// <summary>The storage of grain state (and reminders, when used).</summary>
public enum DeskStorage
{
    /// <summary>Orleans' in-memory storage: no set-up, lost when the cluster stops.</summary>
    Memory,

    /// <summary>Orleans' ADO.NET providers on PostgreSQL (state, reminders and, for the console driver, membership).</summary>
    Postgres,
}
