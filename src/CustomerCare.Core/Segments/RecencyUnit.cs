// The calendar units of recency windows, ages and tenures.
namespace CustomerCare.Core.Segments;

/// <summary>
/// The unit of a recency window ("within the last 3 months") or an age ("at least 70 years ago"). Windows are counted
/// in local dates of the catalogue's time zone; months and years use NodaTime's calendar arithmetic, which clamps to
/// the end of a shorter month (31 May minus 3 months is 28 or 29 February).
/// </summary>
public enum RecencyUnit
{
    /// <summary>Calendar days.</summary>
    Days,

    /// <summary>Calendar months.</summary>
    Months,

    /// <summary>Calendar years.</summary>
    Years,
}
