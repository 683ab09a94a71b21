// How calls that abandon before the threshold count in a predicted service level, named after the Kpis variant each equals.
namespace CustomerCare.Core.Staffing;

/// <summary>
/// Which calls a predicted service level counts when callers may abandon (Erlang A). Each member is named after, and has
/// the same number as, the <see cref="Kpis.ContactCentre.ServiceLevelVariant"/> it predicts, so a forecast and the
/// measured <see cref="Kpis.ContactCentre.QueueResult.ServiceLevel"/> speak the same language. Notation as there: O offered,
/// A answered, Aw answered within the threshold T, Abw abandoned within T. The three coincide when nobody abandons (Erlang C).
/// </summary>
/// <remarks>
/// A "short abandon" means one thing in the library: an abandon whose wait is below the short-abandon limit of
/// <see cref="Kpis.ContactCentre.QueueThresholds.ShortAbandon"/>. A prediction knows only T, so "abandoned within T" here
/// is what a short-abandon limit equal to T measures; with that limit, <see cref="AnsweredAndAbandonedWithinOverOffered"/>
/// also equals <see cref="Kpis.ContactCentre.ServiceLevelVariant.AnsweredWithinAndShortAbandonsOverOffered"/> and
/// <see cref="AnsweredWithinOverAnsweredAndLateAbandons"/> equals
/// <see cref="Kpis.ContactCentre.ServiceLevelVariant.AnsweredWithinOverOfferedExcludingShortAbandons"/>.
/// <c>default</c> (0) is no definition and is rejected.
/// </remarks>
public enum ServiceLevelDefinition
{
    /// <summary>Aw / O: every abandoned call counts against the service level (the strictest).</summary>
    AnsweredWithinOverOffered = 1,

    /// <summary>(Aw + Abw) / O: a caller who hangs up before T counts as served in time. Beware: with a threshold long against the callers' patience, even zero agents can meet a goal under this convention.</summary>
    AnsweredAndAbandonedWithinOverOffered = 3,

    /// <summary>Aw / (O − Abw), that is Aw / (A + abandoned after T): callers who hang up before T are left out of the count.</summary>
    AnsweredWithinOverAnsweredAndLateAbandons = 4,
}
