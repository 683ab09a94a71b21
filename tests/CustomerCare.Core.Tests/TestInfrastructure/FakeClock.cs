// A settable IClock for tests (NodaTime.Testing is not on this machine's mirror).
using NodaTime;

namespace CustomerCare.Core.Tests.TestInfrastructure;

/// <summary>A clock that reports whatever instant the test sets; not thread-safe, as tests drive it from one thread.</summary>
public sealed class FakeClock(Instant now) : IClock
{
    /// <summary>Gets or sets the instant the clock reports.</summary>
    public Instant Now { get; set; } = now;

    /// <summary>Moves the clock forward (or back, for a negative duration).</summary>
    public void Advance(Duration by) => Now += by;

    /// <inheritdoc />
    public Instant GetCurrentInstant() => Now;
}
