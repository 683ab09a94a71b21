// The two denominators in use for first contact resolution.
namespace CustomerCare.Core.Kpis.Resolution;

/// <summary>What first contact resolution is divided by. The numerator is always the issues resolved on their first contact.</summary>
public enum FcrBasis
{
    /// <summary>Per issue (customer basis): FCR = issues resolved on the first contact / issues. One element per customer issue.</summary>
    Customers = 1,

    /// <summary>Per contact: FCR = issues resolved on the first contact / all contacts (repeat contacts included), which is lower.</summary>
    Contacts,

    /// <summary>
    /// Calls basis: FCR = issues (problems) / contacts (calls) = 1 − repeat contacts / contacts. Every issue's first
    /// contact counts as resolving it unless a repeat follows, so it measures how much of the workload is first-time
    /// work; it is undefined over no contacts.
    /// </summary>
    Calls,
}
