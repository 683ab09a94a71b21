// The two thresholds of queue KPIs: the service-level answer target and the short-abandon limit.
using CustomerCare.Core.Internal;
using NodaTime;

namespace CustomerCare.Core.Kpis.ContactCentre;

/// <summary>
/// Thresholds of the queue KPIs. A contact is "within target" when its wait is at most <see cref="AnswerTarget"/>
/// (the 20 of "80/20"); an abandon is "short" when its wait is strictly less than <see cref="ShortAbandon"/>
/// (customers who hung up almost at once, often excluded; <see cref="Duration.Zero"/> means none is short).
/// Immutable and thread-safe.
/// </summary>
public readonly record struct QueueThresholds
{
    /// <summary>Creates thresholds.</summary>
    /// <param name="answerTarget">The service-level target, greater than zero (for example 20 seconds).</param>
    /// <param name="shortAbandon">Abandons faster than this are short, zero or more (for example 5 seconds).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="answerTarget"/> is not positive or <paramref name="shortAbandon"/> is negative.</exception>
    public QueueThresholds(Duration answerTarget, Duration shortAbandon)
    {
        if (answerTarget <= Duration.Zero)
        {
            Preconditions.ThrowOutOfRange(nameof(answerTarget), answerTarget, "must be greater than zero");
        }

        Preconditions.NonNegative(shortAbandon, nameof(shortAbandon));
        AnswerTarget = answerTarget;
        ShortAbandon = shortAbandon;
    }

    /// <summary>Gets the service-level answer target (inclusive).</summary>
    public Duration AnswerTarget { get; }

    /// <summary>Gets the short-abandon limit (exclusive); zero when no abandon is short.</summary>
    public Duration ShortAbandon { get; }

    internal bool IsDefault => AnswerTarget == Duration.Zero;

    /// <summary>Returns the thresholds as text, for example "answer target 20 s, short abandon under 5 s". Invariant culture.</summary>
    /// <returns>The two thresholds in seconds.</returns>
    public override string ToString() => FormattableString.Invariant($"answer target {AnswerTarget.TotalSeconds:0.###} s, short abandon under {ShortAbandon.TotalSeconds:0.###} s");
}
