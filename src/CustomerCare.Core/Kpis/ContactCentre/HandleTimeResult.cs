// Totals of handled contacts, from which average handle time and its parts are read.
using NodaTime;

namespace CustomerCare.Core.Kpis.ContactCentre;

/// <summary>
/// Handled-contact totals. AHT = (Σ talk + Σ hold + Σ after-call work) / contacts handled, to the nearest
/// nanosecond; undefined for no contacts. Immutable and thread-safe.
/// </summary>
public readonly record struct HandleTimeResult
{
    internal HandleTimeResult(long handled, Duration talk, Duration hold, Duration afterCallWork)
    {
        Handled = handled;
        TotalTalk = talk;
        TotalHold = hold;
        TotalAfterCallWork = afterCallWork;
    }

    /// <summary>Gets the number of contacts handled.</summary>
    public long Handled { get; }

    /// <summary>Gets the total talk time.</summary>
    public Duration TotalTalk { get; }

    /// <summary>Gets the total hold time.</summary>
    public Duration TotalHold { get; }

    /// <summary>Gets the total after-call work.</summary>
    public Duration TotalAfterCallWork { get; }

    /// <summary>Gets the total handle time, talk + hold + after-call work.</summary>
    public Duration TotalHandleTime => TotalTalk + TotalHold + TotalAfterCallWork;

    /// <summary>Gets the average handle time when at least one contact was handled.</summary>
    /// <param name="averageHandleTime">Total handle time / handled, or <see cref="Duration.Zero"/> when none.</param>
    /// <returns>True when <see cref="Handled"/> &gt; 0.</returns>
    public bool TryGetAverageHandleTime(out Duration averageHandleTime)
    {
        averageHandleTime = Handled == 0 ? Duration.Zero : DurationMath.Mean(TotalHandleTime, Handled);
        return Handled != 0;
    }
}
