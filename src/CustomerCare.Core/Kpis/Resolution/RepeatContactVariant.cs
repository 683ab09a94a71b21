// The two repeat-contact rates in use.
namespace CustomerCare.Core.Kpis.Resolution;

/// <summary>How the repeat-contact rate is defined.</summary>
public enum RepeatContactVariant
{
    /// <summary>Repeat contacts / contacts: Σ (contactsᵢ − 1) / Σ contactsᵢ, the share of the workload that is repeat work.</summary>
    RepeatContactsOverContacts = 1,

    /// <summary>Callback rate: issues with more than one contact / issues, the share of customers who had to come back.</summary>
    IssuesWithRepeatOverIssues,
}
