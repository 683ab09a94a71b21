// One contact offered to a queue: how long it waited and how it ended.
using CustomerCare.Core.Internal;
using NodaTime;

namespace CustomerCare.Core.Kpis.ContactCentre;

/// <summary>A contact offered to a queue: its wait (until answer or abandon) and its outcome. Immutable and thread-safe.</summary>
public readonly record struct QueuedContact
{
    /// <summary>Creates a queued contact.</summary>
    /// <param name="wait">Time in queue until answered or abandoned, zero or more.</param>
    /// <param name="outcome">Answered or abandoned.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="wait"/> is negative or <paramref name="outcome"/> is not defined.</exception>
    public QueuedContact(Duration wait, CallOutcome outcome)
    {
        Preconditions.NonNegative(wait, nameof(wait));
        if (outcome is not (CallOutcome.Answered or CallOutcome.Abandoned))
        {
            Preconditions.ThrowOutOfRange(nameof(outcome), (int)outcome, "must be Answered or Abandoned");
        }

        Wait = wait;
        Outcome = outcome;
    }

    /// <summary>Gets the time in queue.</summary>
    public Duration Wait { get; }

    /// <summary>Gets the outcome (0 only for <c>default</c>, which the calculators reject).</summary>
    public CallOutcome Outcome { get; }

    /// <summary>Returns the contact as text, for example "answered after 12 s" or "abandoned after 3 s". Invariant culture.</summary>
    /// <returns>The outcome and the wait in seconds.</returns>
    public override string ToString() => Outcome switch
    {
        CallOutcome.Answered => FormattableString.Invariant($"answered after {Wait.TotalSeconds:0.###} s"),
        CallOutcome.Abandoned => FormattableString.Invariant($"abandoned after {Wait.TotalSeconds:0.###} s"),
        _ => "no contact (default)",
    };

    /// <summary>Creates an answered contact.</summary>
    /// <param name="wait">Time until answer.</param>
    /// <returns>The contact.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="wait"/> is negative.</exception>
    public static QueuedContact Answered(Duration wait) => new(wait, CallOutcome.Answered);

    /// <summary>Creates an abandoned contact.</summary>
    /// <param name="wait">Time until the customer gave up.</param>
    /// <returns>The contact.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="wait"/> is negative.</exception>
    public static QueuedContact Abandoned(Duration wait) => new(wait, CallOutcome.Abandoned);
}
