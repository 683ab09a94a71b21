// Totals of handled contacts, from which average handle time and its parts are read.
using System.Globalization;
using CustomerCare.Core.Internal;
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

    /// <summary>Creates a result from totals kept elsewhere (a data warehouse, another system's report).</summary>
    /// <param name="handled">The contacts handled, 0 or more.</param>
    /// <param name="totalTalk">Their total talk time, zero or more.</param>
    /// <param name="totalHold">Their total hold time, zero or more.</param>
    /// <param name="totalAfterCallWork">Their total after-call work, zero or more.</param>
    /// <returns>The validated result.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative, or a total is positive while no contact was handled.</exception>
    public static HandleTimeResult FromTotals(long handled, Duration totalTalk, Duration totalHold, Duration totalAfterCallWork)
    {
        Preconditions.NonNegative(handled, nameof(handled));
        Preconditions.NonNegative(totalTalk, nameof(totalTalk));
        Preconditions.NonNegative(totalHold, nameof(totalHold));
        Preconditions.NonNegative(totalAfterCallWork, nameof(totalAfterCallWork));
        if (handled == 0 && (totalTalk + totalHold + totalAfterCallWork) != Duration.Zero)
        {
            Preconditions.ThrowOutOfRange(nameof(handled), handled, "must be positive when a total is positive (time was spent on contacts that were not counted)");
        }

        return new(handled, DurationMath.Nanoseconds(totalTalk), DurationMath.Nanoseconds(totalHold), DurationMath.Nanoseconds(totalAfterCallWork));
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

    /// <summary>Returns the result as <c>AHT 6 min 30 s (n = 120)</c> (invariant culture).</summary>
    /// <returns>The text; <c>AHT n/a (n = 0)</c> when empty.</returns>
    public override string ToString() => ToString(CultureInfo.InvariantCulture);

    /// <summary>Returns the result as <c>AHT 6 min 30 s (n = 120)</c>.</summary>
    /// <param name="provider">The culture for numbers; null for the current culture.</param>
    /// <returns>The text.</returns>
    public string ToString(IFormatProvider? provider) => TryGetAverageHandleTime(out var aht)
        ? $"AHT {KpiText.Duration(aht, provider)} (n = {Handled.ToString(provider)})"
        : "AHT n/a (n = 0)";
}
