// Counts of one queue (or interval) from which service level, abandonment and ASA are read in any variant.
using System.Globalization;
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

    /// <summary>
    /// Creates a result from counts kept elsewhere (an ACD's interval report, a data warehouse): offered is
    /// answered + abandoned; the short abandons are the abandons with a wait below <see cref="QueueThresholds.ShortAbandon"/>.
    /// </summary>
    /// <param name="thresholds">The thresholds the counts were classified with.</param>
    /// <param name="answered">Contacts answered, 0 or more.</param>
    /// <param name="answeredWithinTarget">Of those, answered within the answer target, 0..<paramref name="answered"/>.</param>
    /// <param name="abandoned">Contacts abandoned, 0 or more.</param>
    /// <param name="abandonedWithinTarget">Of those, abandoned within the answer target, 0..<paramref name="abandoned"/>.</param>
    /// <param name="shortAbandons">Of those, short abandons, 0..<paramref name="abandoned"/>; at most <paramref name="abandonedWithinTarget"/> when the short-abandon limit does not exceed the answer target, at least it otherwise.</param>
    /// <param name="totalAnswerWait">The total wait of the answered contacts, zero or more (zero when none was answered).</param>
    /// <returns>The validated result.</returns>
    /// <exception cref="ArgumentException"><paramref name="thresholds"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or inconsistent with the others as described, or answered + abandoned exceeds <see cref="long.MaxValue"/>.</exception>
    public static QueueResult FromCounts(QueueThresholds thresholds, long answered, long answeredWithinTarget, long abandoned, long abandonedWithinTarget, long shortAbandons, Duration totalAnswerWait)
    {
        if (thresholds.IsDefault)
        {
            Preconditions.ThrowArgument(nameof(thresholds), "thresholds is default(QueueThresholds); create it with new QueueThresholds(answerTarget, shortAbandon).");
        }

        Preconditions.NonNegative(answered, nameof(answered));
        Preconditions.NonNegative(answeredWithinTarget, nameof(answeredWithinTarget));
        Preconditions.NonNegative(abandoned, nameof(abandoned));
        Preconditions.NonNegative(abandonedWithinTarget, nameof(abandonedWithinTarget));
        Preconditions.NonNegative(shortAbandons, nameof(shortAbandons));
        Preconditions.NonNegative(totalAnswerWait, nameof(totalAnswerWait));
        Preconditions.AddCount(answered, abandoned, nameof(abandoned));
        RequireAtMost(answeredWithinTarget, answered, nameof(answeredWithinTarget), "answered");
        RequireAtMost(abandonedWithinTarget, abandoned, nameof(abandonedWithinTarget), "abandoned");
        RequireAtMost(shortAbandons, abandoned, nameof(shortAbandons), "abandoned");
        if (thresholds.ShortAbandon <= thresholds.AnswerTarget)
        {
            RequireAtMost(shortAbandons, abandonedWithinTarget, nameof(shortAbandons), "abandonedWithinTarget (a short abandon is within the answer target)");
        }
        else if (shortAbandons < abandonedWithinTarget)
        {
            Preconditions.ThrowOutOfRange(nameof(shortAbandons), shortAbandons, $"must be at least abandonedWithinTarget ({abandonedWithinTarget}): the short-abandon limit exceeds the answer target");
        }

        if (answered == 0 && totalAnswerWait != Duration.Zero)
        {
            Preconditions.ThrowOutOfRange(nameof(totalAnswerWait), totalAnswerWait, "must be zero when no contact was answered");
        }

        return new(thresholds, answered, answeredWithinTarget, abandoned, abandonedWithinTarget, shortAbandons, DurationMath.Nanoseconds(totalAnswerWait));
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

    /// <summary>Returns the counts as <c>offered 100: answered 90 (80 within 20 s), abandoned 10 (2 short); ASA 12 s</c> (invariant culture).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(CultureInfo.InvariantCulture);

    /// <summary>Returns the counts as <c>offered 100: answered 90 (80 within 20 s), abandoned 10 (2 short); ASA 12 s</c>.</summary>
    /// <param name="provider">The culture for numbers; null for the current culture.</param>
    /// <returns>The text.</returns>
    public string ToString(IFormatProvider? provider) =>
        $"offered {Offered.ToString(provider)}: answered {Answered.ToString(provider)} ({AnsweredWithinTarget.ToString(provider)} within {KpiText.Duration(Thresholds.AnswerTarget, provider)}), abandoned {Abandoned.ToString(provider)} ({ShortAbandons.ToString(provider)} short); ASA {(TryGetAverageSpeedOfAnswer(out var asa) ? KpiText.Duration(asa, provider) : "n/a")}";

    private static void RequireAtMost(long value, long limit, string paramName, string limitName)
    {
        if (value > limit)
        {
            Preconditions.ThrowOutOfRange(paramName, value, $"must not exceed {limitName} ({limit})");
        }
    }
}
