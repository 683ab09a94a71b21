// Orleans surrogates for NodaTime's Instant and Duration, so grain calls can carry them exactly (nanoseconds, no rounding).
using NodaTime;

namespace CareDesk.Orleans.Hosting;

/// <summary>The wire form of an <see cref="Instant"/>: nanoseconds since the Unix epoch (exact for 1678–2262).</summary>
[GenerateSerializer]
public readonly record struct InstantSurrogate([property: Id(0)] long UnixNanoseconds);

/// <summary>Converts <see cref="Instant"/> to and from <see cref="InstantSurrogate"/>.</summary>
[RegisterConverter]
public sealed class InstantSurrogateConverter : IConverter<Instant, InstantSurrogate>
{
    public Instant ConvertFromSurrogate(in InstantSurrogate surrogate) => NodaConstants.UnixEpoch + Duration.FromNanoseconds(surrogate.UnixNanoseconds);

    public InstantSurrogate ConvertToSurrogate(in Instant value) => new((value - NodaConstants.UnixEpoch).ToInt64Nanoseconds());
}

/// <summary>The wire form of a <see cref="Duration"/>: whole nanoseconds.</summary>
[GenerateSerializer]
public readonly record struct DurationSurrogate([property: Id(0)] long Nanoseconds);

/// <summary>Converts <see cref="Duration"/> to and from <see cref="DurationSurrogate"/>.</summary>
[RegisterConverter]
public sealed class DurationSurrogateConverter : IConverter<Duration, DurationSurrogate>
{
    public Duration ConvertFromSurrogate(in DurationSurrogate surrogate) => Duration.FromNanoseconds(surrogate.Nanoseconds);

    public DurationSurrogate ConvertToSurrogate(in Duration value) => new(value.ToInt64Nanoseconds());
}
