// The service-level formulas in use; they differ in how abandoned contacts count.
namespace CustomerCare.Core.Kpis.ContactCentre;

/// <summary>
/// How service level treats abandoned contacts. Notation: O offered, A answered, Aw answered within target,
/// Ab abandoned, Abw abandoned within target, Abl = Ab − Abw abandoned after target, S short abandons.
/// </summary>
/// <remarks>
/// "Within target" means a wait of at most <see cref="QueueThresholds.AnswerTarget"/>; a "short abandon" means one thing
/// everywhere in the library: an abandon whose wait is strictly below <see cref="QueueThresholds.ShortAbandon"/>, a limit
/// of its own. With the short-abandon limit equal to the target, S and Abw differ only by abandons at exactly the target,
/// so <see cref="AnsweredWithinAndShortAbandonsOverOffered"/> then equals <see cref="AnsweredAndAbandonedWithinOverOffered"/>
/// and <see cref="AnsweredWithinOverOfferedExcludingShortAbandons"/> equals
/// <see cref="AnsweredWithinOverAnsweredAndLateAbandons"/>; the Erlang A forecasts of <c>Staffing.ServiceLevelDefinition</c>
/// are named after the variant each predicts.
/// </remarks>
public enum ServiceLevelVariant
{
    /// <summary>Aw / O: every abandon counts against the service level.</summary>
    AnsweredWithinOverOffered = 1,

    /// <summary>Aw / A: abandons are ignored (flatters a queue that loses customers).</summary>
    AnsweredWithinOverAnswered,

    /// <summary>(Aw + Abw) / O: an abandon within target counts as served in time.</summary>
    AnsweredAndAbandonedWithinOverOffered,

    /// <summary>Aw / (A + Abl): abandons within target are neutral, abandons after target count against.</summary>
    AnsweredWithinOverAnsweredAndLateAbandons,

    /// <summary>Aw / (O − S): short abandons (wait below <see cref="QueueThresholds.ShortAbandon"/>) are removed from the base.</summary>
    AnsweredWithinOverOfferedExcludingShortAbandons,

    /// <summary>(Aw + S) / O: a short abandon (wait below <see cref="QueueThresholds.ShortAbandon"/>) counts as met, every other abandon against.</summary>
    AnsweredWithinAndShortAbandonsOverOffered,
}
