// The two utilisation definitions in use; they are often confused with occupancy.
namespace CustomerCare.Core.Kpis.ContactCentre;

/// <summary>How utilisation is defined (occupancy, by contrast, is handling / staffed time).</summary>
public enum UtilisationVariant
{
    /// <summary>Staffed (logged-in: handling + available) time / paid time: how much of the paid day agents are on the phones.</summary>
    StaffedOverPaid = 1,

    /// <summary>Handling time / paid time: how much of the paid day is spent on contacts.</summary>
    HandlingOverPaid,
}
