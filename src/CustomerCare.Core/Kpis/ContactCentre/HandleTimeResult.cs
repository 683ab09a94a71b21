// Totals of handled contacts, from which average handle time and its parts are read.
using NodaTime;

namespace CustomerCare.Core.Kpis.ContactCentre;

/// <summary>
/// Handled-contact totals. AHT = (Σ talk + Σ hold + Σ after-call work) / contacts handled, to the nearest
/// nanosecond; undefined for no contacts. Immutable and thread-safe.
/// </summary>
public readonly record struct HandleTimeResult
{
    private readonly Int128 _talk;
    private readonly Int128 _hold;
    private readonly Int128 _afterCallWork;

    internal HandleTimeResult(long handled, Int128 talkNanoseconds, Int128 holdNanoseconds, Int128 afterCallWorkNanoseconds)
    {
        Handled = handled;
        _talk = talkNanoseconds;
        _hold = holdNanoseconds;
        _afterCallWork = afterCallWorkNanoseconds;
    }

    /// <summary>Gets the number of contacts handled.</summary>
    public long Handled { get; }

    /// <summary>Gets the total talk time.</summary>
    /// <exception cref="OverflowException">The total exceeds the range of <see cref="Duration"/> (about 45,000 years); AHT is still exact.</exception>
    public Duration TotalTalk => DurationMath.ToDuration(_talk);

    /// <summary>Gets the total hold time.</summary>
    /// <exception cref="OverflowException">The total exceeds the range of <see cref="Duration"/> (about 45,000 years); AHT is still exact.</exception>
    public Duration TotalHold => DurationMath.ToDuration(_hold);

    /// <summary>Gets the total after-call work.</summary>
    /// <exception cref="OverflowException">The total exceeds the range of <see cref="Duration"/> (about 45,000 years); AHT is still exact.</exception>
    public Duration TotalAfterCallWork => DurationMath.ToDuration(_afterCallWork);

    /// <summary>Gets the total handle time, talk + hold + after-call work.</summary>
    /// <exception cref="OverflowException">The total exceeds the range of <see cref="Duration"/> (about 45,000 years); AHT is still exact.</exception>
    public Duration TotalHandleTime => DurationMath.ToDuration(_talk + _hold + _afterCallWork);

    /// <summary>Gets the average handle time when at least one contact was handled.</summary>
    /// <param name="averageHandleTime">Total handle time / handled, or <see cref="Duration.Zero"/> when none.</param>
    /// <returns>True when <see cref="Handled"/> &gt; 0.</returns>
    public bool TryGetAverageHandleTime(out Duration averageHandleTime)
    {
        averageHandleTime = Handled == 0 ? Duration.Zero : DurationMath.Mean(_talk + _hold + _afterCallWork, Handled);
        return Handled != 0;
    }
}
