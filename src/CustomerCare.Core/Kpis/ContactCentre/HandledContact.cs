// One handled contact's time components, the input of average handle time.
using CustomerCare.Core.Internal;
using NodaTime;

namespace CustomerCare.Core.Kpis.ContactCentre;

/// <summary>The handling time of one contact: talk (or chat), hold and after-call work. Immutable and thread-safe.</summary>
public readonly record struct HandledContact
{
    /// <summary>Creates a handled contact.</summary>
    /// <param name="talk">Talk or active chat time, zero or more.</param>
    /// <param name="hold">Hold time, zero or more.</param>
    /// <param name="afterCallWork">After-call work (wrap-up), zero or more.</param>
    /// <exception cref="ArgumentOutOfRangeException">A component is negative, or the three add up to more than a <see cref="Duration"/> holds (about 45,000 years).</exception>
    public HandledContact(Duration talk, Duration hold, Duration afterCallWork)
    {
        Preconditions.NonNegative(talk, nameof(talk));
        Preconditions.NonNegative(hold, nameof(hold));
        Preconditions.NonNegative(afterCallWork, nameof(afterCallWork));
        // All are non-negative, so Duration.MaxValue - afterCallWork - hold stays in range (cheaper than a 128-bit sum).
        if (talk > Duration.MaxValue - afterCallWork - hold)
        {
            Preconditions.ThrowOutOfRange(nameof(afterCallWork), afterCallWork, "makes talk + hold + after-call work longer than a NodaTime Duration holds (about 45,000 years)");
        }
        Talk = talk;
        Hold = hold;
        AfterCallWork = afterCallWork;
    }

    /// <summary>Gets the talk time.</summary>
    public Duration Talk { get; }

    /// <summary>Gets the hold time.</summary>
    public Duration Hold { get; }

    /// <summary>Gets the after-call work.</summary>
    public Duration AfterCallWork { get; }

    /// <summary>Gets the handle time, talk + hold + after-call work.</summary>
    public Duration HandleTime => Talk + Hold + AfterCallWork;
}
