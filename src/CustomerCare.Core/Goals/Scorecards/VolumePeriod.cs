// The length of the periods ticket volume is counted in.
namespace CustomerCare.Core.Goals.Scorecards;

/// <summary>The periods <see cref="TicketVolume"/> counts cases in, on the ISO calendar of the volume's time zone.</summary>
public enum VolumePeriod
{
    /// <summary>One local day.</summary>
    Day = 1,

    /// <summary>An ISO week, Monday to Sunday.</summary>
    Week,

    /// <summary>A calendar month.</summary>
    Month,
}
