// Counts of one queue (or interval) from which service level, abandonment and ASA are read in any variant.
using CustomerCare.Core.Internal;
using NodaTime;

namespace CustomerCare.Core.Kpis.ContactCentre;

/// <summary>
/// Counts of contacts offered to a queue under one <see cref="QueueThresholds"/>. Service level and abandonment are
/// read in an explicit variant as <see cref="KpiRatio"/>s; because they are kept as counts, intervals merge weighted by
/// volume by construction (never an average of interval percentages). Immutable and thread-safe.
/// </summary>
public readonly record struct QueueResult
{
    private readonly Int128 _totalAnswerWait;

    internal QueueResult(QueueThresholds thresholds, long answered, long answeredWithinTarget, long abandoned, long abandonedWithinTarget, long shortAbandons, Int128 totalAnswerWaitNanoseconds)
    {
        Thresholds = thresholds;
        Answered = answered;
        AnsweredWithinTarget = answeredWithinTarget;
        Abandoned = abandoned;
        AbandonedWithinTarget = abandonedWithinTarget;
        ShortAbandons = shortAbandons;
        _totalAnswerWait = totalAnswerWaitNanoseconds;
    }

    /// <summary>Gets the thresholds the contacts were classified with.</summary>
    public QueueThresholds Thresholds { get; }

    /// <summary>Gets the contacts offered, answered + abandoned.</summary>
    public long Offered => Answered + Abandoned;

    /// <summary>Gets the contacts answered.</summary>
    public long Answered { get; }

    /// <summary>Gets the contacts answered with a wait of at most the answer target.</summary>
    public long AnsweredWithinTarget { get; }

    /// <summary>Gets the contacts abandoned.</summary>
    public long Abandoned { get; }

    /// <summary>Gets the contacts abandoned with a wait of at most the answer target.</summary>
    public long AbandonedWithinTarget { get; }

    /// <summary>Gets the abandons with a wait strictly below the short-abandon limit.</summary>
    public long ShortAbandons { get; }

    /// <summary>Gets the total wait of answered contacts (the numerator of ASA).</summary>
    /// <exception cref="OverflowException">The total exceeds the range of <see cref="Duration"/> (about 45,000 years); ASA is still exact.</exception>
    public Duration TotalAnswerWait => DurationMath.ToDuration(_totalAnswerWait);

    /// <summary>Returns the service level in the chosen variant (see <see cref="ServiceLevelVariant"/> for each formula).</summary>
    /// <param name="variant">How abandons are treated.</param>
    /// <returns>The service level; undefined when its base is empty.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="variant"/> is not defined.</exception>
    public KpiRatio ServiceLevel(ServiceLevelVariant variant)
    {
        Preconditions.Defined(variant, "must be a defined ServiceLevelVariant (AnsweredWithinOverOffered … AnsweredWithinAndShortAbandonsOverOffered)");
        return variant switch
        {
            ServiceLevelVariant.AnsweredWithinOverOffered => new(AnsweredWithinTarget, Offered),
            ServiceLevelVariant.AnsweredWithinOverAnswered => new(AnsweredWithinTarget, Answered),
            ServiceLevelVariant.AnsweredAndAbandonedWithinOverOffered => new(AnsweredWithinTarget + AbandonedWithinTarget, Offered),
            ServiceLevelVariant.AnsweredWithinOverAnsweredAndLateAbandons => new(AnsweredWithinTarget, Answered + Abandoned - AbandonedWithinTarget),
            ServiceLevelVariant.AnsweredWithinOverOfferedExcludingShortAbandons => new(AnsweredWithinTarget, Offered - ShortAbandons),
            _ => new(AnsweredWithinTarget + ShortAbandons, Offered),
        };
    }

    /// <summary>Returns the abandonment rate in the chosen variant (see <see cref="AbandonmentVariant"/>).</summary>
    /// <param name="variant">Whether short abandons count.</param>
    /// <returns>The rate; undefined when its base is empty.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="variant"/> is not defined.</exception>
    public KpiRatio AbandonmentRate(AbandonmentVariant variant)
    {
        Preconditions.Defined(variant, "must be AllAbandons or ExcludingShortAbandons");
        return variant switch
        {
            AbandonmentVariant.AllAbandons => new(Abandoned, Offered),
            _ => new(Abandoned - ShortAbandons, Offered - ShortAbandons),
        };
    }

    /// <summary>Gets the average speed of answer, total answer wait / answered, to the nearest nanosecond.</summary>
    /// <param name="averageSpeedOfAnswer">The ASA, or <see cref="Duration.Zero"/> when nothing was answered.</param>
    /// <returns>True when at least one contact was answered.</returns>
    public bool TryGetAverageSpeedOfAnswer(out Duration averageSpeedOfAnswer)
    {
        averageSpeedOfAnswer = Answered == 0 ? Duration.Zero : DurationMath.Mean(_totalAnswerWait, Answered);
        return Answered != 0;
    }
}
