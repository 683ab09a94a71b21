// Which desk the silos run: the sample's synthetic Berlin desk, or the console desk that a user's CSV export belongs to.
namespace CareDesk.Orleans.Hosting;

/// <summary>The desk's policies and responsibility matrix.</summary>
public enum DeskKind
{
    /// <summary>The synthetic month's desk (<see cref="DeskPolicies"/>; Europe/Berlin).</summary>
    Synthetic,

    /// <summary>The console desk of <c>samples/CareDesk</c> (Asia/Ho_Chi_Minh), whose CSV columns <c>--input</c> reads.</summary>
    Console,
}
