// The desk's clock: NodaTime's IClock that a replay can move forward by hand, and that can also run in real time.
using System.Diagnostics;
using NodaTime;

namespace CareDesk.Orleans.Hosting;

/// <summary>
/// A monotone <see cref="IClock"/> shared by the silos of one process. A replay sets it (<see cref="AdvanceTo"/>) and
/// leaves it frozen, so a month of events replays in seconds; <see cref="Run"/> lets it flow with real time from a
/// chosen instant, which is what grain timers need to fire at their exact instants.
/// </summary>
/// <remarks>Thread-safe.</remarks>
public sealed class ReplayClock : IClock
{
    private readonly Lock _gate = new();

    // Read without a lock (every grain call reads the clock); replaced whole under _gate by the rare writers.
    private volatile Reading _reading;

    /// <summary>Starts frozen at <paramref name="start"/>.</summary>
    public ReplayClock(Instant start) => _reading = new Reading(start, null);

    /// <inheritdoc />
    public Instant GetCurrentInstant() => _reading.Now();

    /// <summary>Freezes the clock at <paramref name="instant"/>, or leaves it where it is if that is earlier (the clock never goes back).</summary>
    public void AdvanceTo(Instant instant)
    {
        lock (_gate)
        {
            var now = _reading.Now();
            _reading = new Reading(instant > now ? instant : now, null);
        }
    }

    /// <summary>Lets the clock flow with real time from where it stands.</summary>
    public void Run()
    {
        lock (_gate)
        {
            if (_reading.StartedAt is null)
            {
                _reading = new Reading(_reading.Base, Stopwatch.GetTimestamp());
            }
        }
    }

    private sealed record Reading(Instant Base, long? StartedAt)
    {
        public Instant Now() => StartedAt is { } started ? Base + Duration.FromTimeSpan(Stopwatch.GetElapsedTime(started)) : Base;
    }
}
